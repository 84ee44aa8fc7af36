// The local timeline's first page is the same for every reader but for their own blocks and mutes, so
// its newest candidates (what an anonymous reader may see) are kept once per process and re-read only
// when a newer local public status exists or after a few seconds (moderation and suspensions; deleted
// statuses and suspended authors are also dropped by the read-time check every page goes through).
// Each reader's page is then the shared candidates through that check, plus their own statuses.
import type { Context } from "../../context.js";
import { rawRows } from "../../db/raw.js";
import { publicTimeline } from "./public.js";
import type { RangeQuery } from "./store.js";
import { type StatusHead, visibleHeadsInOrder } from "./viewer-filter.js";

const CANDIDATES = 40;
const TTL_MS = 5_000;
const shared = new WeakMap<Context, { ids: string[]; newest: string | null; at: number }>();

async function newestLocalPublic(ctx: Context): Promise<string | null> {
  const [row] = await rawRows<{ id: string | null }>(ctx.db, "SELECT MAX(id) AS id FROM statuses WHERE local = 1 AND visibility = 'public'", []);
  return row?.id ?? null;
}

async function candidates(ctx: Context): Promise<string[]> {
  const hit = shared.get(ctx);
  const newest = await newestLocalPublic(ctx);
  if (hit && hit.newest === newest && Date.now() - hit.at < TTL_MS) return hit.ids;
  const rows = await publicTimeline(ctx.db, null, { local: true }, { limit: CANDIDATES });
  const ids = rows.map((r) => r.id);
  shared.set(ctx, { ids, newest, at: Date.now() });
  return ids;
}

/**
 * Reading limited (silenced) accounts one follows, or seeing one's own held posts, needs the full query.
 * (`+local` keeps SQLite on the account's index instead of scanning every local public status.)
 */
async function needsOwnQuery(ctx: Context, viewerId: string): Promise<boolean> {
  const rows = await rawRows<{ x: number }>(
    ctx.db,
    `SELECT 1 AS x FROM follows f JOIN accounts a ON a.id = f.target_account_id WHERE f.account_id = ? AND a.silenced_at IS NOT NULL
     UNION ALL SELECT 1 FROM statuses WHERE account_id = ? AND +local = 1 AND visibility = 'public' AND deleted_at IS NULL AND moderation_state != 'published'
     LIMIT 1`,
    [viewerId, viewerId],
  );
  return rows.length > 0;
}

/**
 * The first page of the local timeline (or a since_id page) from the shared candidates, or null when
 * this request needs the per-reader query (older pages, media only, remote, or an unusual reader).
 */
export async function cachedLocalPage(ctx: Context, viewerId: string | null, o: { local?: boolean; remote?: boolean; onlyMedia?: boolean }, q: RangeQuery): Promise<StatusHead[] | null> {
  if (!o.local || o.remote || o.onlyMedia || q.maxId || q.minId || q.limit > CANDIDATES) return null;
  if (viewerId && (await needsOwnQuery(ctx, viewerId))) return null;
  const all = await candidates(ctx);
  const ids = q.sinceId ? all.filter((id) => id > q.sinceId!) : all;
  const heads = await visibleHeadsInOrder(ctx.db, viewerId, ids);
  // too many hidden from this reader to fill the page from the shared window: read it for them
  if (heads.length < q.limit && ids.length === CANDIDATES) return null;
  return heads.slice(0, q.limit);
}
