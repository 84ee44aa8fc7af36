// Telling people about decisions: the affected user gets a `moderation_warning` notification pointing
// at the statement of reasons; every reporter gets an outcome message for each decision on the case.
import type { Context } from "../../context.js";
import { newId } from "../../core/ids.js";
import type { Executor } from "../../db/types.js";
import { sdb } from "../safety/db.js";
import type { AfterCommit } from "./actions.js";
import { mdb } from "./db.js";
import { type Decision, toDecision } from "./decisions.js";
import { accountWarning } from "./statement.js";

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
    await db.insertInto("moderation_messages").values({ id: newId(), account_id: r.account_id, kind: "report_outcome", decision_id: d.id, report_id: r.id, appeal_id: null, created_at: at }).execute();
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
