// Favourites, bookmarks, pins and conversation mutes. Each is idempotent: the counter moves only when a
// row really appeared or disappeared, in the same transaction as that row.
import type { Context } from "../../context.js";
import { ForbiddenError, UnprocessableError } from "../../core/errors.js";
import { newId } from "../../core/ids.js";
import type { Executor } from "../../db/types.js";
import { createNotifications, deliverNotifications } from "../notifications/create.js";
import type { StatusRow } from "./queries.js";

export const MAX_PINS = 5;

/** Mastodon refuses favourites and boosts of an author the actor blocks (the reverse is already a 404). */
export async function assertNotBlocking(db: Executor, actorId: string, authorId: string): Promise<void> {
  const row = await db.selectFrom("blocks").select("id").where("account_id", "=", actorId).where("target_account_id", "=", authorId).executeTakeFirst();
  if (row) throw new ForbiddenError();
}

function inserted(res: { numInsertedOrUpdatedRows?: bigint }): boolean {
  return Number(res.numInsertedOrUpdatedRows ?? 0) > 0;
}

function deleted(res: { numDeletedRows: bigint }): boolean {
  return Number(res.numDeletedRows) > 0;
}

export async function favourite(ctx: Context, actorId: string, status: StatusRow): Promise<void> {
  await assertNotBlocking(ctx.db, actorId, status.account_id);
  const ids = await ctx.db.transaction().execute(async (trx) => {
    const res = await trx
      .insertInto("favourites")
      .values({ id: newId(), account_id: actorId, status_id: status.id, created_at: ctx.clock.now().toISOString() })
      .onConflict((oc) => oc.columns(["account_id", "status_id"]).doNothing())
      .executeTakeFirst();
    if (!inserted(res)) return [];
    await trx.updateTable("statuses").set((eb) => ({ favourites_count: eb("favourites_count", "+", 1) })).where("id", "=", status.id).execute();
    return createNotifications(trx, [{ accountId: status.account_id, fromAccountId: actorId, type: "favourite", statusId: status.id }]);
  });
  await deliverNotifications(ctx, ids);
}

export async function unfavourite(ctx: Context, actorId: string, statusId: string): Promise<void> {
  await ctx.db.transaction().execute(async (trx) => {
    const res = await trx.deleteFrom("favourites").where("account_id", "=", actorId).where("status_id", "=", statusId).executeTakeFirst();
    if (!deleted(res)) return;
    await trx.updateTable("statuses").set((eb) => ({ favourites_count: eb("favourites_count", "-", 1) })).where("id", "=", statusId).where("favourites_count", ">", 0).execute();
    // the notification goes with the favourite, as in Mastodon
    await trx.deleteFrom("notifications").where("type", "=", "favourite").where("status_id", "=", statusId).where("from_account_id", "=", actorId).execute();
  });
}

export async function bookmark(ctx: Context, actorId: string, status: StatusRow): Promise<void> {
  await ctx.db
    .insertInto("bookmarks")
    .values({ id: newId(), account_id: actorId, status_id: status.id, created_at: ctx.clock.now().toISOString() })
    .onConflict((oc) => oc.columns(["account_id", "status_id"]).doNothing())
    .execute();
}

export async function unbookmark(ctx: Context, actorId: string, statusId: string): Promise<void> {
  await ctx.db.deleteFrom("bookmarks").where("account_id", "=", actorId).where("status_id", "=", statusId).execute();
}

/** Pin one of one's own statuses to the profile; the messages are Mastodon's. */
export async function pin(ctx: Context, actorId: string, status: StatusRow): Promise<void> {
  if (status.reblog_of_id) throw new UnprocessableError("Validation failed: A boost cannot be pinned");
  if (status.account_id !== actorId) throw new UnprocessableError("Validation failed: Someone else's post cannot be pinned");
  if (status.visibility === "direct") throw new UnprocessableError("Validation failed: Posts that are only visible to mentioned users cannot be pinned");
  await ctx.db.transaction().execute(async (trx) => {
    const pins = await trx.selectFrom("status_pins").select("status_id").where("account_id", "=", actorId).execute();
    if (pins.some((p) => p.status_id === status.id)) return;
    if (pins.length >= MAX_PINS) throw new UnprocessableError("Validation failed: You have already pinned the maximum number of posts");
    await trx
      .insertInto("status_pins")
      .values({ id: newId(), account_id: actorId, status_id: status.id, created_at: ctx.clock.now().toISOString() })
      .onConflict((oc) => oc.columns(["account_id", "status_id"]).doNothing())
      .execute();
  });
}

export async function unpin(ctx: Context, actorId: string, statusId: string): Promise<void> {
  await ctx.db.deleteFrom("status_pins").where("account_id", "=", actorId).where("status_id", "=", statusId).execute();
}

export async function muteConversation(ctx: Context, actorId: string, status: StatusRow): Promise<void> {
  await ctx.db
    .insertInto("conversation_mutes")
    .values({ account_id: actorId, conversation_id: status.conversation_id })
    .onConflict((oc) => oc.columns(["account_id", "conversation_id"]).doNothing())
    .execute();
}

export async function unmuteConversation(ctx: Context, actorId: string, status: StatusRow): Promise<void> {
  await ctx.db.deleteFrom("conversation_mutes").where("account_id", "=", actorId).where("conversation_id", "=", status.conversation_id).execute();
}
