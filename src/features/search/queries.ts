// Search reads: accounts by handle or display-name prefix, hashtags by prefix, statuses by full text
// (FTS5 on SQLite, the tsvector expression index on PostgreSQL). Every query leaves out suspended
// accounts and anyone the viewer blocks, is blocked by, or mutes.
import { type ExpressionBuilder, sql } from "kysely";
import type { Context } from "../../context.js";
import type { Database, TagsTable } from "../../db/types.js";
import type { AccountRow } from "../accounts/queries.js";
import type { StatusRow } from "../statuses/queries.js";
import { visibleTo } from "../statuses/visibility.js";
import { tagKey } from "../tags/names.js";

export interface SearchOptions {
  viewerId: string | null;
  limit: number;
  offset: number;
  following?: boolean;
  accountId?: string;
  maxId?: string;
  minId?: string;
}

/** Escape LIKE wildcards so user input only ever matches literally. */
export function likePrefix(text: string): string {
  return `${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

function hiddenAccounts(eb: ExpressionBuilder<Database, any>, column: string, viewerId: string | null) {
  const conditions = [eb(eb.ref(column), "not in", eb.selectFrom("accounts as sus").select("sus.id").where("sus.suspended_at", "is not", null))];
  if (viewerId) {
    conditions.push(
      eb(eb.ref(column), "not in", eb.selectFrom("blocks").select("blocks.target_account_id").where("blocks.account_id", "=", viewerId)),
      eb(eb.ref(column), "not in", eb.selectFrom("blocks").select("blocks.account_id").where("blocks.target_account_id", "=", viewerId)),
      eb(eb.ref(column), "not in", eb.selectFrom("mutes").select("mutes.target_account_id").where("mutes.account_id", "=", viewerId)),
    );
  }
  return eb.and(conditions);
}

/**
 * SQLite's lower() (and PostgreSQL's under the C locale) folds ASCII only, so "đặng" would miss
 * "Đặng": also try the typed, capitalised and upper-case forms.
 */
function caseVariants(text: string): string[] {
  const t = text.normalize("NFC");
  const lower = t.toLowerCase();
  const capitalised = lower.replace(/(^|\s)(\p{L})/gu, (_m, sp: string, c: string) => sp + c.toUpperCase());
  return [...new Set([t, capitalised, t.toUpperCase()])].filter((x) => x !== lower);
}

/** `user`, `@user`, `user@domain`: handle prefix; any text: display-name prefix. Exact handle first. */
export async function searchAccounts(ctx: Context, q: string, opts: SearchOptions): Promise<AccountRow[]> {
  const term = q.trim().replace(/^@/, "").normalize("NFC").toLowerCase();
  if (term === "") return [];
  const local = `@${ctx.config.domain.toLowerCase()}`;
  const handle = term.endsWith(local) ? term.slice(0, -local.length) : term;
  let query = ctx.db
    .selectFrom("accounts")
    .selectAll("accounts")
    .where((eb) =>
      eb.or([
        eb("accounts.acct_lower", "like", likePrefix(handle)),
        eb(eb.fn("lower", ["accounts.display_name"]), "like", likePrefix(term)),
        ...caseVariants(q.trim().replace(/^@/, "")).map((t) => eb("accounts.display_name", "like", likePrefix(t))),
        ...(/^https?:\/\//.test(q.trim()) ? [eb("accounts.url", "=", q.trim()), eb("accounts.uri", "=", q.trim())] : []),
      ]),
    )
    .where((eb) => hiddenAccounts(eb, "accounts.id", opts.viewerId));
  if (opts.following && opts.viewerId) {
    query = query.where("accounts.id", "in", (eb) => eb.selectFrom("follows").select("follows.target_account_id").where("follows.account_id", "=", opts.viewerId!));
  }
  return query
    .orderBy((eb) => eb.case().when("accounts.acct_lower", "=", handle).then(0).else(1).end())
    .orderBy("accounts.followers_count", "desc")
    .orderBy("accounts.id")
    .limit(opts.limit)
    .offset(opts.offset)
    .execute();
}

export async function searchTags(ctx: Context, q: string, opts: SearchOptions): Promise<TagsTable[]> {
  const term = tagKey(q.trim().replace(/^#/, ""));
  if (term === "" || /\s/.test(term)) return [];
  return ctx.db
    .selectFrom("tags")
    .selectAll()
    .where("name_lower", "like", likePrefix(term))
    .where("usable", "=", 1)
    .orderBy((eb) => eb.case().when("name_lower", "=", term).then(0).else(1).end())
    .orderBy((eb) => eb.fn("length", ["name_lower"]))
    .orderBy("name_lower")
    .limit(opts.limit)
    .offset(opts.offset)
    .execute();
}

/** Words of the query as an FTS5 expression of quoted terms (implicit AND): no operator injection. */
export function ftsQuery(q: string): string | null {
  const words = q.normalize("NFKC").match(/[\p{L}\p{M}\p{N}_]+/gu) ?? [];
  if (words.length === 0) return null;
  return words.slice(0, 32).map((w) => `"${w.replace(/"/g, '""')}"`).join(" ");
}

/**
 * Full-text search over statuses the viewer may see. As in Mastodon 4.2+, other people's posts are
 * searchable only when public-ish and from an `indexable` account, or when the viewer was mentioned,
 * favourited or bookmarked them; the viewer's own posts always are.
 */
export async function searchStatuses(ctx: Context, q: string, opts: SearchOptions & { viewerId: string }): Promise<StatusRow[]> {
  const viewer = opts.viewerId;
  let query = ctx.db.selectFrom("statuses").selectAll("statuses").where("statuses.reblog_of_id", "is", null).where(visibleTo({ accountId: viewer }));
  if (/^https?:\/\//.test(q.trim())) {
    query = query.where((eb) => eb.or([eb("statuses.url", "=", q.trim()), eb("statuses.uri", "=", q.trim())]));
  } else if (ctx.dialect === "sqlite") {
    const match = ftsQuery(q);
    if (!match) return [];
    query = query.where("statuses.id", "in", sql<string>`(SELECT printf('%018d', rowid) FROM statuses_fts WHERE statuses_fts MATCH ${match})`);
  } else {
    if (q.trim() === "") return [];
    query = query.where(sql<boolean>`to_tsvector('simple', ${sql.ref("statuses.text")}) @@ plainto_tsquery('simple', ${q})`);
  }
  query = query
    .where((eb) => hiddenAccounts(eb, "statuses.account_id", viewer))
    .where((eb) =>
      eb.or([
        eb("statuses.account_id", "=", viewer),
        eb.and([
          eb("statuses.visibility", "in", ["public", "unlisted"]),
          eb("statuses.account_id", "in", eb.selectFrom("accounts as ix").select("ix.id").where("ix.indexable", "=", 1)),
        ]),
        eb("statuses.id", "in", eb.selectFrom("mentions").select("mentions.status_id").where("mentions.account_id", "=", viewer)),
        eb("statuses.id", "in", eb.selectFrom("favourites").select("favourites.status_id").where("favourites.account_id", "=", viewer)),
        eb("statuses.id", "in", eb.selectFrom("bookmarks").select("bookmarks.status_id").where("bookmarks.account_id", "=", viewer)),
      ]),
    );
  if (opts.accountId) query = query.where("statuses.account_id", "=", opts.accountId);
  if (opts.following) {
    query = query.where("statuses.account_id", "in", (eb) => eb.selectFrom("follows").select("follows.target_account_id").where("follows.account_id", "=", viewer));
  }
  if (opts.maxId) query = query.where("statuses.id", "<", opts.maxId);
  if (opts.minId) query = query.where("statuses.id", ">", opts.minId);
  return query.orderBy("statuses.id", "desc").limit(opts.limit).offset(opts.offset).execute();
}
