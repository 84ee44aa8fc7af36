// Featured tags: hashtags an account shows on its profile, with counts of its own public posts using
// them. Counts are computed on read from status_tags, so they can never drift from the statuses.
import type { FeaturedTagView } from "../../api/mastodon/entities/tag.js";
import type { Context } from "../../context.js";
import { NotFoundError, UnprocessableError } from "../../core/errors.js";
import { newId } from "../../core/ids.js";
import { inTransaction } from "../../db/tx.js";
import type { TagsTable } from "../../db/types.js";
import type { AccountRow } from "../accounts/queries.js";
import { plausibleId } from "../relationships/queries.js";
import { findOrCreateTag } from "./queries.js";

export const FEATURED_TAGS_LIMIT = 10;

export interface FeaturedRow {
  id: string;
  tag: TagsTable;
}

/** Feature `name` on the account's profile; featuring it again returns the existing entry. */
export async function featureTag(ctx: Context, accountId: string, name: string): Promise<FeaturedRow> {
  return inTransaction(ctx.db, async (trx) => {
    const now = ctx.clock.now();
    const tag = await findOrCreateTag(trx, name, now);
    const existing = await trx.selectFrom("featured_tags").select("id").where("account_id", "=", accountId).where("tag_id", "=", tag.id).executeTakeFirst();
    if (existing) return { id: existing.id, tag };
    const count = await trx.selectFrom("featured_tags").select((eb) => eb.fn.countAll<number>().as("n")).where("account_id", "=", accountId).executeTakeFirst();
    if (Number(count?.n ?? 0) >= FEATURED_TAGS_LIMIT) {
      throw new UnprocessableError(`Validation failed: You have already featured the maximum number of hashtags (${FEATURED_TAGS_LIMIT})`);
    }
    const id = newId();
    await trx.insertInto("featured_tags").values({ id, account_id: accountId, tag_id: tag.id, created_at: now.toISOString() }).execute();
    return { id, tag };
  });
}

export async function unfeatureTag(ctx: Context, accountId: string, tagId: string): Promise<void> {
  await ctx.db.deleteFrom("featured_tags").where("account_id", "=", accountId).where("tag_id", "=", tagId).execute();
}

/** DELETE /api/v1/featured_tags/:id — someone else's entry is a 404 like a missing one. */
export async function deleteFeaturedTag(ctx: Context, accountId: string, featuredId: unknown): Promise<void> {
  if (!plausibleId(featuredId)) throw new NotFoundError();
  const res = await ctx.db.deleteFrom("featured_tags").where("id", "=", featuredId).where("account_id", "=", accountId).executeTakeFirst();
  if (Number(res.numDeletedRows) === 0) throw new NotFoundError();
}

/** The account's featured tags with its own usage counts, most used first. */
export async function featuredTagViews(ctx: Context, account: AccountRow, only?: string[]): Promise<FeaturedTagView[]> {
  let qb = ctx.db
    .selectFrom("featured_tags")
    .innerJoin("tags", "tags.id", "featured_tags.tag_id")
    .select(["featured_tags.id as id", "tags.id as tag_id", "tags.name as name"])
    .where("featured_tags.account_id", "=", account.id);
  if (only) qb = qb.where("featured_tags.id", "in", only.length > 0 ? only : [""]);
  const rows = await qb.orderBy("featured_tags.id", "asc").execute();
  const stats = new Map<string, { n: number; last: string | null }>();
  if (rows.length > 0) {
    const counted = await ctx.db
      .selectFrom("statuses")
      .innerJoin("status_tags", "status_tags.status_id", "statuses.id")
      .select((eb) => ["status_tags.tag_id as tag_id", eb.fn.countAll<number>().as("n"), eb.fn.max("statuses.created_at").as("last")])
      .where("statuses.account_id", "=", account.id)
      .where("status_tags.tag_id", "in", rows.map((r) => r.tag_id))
      .where("statuses.deleted_at", "is", null)
      .where("statuses.reblog_of_id", "is", null)
      .where("statuses.visibility", "in", ["public", "unlisted"])
      .groupBy("status_tags.tag_id")
      .execute();
    for (const c of counted) stats.set(c.tag_id, { n: Number(c.n), last: (c.last as string | null) ?? null });
  }
  const views = rows.map((r) => ({
    id: r.id,
    name: r.name,
    accountUrl: account.url,
    statusesCount: stats.get(r.tag_id)?.n ?? 0,
    lastStatusAt: stats.get(r.tag_id)?.last ?? null,
  }));
  return views.sort((a, b) => b.statusesCount - a.statusesCount);
}

/** Tags the account used recently and has not featured yet (GET /api/v1/featured_tags/suggestions). */
export async function featuredTagSuggestions(ctx: Context, accountId: string): Promise<TagsTable[]> {
  const recent = await ctx.db
    .selectFrom("statuses")
    .innerJoin("status_tags", "status_tags.status_id", "statuses.id")
    .innerJoin("tags", "tags.id", "status_tags.tag_id")
    .selectAll("tags")
    .where("statuses.account_id", "=", accountId)
    .where("statuses.deleted_at", "is", null)
    .where((eb) => eb.not(eb.exists(eb.selectFrom("featured_tags").select("featured_tags.id").whereRef("featured_tags.tag_id", "=", "tags.id").where("featured_tags.account_id", "=", accountId))))
    .orderBy("statuses.id", "desc")
    .limit(500)
    .execute();
  const seen = new Map<string, TagsTable>();
  for (const t of recent) if (!seen.has(t.id) && seen.size < FEATURED_TAGS_LIMIT) seen.set(t.id, t);
  return [...seen.values()];
}
