// Home timeline assembly as a merge of per-account index range scans. Each followed account's newest
// statuses come from the (account_id, id) index in small batches, are checked in memory against the
// viewer's relationships, and are merged newest first until the page is full. The cost follows the
// page and the number of followed accounts, never the size of the site — one `account_id IN (…)`
// query would collect and sort every status of every followed account.
import { inList, rawRows } from "../../db/raw.js";
import type { Executor } from "../../db/types.js";
import type { RangeQuery } from "./store.js";

export interface Meta {
  id: string;
  account_id: string;
  visibility: string;
  in_reply_to_id: string | null;
  in_reply_to_account_id: string | null;
  reblog_of_id: string | null;
  moderation_state: string;
}

/** What the home rules need to know about the viewer's ties to the accounts being merged. */
export interface Relations {
  viewerId: string;
  /** followed account → shows their reblogs */
  following: Map<string, boolean>;
  /** accounts known not to be followed (looked up for replies) */
  notFollowing: Set<string>;
  /** `following` holds every follow of the viewer: nothing to look up */
  complete?: boolean;
  /** muted (unexpired) or blocked by the viewer, blocking the viewer, suspended, or in an exclusive list */
  excluded: Set<string>;
}

/** The viewer's relationships to `accounts` (or to everyone they follow when `accounts` is omitted). */
export async function loadRelations(db: Executor, viewerId: string, accounts?: string[]): Promise<Relations> {
  const rel: Relations = { viewerId, following: new Map(), notFollowing: new Set(), excluded: new Set(), complete: !accounts };
  if (accounts && accounts.length === 0) return rel;
  const now = new Date().toISOString();
  const scope = accounts ? inList(accounts) : null;
  const target = (col: string) => (scope ? ` AND ${col} IN (${scope.sql})` : "");
  const p = scope ? scope.params : [];
  const rows = await rawRows<{ k: string; id: string; x: number }>(
    db,
    `SELECT 'f' AS k, target_account_id AS id, show_reblogs AS x FROM follows WHERE account_id = ?${target("target_account_id")}
     UNION ALL SELECT 'm', target_account_id, 0 FROM mutes WHERE account_id = ? AND (expires_at IS NULL OR expires_at > ?)${target("target_account_id")}
     UNION ALL SELECT 'b', target_account_id, 0 FROM blocks WHERE account_id = ?${target("target_account_id")}
     UNION ALL SELECT 'B', account_id, 0 FROM blocks WHERE target_account_id = ?${target("account_id")}
     UNION ALL SELECT 'x', la.account_id, 0 FROM list_accounts la JOIN lists l ON l.id = la.list_id WHERE l.account_id = ? AND l.exclusive = 1${target("la.account_id")}`,
    [viewerId, ...p, viewerId, now, ...p, viewerId, ...p, viewerId, ...p, viewerId, ...p],
  );
  for (const r of rows) {
    if (r.k === "f") rel.following.set(r.id, Number(r.x) === 1);
    else rel.excluded.add(r.id);
  }
  const followed = [...rel.following.keys()];
  for (let i = 0; i < followed.length; i += 500) {
    const chunk = inList(followed.slice(i, i + 500));
    const suspended = await rawRows<{ id: string }>(db, `SELECT id FROM accounts WHERE id IN (${chunk.sql}) AND suspended_at IS NOT NULL`, chunk.params);
    for (const s of suspended) rel.excluded.add(s.id);
  }
  return rel;
}

/** Replies to third parties count only when the viewer follows the person replied to: look those up. */
export async function resolveReplyTargets(db: Executor, rel: Relations, rows: Meta[]): Promise<void> {
  if (rel.complete) return;
  const unknown = new Set<string>();
  for (const r of rows) {
    const t = r.in_reply_to_account_id;
    if (t && t !== r.account_id && t !== rel.viewerId && !rel.following.has(t) && !rel.notFollowing.has(t)) unknown.add(t);
  }
  if (unknown.size === 0) return;
  const list = inList([...unknown]);
  const found = await rawRows<{ id: string; x: number }>(db, `SELECT target_account_id AS id, show_reblogs AS x FROM follows WHERE account_id = ? AND target_account_id IN (${list.sql})`, [rel.viewerId, ...list.params]);
  for (const f of found) rel.following.set(f.id, Number(f.x) === 1);
  for (const id of unknown) if (!rel.following.has(id)) rel.notFollowing.add(id);
}

/** Mastodon's home rules for one status of a followed account (or the viewer's own). */
export function belongs(rel: Relations, r: Meta): boolean {
  if (r.account_id === rel.viewerId) return true;
  if (r.visibility === "direct" || r.moderation_state !== "published") return false;
  if (r.reblog_of_id && rel.following.get(r.account_id) === false) return false;
  const t = r.in_reply_to_account_id;
  if (r.in_reply_to_id && !(t === r.account_id || t === rel.viewerId || (t !== null && rel.following.has(t)))) return false;
  return true;
}

export const META_COLUMNS = "id, account_id, visibility, in_reply_to_id, in_reply_to_account_id, reblog_of_id, moderation_state";

function scanSql(q: RangeQuery, asc: boolean): { where: string; params: string[] } {
  const conds: string[] = [];
  const params: string[] = [];
  if (q.maxId) conds.push("id < ?"), params.push(q.maxId);
  const lower = q.minId ?? q.sinceId;
  if (lower) conds.push("id > ?"), params.push(lower);
  void asc;
  return { where: conds.map((c) => ` AND ${c}`).join(""), params };
}

interface Cursor {
  accountId: string;
  buf: Meta[];
  /** the last id read from the index (filtered or not), where the next batch starts */
  last: string | null;
  done: boolean;
}

async function fetchBatch(db: Executor, rel: Relations, c: Cursor, q: RangeQuery, asc: boolean, batch: number): Promise<void> {
  const bounds: RangeQuery = { ...q };
  if (c.last) {
    if (asc) bounds.minId = c.last, bounds.sinceId = undefined;
    else bounds.maxId = c.last;
  }
  const { where, params } = scanSql(bounds, asc);
  const rows = await rawRows<Meta>(
    db,
    `SELECT ${META_COLUMNS} FROM statuses
     WHERE account_id = ? AND deleted_at IS NULL${where} ORDER BY id ${asc ? "ASC" : "DESC"} LIMIT ?`,
    [c.accountId, ...params, batch],
  );
  if (rows.length < batch) c.done = true;
  if (rows.length) c.last = rows[rows.length - 1].id;
  await resolveReplyTargets(db, rel, rows);
  for (const r of rows) if (belongs(rel, r)) c.buf.push(r);
}

const FIRST_BATCH_ACCOUNTS = 64;

/**
 * The first batch of many accounts in one statement (a UNION ALL of bounded index scans): per-statement
 * overhead dominates when accounts have few statuses, and each scan stays bounded when they have many.
 * The account list is padded to a power of two (repeating the last one) so few statement texts exist.
 */
async function fetchFirstBatches(db: Executor, rel: Relations, cursors: Cursor[], q: RangeQuery, asc: boolean, batch: number): Promise<void> {
  const { where, params } = scanSql(q, asc);
  const padded = inList(cursors.map((c) => c.accountId)).params;
  const one = (i: number) =>
    `SELECT * FROM (SELECT ${META_COLUMNS} FROM statuses WHERE account_id = ? AND deleted_at IS NULL${where} ORDER BY id ${asc ? "ASC" : "DESC"} LIMIT ${batch}) AS s${i}`;
  const text = padded.map((_, i) => one(i)).join("\nUNION ALL ");
  const rows = await rawRows<Meta>(db, text, padded.flatMap((a) => [a, ...params]));
  const byAccount = new Map<string, Meta[]>();
  const seen = new Set<string>(); // the padding repeats the last account's scan
  for (const r of rows) {
    if (seen.has(r.id)) continue;
    seen.add(r.id);
    let list = byAccount.get(r.account_id);
    if (!list) byAccount.set(r.account_id, (list = []));
    list.push(r);
  }
  await resolveReplyTargets(db, rel, rows);
  for (const c of cursors) {
    const list = (byAccount.get(c.accountId) ?? []).sort((a, b) => (a.id < b.id ? (asc ? -1 : 1) : a.id > b.id ? (asc ? 1 : -1) : 0));
    if (list.length < batch) c.done = true;
    if (list.length) c.last = list[list.length - 1].id;
    for (const r of list) if (belongs(rel, r)) c.buf.push(r);
  }
}

/**
 * Ids of the newest (or, for min_id pages, the oldest after min_id) `q.limit` home statuses by
 * `accounts`, newest first. `accounts` must already exclude muted, blocked and exclusive-list accounts.
 */
export async function mergeAccounts(db: Executor, rel: Relations, accounts: string[], q: RangeQuery, seeded?: Map<string, { metas: Meta[]; complete: boolean }>): Promise<string[]> {
  const asc = !!q.minId;
  const unique = [...new Set(accounts)].filter((a) => !rel.excluded.has(a) || a === rel.viewerId);
  if (unique.length === 0 || q.limit <= 0) return [];
  const batch = Math.min(q.limit, Math.max(8, Math.ceil((2 * q.limit) / unique.length)));
  const cursors: Cursor[] = unique.map((accountId) => ({ accountId, buf: [], last: null, done: false }));
  // seeded accounts start from what the caller already holds (newest first, within q's bounds)
  const unseeded: Cursor[] = [];
  if (seeded && !asc) await resolveReplyTargets(db, rel, [...seeded.values()].flatMap((x) => x.metas));
  for (const c of cursors) {
    const seed = asc ? undefined : seeded?.get(c.accountId);
    if (!seed) {
      unseeded.push(c);
      continue;
    }
    c.done = seed.complete;
    if (seed.metas.length) c.last = seed.metas[seed.metas.length - 1].id;
    else c.done = true;
    for (const r of seed.metas) if (belongs(rel, r)) c.buf.push(r);
  }
  for (let i = 0; i < unseeded.length; i += FIRST_BATCH_ACCOUNTS) await fetchFirstBatches(db, rel, unseeded.slice(i, i + FIRST_BATCH_ACCOUNTS), q, asc, batch);
  const out: string[] = [];
  const better = (a: string, b: string) => (asc ? a < b : a > b);
  while (out.length < q.limit) {
    // a cursor whose buffer ran dry must refill before it can be compared
    for (const c of cursors) while (c.buf.length === 0 && !c.done) await fetchBatch(db, rel, c, q, asc, Math.min(q.limit, batch * 2));
    let best: Cursor | null = null;
    for (const c of cursors) if (c.buf.length && (!best || better(c.buf[0].id, best.buf[0].id))) best = c;
    if (!best) break;
    out.push(best.buf.shift()!.id);
  }
  return asc ? out.reverse() : out;
}
