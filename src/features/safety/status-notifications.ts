// `status` notifications: followers who asked to be notified (follow with notify=true) hear about each
// new post they can see: not boosts, not direct messages, not replies to other people. Run by the
// distribution job, so it must be repeatable: a follower already notified of the post is skipped.
import type { Context } from "../../context.js";
import { createNotifications, deliverNotifications } from "../notifications/create.js";
import type { StatusRow } from "../statuses/queries.js";

export function notifiesSubscribers(s: StatusRow): boolean {
  if (s.reblog_of_id || s.visibility === "direct" || s.moderation_state !== "published") return false;
  return !s.in_reply_to_account_id || s.in_reply_to_account_id === s.account_id;
}

export async function notifySubscribers(ctx: Context, s: StatusRow): Promise<void> {
  if (!notifiesSubscribers(s)) return;
  const subscribers = await ctx.db
    .selectFrom("follows")
    .innerJoin("users", "users.account_id", "follows.account_id")
    .select("follows.account_id")
    .where("follows.target_account_id", "=", s.account_id)
    .where("follows.notify", "=", 1)
    .where((eb) => eb.not(eb.exists(
      eb.selectFrom("notifications").select("notifications.id")
        .whereRef("notifications.account_id", "=", "follows.account_id")
        .where("notifications.status_id", "=", s.id)
        .where("notifications.type", "=", "status"),
    )))
    .execute();
  if (subscribers.length === 0) return;
  const ids = await ctx.db.transaction().execute((trx) =>
    createNotifications(trx, subscribers.map((f) => ({ accountId: f.account_id, fromAccountId: s.account_id, type: "status" as const, statusId: s.id }))),
  );
  await deliverNotifications(ctx, ids);
}
