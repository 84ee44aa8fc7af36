// The home timeline: one range scan of the cached set, rebuilt from the database when missing or
// started by fan-out alone, with very large accounts merged in at read time (hybrid fan-out).
import type { Context } from "../../context.js";
import { assembleHome, mergeDesc } from "./assemble.js";
import { bigAccountsPage, forgetBigFollowees } from "./big-accounts.js";
import { fillTimeline, homeKey, listKey, type RangeQuery, readRange, removeFromTimelines, SENTINEL, TIMELINE_CAP } from "./store.js";

export { fanoutMaxFollowers } from "./big-accounts.js";

/**
 * One page of a cached timeline, newest first: a range scan, a rebuild when the set is missing or was
 * started by fan-out alone, and read-time assembly for pages older than the cache holds.
 */
export async function cachedPageIds(ctx: Context, key: string, q: RangeQuery, assemble: (q: RangeQuery) => Promise<string[]>): Promise<string[]> {
  const rebuild = async () => fillTimeline(ctx.kv, key, await assemble({ limit: TIMELINE_CAP }));
  let r = await readRange(ctx.kv, key, q);
  let ids = r.ids;
  if (q.minId || q.sinceId) {
    if (ids.length === 0 && !(await ctx.kv.exists(key))) {
      await rebuild();
      ids = (await readRange(ctx.kv, key, q)).ids;
    }
  } else if (ids.length < q.limit && !r.reachedEnd) {
    if (!q.maxId) {
      await rebuild();
      r = await readRange(ctx.kv, key, q);
      ids = r.ids;
    }
    if (ids.length < q.limit && !r.reachedEnd) {
      const more = await assemble({ maxId: ids.at(-1) ?? q.maxId, limit: q.limit - ids.length });
      ids = [...ids, ...more];
    }
  }
  return ids;
}

/** Status ids of one page of `viewerId`'s home timeline, newest first (not yet checked for visibility). */
export async function homePageIds(ctx: Context, viewerId: string, q: RangeQuery): Promise<string[]> {
  let ids = await cachedPageIds(ctx, homeKey(viewerId), q, (qq) => assembleHome(ctx.db, viewerId, qq));
  const big = await bigAccountsPage(ctx, viewerId, q);
  if (big.length > 0) ids = mergeDesc([ids, big], q.limit, !!q.minId);
  return ids;
}

/** A timeline update failed (store unreachable): drop the cached set so the next read rebuilds it. */
async function degrade(ctx: Context, key: string, err: unknown): Promise<void> {
  ctx.log.warn({ err, key }, "timeline update failed; dropping the cached timeline");
  await ctx.kv.del(key).catch(() => {});
}

/**
 * After `followerId` follows `targetId`: merge the target's recent statuses into a cached home timeline.
 * Safe to call whether or not the follow exists (a pending request merges nothing); never throws.
 */
export async function onFollow(ctx: Context, followerId: string, targetId: string): Promise<void> {
  forgetBigFollowees(followerId);
  const key = homeKey(followerId);
  try {
    if (!(await ctx.kv.exists(key))) return; // rebuilt from the database on the next read
    const ids = await assembleHome(ctx.db, followerId, { limit: TIMELINE_CAP / 4 }, [targetId]);
    if (ids.length) await ctx.kv.zadd(key, ids, TIMELINE_CAP);
  } catch (err) {
    await degrade(ctx, key, err);
  }
}

/** After `followerId` stops following `targetId` (unfollow, block, removal): take the target's statuses out. Never throws. */
export async function onUnfollow(ctx: Context, followerId: string, targetId: string): Promise<void> {
  forgetBigFollowees(followerId);
  const key = homeKey(followerId);
  try {
    const oldest = (await ctx.kv.zrangeAsc(key, { minId: SENTINEL, limit: 1 }))[0];
    if (!oldest) return;
    const rows = await ctx.db.selectFrom("statuses").select("id").where("account_id", "=", targetId).where("id", ">=", oldest).execute();
    const ids = rows.map((r) => r.id);
    if (ids.length === 0) return;
    const lists = await ctx.db.selectFrom("lists").select("id").where("account_id", "=", followerId).execute();
    await removeFromTimelines(ctx.kv, [key, ...lists.map((l) => listKey(l.id))], ids);
  } catch (err) {
    await degrade(ctx, key, err);
  }
}

/** A list's membership or replies policy changed: drop its cached timeline so the next read rebuilds it. */
export async function onListChanged(ctx: Context, listId: string): Promise<void> {
  await ctx.kv.del(listKey(listId));
  // an exclusive list's members leave the owner's home timeline
  const list = await ctx.db.selectFrom("lists").select("account_id").where("id", "=", listId).executeTakeFirst();
  if (list) forgetBigFollowees(list.account_id);
}
