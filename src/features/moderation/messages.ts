// Telling people about decisions: the affected user gets a `moderation_warning` notification pointing
// at the statement of reasons; every reporter gets an outcome message and a `rostra.report_outcome`
// notification for each decision on the case (the action or dismissal, and again for a reversal).
import type { Context } from "../../context.js";
import { newId } from "../../core/ids.js";
import type { Executor } from "../../db/types.js";
import { renderReport } from "../reports/entity.js";
import { sdb } from "../safety/db.js";
import type { AfterCommit } from "./actions.js";
import { mdb } from "./db.js";
import { type Decision, toDecision } from "./decisions.js";
import { type Lang, langOf, t } from "./i18n.js";
import { accountWarning } from "./statement.js";

/**
 * The reporter's notification type. Mastodon has none for this (it never tells reporters), so it is a
 * namespaced extension: Mastodon clients skip types they do not know, and the notification carries
 * Mastodon's `report` entity plus a localized `fallback` (Mastodon 4.6's form for unsupported types).
 */
export const REPORT_OUTCOME_TYPE = "rostra.report_outcome";

const ACCOUNT_LEVEL = new Set(["warn", "strike", "limit", "force_sensitive", "freeze", "suspend", "unlimit", "unsensitize", "unfreeze", "unsuspend", "remove_strike"]);

/** Notifications of a decision carry its id in the group key, so renderers can find the warning. */
export const warningGroupKey = (decisionId: string) => `moderation_warning-${decisionId}`;

export function decisionIdFromGroupKey(groupKey: string): string | null {
  const m = /^moderation_warning-(\d+)$/.exec(groupKey);
  return m ? m[1] : null;
}

export async function notifyDecision(
  ctx: Context,
  trx: Executor,
  d: Decision,
  events: { type: string; payload: Record<string, unknown> }[],
  after: AfterCommit,
  opts: { reporters: boolean },
): Promise<void> {
  const db = mdb(trx);
  const at = ctx.clock.now().toISOString();
  const acted = d.actionList.some((a) => a.type !== "none");
  if (d.account_id && acted) {
    const local = await trx.selectFrom("users").select("account_id").where("account_id", "=", d.account_id).executeTakeFirst();
    if (local) {
      // inserted directly: the affected user must get this even if they block or mute the moderator
      const id = newId();
      await sdb(trx)
        .insertInto("notifications")
        .values({
          id, account_id: d.account_id, from_account_id: d.decided_by ?? d.account_id, type: "moderation_warning",
          status_id: d.subject_type === "status" ? d.subject_id : null, target_id: d.id, group_key: warningGroupKey(d.id), created_at: at,
        })
        .execute();
      after.notificationIds.push(id);
      await db.insertInto("moderation_messages").values({ id: newId(), account_id: d.account_id, kind: "statement", decision_id: d.id, report_id: null, appeal_id: null, created_at: at }).execute();
    }
  }
  if (!opts.reporters) return;
  const reportIds = new Set(events.filter((e) => e.type === "report" && e.payload.report_id).map((e) => String(e.payload.report_id)));
  // an action on the account also answers the reports filed against the account as a whole
  if (d.account_id && d.subject_type !== "account" && d.actionList.some((a) => ACCOUNT_LEVEL.has(a.type))) {
    const rows = await db
      .selectFrom("moderation_events")
      .innerJoin("moderation_cases", "moderation_cases.id", "moderation_events.case_id")
      .select("moderation_events.payload")
      .where("moderation_cases.subject_type", "=", "account")
      .where("moderation_cases.subject_id", "=", d.account_id)
      .where("moderation_events.type", "=", "report")
      .execute();
    for (const r of rows) {
      const id = (JSON.parse(r.payload) as { report_id?: string }).report_id;
      if (id) reportIds.add(id);
    }
  }
  if (reportIds.size === 0) return;
  const reports = await trx.selectFrom("reports").select(["id", "account_id"]).where("id", "in", [...reportIds]).execute();
  for (const r of reports) {
    if (!r.account_id) continue;
    const messageId = newId();
    await db.insertInto("moderation_messages").values({ id: messageId, account_id: r.account_id, kind: "report_outcome", decision_id: d.id, report_id: r.id, appeal_id: null, created_at: at }).execute();
    // Inserted directly, like the warning: a block or mute must not hide the answer to one's own report.
    // The reporter's own account stands as the sender (Mastodon does the same for server notices), so
    // neither the moderator nor a suspended reported account is shown; target_id is the message, which
    // links the report and the decision.
    const id = newId();
    await sdb(trx)
      .insertInto("notifications")
      .values({ id, account_id: r.account_id, from_account_id: r.account_id, type: REPORT_OUTCOME_TYPE, status_id: null, target_id: messageId, group_key: `ungrouped-${id}`, created_at: at })
      .execute();
    after.notificationIds.push(id);
  }
  // Mastodon's report entity shows action_taken; it follows the latest decision on the case
  await trx.updateTable("reports").set({ action_taken_at: at }).where("id", "in", [...reportIds]).execute();
}

/**
 * Mastodon's `moderation_warning` field for notification rows, keyed by notification id: the
 * notifications renderer passes its rows and rendered accounts.
 */
export async function moderationWarnings(
  exec: Executor,
  rows: { id: string; type: string; group_key: string; account_id: string; target_id?: string | null }[],
  accounts: Map<string, unknown>,
): Promise<Map<string, Record<string, unknown>>> {
  const out = new Map<string, Record<string, unknown>>();
  const wanted = rows.filter((r) => r.type === "moderation_warning").map((r) => ({ r, id: r.target_id ?? decisionIdFromGroupKey(r.group_key) })).filter((x) => x.id);
  if (wanted.length === 0) return out;
  const decisions = await mdb(exec).selectFrom("moderation_decisions").selectAll().where("id", "in", wanted.map((x) => x.id!)).execute();
  const byId = new Map(decisions.map((d) => [d.id, toDecision(d)]));
  const appeals = await mdb(exec)
    .selectFrom("moderation_appeals")
    .leftJoin("moderation_appeal_outcomes", "moderation_appeal_outcomes.appeal_id", "moderation_appeals.id")
    .select(["moderation_appeals.decision_id", "moderation_appeals.text", "moderation_appeal_outcomes.outcome"])
    .where("moderation_appeals.decision_id", "in", [...byId.keys()].length ? [...byId.keys()] : ["-"])
    .execute();
  // Mastodon's Appeal entity: approved (we reversed), rejected (we upheld) or pending
  const appealOf = new Map(appeals.map((a) => [a.decision_id, { text: a.text, state: a.outcome === "reversed" ? "approved" : a.outcome === "upheld" ? "rejected" : "pending" }]));
  for (const { r, id } of wanted) {
    const d = byId.get(id!);
    if (d) out.set(r.id, { ...accountWarning(d, accounts.get(r.account_id) ?? null), appeal: appealOf.get(d.id) ?? null });
  }
  return out;
}

/** What a reporter learns of a decision: the kind and actions, in their language, not the facts or the moderator. */
export function reportOutcome(d: Decision | undefined, lang: Lang, at: string) {
  if (!d) return { at, kind: "unknown", text: "" };
  const tr = t(lang);
  const names = d.actionList.map((a) => tr.actionNames[a.type] ?? a.type).join(", ");
  return { at, decision_id: d.id, kind: d.kind, actions: d.actionList.map((a) => a.type), category: d.category, text: d.kind === "reversal" ? tr.reportReversed(names) : tr.reportOutcome(names) };
}

/**
 * The fields a `rostra.report_outcome` notification carries, keyed by notification id: Mastodon's
 * `report` entity (the reporter's own report), `report_outcome` (reportOutcome) and `fallback`
 * ({ title, summary, details }, Mastodon's NotificationFallback) in the reporter's language.
 */
export async function reportOutcomePayloads(ctx: Context, rows: readonly { id: string; type: string; account_id: string; target_id?: string | null }[]): Promise<Map<string, Record<string, unknown>>> {
  const out = new Map<string, Record<string, unknown>>();
  const wanted = rows.filter((r) => r.type === REPORT_OUTCOME_TYPE && r.target_id);
  if (wanted.length === 0) return out;
  const db = mdb(ctx.db);
  const messages = await db.selectFrom("moderation_messages").selectAll().where("id", "in", wanted.map((r) => r.target_id!)).execute();
  const byId = new Map(messages.map((m) => [m.id, m]));
  const decisionIds = [...new Set(messages.map((m) => m.decision_id).filter((x): x is string => !!x))];
  const reportIds = [...new Set(messages.map((m) => m.report_id).filter((x): x is string => !!x))];
  const decisions = new Map((decisionIds.length ? await db.selectFrom("moderation_decisions").selectAll().where("id", "in", decisionIds).execute() : []).map((d) => [d.id, toDecision(d)]));
  const reports = new Map((reportIds.length ? await ctx.db.selectFrom("reports").selectAll().where("id", "in", reportIds).execute() : []).map((r) => [r.id, r]));
  const recipients = [...new Set(wanted.map((r) => r.account_id))];
  const locales = new Map((await ctx.db.selectFrom("users").select(["account_id", "locale"]).where("account_id", "in", recipients).execute()).map((u) => [u.account_id, langOf(u.locale)]));
  for (const r of wanted) {
    const m = byId.get(r.target_id!);
    // the message row is the reporter's own: a notification pointing at someone else's is not rendered
    if (!m || m.account_id !== r.account_id) continue;
    const report = m.report_id ? reports.get(m.report_id) : undefined;
    const lang = locales.get(r.account_id) ?? "en";
    const outcome = reportOutcome(m.decision_id ? decisions.get(m.decision_id) : undefined, lang, m.created_at);
    out.set(r.id, {
      report: report ? await renderReport(ctx, report) : null,
      report_outcome: outcome,
      fallback: { title: t(lang).reportOutcomeTitle, summary: outcome.text, details: null },
    });
  }
  return out;
}
