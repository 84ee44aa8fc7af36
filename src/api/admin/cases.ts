// The review queue and cases: list, view (with evidence and detector explanations), assign, escalate,
// note, reopen, decide; and appeals awaiting a second moderator.
import type { FastifyInstance } from "fastify";
import type { Context } from "../../context.js";
import { NotFoundError, ValidationError } from "../../core/errors.js";
import { parse, v } from "../../core/validate.js";
import { pendingAppeals, resolveAppeal, reverseDecision } from "../../features/moderation/appeals.js";
import { audit } from "../../features/moderation/audit.js";
import { addSignal } from "../../features/moderation/cases.js";
import { decideCase, emptyAfter, recordDecision, runAfterCommit } from "../../features/moderation/decisions.js";
import { MOD_CATEGORIES } from "../../features/moderation/policy-store.js";
import { addNote, assignCase, caseView, escalateCase, listQueue, reopenCase } from "../../features/moderation/queue.js";
import { parseActions, staffRead, staffWrite } from "./guard.js";

const P = "/api/v1/rostra/admin";

export async function caseRoutes(app: FastifyInstance, ctx: Context): Promise<void> {
  app.get(`${P}/queue`, async (req) => {
    await staffRead(ctx, req);
    const q = parse({
      status: v.oneOf(["open", "escalated", "appealed", "resolved", "active"] as const), assignee_id: v.id(),
      category: v.oneOf(MOD_CATEGORIES), limit: v.int({ min: 1, max: 200 }), offset: v.int({ min: 0, max: 100_000 }),
    }, req.query);
    return listQueue(ctx, { status: q.status, assigneeId: q.assignee_id, category: q.category, limit: q.limit, offset: q.offset });
  });

  app.get<{ Params: { id: string } }>(`${P}/cases/:id`, async (req) => {
    const auth = await staffRead(ctx, req);
    return caseView(ctx, req.params.id, auth.accountId);
  });

  app.post<{ Params: { id: string } }>(`${P}/cases/:id/assign`, async (req) => {
    const auth = await staffWrite(ctx, req);
    const { assignee_id } = parse({ assignee_id: v.id() }, req.body);
    // no assignee in the body means "assign to me"; an explicit empty string clears it
    const raw = (req.body as Record<string, unknown> | undefined)?.assignee_id;
    return assignCase(ctx, req.params.id, auth.accountId, raw === "" || raw === null ? null : (assignee_id ?? auth.accountId));
  });

  app.post<{ Params: { id: string } }>(`${P}/cases/:id/escalate`, async (req) => {
    const auth = await staffWrite(ctx, req);
    const { reason } = parse({ reason: v.string({ max: 2000 }) }, req.body);
    return escalateCase(ctx, req.params.id, auth.accountId, reason ?? "");
  });

  app.post<{ Params: { id: string } }>(`${P}/cases/:id/notes`, async (req) => {
    const auth = await staffWrite(ctx, req);
    const { text } = parse({ text: v.requiredString({ max: 5000, min: 1 }) }, req.body);
    return addNote(ctx, req.params.id, auth.accountId, text);
  });

  app.post<{ Params: { id: string } }>(`${P}/cases/:id/reopen`, async (req) => {
    const auth = await staffWrite(ctx, req);
    const { reason } = parse({ reason: v.string({ max: 2000 }) }, req.body);
    return reopenCase(ctx, req.params.id, auth.accountId, reason ?? "");
  });

  app.post<{ Params: { id: string } }>(`${P}/cases/:id/decisions`, async (req) => {
    const auth = await staffWrite(ctx, req);
    return decideCase(ctx, { caseId: req.params.id, moderatorId: auth.accountId, ...decisionBody(req.body) });
  });

  // A decision about an account taken from the users page: the account's case is opened (or reused)
  // with a staff signal, so the person still gets a statement of reasons and can appeal.
  app.post<{ Params: { id: string } }>(`${P}/accounts/:id/decisions`, async (req) => {
    const auth = await staffWrite(ctx, req);
    const { id } = parse({ id: v.id() }, req.params);
    const input = decisionBody(req.body);
    if (input.actions.length === 0) throw new ValidationError("actions is required", { field: "actions" });
    const account = id ? await ctx.db.selectFrom("accounts").select("id").where("id", "=", id).executeTakeFirst() : undefined;
    if (!account) throw new NotFoundError();
    const after = emptyAfter();
    const decision = await ctx.db.transaction().execute(async (trx) => {
      const caseId = await addSignal(ctx, trx, { type: "account", id: account.id },
        { source: "staff", category: input.category ?? "illegal_other", score: 1, reason: "staff decision from the users page" },
        { actorId: auth.accountId, accountId: account.id });
      return recordDecision(ctx, trx, { caseId, moderatorId: auth.accountId, ...input }, after);
    });
    await runAfterCommit(ctx, after);
    return decision;
  });

  app.get(`${P}/appeals`, async (req) => {
    const auth = await staffRead(ctx, req);
    const { limit } = parse({ limit: v.int({ min: 1, max: 200 }) }, req.query);
    const rows = await pendingAppeals(ctx, limit);
    // appeals are the users' own words to the moderators
    await audit(ctx, ctx.db, { actorId: auth.accountId, action: "view.appeals", payload: { appeal_ids: rows.map((r) => r.id) } });
    return rows;
  });

  app.post<{ Params: { id: string } }>(`${P}/decisions/:id/reverse`, async (req) => {
    const auth = await staffWrite(ctx, req);
    const { reason } = parse({ reason: v.requiredString({ max: 5000, min: 1, trim: true }) }, req.body);
    return reverseDecision(ctx, req.params.id, auth.accountId, reason);
  });

  app.post<{ Params: { id: string } }>(`${P}/appeals/:id/resolve`, async (req) => {
    const auth = await staffWrite(ctx, req);
    const input = parse({ outcome: v.oneOf(["upheld", "reversed"] as const), reason: v.requiredString({ max: 5000, min: 1 }) }, req.body);
    if (!input.outcome) throw new ValidationError("outcome is required (upheld or reversed)", { field: "outcome" });
    return resolveAppeal(ctx, req.params.id, auth.accountId, { outcome: input.outcome, reason: input.reason });
  });
}

/** The body of a staff decision: actions, facts and the statement-of-reasons grounds. */
function decisionBody(raw: unknown) {
  const body = (raw ?? {}) as Record<string, unknown>;
  const input = parse({
    facts: v.requiredString({ max: 5000, min: 1 }), category: v.oneOf(MOD_CATEGORIES), rule_id: v.string({ max: 100 }),
    ground: v.oneOf(["terms", "illegal"] as const), legal_ground: v.string({ max: 1000 }),
  }, body);
  return {
    actions: parseActions(body.actions), facts: input.facts, category: input.category, ruleId: input.rule_id,
    ground: input.ground, legalGround: input.legal_ground,
  };
}
