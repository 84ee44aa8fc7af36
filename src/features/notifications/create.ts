// Creating notifications: called by features inside their transaction; delivery to streams happens
// after commit through deliverNotifications. The notifications feature owns listing and grouping.
import type { Context } from "../../context.js";
import { newId, timeOfId } from "../../core/ids.js";
import type { Dialect } from "../../db/connect.js";
import type { Executor } from "../../db/types.js";
import { rawQuery } from "../statuses/write-sql.js";
import { hiddenNotification } from "../safety/abuse.js";
import { sdb } from "../safety/db.js";
import { droppedByPolicy } from "./policy.js";

export type NotificationType =
  | "mention" | "status" | "reblog" | "follow" | "follow_request" | "favourite" | "poll" | "update"
  | "quote" | "quoted_update" | "admin.sign_up" | "admin.report" | "moderation_warning" | "severed_relationships"
  // Rostra extension: a reporter hears the outcome of their report (moderation/messages.ts)
  | "rostra.report_outcome";

export interface NewNotification {
  accountId: string;
  fromAccountId: string;
  type: NotificationType;
  statusId?: string | null;
  /** what the notification is about when that is not a status (a moderation decision, a report) */
  targetId?: string | null;
}

/** Group key as in Mastodon's grouped notifications: favourites/reblogs/follows group; others stand alone. */
export function groupKeyFor(n: NewNotification, id: string): string {
  if ((n.type === "favourite" || n.type === "reblog") && n.statusId) return `${n.type}-${n.statusId}`;
  // follows and sign-ups group per UTC day (an id prefix would make buckets of ~15 ms)
  if (n.type === "follow" || n.type === "admin.sign_up") return `${n.type}-${Math.floor(timeOfId(id) / 86_400_000)}`;
  return `ungrouped-${id}`;
}

/**
 * Insert notifications unless the recipient is the actor, blocks or mutes (with notifications) the actor,
 * or hides likely abuse and this mention or quote is one.
 * Returns the ids created, to pass to deliverNotifications after commit.
 */
export async function createNotifications(exec: Executor, list: NewNotification[], opts: { abuseScores?: ReadonlyMap<string, number>; dialect?: Dialect } = {}): Promise<string[]> {
  const ids: string[] = [];
  for (const n of list) {
    if (n.accountId === n.fromAccountId) continue;
    const now = new Date().toISOString();
    const convCheck = !!n.statusId && (n.type === "mention" || n.type === "reblog" || n.type === "favourite");
    if (opts.dialect) {
      // blocks either way, a mute that hides notifications, a muted conversation (one statement)
      const [hit] = await rawQuery<{ blocked: unknown; muted: unknown; conv: unknown }>(exec, opts.dialect, SILENCED_SQL, [
        n.accountId, n.fromAccountId, n.fromAccountId, n.accountId, n.accountId, n.fromAccountId, now, convCheck ? n.statusId : null, n.accountId,
      ]);
      if (isTrue(hit?.blocked) || isTrue(hit?.muted) || isTrue(hit?.conv)) continue;
    } else {
      const blocked = await exec
        .selectFrom("blocks")
        .select("id")
        .where((eb) =>
          eb.or([
            eb.and([eb("account_id", "=", n.accountId), eb("target_account_id", "=", n.fromAccountId)]),
            eb.and([eb("account_id", "=", n.fromAccountId), eb("target_account_id", "=", n.accountId)]),
          ]),
        )
        .executeTakeFirst();
      if (blocked) continue;
      const muted = await exec
        .selectFrom("mutes")
        .select("id")
        .where("account_id", "=", n.accountId)
        .where("target_account_id", "=", n.fromAccountId)
        .where("hide_notifications", "=", 1)
        .where((eb) => eb.or([eb("expires_at", "is", null), eb("expires_at", ">", now)]))
        .executeTakeFirst();
      if (muted) continue;
      if (convCheck) {
        // a muted conversation produces no notifications
        const conv = await exec
          .selectFrom("statuses")
          .innerJoin("conversation_mutes", "conversation_mutes.conversation_id", "statuses.conversation_id")
          .select("statuses.id")
          .where("statuses.id", "=", n.statusId!)
          .where("conversation_mutes.account_id", "=", n.accountId)
          .executeTakeFirst();
        if (conv) continue;
      }
    }
    // a status known not to be flagged cannot be hidden as likely abuse
    const knownScore = n.statusId ? opts.abuseScores?.get(n.statusId) : undefined;
    if (knownScore !== 0 && (await hiddenNotification(exec, n))) continue;
    const id = newId();
    const values = { id, account_id: n.accountId, from_account_id: n.fromAccountId, type: n.type, status_id: n.statusId ?? null, target_id: n.targetId ?? null, group_key: groupKeyFor(n, id), created_at: now };
    if (opts.dialect) {
      await rawQuery(exec, opts.dialect, "insert into notifications (id, account_id, from_account_id, type, status_id, target_id, group_key, created_at) values (?, ?, ?, ?, ?, ?, ?, ?)",
        [values.id, values.account_id, values.from_account_id, values.type, values.status_id, values.target_id, values.group_key, values.created_at]);
    } else {
      await sdb(exec).insertInto("notifications").values(values).execute();
    }
    // the recipient's notification policy may say "drop" for this sender (decided with the row in place)
    if (await droppedByPolicy(exec, { id, account_id: n.accountId })) {
      await exec.deleteFrom("notifications").where("id", "=", id).execute();
      continue;
    }
    ids.push(id);
  }
  return ids;
}

const SILENCED_SQL = [
  "select exists (select 1 from blocks where (account_id = ? and target_account_id = ?) or (account_id = ? and target_account_id = ?)) as blocked,",
  "exists (select 1 from mutes where account_id = ? and target_account_id = ? and hide_notifications = 1 and (expires_at is null or expires_at > ?)) as muted,",
  "exists (select 1 from statuses inner join conversation_mutes on conversation_mutes.conversation_id = statuses.conversation_id",
  "where statuses.id = ? and conversation_mutes.account_id = ?) as conv",
].join(" ");

const isTrue = (v: unknown): boolean => v === true || v === 1 || v === "1" || v === "t";

type Deliverer = (ctx: Context, ids: string[]) => Promise<void>;
let deliverer: Deliverer | null = null;

/** The notifications feature installs the renderer that pushes `notification` events to user streams. */
export function setNotificationDeliverer(fn: Deliverer): void {
  deliverer = fn;
}

/** Push created notifications to streaming after the transaction committed (best effort). */
export async function deliverNotifications(ctx: Context, ids: string[]): Promise<void> {
  if (ids.length === 0 || !deliverer) return;
  try {
    await deliverer(ctx, ids);
  } catch (err) {
    ctx.log.warn({ err }, "notification delivery failed");
  }
}
