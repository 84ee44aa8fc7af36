// Mastodon-compatible /api/v1/admin/reports (list, show, resolve, reopen, assign), backed by the case
// log: resolving records a "no action" decision on the report's open cases.
import type { FastifyInstance } from "fastify";
import type { Context } from "../../context.js";
import { parseJson } from "../../core/json.js";
import { parse, v } from "../../core/validate.js";
import type { ReportsTable } from "../../db/types.js";
import { renderAccount } from "../mastodon/entities/account.js";
import { renderStatuses } from "../mastodon/entities/status.js";
import { accountById } from "../../features/accounts/queries.js";
import { audit } from "../../features/moderation/audit.js";
import { mdb } from "../../features/moderation/db.js";
import { assignCase } from "../../features/moderation/queue.js";
import { casesOfReport, listReports, reopenReport, reportById, resolveReport } from "../../features/moderation/report-work.js";
import { statusesInOrder } from "../../features/statuses/queries.js";
import { staffRead, staffWrite } from "./guard.js";

async function adminAccount(ctx: Context, id: string | null) {
  if (!id) return null;
  const a = await accountById(ctx.db, id);
  if (!a) return null;
  const u = await ctx.db.selectFrom("users").selectAll().where("account_id", "=", id).executeTakeFirst();
  return {
    id: a.id, username: a.username, domain: a.domain, created_at: a.created_at, email: u?.email ?? null, ip: u?.sign_up_ip ?? null,
    role: u ? { name: u.role } : null, confirmed: true, suspended: !!a.suspended_at, silenced: !!a.silenced_at, sensitized: !!a.sensitized_at,
    disabled: u ? u.disabled === 1 : false, approved: u ? u.approved === 1 : true, locale: u?.locale ?? null, invite_request: null, ips: [],
    account: await renderAccount(ctx, a),
  };
}

async function renderAdminReport(ctx: Context, r: ReportsTable, viewerId: string) {
  const cases = await casesOfReport(ctx, r.id);
  const statuses = await statusesInOrder(ctx.db, parseJson<string[]>(r.status_ids, []));
  const ruleIds = parseJson<string[]>(r.rule_ids, []);
  const rules = ruleIds.length ? await ctx.db.selectFrom("rules").select(["id", "text", "hint"]).where("id", "in", ruleIds).execute() : [];
  const decision = cases.length ? await mdb(ctx.db).selectFrom("moderation_decisions").select(["decided_by"]).where("case_id", "in", cases.map((c) => c.id)).orderBy("id", "desc").limit(1).executeTakeFirst() : undefined;
  return {
    id: r.id, action_taken: r.action_taken_at !== null, action_taken_at: r.action_taken_at, category: r.category, comment: r.comment,
    forwarded: r.forward === 1, created_at: r.created_at, updated_at: r.action_taken_at ?? r.created_at,
    account: await adminAccount(ctx, r.account_id), target_account: await adminAccount(ctx, r.target_account_id),
    assigned_account: await adminAccount(ctx, cases.find((c) => c.assignee_id)?.assignee_id ?? null),
    action_taken_by_account: await adminAccount(ctx, decision?.decided_by ?? null),
    statuses: await renderStatuses(ctx, statuses, viewerId), rules,
    rostra_case_ids: cases.map((c) => c.id),
  };
}

export async function mastodonReportRoutes(app: FastifyInstance, ctx: Context): Promise<void> {
  app.get("/api/v1/admin/reports", async (req) => {
    const auth = await staffRead(ctx, req);
    const q = parse({ resolved: v.boolean(), account_id: v.id(), target_account_id: v.id(), max_id: v.id(), limit: v.int({ min: 1, max: 200 }) }, req.query);
    const rows = await listReports(ctx, { resolved: q.resolved, accountId: q.account_id, targetAccountId: q.target_account_id, maxId: q.max_id, limit: q.limit });
    // the list shows reported posts, which may be private
    await audit(ctx, ctx.db, { actorId: auth.accountId, action: "view.reports", payload: { report_ids: rows.map((r) => r.id) } });
    return Promise.all(rows.map((r) => renderAdminReport(ctx, r, auth.accountId)));
  });

  app.get<{ Params: { id: string } }>("/api/v1/admin/reports/:id", async (req) => {
    const auth = await staffRead(ctx, req);
    const r = await reportById(ctx, req.params.id);
    await audit(ctx, ctx.db, { actorId: auth.accountId, action: "view.report", subjectType: "report", subjectId: r.id });
    return renderAdminReport(ctx, r, auth.accountId);
  });

  app.post<{ Params: { id: string } }>("/api/v1/admin/reports/:id/resolve", async (req) => {
    const auth = await staffWrite(ctx, req);
    return renderAdminReport(ctx, await resolveReport(ctx, req.params.id, auth.accountId), auth.accountId);
  });

  app.post<{ Params: { id: string } }>("/api/v1/admin/reports/:id/reopen", async (req) => {
    const auth = await staffWrite(ctx, req);
    return renderAdminReport(ctx, await reopenReport(ctx, req.params.id, auth.accountId), auth.accountId);
  });

  app.post<{ Params: { id: string } }>("/api/v1/admin/reports/:id/assign_to_self", async (req) => {
    const auth = await staffWrite(ctx, req);
    const r = await reportById(ctx, req.params.id);
    for (const c of await casesOfReport(ctx, r.id)) await assignCase(ctx, c.id, auth.accountId, auth.accountId);
    return renderAdminReport(ctx, r, auth.accountId);
  });
}
