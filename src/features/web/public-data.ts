// Reads for logged-out pages and feeds: only what an anonymous visitor may see (public, published,
// author not suspended), through the same visibility rules as the API.
import type { Context } from "../../context.js";
import type { MediaAttachmentsTable } from "../../db/types.js";
import { type AccountRow, accountByAcct } from "../accounts/queries.js";
import { type StatusRow, statusById } from "../statuses/queries.js";
import { canView, visibleTo } from "../statuses/visibility.js";

const FEED_SIZE = 20;

export async function publicAccount(ctx: Context, username: string): Promise<AccountRow | null> {
  if (!/^[A-Za-z0-9_]{1,64}$/.test(username)) return null;
  const row = await accountByAcct(ctx.db, username, ctx.config.domain);
  return row && !row.domain && !row.suspended_at ? row : null;
}

/** A status of `account` that anonymous visitors may read, or null. */
export async function publicStatus(ctx: Context, account: AccountRow, id: string): Promise<StatusRow | null> {
  if (!/^[0-9A-Za-z_-]{1,64}$/.test(id)) return null;
  const row = await statusById(ctx.db, id);
  if (!row || row.account_id !== account.id || row.reblog_of_id) return null;
  return (await canView(ctx.db, null, row)) ? row : null;
}

/** Feeds carry public posts only (not unlisted), newest first, without boosts. */
export async function accountFeedStatuses(ctx: Context, account: AccountRow): Promise<StatusRow[]> {
  return ctx.db
    .selectFrom("statuses")
    .selectAll("statuses")
    .where(visibleTo(null))
    .where("statuses.account_id", "=", account.id)
    .where("statuses.visibility", "=", "public")
    .where("statuses.reblog_of_id", "is", null)
    .orderBy("statuses.id", "desc")
    .limit(FEED_SIZE)
    .execute();
}

export async function tagFeedStatuses(ctx: Context, tag: string): Promise<StatusRow[]> {
  return ctx.db
    .selectFrom("statuses")
    .innerJoin("status_tags", "status_tags.status_id", "statuses.id")
    .innerJoin("tags", "tags.id", "status_tags.tag_id")
    .selectAll("statuses")
    .where(visibleTo(null))
    .where("tags.name_lower", "=", tag.toLowerCase())
    .where("statuses.visibility", "=", "public")
    .where("statuses.reblog_of_id", "is", null)
    .orderBy("statuses.id", "desc")
    .limit(FEED_SIZE)
    .execute();
}

export async function authorsOf(ctx: Context, rows: StatusRow[]): Promise<Map<string, AccountRow>> {
  const ids = [...new Set(rows.map((r) => r.account_id))];
  if (ids.length === 0) return new Map();
  const accounts = await ctx.db.selectFrom("accounts").selectAll().where("id", "in", ids).execute();
  return new Map(accounts.map((a) => [a.id, a]));
}

export async function mediaOf(ctx: Context, statusIds: string[]): Promise<Map<string, MediaAttachmentsTable[]>> {
  const out = new Map<string, MediaAttachmentsTable[]>();
  if (statusIds.length === 0) return out;
  const rows = await ctx.db.selectFrom("media_attachments").selectAll().where("status_id", "in", statusIds).orderBy("id").execute();
  for (const m of rows) out.set(m.status_id!, [...(out.get(m.status_id!) ?? []), m]);
  return out;
}

export async function avatarUrl(ctx: Context, account: AccountRow): Promise<string> {
  if (account.avatar_media_id) {
    const m = await ctx.db.selectFrom("media_attachments").select("file_name").where("id", "=", account.avatar_media_id).executeTakeFirst();
    if (m?.file_name) return `${ctx.config.url}/system/media/${m.file_name}`;
  }
  return `${ctx.config.url}/avatars/original/missing.png`;
}
