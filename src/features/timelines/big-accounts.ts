// Very large accounts (more followers than ROSTRA_FANOUT_MAX_FOLLOWERS) are not pushed into their
// followers' cached timelines; their statuses are merged in when a follower reads (hybrid fan-out).
// Every follower's first page needs the same few newest statuses of the same few accounts, so those
// are kept once per process and checked against the index's newest id on each use (a new status shows
// at once; a deleted one is dropped by the read-time visibility check; a held status released by a
// moderator shows within RECENT_TTL_MS).
import type { Context } from "../../context.js";
import { rawRows } from "../../db/raw.js";
import type { Executor } from "../../db/types.js";
import { META_COLUMNS, type Meta, mergeAccounts, type Relations } from "./home-merge.js";
import type { RangeQuery } from "./store.js";

/** Followers above this count get the account's posts merged at read time instead of pushed. */
export function fanoutMaxFollowers(ctx: Context): number {
  const configured = (ctx.config as { fanoutMaxFollowers?: number }).fanoutMaxFollowers;
  return typeof configured === "number" && configured >= 0 ? configured : 5000;
}

interface Followed {
  /** big accounts the viewer follows, outside their exclusive lists → shows their reblogs */
  accounts: Map<string, boolean>;
  at: number;
}

const FOLLOWED_TTL_MS = 60_000;
const followedCache = new Map<string, Followed>();

/** Forget a viewer's big followed accounts (after any change to their follows or lists). */
export function forgetBigFollowees(viewerId: string): void {
  followedCache.delete(viewerId);
}

/** Followed accounts too large for fan-out, cached per viewer for a minute or until their follows change. */
export async function bigFollowees(ctx: Context, viewerId: string): Promise<Map<string, boolean>> {
  const hit = followedCache.get(viewerId);
  if (hit && Date.now() - hit.at < FOLLOWED_TTL_MS) return hit.accounts;
  const rows = await rawRows<{ id: string; x: number }>(
    ctx.db,
    `SELECT f.target_account_id AS id, f.show_reblogs AS x FROM follows f JOIN accounts a ON a.id = f.target_account_id
     WHERE f.account_id = ? AND a.followers_count > ?
       AND f.target_account_id NOT IN (SELECT la.account_id FROM list_accounts la JOIN lists l ON l.id = la.list_id WHERE l.account_id = ? AND l.exclusive = 1)`,
    [viewerId, fanoutMaxFollowers(ctx), viewerId],
  );
  if (followedCache.size > 100_000) followedCache.clear();
  const accounts = new Map(rows.map((r) => [r.id, Number(r.x) === 1]));
  followedCache.set(viewerId, { accounts, at: Date.now() });
  return accounts;
}

const RECENT = 40;
const RECENT_TTL_MS = 5_000;
const recentCache = new Map<string, { metas: Meta[]; newest: string | null; at: number }>();

async function recentOf(db: Executor, accountId: string): Promise<Meta[]> {
  const hit = recentCache.get(accountId);
  if (hit && Date.now() - hit.at < RECENT_TTL_MS) {
    const [top] = await rawRows<{ id: string | null }>(db, "SELECT MAX(id) AS id FROM statuses WHERE account_id = ?", [accountId]);
    if ((top?.id ?? null) === hit.newest) return hit.metas;
  }
  const metas = await rawRows<Meta>(db, `SELECT ${META_COLUMNS} FROM statuses WHERE account_id = ? AND deleted_at IS NULL ORDER BY id DESC LIMIT ${RECENT}`, [accountId]);
  const [top] = await rawRows<{ id: string | null }>(db, "SELECT MAX(id) AS id FROM statuses WHERE account_id = ?", [accountId]);
  if (recentCache.size > 10_000) recentCache.clear();
  recentCache.set(accountId, { metas, newest: top?.id ?? null, at: Date.now() });
  return metas;
}

/**
 * The big accounts' part of one home page. Mutes and blocks are applied by the read-time visibility
 * check that every home page goes through (viewer-filter.ts).
 */
export async function bigAccountsPage(ctx: Context, viewerId: string, q: RangeQuery): Promise<string[]> {
  const big = await bigFollowees(ctx, viewerId);
  if (big.size === 0) return [];
  const rel: Relations = { viewerId, following: new Map(big), notFollowing: new Set(), excluded: new Set() };
  if (q.maxId || q.minId) return mergeAccounts(ctx.db, rel, [...big.keys()], q);
  // first pages (and since_id pages) start from the shared cache of each account's newest statuses;
  // the merge reads further from the index only for an account whose cached window runs out
  const seeded = new Map<string, { metas: Meta[]; complete: boolean }>();
  for (const id of big.keys()) {
    const metas = await recentOf(ctx.db, id);
    const fresh = q.sinceId ? metas.filter((m) => m.id > q.sinceId!) : metas;
    seeded.set(id, { metas: fresh, complete: fresh.length < metas.length || metas.length < RECENT });
  }
  return mergeAccounts(ctx.db, rel, [...big.keys()], q, seeded);
}
