// Appeals (DSA Art. 20): the affected user may appeal a standing decision within the policy's window;
// a different moderator than the one who decided answers with reasons. A reversal is a new decision
// whose actions undo the appealed one's.
import type { Context } from "../../context.js";
import { AppError, ForbiddenError, NotFoundError, UnprocessableError } from "../../core/errors.js";
import { newId } from "../../core/ids.js";
import { parseJson } from "../../core/json.js";
import { inverseActions } from "./actions.js";
import { langOf, t } from "./i18n.js";
import { audit } from "./audit.js";
import { appendEvent, refreshCase } from "./cases.js";
import { mdb } from "./db.js";
import type { Executor } from "../../db/types.js";
import { type Decision, type DecisionInput, decisionById, emptyAfter, recordDecision, runAfterCommit, supersededBy } from "./decisions.js";
import { currentPolicy, policyVersion } from "./policy-store.js";

export class AppealConflictError extends UnprocessableError {}

export async function fileAppeal(ctx: Context, decisionId: string, accountId: string, text: string) {
  const d = await decisionById(ctx.db, decisionId);
  // someone else's decision answers 404, the same as a missing one
  if (!d || d.account_id !== accountId) throw new NotFoundError();
  // the appellant reads these refusals, so they come in the appellant's language
  const user = await ctx.db.selectFrom("users").select("locale").where("account_id", "=", accountId).executeTakeFirst();
  const tr = t(langOf(user?.locale));
  if (d.kind === "reversal" || d.kind === "no_action") throw new UnprocessableError(tr.appealNotPossible);
  if (await supersededBy(ctx.db, d.id)) throw new UnprocessableError(tr.appealReplaced);
  const until = parseJson<{ appeal_until?: string }>(d.redress, {}).appeal_until;
  if (until && ctx.clock.now().toISOString() > until) throw new UnprocessableError(tr.appealTooLate);
  const id = newId();
  const at = ctx.clock.now().toISOString();
  try {
    await ctx.db.transaction().execute(async (trx) => {
      await mdb(trx).insertInto("moderation_appeals").values({ id, decision_id: d.id, account_id: accountId, text, created_at: at }).execute();
      await appendEvent(ctx, trx, d.case_id, "appeal", accountId, { appeal_id: id, decision_id: d.id });
      await refreshCase(ctx, trx, d.case_id);
    });
  } catch (err) {
    if (await mdb(ctx.db).selectFrom("moderation_appeals").select("id").where("decision_id", "=", d.id).executeTakeFirst()) {
      throw new AppealConflictError(tr.appealTwice);
    }
    throw err;
  }
  return { id, decision_id: d.id, text, created_at: at, state: "pending" as const };
}

export async function appealState(ctx: Context, appealId: string) {
  const db = mdb(ctx.db);
  const appeal = await db.selectFrom("moderation_appeals").selectAll().where("id", "=", appealId).executeTakeFirst();
  if (!appeal) return null;
  const outcome = await db.selectFrom("moderation_appeal_outcomes").selectAll().where("appeal_id", "=", appealId).executeTakeFirst();
  return { ...appeal, state: outcome ? outcome.outcome : "pending", outcome: outcome ?? null };
}

export interface AppealAnswer {
  outcome: "upheld" | "reversed";
  reason: string;
}

/** The reversal of `d`: the inverse of every action except those the decision's policy declared final. */
async function reversalOf(ctx: Context, trx: Executor, d: Decision, moderatorId: string, facts: string): Promise<DecisionInput> {
  const policy = (await policyVersion(ctx, d.policy_version, trx)) ?? (await currentPolicy(ctx, trx));
  const final = new Set(policy.finalActions ?? []);
  return {
    caseId: d.case_id, moderatorId, kind: "reversal", supersedesId: d.id, actions: inverseActions(d.actionList.filter((a) => !final.has(a.type))),
    category: d.category, ruleId: d.rule_id, ground: d.ground as "terms", facts,
  };
}

async function assertStanding(exec: Executor, d: Decision): Promise<void> {
  if (d.kind === "reversal" || d.kind === "no_action") throw new UnprocessableError("This decision has nothing to reverse");
  if (await supersededBy(exec, d.id)) throw new AppealConflictError("This decision has already been replaced by a later one");
}

export async function resolveAppeal(ctx: Context, appealId: string, moderatorId: string, answer: AppealAnswer): Promise<{ appealId: string; outcome: string; reversal: Decision | null }> {
  const db = mdb(ctx.db);
  const appeal = await db.selectFrom("moderation_appeals").selectAll().where("id", "=", appealId).executeTakeFirst();
  if (!appeal) throw new NotFoundError("Appeal not found");
  const d = await decisionById(ctx.db, appeal.decision_id);
  if (!d) throw new NotFoundError("Decision not found");
  if (d.decided_by === moderatorId) throw new ForbiddenError("An appeal must be reviewed by a different moderator than the one who decided");
  if (appeal.account_id === moderatorId) throw new ForbiddenError("Staff cannot answer their own appeal");
  const answered = async () => !!(await db.selectFrom("moderation_appeal_outcomes").select("appeal_id").where("appeal_id", "=", appealId).executeTakeFirst());
  if (await answered()) throw new AppealConflictError("This appeal has already been answered");
  const after = emptyAfter();
  const at = ctx.clock.now().toISOString();
  let reversal: Decision | null;
  try {
    reversal = await ctx.db.transaction().execute(async (trx) => {
      // the outcome row goes first: its primary key lets only one of two concurrent answers commit
      await mdb(trx).insertInto("moderation_appeal_outcomes").values({ appeal_id: appealId, outcome: answer.outcome, reason: answer.reason, decided_by: moderatorId, decision_id: null, created_at: at }).execute();
      let rev: Decision | null = null;
      if (answer.outcome === "reversed") {
        await assertStanding(trx, d);
        rev = await recordDecision(ctx, trx, await reversalOf(ctx, trx, d, moderatorId, `Reversed on appeal: ${answer.reason}`), after);
        await mdb(trx).updateTable("moderation_appeal_outcomes").set({ decision_id: rev.id }).where("appeal_id", "=", appealId).execute();
      }
      await appendEvent(ctx, trx, d.case_id, "appeal_decision", moderatorId, { appeal_id: appealId, outcome: answer.outcome, decision_id: rev?.id ?? null });
      await mdb(trx).insertInto("moderation_messages").values({ id: newId(), account_id: appeal.account_id, kind: "appeal_outcome", decision_id: rev?.id ?? d.id, report_id: null, appeal_id: appealId, created_at: at }).execute();
      await audit(ctx, trx, { actorId: moderatorId, action: "appeal.resolve", subjectType: d.subject_type, subjectId: d.subject_id, payload: { appeal_id: appealId, decision_id: d.id, outcome: answer.outcome, reversal_id: rev?.id ?? null } });
      await refreshCase(ctx, trx, d.case_id);
      return rev;
    });
  } catch (err) {
    if (!(err instanceof AppError) && (await answered())) throw new AppealConflictError("This appeal has already been answered");
    throw err;
  }
  await runAfterCommit(ctx, after);
  return { appealId, outcome: answer.outcome, reversal };
}

/**
 * A staff correction without an appeal: a reversal that supersedes the decision and undoes its actions
 * (those the policy declared final stay). A pending appeal must be answered instead, with its reasons.
 */
export async function reverseDecision(ctx: Context, decisionId: string, moderatorId: string, reason: string): Promise<Decision> {
  const d = await decisionById(ctx.db, decisionId);
  if (!d) throw new NotFoundError("Decision not found");
  await assertStanding(ctx.db, d);
  const appeal = await mdb(ctx.db).selectFrom("moderation_appeals").select("id").where("decision_id", "=", d.id).executeTakeFirst();
  if (appeal && !(await mdb(ctx.db).selectFrom("moderation_appeal_outcomes").select("appeal_id").where("appeal_id", "=", appeal.id).executeTakeFirst())) {
    throw new AppealConflictError(`This decision has a pending appeal (${appeal.id}); answer the appeal instead`);
  }
  const after = emptyAfter();
  const rev = await ctx.db.transaction().execute(async (trx) => {
    // two staff reversing at once: the case row lock makes the second see the first (SQLite writes are serial)
    if (ctx.dialect === "postgres") await mdb(trx).selectFrom("moderation_cases").select("id").where("id", "=", d.case_id).forUpdate().execute();
    await assertStanding(trx, d);
    return recordDecision(ctx, trx, await reversalOf(ctx, trx, d, moderatorId, `Reversed by staff: ${reason}`), after);
  });
  await runAfterCommit(ctx, after);
  return rev;
}

export async function pendingAppeals(ctx: Context, limit = 50) {
  return mdb(ctx.db)
    .selectFrom("moderation_appeals")
    .innerJoin("moderation_decisions", "moderation_decisions.id", "moderation_appeals.decision_id")
    .select(["moderation_appeals.id", "moderation_appeals.decision_id", "moderation_appeals.account_id", "moderation_appeals.text", "moderation_appeals.created_at", "moderation_decisions.decided_by", "moderation_decisions.case_id"])
    .where((eb) => eb.not(eb.exists(eb.selectFrom("moderation_appeal_outcomes").select("appeal_id").whereRef("moderation_appeal_outcomes.appeal_id", "=", "moderation_appeals.id"))))
    .orderBy("moderation_appeals.id")
    .limit(limit)
    .execute();
}
