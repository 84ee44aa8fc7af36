// Who receives a status on fan-out: the author, local followers (Mastodon's home rules: hidden reblogs,
// follow languages, replies only to people the follower follows, mutes and blocks, exclusive lists),
// mentioned accounts for direct statuses, and lists containing the author.
import type { Context } from "../../context.js";
import { parseJson } from "../../core/json.js";
import type { Executor } from "../../db/types.js";
import type { StatusRow } from "../statuses/queries.js";
import type { Dialect } from "../../db/connect.js";
import { inList, rawQuery } from "../statuses/write-sql.js";
import { fanoutMaxFollowers } from "./home.js";

export interface Audience {
  /** accounts whose cached home timeline gets the id (author included) */
  homes: string[];
  /** accounts that get a live `update` on their user stream (homes plus followers of very large accounts) */
  live: string[];
  lists: { id: string; ownerId: string }[];
  /** local accounts mentioned in a direct status */
  directRecipients: string[];
  /** some local follower asked to be notified of this author's posts (bell); absent: unknown */
  notify?: boolean;
}

const CHUNK = 500;

async function inChunks<T>(ids: string[], fn: (chunk: string[]) => Promise<T[]>): Promise<T[]> {
  const out: T[] = [];
  for (let i = 0; i < ids.length; i += CHUNK) out.push(...(await fn(ids.slice(i, i + CHUNK))));
  return out;
}

/** Accounts (among `who`) that block or mute any of `authors` right now. */
async function silencing(db: Executor, authors: string[], who?: string[], dialect?: Dialect): Promise<Set<string>> {
  const at = new Date().toISOString();
  if (!who && dialect) {
    const list = inList(authors);
    const rows = await rawQuery<{ account_id: string }>(db, dialect,
      `select account_id from blocks where target_account_id in (${list.sql}) union all select account_id from mutes where target_account_id in (${list.sql}) and (expires_at is null or expires_at > ?)`,
      [...list.params, ...list.params, at]);
    return new Set(rows.map((r) => r.account_id));
  }
  let blocks = db.selectFrom("blocks").select("account_id").where("target_account_id", "in", authors);
  let mutes = db.selectFrom("mutes").select("account_id").where("target_account_id", "in", authors)
    .where((eb) => eb.or([eb("expires_at", "is", null), eb("expires_at", ">", at)]));
  if (who) {
    if (who.length === 0) return new Set();
    blocks = blocks.where("account_id", "in", who);
    mutes = mutes.where("account_id", "in", who);
  }
  const [b, m] = await Promise.all([blocks.execute(), mutes.execute()]);
  return new Set([...b, ...m].map((r) => r.account_id));
}

async function localMentions(db: Executor, statusId: string): Promise<string[]> {
  const rows = await db
    .selectFrom("mentions")
    .innerJoin("accounts", "accounts.id", "mentions.account_id")
    .select("mentions.account_id")
    .where("mentions.status_id", "=", statusId)
    .where("accounts.domain", "is", null)
    .execute();
  return rows.map((r) => r.account_id);
}

/** Mention list for a status, local or not (used to check who may still see a deleted one). */
export async function mentionedIds(db: Executor, statusId: string): Promise<string[]> {
  return (await db.selectFrom("mentions").select("account_id").where("status_id", "=", statusId).execute()).map((r) => r.account_id);
}

// Whether an account is local never changes, so it is remembered (bounded) instead of joined per row.
const KNOWN_MAX = 500_000;
const knownLocality = new WeakMap<object, Map<string, boolean>>();

// An author's local followers, kept while nothing was written to `follows` (SQLite only, where the data
// epoch says so): fan-out reads them for every post, and a follow or unfollow writes that table.
const FOLLOWERS_CACHED_MAX = 5_000;
const followersCache = new WeakMap<object, Map<string, { stamp: number; rows: FollowerRow[] }>>();

/** The author's followers that live on this server (remote ones have no home timeline here). */
async function localFollowers(ctx: Context, accountId: string): Promise<FollowerRow[]> {
  if (!ctx.epoch) return readLocalFollowers(ctx, accountId);
  let cache = followersCache.get(ctx.db);
  if (!cache) followersCache.set(ctx.db, (cache = new Map()));
  const stamp = ctx.epoch.of(["follows"]);
  const hit = cache.get(accountId);
  if (hit && hit.stamp === stamp) {
    cache.delete(accountId);
    cache.set(accountId, hit);
    return hit.rows;
  }
  const rows = await readLocalFollowers(ctx, accountId);
  if (ctx.epoch.of(["follows"]) === stamp) {
    cache.set(accountId, { stamp, rows });
    if (cache.size > FOLLOWERS_CACHED_MAX) cache.delete(cache.keys().next().value as string);
  }
  return rows;
}

async function readLocalFollowers(ctx: Context, accountId: string): Promise<FollowerRow[]> {
  const rows = await rawQuery<FollowerRow>(ctx.db, ctx.dialect, "select account_id, show_reblogs, languages, notify from follows where target_account_id = ?", [accountId]);
  let known = knownLocality.get(ctx.db);
  if (!known) knownLocality.set(ctx.db, (known = new Map()));
  const unknown: string[] = [];
  for (const r of rows) if (!known.has(r.account_id)) unknown.push(r.account_id);
  if (unknown.length) {
    if (known.size + unknown.length > KNOWN_MAX) known.clear();
    for (let i = 0; i < unknown.length; i += CHUNK) {
      const chunk = unknown.slice(i, i + CHUNK);
      const ids = inList(chunk);
      const found = await rawQuery<{ id: string; domain: string | null }>(ctx.db, ctx.dialect, `select id, domain from accounts where id in (${ids.sql})`, ids.params);
      for (const a of found) known.set(a.id, a.domain === null);
    }
  }
  // followers whose account row is gone are dropped, as the join did
  return rows.filter((r) => known.get(r.account_id) === true);
}

/** What fan-out needs to know about an author, read in one statement. */
export interface AuthorInfo {
  followersCount: number;
  silenced: boolean;
  suspended: boolean;
}

export async function authorInfo(ctx: Context, accountId: string): Promise<AuthorInfo | undefined> {
  const [row] = await rawQuery<{ followers_count: number; silenced_at: string | null; suspended_at: string | null }>(ctx.db, ctx.dialect,
    "select followers_count, silenced_at, suspended_at from accounts where id = ?", [accountId]);
  return row ? { followersCount: Number(row.followers_count ?? 0), silenced: !!row.silenced_at, suspended: !!row.suspended_at } : undefined;
}

interface FollowerRow {
  account_id: string;
  show_reblogs: number;
  languages: string | null;
  notify: number;
}

export async function audienceOf(ctx: Context, s: StatusRow, original?: StatusRow, known?: { author?: AuthorInfo }): Promise<Audience> {
  const db = ctx.db;
  const authors = [s.account_id, ...(original ? [original.account_id] : [])];
  if (s.visibility === "direct") {
    const mentioned = (await localMentions(db, s.id)).filter((id) => id !== s.account_id);
    const hidden = await silencing(db, authors, mentioned);
    const recipients = mentioned.filter((id) => !hidden.has(id));
    const homes = [s.account_id, ...recipients];
    return { homes, live: homes, lists: [], directRecipients: recipients };
  }

  const [followers, hidden, lists, author] = await Promise.all([
    localFollowers(ctx, s.account_id),
    silencing(db, authors, undefined, ctx.dialect),
    rawQuery<{ id: string; account_id: string; replies_policy: string; exclusive: number }>(db, ctx.dialect,
      "select lists.id, lists.account_id, lists.replies_policy, lists.exclusive from list_accounts inner join lists on lists.id = list_accounts.list_id where list_accounts.account_id = ?",
      [s.account_id]),
    known?.author ? Promise.resolve(known.author) : authorInfo(ctx, s.account_id),
  ]);
  const followerIds = followers.map((f) => f.account_id);
  const replyTo = s.in_reply_to_account_id && s.in_reply_to_account_id !== s.account_id ? s.in_reply_to_account_id : null;
  const followReplyTo = replyTo
    ? new Set((await inChunks(followerIds, (c) => db.selectFrom("follows").select("account_id").where("target_account_id", "=", replyTo).where("account_id", "in", c).execute())).map((r) => r.account_id))
    : null;
  const exclusive = new Set(lists.filter((l) => Number(l.exclusive) === 1).map((l) => l.account_id));

  const receivers: string[] = [];
  let notify = false;
  const language = (original ?? s).language;
  for (const f of followers) {
    if (Number(f.notify) === 1) notify = true;
    if (hidden.has(f.account_id) || exclusive.has(f.account_id)) continue;
    if (s.reblog_of_id && Number(f.show_reblogs) === 0) continue;
    if (!s.reblog_of_id && f.languages && language) {
      const langs = parseJson<string[] | null>(f.languages, null);
      if (langs && langs.length && !langs.includes(language)) continue;
    }
    if (followReplyTo && f.account_id !== replyTo && !followReplyTo.has(f.account_id)) continue;
    receivers.push(f.account_id);
  }
  const big = (author?.followersCount ?? 0) > fanoutMaxFollowers(ctx);
  const live = [s.account_id, ...receivers];
  return { homes: big ? [s.account_id] : live, live, lists: await listsFor(ctx, s, hidden, lists), directRecipients: [], notify };
}

/** Lists that contain the author, whose owner may see the status and whose replies policy admits it. */
async function listsFor(ctx: Context, s: StatusRow, hidden: Set<string>, lists: { id: string; account_id: string; replies_policy: string }[]): Promise<{ id: string; ownerId: string }[]> {
  const out: { id: string; ownerId: string }[] = [];
  for (const l of lists) {
    if (hidden.has(l.account_id)) continue;
    const owner = l.account_id;
    const isOwn = owner === s.account_id;
    if (s.visibility === "private" && !isOwn) {
      const f = await ctx.db.selectFrom("follows").select("id").where("account_id", "=", owner).where("target_account_id", "=", s.account_id).executeTakeFirst();
      if (!f) continue;
    }
    const replyTo = s.in_reply_to_account_id && s.in_reply_to_account_id !== s.account_id ? s.in_reply_to_account_id : null;
    if (replyTo) {
      if (l.replies_policy === "none") continue;
      const hit = l.replies_policy === "list"
        ? await ctx.db.selectFrom("list_accounts").select("account_id").where("list_id", "=", l.id).where("account_id", "=", replyTo).executeTakeFirst()
        : replyTo === owner || (await ctx.db.selectFrom("follows").select("id").where("account_id", "=", owner).where("target_account_id", "=", replyTo).executeTakeFirst());
      if (!hit) continue;
    }
    out.push({ id: l.id, ownerId: owner });
  }
  return out;
}
