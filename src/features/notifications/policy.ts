// Notification policy (Mastodon 4.3): per category accept | filter | drop, kept in users.settings.
// "drop" is decided when a notification is created; "filter" is decided when reading, against the
// current relationships, so following someone later lets their earlier notifications through.
import { type ExpressionBuilder, sql } from "kysely";
import type { Context } from "../../context.js";
import { parseJson } from "../../core/json.js";
import type { Database, Executor, NotificationsTable } from "../../db/types.js";

export const POLICY_KEYS = ["for_not_following", "for_not_followers", "for_new_accounts", "for_private_mentions", "for_limited_accounts"] as const;
export type PolicyKey = (typeof POLICY_KEYS)[number];
export const POLICY_VALUES = ["accept", "filter", "drop"] as const;
export type PolicyValue = (typeof POLICY_VALUES)[number];
export type Policy = Record<PolicyKey, PolicyValue>;

export const DEFAULT_POLICY: Policy = {
  for_not_following: "accept",
  for_not_followers: "accept",
  for_new_accounts: "accept",
  for_private_mentions: "filter",
  for_limited_accounts: "filter",
};
/** Types a policy never hides (they come from the server or concern the recipient's own content). */
export const UNFILTERABLE = ["admin.sign_up", "admin.report", "poll", "update", "moderation_warning", "severed_relationships", "quoted_update", "rostra.report_outcome"];
const NEW_ACCOUNT_MS = 30 * 24 * 3600_000;
const POLICY_SETTING = "notifications:policy";
const ACCEPTED_SETTING = "notifications:accepted";
const ACCEPTED_MAX = 5000;

export interface PolicyState {
  policy: Policy;
  /** senders whose notification requests were accepted */
  accepted: string[];
}

export async function loadPolicy(db: Executor, accountId: string): Promise<PolicyState> {
  const row = await db.selectFrom("users").select("settings").where("account_id", "=", accountId).executeTakeFirst();
  const settings = parseJson<Record<string, unknown>>(row?.settings, {});
  const stored = (settings[POLICY_SETTING] ?? {}) as Partial<Policy>;
  const policy = { ...DEFAULT_POLICY };
  for (const k of POLICY_KEYS) if (POLICY_VALUES.includes(stored[k] as PolicyValue)) policy[k] = stored[k] as PolicyValue;
  const accepted = Array.isArray(settings[ACCEPTED_SETTING]) ? (settings[ACCEPTED_SETTING] as string[]) : [];
  return { policy, accepted };
}

async function saveSettings(ctx: Context, accountId: string, change: (s: Record<string, unknown>) => void): Promise<void> {
  await ctx.db.transaction().execute(async (trx) => {
    const row = await trx.selectFrom("users").select("settings").where("account_id", "=", accountId).executeTakeFirst();
    const settings = parseJson<Record<string, unknown>>(row?.settings, {});
    change(settings);
    await trx.updateTable("users").set({ settings: JSON.stringify(settings) }).where("account_id", "=", accountId).execute();
  });
}

export async function updatePolicy(ctx: Context, accountId: string, patch: Partial<Policy>): Promise<void> {
  await saveSettings(ctx, accountId, (s) => {
    s[POLICY_SETTING] = { ...((s[POLICY_SETTING] as object) ?? {}), ...patch };
  });
}

export async function acceptSenders(ctx: Context, accountId: string, senders: string[]): Promise<void> {
  await saveSettings(ctx, accountId, (s) => {
    const list = Array.isArray(s[ACCEPTED_SETTING]) ? (s[ACCEPTED_SETTING] as string[]) : [];
    s[ACCEPTED_SETTING] = [...new Set([...list, ...senders])].slice(-ACCEPTED_MAX);
  });
}

type Eb = ExpressionBuilder<Database, "notifications">;

/**
 * Condition per category, true when the notification falls in it (for `recipientId`). Each is a
 * correlated EXISTS on a primary or unique key, so the cost per notification does not grow with the site.
 */
function category(eb: Eb, key: PolicyKey, recipientId: string) {
  const recipientFollowsSender = eb.exists(
    eb.selectFrom("follows").select("follows.id").where("follows.account_id", "=", recipientId).whereRef("follows.target_account_id", "=", "notifications.from_account_id"),
  );
  const sender = () => eb.selectFrom("accounts").select("accounts.id").whereRef("accounts.id", "=", "notifications.from_account_id");
  switch (key) {
    case "for_not_following":
      return eb.not(recipientFollowsSender);
    case "for_not_followers":
      return eb.not(
        eb.exists(eb.selectFrom("follows").select("follows.id").whereRef("follows.account_id", "=", "notifications.from_account_id").where("follows.target_account_id", "=", recipientId)),
      );
    case "for_new_accounts":
      return eb.exists(sender().where("accounts.created_at", ">", new Date(Date.now() - NEW_ACCOUNT_MS).toISOString()));
    case "for_limited_accounts":
      return eb.exists(sender().where("accounts.silenced_at", "is not", null));
    case "for_private_mentions":
      return eb.and([
        eb("notifications.type", "=", "mention"),
        eb.not(recipientFollowsSender),
        eb.exists(
          eb.selectFrom("statuses").select("statuses.id").whereRef("statuses.id", "=", "notifications.status_id").where("statuses.visibility", "=", "direct")
            .where((w) => w.or([w("statuses.in_reply_to_account_id", "is", null), w("statuses.in_reply_to_account_id", "!=", recipientId)])),
        ),
      ]);
  }
}

/** True for notifications the policy hides (action in `actions`); null when nothing can match. */
export function policyHides(eb: Eb, state: PolicyState, recipientId: string, actions: PolicyValue[] = ["filter", "drop"]) {
  const keys = POLICY_KEYS.filter((k) => actions.includes(state.policy[k]));
  if (keys.length === 0) return null;
  const conds = [eb("notifications.type", "not in", UNFILTERABLE), eb.or(keys.map((k) => category(eb, k, recipientId)))];
  if (state.accepted.length) conds.push(eb("notifications.from_account_id", "not in", state.accepted));
  return eb.and(conds);
}

async function matches(db: Executor, row: Pick<NotificationsTable, "id">, state: PolicyState, recipientId: string, actions: PolicyValue[]): Promise<boolean> {
  const hit = await db
    .selectFrom("notifications")
    .select("notifications.id")
    .where("notifications.id", "=", row.id)
    .where((eb) => policyHides(eb, state, recipientId, actions) ?? sql<boolean>`1 = 0`)
    .executeTakeFirst();
  return !!hit;
}

/** Is this stored notification filtered for its recipient right now? */
export async function isFilteredForRecipient(ctx: Context, row: NotificationsTable): Promise<boolean> {
  const state = await loadPolicy(ctx.db, row.account_id);
  if (!POLICY_KEYS.some((k) => state.policy[k] !== "accept")) return false;
  return matches(ctx.db, row, state, row.account_id, ["filter", "drop"]);
}

/** Called right after insert, inside the creating transaction: should it be dropped (deleted again)? */
export async function droppedByPolicy(exec: Executor, row: Pick<NotificationsTable, "id" | "account_id">): Promise<boolean> {
  const state = await loadPolicy(exec, row.account_id);
  if (!POLICY_KEYS.some((k) => state.policy[k] === "drop")) return false;
  return matches(exec, row, state, row.account_id, ["drop"]);
}
