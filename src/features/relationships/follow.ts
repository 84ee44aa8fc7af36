// Following, follow requests and their removal. Every change to a follows row adjusts both accounts'
// counters in the same transaction, and only when a row really appeared or disappeared, so concurrent
// or repeated requests can never skew the counts.
import { sql } from "kysely";
import type { Context } from "../../context.js";
import { ForbiddenError, NotFoundError } from "../../core/errors.js";
import { newId } from "../../core/ids.js";
import { inTransaction } from "../../db/tx.js";
import type { Executor } from "../../db/types.js";
import type { AccountRow } from "../accounts/queries.js";
import { createNotifications, deliverNotifications } from "../notifications/create.js";
import { onFollow, onUnfollow } from "../timelines/home.js";
import { isBlockedEitherWay } from "./queries.js";
import { graphDb } from "./tables.js";

export interface FollowOptions {
  reblogs?: boolean;
  notify?: boolean;
  /** null or [] means every language */
  languages?: string[] | null;
}

const increment = (col: "followers_count" | "following_count") => sql<number>`${sql.ref(col)} + 1`;
const decrement = (col: "followers_count" | "following_count") => sql<number>`CASE WHEN ${sql.ref(col)} > 0 THEN ${sql.ref(col)} - 1 ELSE 0 END`;

async function adjustCounts(trx: Executor, followerId: string, targetId: string, delta: 1 | -1): Promise<void> {
  const change = delta > 0 ? increment : decrement;
  await trx.updateTable("accounts").set({ following_count: change("following_count") }).where("id", "=", followerId).execute();
  await trx.updateTable("accounts").set({ followers_count: change("followers_count") }).where("id", "=", targetId).execute();
}

function languagesJson(languages: string[] | null | undefined): string | null {
  return languages && languages.length > 0 ? JSON.stringify([...new Set(languages)]) : null;
}

/** Insert a follow edge; returns false when it already existed. */
export async function insertFollow(trx: Executor, followerId: string, targetId: string, opts: FollowOptions, createdAt: string): Promise<boolean> {
  const res = await trx
    .insertInto("follows")
    .values({
      id: newId(),
      account_id: followerId,
      target_account_id: targetId,
      show_reblogs: opts.reblogs === false ? 0 : 1,
      notify: opts.notify ? 1 : 0,
      languages: languagesJson(opts.languages),
      created_at: createdAt,
    })
    .onConflict((oc) => oc.columns(["account_id", "target_account_id"]).doNothing())
    .executeTakeFirst();
  if (Number(res.numInsertedOrUpdatedRows ?? 0) === 0) return false;
  await adjustCounts(trx, followerId, targetId, 1);
  return true;
}

/**
 * Remove a follow edge with what hangs off it: the follower's list memberships and endorsement of the
 * target (Mastodon ties both to the follow). Returns false when there was no follow.
 */
export async function deleteFollow(trx: Executor, followerId: string, targetId: string): Promise<boolean> {
  const res = await trx.deleteFrom("follows").where("account_id", "=", followerId).where("target_account_id", "=", targetId).executeTakeFirst();
  if (Number(res.numDeletedRows) === 0) return false;
  await adjustCounts(trx, followerId, targetId, -1);
  await trx
    .deleteFrom("list_accounts")
    .where("account_id", "=", targetId)
    .where("list_id", "in", (eb) => eb.selectFrom("lists").select("id").where("account_id", "=", followerId))
    .execute();
  await trx.deleteFrom("endorsements").where("account_id", "=", followerId).where("target_account_id", "=", targetId).execute();
  return true;
}

/** Remove a pending request and the follow_request notification that announced it. */
export async function deleteFollowRequest(trx: Executor, requesterId: string, targetId: string): Promise<boolean> {
  const res = await trx.deleteFrom("follow_requests").where("account_id", "=", requesterId).where("target_account_id", "=", targetId).executeTakeFirst();
  if (Number(res.numDeletedRows) === 0) return false;
  await trx
    .deleteFrom("notifications")
    .where("account_id", "=", targetId)
    .where("from_account_id", "=", requesterId)
    .where("type", "=", "follow_request")
    .execute();
  return true;
}

function optionUpdates(opts: FollowOptions): Record<string, unknown> {
  const set: Record<string, unknown> = {};
  if (opts.reblogs !== undefined) set.show_reblogs = opts.reblogs ? 1 : 0;
  if (opts.notify !== undefined) set.notify = opts.notify ? 1 : 0;
  if (opts.languages !== undefined) set.languages = languagesJson(opts.languages);
  return set;
}

/**
 * Follow `target`, or request to when it is locked or remote (remote follows wait for an Accept).
 * Following again only changes the options. Blocks either way or a domain block give 403.
 */
export async function follow(ctx: Context, actorId: string, target: AccountRow, opts: FollowOptions): Promise<void> {
  if (target.id === actorId || target.suspended_at) throw new NotFoundError();
  if (target.moved_to_account_id) throw new ForbiddenError("This account has moved and cannot be followed");
  const notificationIds = await inTransaction(ctx.db, async (trx) => {
    if (await isBlockedEitherWay(trx, actorId, target.id)) throw new ForbiddenError();
    if (target.domain) {
      const domainBlock = await graphDb(trx).selectFrom("account_domain_blocks").select("id")
        .where("account_id", "=", actorId).where("domain", "=", target.domain.toLowerCase()).executeTakeFirst();
      if (domainBlock) throw new ForbiddenError();
    }
    const updates = optionUpdates(opts);
    for (const table of ["follows", "follow_requests"] as const) {
      const existing = await trx.selectFrom(table).select("id").where("account_id", "=", actorId).where("target_account_id", "=", target.id).executeTakeFirst();
      if (!existing) continue;
      if (Object.keys(updates).length > 0) await trx.updateTable(table).set(updates).where("id", "=", existing.id).execute();
      return [];
    }
    const now = ctx.clock.now().toISOString();
    if (target.locked === 1 || target.domain !== null) {
      const res = await trx
        .insertInto("follow_requests")
        .values({ id: newId(), account_id: actorId, target_account_id: target.id, show_reblogs: opts.reblogs === false ? 0 : 1, notify: opts.notify ? 1 : 0, languages: languagesJson(opts.languages), created_at: now })
        .onConflict((oc) => oc.columns(["account_id", "target_account_id"]).doNothing())
        .executeTakeFirst();
      const created = Number(res.numInsertedOrUpdatedRows ?? 0) > 0;
      return created && target.domain === null ? createNotifications(trx, [{ accountId: target.id, fromAccountId: actorId, type: "follow_request" }]) : [];
    }
    const created = await insertFollow(trx, actorId, target.id, opts, now);
    return created ? createNotifications(trx, [{ accountId: target.id, fromAccountId: actorId, type: "follow" }]) : [];
  });
  await deliverNotifications(ctx, notificationIds);
  await onFollow(ctx, actorId, target.id);
}

/** Unfollow, which also withdraws a pending request. */
export async function unfollow(ctx: Context, actorId: string, targetId: string): Promise<void> {
  await inTransaction(ctx.db, async (trx) => {
    await deleteFollow(trx, actorId, targetId);
    await deleteFollowRequest(trx, actorId, targetId);
  });
  await onUnfollow(ctx, actorId, targetId);
}

/** Accept `requesterId`'s pending request to follow `actorId`; 404 when there is none. */
export async function authorizeFollowRequest(ctx: Context, actorId: string, requesterId: string): Promise<void> {
  const notificationIds = await inTransaction(ctx.db, async (trx) => {
    const request = await trx.selectFrom("follow_requests").selectAll().where("account_id", "=", requesterId).where("target_account_id", "=", actorId).executeTakeFirst();
    if (!request) throw new NotFoundError();
    await deleteFollowRequest(trx, requesterId, actorId);
    const opts = { reblogs: request.show_reblogs === 1, notify: request.notify === 1, languages: request.languages ? (JSON.parse(request.languages) as string[]) : null };
    const created = await insertFollow(trx, requesterId, actorId, opts, ctx.clock.now().toISOString());
    // Mastodon turns an accepted request into a regular follow notification
    return created ? createNotifications(trx, [{ accountId: actorId, fromAccountId: requesterId, type: "follow" }]) : [];
  });
  await deliverNotifications(ctx, notificationIds);
  await onFollow(ctx, requesterId, actorId);
}

export async function rejectFollowRequest(ctx: Context, actorId: string, requesterId: string): Promise<void> {
  const removed = await inTransaction(ctx.db, (trx) => deleteFollowRequest(trx, requesterId, actorId));
  if (!removed) throw new NotFoundError();
}

/** Make `followerId` stop following `actorId` (POST /remove_from_followers). */
export async function removeFromFollowers(ctx: Context, actorId: string, followerId: string): Promise<void> {
  await inTransaction(ctx.db, (trx) => deleteFollow(trx, followerId, actorId));
  await onUnfollow(ctx, followerId, actorId);
}
