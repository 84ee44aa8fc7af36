// Staff work on reports as Mastodon's admin API and the CLI see it: a report's cases, resolving (a "no
// action" decision on each open case) and reopening. Shared by the admin API and `rostra moderation reports`.
import type { Context } from "../../context.js";
import { NotFoundError } from "../../core/errors.js";
import type { ReportsTable } from "../../db/types.js";
import { audit } from "./audit.js";
import { type ModerationCasesTable, mdb } from "./db.js";
import { emptyAfter, recordDecision, runAfterCommit } from "./decisions.js";
import { reopenCase } from "./queue.js";

export async function reportById(ctx: Context, id: string): Promise<ReportsTable> {
  const r = await ctx.db.selectFrom("reports").selectAll().where("id", "=", id).executeTakeFirst();
  if (!r) throw new NotFoundError();
  return r;
}

export async function listReports(ctx: Context, q: { resolved?: boolean; accountId?: string; targetAccountId?: string; maxId?: string; limit?: number } = {}): Promise<ReportsTable[]> {
  let query = ctx.db.selectFrom("reports").selectAll().orderBy("id", "desc").limit(Math.min(q.limit ?? 100, 200));
  query = q.resolved ? query.where("action_taken_at", "is not", null) : query.where("action_taken_at", "is", null);
  if (q.accountId) query = query.where("account_id", "=", q.accountId);
  if (q.targetAccountId) query = query.where("target_account_id", "=", q.targetAccountId);
  if (q.maxId) query = query.where("id", "<", q.maxId);
  return query.execute();
}

/** The cases the report's signals went to. */
export async function casesOfReport(ctx: Context, reportId: string): Promise<ModerationCasesTable[]> {
  // report ids are digits (they come from our own rows), so the LIKE pattern has no wildcards in it
  const rows = await mdb(ctx.db).selectFrom("moderation_events").select("case_id").where("type", "=", "report").where("payload", "like", `%"report_id":"${reportId.replace(/\D/g, "")}"%`).execute();
  const ids = [...new Set(rows.map((r) => r.case_id))];
  return ids.length ? mdb(ctx.db).selectFrom("moderation_cases").selectAll().where("id", "in", ids).execute() : [];
}

/** Resolve without further action: a "no action" decision on each open case, and the report marked handled. */
export async function resolveReport(ctx: Context, reportId: string, moderatorId: string): Promise<ReportsTable> {
  const r = await reportById(ctx, reportId);
  const cases = await casesOfReport(ctx, r.id);
  const after = emptyAfter();
  await ctx.db.transaction().execute(async (trx) => {
    for (const c of cases) {
      if (c.status === "resolved") continue;
      await recordDecision(ctx, trx, { caseId: c.id, moderatorId, actions: [], facts: "The report was reviewed and resolved without further action." }, after);
    }
    await trx.updateTable("reports").set({ action_taken_at: ctx.clock.now().toISOString() }).where("id", "=", r.id).where("action_taken_at", "is", null).execute();
    await audit(ctx, trx, { actorId: moderatorId, action: "report.resolve", subjectType: "report", subjectId: r.id, payload: { case_ids: cases.map((c) => c.id) } });
  });
  await runAfterCommit(ctx, after);
  return reportById(ctx, r.id);
}

export async function reopenReport(ctx: Context, reportId: string, moderatorId: string): Promise<ReportsTable> {
  const r = await reportById(ctx, reportId);
  for (const c of await casesOfReport(ctx, r.id)) if (c.status === "resolved") await reopenCase(ctx, c.id, moderatorId, `report ${r.id} reopened`);
  await ctx.db.transaction().execute(async (trx) => {
    await trx.updateTable("reports").set({ action_taken_at: null }).where("id", "=", r.id).execute();
    await audit(ctx, trx, { actorId: moderatorId, action: "report.reopen", subjectType: "report", subjectId: r.id });
  });
  return reportById(ctx, r.id);
}
