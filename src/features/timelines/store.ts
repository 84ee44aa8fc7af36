// Timelines as capped sorted sets of status ids in the KvStore (in-process maps or Redis). A timeline is
// a cache: a rebuilt one carries a sentinel member (the lowest possible id) that says "complete down to
// here"; a set without it was started by fan-out alone and may be missing history.
import type { KvStore } from "../../infra/kv.js";

export const TIMELINE_CAP = 800;
/** Lower than every real id (ids are 18 digits), so it sorts last and is trimmed first once the set is full. */
export const SENTINEL = "000000000000000000";

export const HOME_PREFIX = "home:";
export const LIST_PREFIX = "list:";
export const homeKey = (accountId: string) => HOME_PREFIX + accountId;
export const listKey = (listId: string) => LIST_PREFIX + listId;

export interface RangeQuery {
  maxId?: string;
  sinceId?: string;
  minId?: string;
  limit: number;
}

export interface RangeResult {
  /** newest first, sentinel removed */
  ids: string[];
  /** the scan reached the sentinel: nothing older exists in the source of truth */
  reachedEnd: boolean;
}

export async function removeFromTimelines(kv: KvStore, keys: string[], statusIds: string[], concurrency = 64): Promise<void> {
  if (statusIds.length === 0) return;
  for (let i = 0; i < keys.length; i += concurrency) {
    await Promise.all(keys.slice(i, i + concurrency).map((k) => kv.zrem(k, statusIds)));
  }
}

/** Replace nothing, add everything: rebuilt ids merge with whatever fan-out added meanwhile. */
export async function fillTimeline(kv: KvStore, key: string, ids: string[]): Promise<void> {
  const members = ids.length < TIMELINE_CAP ? [...ids, SENTINEL] : ids;
  await kv.zadd(key, members, TIMELINE_CAP);
}

/** One range scan: newest first for max_id/since_id pages, oldest-first walk for min_id pages. */
export async function readRange(kv: KvStore, key: string, q: RangeQuery): Promise<RangeResult> {
  if (q.minId !== undefined) {
    const asc = await kv.zrangeAsc(key, { minId: q.minId, maxId: q.maxId, limit: q.limit });
    return { ids: asc.reverse(), reachedEnd: false };
  }
  const raw = await kv.zrangeDesc(key, { maxId: q.maxId, minId: q.sinceId, limit: q.limit + 1 });
  const reachedEnd = raw.includes(SENTINEL);
  const ids = raw.filter((id) => id !== SENTINEL).slice(0, q.limit);
  return { ids, reachedEnd };
}
