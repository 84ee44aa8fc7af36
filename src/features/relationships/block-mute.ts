// Blocks, mutes, private notes and endorsements: the one-sided edges an account keeps about another.
import type { Context } from "../../context.js";
import { ForbiddenError, UnprocessableError } from "../../core/errors.js";
import { newId } from "../../core/ids.js";
import { inTransaction } from "../../db/tx.js";
import { onUnfollow } from "../timelines/home.js";
import { deleteFollow, deleteFollowRequest } from "./follow.js";
import { isFollowing } from "./queries.js";

export const NOTE_MAX = 2000;

function notSelf(actorId: string, targetId: string): void {
  if (actorId === targetId) throw new ForbiddenError();
}

/** Block `targetId`: severs follows and pending requests both ways (fixing counts) in the same transaction. */
export async function block(ctx: Context, actorId: string, targetId: string): Promise<void> {
  notSelf(actorId, targetId);
  await inTransaction(ctx.db, async (trx) => {
    await trx
      .insertInto("blocks")
      .values({ id: newId(), account_id: actorId, target_account_id: targetId, created_at: ctx.clock.now().toISOString() })
      .onConflict((oc) => oc.columns(["account_id", "target_account_id"]).doNothing())
      .execute();
    await deleteFollow(trx, actorId, targetId);
    await deleteFollow(trx, targetId, actorId);
    await deleteFollowRequest(trx, actorId, targetId);
    await deleteFollowRequest(trx, targetId, actorId);
  });
  // cached home timelines lose each other's statuses (the timelines feature's cache, see onUnfollow)
  await onUnfollow(ctx, actorId, targetId);
  await onUnfollow(ctx, targetId, actorId);
}

export async function unblock(ctx: Context, actorId: string, targetId: string): Promise<void> {
  await ctx.db.deleteFrom("blocks").where("account_id", "=", actorId).where("target_account_id", "=", targetId).execute();
}

/**
 * Mute `targetId`; muting again replaces the options. `durationSeconds` 0 or absent means forever;
 * `notifications` (default true) also hides their notifications.
 */
export async function mute(ctx: Context, actorId: string, targetId: string, opts: { notifications?: boolean; durationSeconds?: number }): Promise<void> {
  notSelf(actorId, targetId);
  const now = ctx.clock.now();
  const hide = opts.notifications === false ? 0 : 1;
  const expiresAt = opts.durationSeconds ? new Date(now.getTime() + opts.durationSeconds * 1000).toISOString() : null;
  await ctx.db
    .insertInto("mutes")
    .values({ id: newId(), account_id: actorId, target_account_id: targetId, created_at: now.toISOString(), hide_notifications: hide, expires_at: expiresAt })
    .onConflict((oc) => oc.columns(["account_id", "target_account_id"]).doUpdateSet({ hide_notifications: hide, expires_at: expiresAt }))
    .execute();
}

export async function unmute(ctx: Context, actorId: string, targetId: string): Promise<void> {
  await ctx.db.deleteFrom("mutes").where("account_id", "=", actorId).where("target_account_id", "=", targetId).execute();
}

/** Set or, with an empty comment, clear the private note about `targetId`. */
export async function setNote(ctx: Context, actorId: string, targetId: string, comment: string): Promise<void> {
  if (comment.length > NOTE_MAX) throw new UnprocessableError(`Validation failed: Comment is too long (maximum is ${NOTE_MAX} characters)`);
  if (comment === "") {
    await ctx.db.deleteFrom("account_notes").where("account_id", "=", actorId).where("target_account_id", "=", targetId).execute();
    return;
  }
  await ctx.db
    .insertInto("account_notes")
    .values({ account_id: actorId, target_account_id: targetId, comment })
    .onConflict((oc) => oc.columns(["account_id", "target_account_id"]).doUpdateSet({ comment }))
    .execute();
}

/** Feature a followed account on one's profile (Mastodon requires following it first). */
export async function endorse(ctx: Context, actorId: string, targetId: string): Promise<void> {
  if (actorId === targetId || !(await isFollowing(ctx.db, actorId, targetId))) {
    throw new UnprocessableError("Validation failed: You must be already following the person you want to endorse");
  }
  await ctx.db
    .insertInto("endorsements")
    .values({ id: newId(), account_id: actorId, target_account_id: targetId, created_at: ctx.clock.now().toISOString() })
    .onConflict((oc) => oc.columns(["account_id", "target_account_id"]).doNothing())
    .execute();
}

export async function unendorse(ctx: Context, actorId: string, targetId: string): Promise<void> {
  await ctx.db.deleteFrom("endorsements").where("account_id", "=", actorId).where("target_account_id", "=", targetId).execute();
}
