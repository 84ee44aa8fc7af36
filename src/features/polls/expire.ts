// Job "poll.expire" {pollId}: when a poll ends, its voters and its author get a `poll` notification.
// Idempotent: a poll whose expiry moved later (edit) is left for its newer job, and a poll already
// announced is not announced twice.
import type { Context } from "../../context.js";
import { newId } from "../../core/ids.js";
import { createNotifications, deliverNotifications, groupKeyFor } from "../notifications/create.js";
import { statusById } from "../statuses/queries.js";
import { pollById } from "./vote.js";

export async function expirePoll(ctx: Context, payload: { pollId?: unknown }): Promise<void> {
  if (typeof payload?.pollId !== "string") return;
  const poll = await pollById(ctx.db, payload.pollId);
  const now = ctx.clock.now().toISOString();
  if (!poll || !poll.status_id || !poll.expires_at || poll.expires_at > now) return;
  const status = await statusById(ctx.db, poll.status_id);
  if (!status || status.moderation_state !== "published") return;
  const ids = await ctx.db.transaction().execute(async (trx) => {
    const announced = await trx
      .selectFrom("notifications")
      .select("id")
      .where("account_id", "=", poll.account_id)
      .where("type", "=", "poll")
      .where("status_id", "=", status.id)
      .executeTakeFirst();
    if (announced) return [];
    const voters = await trx.selectFrom("poll_votes").select("account_id").distinct().where("poll_id", "=", poll.id).execute();
    const created = await createNotifications(
      trx,
      voters.map((v) => ({ accountId: v.account_id, fromAccountId: poll.account_id, type: "poll" as const, statusId: status.id })),
    );
    // createNotifications skips self-notifications; the author's own "your poll ended" is wanted here
    const id = newId();
    const own = { accountId: poll.account_id, fromAccountId: poll.account_id, type: "poll" as const, statusId: status.id };
    await trx
      .insertInto("notifications")
      .values({ id, account_id: own.accountId, from_account_id: own.fromAccountId, type: own.type, status_id: own.statusId, group_key: groupKeyFor(own, id), created_at: now })
      .execute();
    return [...created, id];
  });
  await deliverNotifications(ctx, ids);
}
