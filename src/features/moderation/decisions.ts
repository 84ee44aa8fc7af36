// Decisions: immutable records carrying every statement-of-reasons field (DSA Art. 17). A correction or
// reversal is a new decision that supersedes the old one. Recording a decision applies its actions,
// gives strikes, climbs the escalation ladder, tells the affected user and the reporters, and audits.
import type { Context } from "../../context.js";
import { ForbiddenError, NotFoundError, UnprocessableError } from "../../core/errors.js";
import { newId } from "../../core/ids.js";
import { parseJson } from "../../core/json.js";
import { inTransaction } from "../../db/tx.js";
import type { Executor } from "../../db/types.js";
import { revokeTokens } from "../auth/tokens.js";
import { deliverNotifications } from "../notifications/create.js";
import { ACCOUNT_ACTIONS, type Action, type AfterCommit, applyActions } from "./actions.js";
import { audit } from "./audit.js";
import { appendEvent, caseEvents, refreshCase } from "./cases.js";
import { type ModerationDecisionsTable, mdb } from "./db.js";
import { notifyDecision } from "./messages.js";
import { currentPolicy } from "./policy-store.js";
import { renderedChanged } from "./render-changes.js";
import { activeStrikes, ladderAction } from "./strikes.js";

export interface DecisionInput {
  caseId: string;
  /** null = decided by automation */
  moderatorId: string | null;
  actions: Action[];
  kind?: "action" | "no_action" | "reversal" | "modification";
  category?: string | null;
  ruleId?: string | null;
  ground?: "terms" | "illegal";
  legalGround?: string | null;
  facts: string;
  supersedesId?: string | null;
  /** an automated hold awaiting human review: the case stays open */
  interim?: boolean;
  /** skip notifying reporters (interim holds) */
  quiet?: boolean;
}

export type Decision = ModerationDecisionsTable & { actionList: Action[] };

export function toDecision(row: ModerationDecisionsTable): Decision {
  return { ...row, actionList: parseJson<Action[]>(row.actions, []) };
}

export async function decisionById(exec: Executor, id: string): Promise<Decision | undefined> {
  const row = await mdb(exec).selectFrom("moderation_decisions").selectAll().where("id", "=", id).executeTakeFirst();
  return row ? toDecision(row) : undefined;
}

/** The decision that superseded this one, if any. */
export async function supersededBy(exec: Executor, id: string): Promise<Decision | undefined> {
  const row = await mdb(exec).selectFrom("moderation_decisions").selectAll().where("supersedes_id", "=", id).orderBy("id", "desc").limit(1).executeTakeFirst();
  return row ? toDecision(row) : undefined;
}

function sourceOf(events: { type: string; payload: Record<string, unknown> }[]): { source: string; automated: boolean; language: string | null } {
  const signals = events.filter((e) => e.type === "signal" || e.type === "report" || e.type === "notice");
  const automated = signals.some((e) => e.payload.source === "automated" || e.payload.source === "rule");
  const first = signals[0];
  const language = (signals.find((e) => e.payload.language)?.payload.language as string | undefined) ?? null;
  return { source: first ? String(first.payload.source ?? first.type) : "staff", automated, language };
}

/** Record a decision inside `exec` (joins an open transaction). Post-commit effects are returned. */
export async function recordDecision(ctx: Context, exec: Executor, input: DecisionInput, after: AfterCommit): Promise<Decision> {
  return inTransaction(exec, async (trx) => {
    const db = mdb(trx);
    const c = await db.selectFrom("moderation_cases").selectAll().where("id", "=", input.caseId).executeTakeFirst();
    if (!c) throw new NotFoundError("Case not found");
    if (input.moderatorId && input.kind !== "reversal") await checkAuthority(trx, input.moderatorId, c.account_id, input.actions);
    const policy = await currentPolicy(ctx, trx);
    const now = ctx.clock.now();
    const nowIso = now.toISOString();
    const events = await caseEvents(trx, c.id);
    const src = sourceOf(events);
    const category = input.category ?? c.category ?? null;
    const strikeExpires = new Date(now.getTime() + policy.strikeDays * 86_400_000).toISOString();

    let actions: Action[] = input.actions.filter((a) => a.type !== "none");
    let supersedesId = input.supersedesId ?? null;
    if (input.moderatorId && input.supersedesId === undefined) {
      // a person's decision replaces the automation's standing one; a held post it does not remove is released
      const auto = (await standingDecisions(trx, c.id)).find((d) => !d.decided_by);
      if (auto) {
        supersedesId = auto.id;
        const stillHidden = actions.some((a) => a.type === "remove" || a.type === "hold");
        if (auto.actionList.some((a) => a.type === "hold") && !stillHidden) actions.unshift({ type: "restore" });
      }
    }
    if (actions.length === 0) actions = [{ type: "none" }];
    if (actions.some((a) => a.type === "strike") && c.account_id) {
      const count = (await activeStrikes(trx, c.account_id, nowIso)).length + 1;
      const step = ladderAction(policy, count, actions);
      if (step) {
        if (step.type === "suspend") actions = actions.filter((a) => a.type !== "suspend");
        actions.push(step);
      }
    }
    const suspend = actions.find((a) => a.type === "suspend");
    const endsAt = suspend?.days ? new Date(now.getTime() + suspend.days * 86_400_000).toISOString() : null;
    const id = newId();
    const applied = await applyActions(ctx, trx, { type: c.subject_type, id: c.subject_id }, c.account_id, actions, id, after, strikeExpires, input.kind === "reversal" ? supersedesId : null);
    const rule = category ? policy.rules[category] : undefined;
    const appealUntil = new Date(now.getTime() + policy.appealDays * 86_400_000).toISOString();
    const row: ModerationDecisionsTable = {
      id,
      case_id: c.id,
      subject_type: c.subject_type,
      subject_id: c.subject_id,
      account_id: c.account_id,
      supersedes_id: supersedesId,
      kind: input.kind ?? (actions.every((a) => a.type === "none" || a.type === "restore") ? "no_action" : "action"),
      category,
      rule_id: input.ruleId ?? rule?.id ?? null,
      policy_version: policy.version,
      ground: input.ground ?? "terms",
      legal_ground: input.legalGround ?? null,
      facts: input.facts,
      automated_detection: src.automated ? 1 : 0,
      automated_decision: input.moderatorId ? "not" : "fully",
      actions: JSON.stringify(applied),
      ends_at: endsAt,
      redress: JSON.stringify({ appeal_until: appealUntil, internal: true, out_of_court: true, judicial: true }),
      decided_by: input.moderatorId,
      source_type: src.source,
      content_language: src.language,
      created_at: nowIso,
    };
    await db.insertInto("moderation_decisions").values(row).execute();
    for (const a of applied) {
      if (a.type === "strike" && a.strike_id) await db.updateTable("moderation_strikes").set({ category }).where("id", "=", a.strike_id).execute();
    }
    await appendEvent(ctx, trx, c.id, "decision", input.moderatorId, { decision_id: id, kind: row.kind, actions: applied.map((a) => a.type), interim: !!input.interim, supersedes_id: row.supersedes_id });
    await audit(ctx, trx, { actorId: input.moderatorId, action: `decision.${row.kind}`, subjectType: c.subject_type, subjectId: c.subject_id, payload: { decision_id: id, case_id: c.id, actions: applied, category, automated: !input.moderatorId } });
    await refreshCase(ctx, trx, c.id);
    const decision = toDecision(row);
    await notifyDecision(ctx, trx, decision, events, after, { reporters: !input.quiet });
    return decision;
  });
}

const RANK: Record<string, number> = { user: 0, moderator: 1, admin: 2 };

/**
 * Nobody decides about their own account, and account actions against staff need a higher role:
 * a moderator cannot warn, limit or suspend another moderator or an admin.
 */
async function checkAuthority(exec: Executor, moderatorId: string, accountId: string | null, actions: Action[]): Promise<void> {
  if (!accountId) return;
  if (accountId === moderatorId) throw new ForbiddenError("Staff cannot decide cases about their own account");
  if (!actions.some((a) => (ACCOUNT_ACTIONS as readonly string[]).includes(a.type))) return;
  const roles = await exec.selectFrom("users").select(["account_id", "role"]).where("account_id", "in", [moderatorId, accountId]).execute();
  const rank = (id: string) => RANK[roles.find((r) => r.account_id === id)?.role ?? "user"] ?? 0;
  if (rank(accountId) >= rank(moderatorId)) throw new ForbiddenError("Only a higher role can take action against a staff account");
}

export function emptyAfter(): AfterCommit {
  return { revokeAccountIds: [], notificationIds: [], kick: false, rendered: { statusIds: [], accountIds: [] } };
}

/** Run what must wait for the commit: cached renders, token revocation, job wake-up, streaming of notifications. */
export async function runAfterCommit(ctx: Context, after: AfterCommit): Promise<void> {
  renderedChanged(ctx, after.rendered);
  for (const accountId of new Set(after.revokeAccountIds)) await revokeTokens(ctx, { accountId });
  if (after.kick) ctx.jobs.kick();
  await deliverNotifications(ctx, after.notificationIds);
}

/** A moderator's decision on a case, in its own transaction. */
export async function decideCase(ctx: Context, input: DecisionInput): Promise<Decision> {
  if (input.moderatorId === null) throw new UnprocessableError("A staff decision needs a moderator");
  const after = emptyAfter();
  const decision = await ctx.db.transaction().execute((trx) => recordDecision(ctx, trx, input, after));
  await runAfterCommit(ctx, after);
  return decision;
}

/** Decisions on the subject still in effect (not superseded), newest first. */
export async function standingDecisions(exec: Executor, caseId: string): Promise<Decision[]> {
  const rows = await mdb(exec).selectFrom("moderation_decisions").selectAll().where("case_id", "=", caseId).orderBy("id", "desc").execute();
  const superseded = new Set(rows.map((r) => r.supersedes_id).filter(Boolean));
  return rows.filter((r) => !superseded.has(r.id) && r.kind !== "reversal").map(toDecision);
}
