// Reading a recipient's notifications: never from accounts they block, are blocked by or muted with
// notifications, never about statuses they can no longer see, and (unless asked) not those their
// notification policy filters.
import type { ExpressionBuilder, SelectQueryBuilder } from "kysely";
import type { Page } from "../../api/mastodon/paging.js";
import type { Database, Executor, NotificationsTable } from "../../db/types.js";
import { visibleTo } from "../statuses/visibility.js";
import { type PolicyState, policyHides } from "./policy.js";

export interface NotificationFilter {
  types?: string[];
  excludeTypes?: string[];
  accountId?: string;
  /** "main" (policy-filtered ones left out), "all", or "filtered" (only those the policy holds back) */
  scope?: "main" | "all" | "filtered";
  groupKey?: string;
}

type Eb = ExpressionBuilder<Database, "notifications">;

function readable(eb: Eb, me: string) {
  const at = new Date().toISOString();
  return eb.and([
    eb("notifications.account_id", "=", me),
    eb("notifications.from_account_id", "not in", eb.selectFrom("blocks").select("blocks.target_account_id").where("blocks.account_id", "=", me)),
    eb("notifications.from_account_id", "not in", eb.selectFrom("blocks").select("blocks.account_id").where("blocks.target_account_id", "=", me)),
    eb("notifications.from_account_id", "not in", eb.selectFrom("mutes").select("mutes.target_account_id").where("mutes.account_id", "=", me)
      .where("mutes.hide_notifications", "=", 1).where((w) => w.or([w("mutes.expires_at", "is", null), w("mutes.expires_at", ">", at)]))),
    eb.or([
      eb("notifications.status_id", "is", null),
      eb.exists(eb.selectFrom("statuses").select("statuses.id").whereRef("statuses.id", "=", "notifications.status_id").where(visibleTo({ accountId: me }))),
    ]),
  ]);
}

/** A group key; `ungrouped-<id>` also names a groupable notification shown alone (grouped_types). */
export function groupKeyMatch(eb: Eb, key: string) {
  const m = /^ungrouped-(\d{1,20})$/.exec(key);
  return m ? eb.or([eb("notifications.group_key", "=", key), eb("notifications.id", "=", m[1])]) : eb("notifications.group_key", "=", key);
}

export function notificationQuery(db: Executor, me: string, policy: PolicyState, f: NotificationFilter): SelectQueryBuilder<Database, "notifications", NotificationsTable> {
  let q = db.selectFrom("notifications").selectAll("notifications").where((eb) => readable(eb, me));
  if (f.types?.length) q = q.where("notifications.type", "in", f.types);
  if (f.excludeTypes?.length) q = q.where("notifications.type", "not in", f.excludeTypes);
  if (f.accountId) q = q.where("notifications.from_account_id", "=", f.accountId);
  if (f.groupKey) q = q.where((eb) => groupKeyMatch(eb, f.groupKey!));
  const scope = f.scope ?? "main";
  if (scope !== "all") {
    q = q.where((eb) => {
      const hides = policyHides(eb, policy, me);
      if (scope === "main") return hides ? eb.not(hides) : eb.and([]);
      return hides ?? eb.or([]);
    });
  }
  return q;
}

export async function notificationPage(db: Executor, me: string, policy: PolicyState, f: NotificationFilter, page: Page): Promise<NotificationsTable[]> {
  let q = notificationQuery(db, me, policy, f);
  if (page.maxId) q = q.where("notifications.id", "<", page.maxId);
  if (page.sinceId) q = q.where("notifications.id", ">", page.sinceId);
  if (page.minId) {
    const rows = await q.where("notifications.id", ">", page.minId).orderBy("notifications.id", "asc").limit(page.limit).execute();
    return rows.reverse();
  }
  return q.orderBy("notifications.id", "desc").limit(page.limit).execute();
}

export async function notificationById(db: Executor, me: string, policy: PolicyState, id: string): Promise<NotificationsTable | undefined> {
  return notificationQuery(db, me, policy, { scope: "all" }).where("notifications.id", "=", id).executeTakeFirst();
}

/** How many (up to `cap`) readable notifications are newer than `afterId`. */
export async function countSince(db: Executor, me: string, policy: PolicyState, afterId: string | undefined, cap: number, f: NotificationFilter = {}): Promise<NotificationsTable[]> {
  let q = notificationQuery(db, me, policy, f);
  if (afterId) q = q.where("notifications.id", ">", afterId);
  return q.orderBy("notifications.id", "desc").limit(cap).execute();
}
