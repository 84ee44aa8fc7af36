// Read-time assembly of home and list timelines from the database: the source of truth a cached
// timeline is rebuilt from, and the fallback for pages older than the cache holds. Applies the same
// rules as fan-out (filterFromHome in audience.ts), expressed as SQL.
import type { ExpressionBuilder } from "kysely";
import type { Database, Executor } from "../../db/types.js";
import { visibleTo } from "../statuses/visibility.js";
import { loadRelations, mergeAccounts } from "./home-merge.js";
import type { RangeQuery } from "./store.js";

type Eb = ExpressionBuilder<Database, "statuses">;

function bounds(eb: Eb, q: RangeQuery) {
  const conds = [];
  if (q.maxId) conds.push(eb("statuses.id", "<", q.maxId));
  if (q.sinceId) conds.push(eb("statuses.id", ">", q.sinceId));
  if (q.minId) conds.push(eb("statuses.id", ">", q.minId));
  return eb.and(conds);
}

const now = () => new Date().toISOString();

/** Statuses by accounts the viewer muted (unexpired) or blocked are not in their feeds. */
function notSilencedByViewer(eb: Eb, viewerId: string) {
  return eb.and([
    eb("statuses.account_id", "not in", eb.selectFrom("mutes").select("mutes.target_account_id").where("mutes.account_id", "=", viewerId)
      .where((w) => w.or([w("mutes.expires_at", "is", null), w("mutes.expires_at", ">", now())]))),
    eb("statuses.account_id", "not in", eb.selectFrom("blocks").select("blocks.target_account_id").where("blocks.account_id", "=", viewerId)),
  ]);
}

/** Replies only when they answer the author, the viewer, or someone the viewer follows (Mastodon's rule). */
function replyRule(eb: Eb, viewerId: string) {
  return eb.or([
    eb("statuses.in_reply_to_id", "is", null),
    eb("statuses.in_reply_to_account_id", "=", eb.ref("statuses.account_id")),
    eb("statuses.in_reply_to_account_id", "=", viewerId),
    eb("statuses.in_reply_to_account_id", "in", eb.selectFrom("follows").select("follows.target_account_id").where("follows.account_id", "=", viewerId)),
  ]);
}

async function run(db: Executor, viewerId: string, q: RangeQuery, where: (eb: Eb) => ReturnType<Eb["and"]>): Promise<string[]> {
  const rows = await db
    .selectFrom("statuses")
    .select("statuses.id")
    .where(where)
    .where(visibleTo({ accountId: viewerId }))
    .where((eb) => bounds(eb, q))
    .orderBy("statuses.id", q.minId ? "asc" : "desc")
    .limit(q.limit)
    .execute();
  const ids = rows.map((r) => r.id);
  return q.minId ? ids.reverse() : ids;
}

/** Several newest-first id lists as one page: newest `limit`, or for min_id pages the oldest `limit`. */
export function mergeDesc(lists: string[][], limit: number, ascending: boolean): string[] {
  const all = [...new Set(lists.flat())].sort((a, b) => (a < b ? 1 : a > b ? -1 : 0));
  return ascending ? all.slice(-limit) : all.slice(0, limit);
}

/**
 * Home: own statuses, followed accounts' (minus hidden reblogs, exclusive-list members, foreign replies),
 * direct mentions. `onlyAccounts` restricts it to some followed accounts (hybrid merge, follow merge).
 * Followed accounts are merged from per-account index scans (home-merge.ts); direct mentions come from
 * the mentions index.
 */
export async function assembleHome(db: Executor, viewerId: string, q: RangeQuery, onlyAccounts?: string[]): Promise<string[]> {
  if (onlyAccounts && onlyAccounts.length === 0) return [];
  const rel = await loadRelations(db, viewerId, onlyAccounts);
  if (onlyAccounts) return mergeAccounts(db, rel, onlyAccounts.filter((a) => rel.following.has(a)), q);
  const followed = await mergeAccounts(db, rel, [viewerId, ...rel.following.keys()], q);
  const direct = await run(db, viewerId, q, (eb) =>
    eb.and([
      eb("statuses.visibility", "=", "direct"),
      eb("statuses.account_id", "!=", viewerId),
      eb("statuses.id", "in", eb.selectFrom("mentions").select("mentions.status_id").where("mentions.account_id", "=", viewerId)),
      notSilencedByViewer(eb, viewerId),
    ]),
  );
  return mergeDesc([followed, direct], q.limit, !!q.minId);
}

/** A list: its members' statuses the owner may see, with the list's replies policy. */
export async function assembleList(db: Executor, list: { id: string; account_id: string; replies_policy: string }, q: RangeQuery): Promise<string[]> {
  const owner = list.account_id;
  return run(db, owner, q, (eb) => {
    const members = eb.selectFrom("list_accounts").select("list_accounts.account_id").where("list_accounts.list_id", "=", list.id);
    const replies =
      list.replies_policy === "none"
        ? eb.or([eb("statuses.in_reply_to_id", "is", null), eb("statuses.in_reply_to_account_id", "=", eb.ref("statuses.account_id"))])
        : list.replies_policy === "list"
          ? eb.or([eb("statuses.in_reply_to_id", "is", null), eb("statuses.in_reply_to_account_id", "=", eb.ref("statuses.account_id")), eb("statuses.in_reply_to_account_id", "in", members)])
          : replyRule(eb, owner);
    return eb.and([
      eb("statuses.account_id", "in", members),
      eb("statuses.visibility", "!=", "direct"),
      replies,
      notSilencedByViewer(eb, owner),
    ]);
  });
}
