// The review queue and the staff operations on a case that are events, not decisions: assignment,
// escalation, notes, reopening. Every one is audited.
import type { Context } from "../../context.js";
import { NotFoundError, ValidationError } from "../../core/errors.js";
import { audit } from "./audit.js";
import { appendEvent, caseById, caseEvents, refreshCase } from "./cases.js";
import { type ModerationCasesTable, mdb } from "./db.js";
import { toDecision } from "./decisions.js";
import { activeStrikes } from "./strikes.js";

export interface QueueQuery {
  status?: "open" | "escalated" | "appealed" | "resolved" | "active";
  assigneeId?: string;
  category?: string;
  limit?: number;
  offset?: number;
}

/** Open work ordered by severity × reach, then by due time: threats come first. */
export async function listQueue(ctx: Context, q: QueueQuery = {}): Promise<(ModerationCasesTable & { overdue: boolean })[]> {
  let query = mdb(ctx.db).selectFrom("moderation_cases").selectAll();
  const status = q.status ?? "active";
  query = status === "active" ? query.where("status", "in", ["open", "escalated", "appealed"]) : query.where("status", "=", status);
  if (q.assigneeId) query = query.where("assignee_id", "=", q.assigneeId);
  if (q.category) query = query.where("category", "=", q.category);
  const rows = await query.orderBy("priority", "desc").orderBy("due_at", "asc").orderBy("id", "asc").limit(Math.min(q.limit ?? 40, 200)).offset(q.offset ?? 0).execute();
  const now = ctx.clock.now().toISOString();
  return rows.map((r) => ({ ...r, overdue: !!r.due_at && r.due_at < now }));
}

/** Everything a moderator needs to judge a case; viewing it is audited (it may show private posts). */
export async function caseView(ctx: Context, caseId: string, viewerId: string) {
  const c = await caseById(ctx.db, caseId);
  if (!c) throw new NotFoundError("Case not found");
  const events = await caseEvents(ctx.db, c.id);
  const decisions = (await mdb(ctx.db).selectFrom("moderation_decisions").selectAll().where("case_id", "=", c.id).orderBy("id").execute()).map(toDecision);
  const status = c.subject_type === "status" ? await ctx.db.selectFrom("statuses").select(["id", "text", "spoiler_text", "visibility", "moderation_state", "language", "created_at", "sensitive", "deleted_at"]).where("id", "=", c.subject_id).executeTakeFirst() : null;
  const account = c.account_id ? await ctx.db.selectFrom("accounts").select(["id", "username", "display_name", "note", "created_at", "followers_count", "statuses_count", "suspended_at", "silenced_at", "sensitized_at"]).where("id", "=", c.account_id).executeTakeFirst() : null;
  const strikes = c.account_id ? await activeStrikes(ctx.db, c.account_id, ctx.clock.now().toISOString()) : [];
  const history = c.account_id ? await mdb(ctx.db).selectFrom("moderation_decisions").select(["id", "kind", "category", "created_at", "case_id"]).where("account_id", "=", c.account_id).where("case_id", "!=", c.id).orderBy("id", "desc").limit(20).execute() : [];
  // the detector's explanation: which words (spans in the original text), which rule, what score against which threshold
  const explanations = events
    .filter((e) => e.type === "signal")
    .map((e) => ({ detector: e.payload.detector, version: e.payload.version, category: e.payload.category, score: e.payload.score, threshold: e.payload.threshold, outcome: e.payload.outcome, spans: e.payload.spans ?? [], reason: e.payload.reason }));
  // every view is recorded; `private` says why this one showed what the public cannot see
  const why = privateReasons(status, events);
  await audit(ctx, ctx.db, { actorId: viewerId, action: "view.case", subjectType: c.subject_type, subjectId: c.subject_id, payload: { case_id: c.id, private: why.length > 0, why } });
  return { case: c, subject: { status: status ?? null, account }, explanations, events, decisions, author: { active_strikes: strikes, history } };
}

/**
 * What in a case the public cannot see: a followers-only or direct post, a post that is held, removed
 * or deleted, and the reports and notices (who reported it, what they wrote).
 */
function privateReasons(status: { visibility: string; moderation_state: string; deleted_at: string | null } | null | undefined, events: { type: string; payload: Record<string, unknown> }[]): string[] {
  const why: string[] = [];
  if (status && (status.visibility === "private" || status.visibility === "direct")) why.push(`visibility:${status.visibility}`);
  if (status && status.moderation_state !== "published") why.push(`state:${status.moderation_state}`);
  if (status?.deleted_at) why.push("deleted");
  if (events.some((e) => e.type === "report" || e.type === "notice")) why.push("reports");
  return why;
}

async function staffEvent(ctx: Context, caseId: string, actorId: string, type: "assignment" | "escalation" | "note" | "reopen", payload: Record<string, unknown>) {
  const c = await caseById(ctx.db, caseId);
  if (!c) throw new NotFoundError("Case not found");
  return ctx.db.transaction().execute(async (trx) => {
    await appendEvent(ctx, trx, c.id, type, actorId, payload);
    await audit(ctx, trx, { actorId, action: `case.${type}`, subjectType: c.subject_type, subjectId: c.subject_id, payload: { case_id: c.id, ...payload } });
    return refreshCase(ctx, trx, c.id);
  });
}

export async function assignCase(ctx: Context, caseId: string, actorId: string, assigneeId: string | null) {
  if (assigneeId) {
    const staff = await ctx.db.selectFrom("users").select("role").where("account_id", "=", assigneeId).executeTakeFirst();
    if (!staff || (staff.role !== "moderator" && staff.role !== "admin")) throw new ValidationError("assignee must be a moderator or admin", { field: "assignee_id" });
  }
  return staffEvent(ctx, caseId, actorId, "assignment", { assignee_id: assigneeId });
}

export const escalateCase = (ctx: Context, caseId: string, actorId: string, reason: string) => staffEvent(ctx, caseId, actorId, "escalation", { reason });
export const addNote = (ctx: Context, caseId: string, actorId: string, text: string) => staffEvent(ctx, caseId, actorId, "note", { text });
export const reopenCase = (ctx: Context, caseId: string, actorId: string, reason: string) => staffEvent(ctx, caseId, actorId, "reopen", { reason });
