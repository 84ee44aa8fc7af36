// Explore tab: trending tags (most distinct accounts in the last week) and trending statuses (most
// favourites + reblogs among recent public posts), computed on read and cached briefly.
import type { FastifyInstance } from "fastify";
import { optionalUser } from "../../api/mastodon/auth.js";
import { readOffset } from "../../api/mastodon/paging.js";
import { renderStatuses } from "../../api/mastodon/entities/status.js";
import { renderTag } from "../../api/mastodon/entities/tag.js";
import type { Context } from "../../context.js";
import { idAtTime } from "../../core/ids.js";
import { visibleTo } from "../statuses/visibility.js";
import { tagViews } from "../tags/queries.js";

const DAY = 86_400_000;
const TAG_WINDOW_DAYS = 7;
const STATUS_WINDOW_DAYS = 3;

/** Tag ids ranked by distinct public posters over the window. */
export async function trendingTagIds(ctx: Context, limit: number, offset: number): Promise<string[]> {
  const since = ctx.clock.now().getTime() - TAG_WINDOW_DAYS * DAY;
  const rows = await ctx.db
    .selectFrom("status_tags")
    .innerJoin("statuses", "statuses.id", "status_tags.status_id")
    .innerJoin("tags", "tags.id", "status_tags.tag_id")
    .select((eb) => ["tags.id as id", eb.fn.count<number>("statuses.account_id").distinct().as("accounts")])
    .where("status_tags.status_id", ">=", idAtTime(since))
    .where("statuses.created_at", ">=", new Date(since).toISOString())
    .where("statuses.visibility", "=", "public")
    .where("statuses.deleted_at", "is", null)
    .where("statuses.reblog_of_id", "is", null)
    .where("statuses.moderation_state", "=", "published")
    .where("tags.usable", "=", 1)
    .where("statuses.account_id", "not in", (eb) => eb.selectFrom("accounts").select("accounts.id").where("accounts.suspended_at", "is not", null))
    .groupBy("tags.id")
    .orderBy("accounts", "desc")
    .orderBy("tags.id", "desc")
    .limit(limit)
    .offset(offset)
    .execute();
  return rows.map((r) => r.id);
}

export async function trendRoutes(app: FastifyInstance, ctx: Context): Promise<void> {
  app.get("/api/v1/trends/tags", async (req) => {
    const auth = await optionalUser(ctx, req, "read");
    const { limit, offset } = readOffset(req.query, 10, 20);
    const ids = await trendingTagIds(ctx, limit, offset);
    if (ids.length === 0) return [];
    const rows = await ctx.db.selectFrom("tags").selectAll().where("id", "in", ids).execute();
    const ordered = ids.map((id) => rows.find((r) => r.id === id)!).filter(Boolean);
    const views = await tagViews(ctx.db, ordered, auth?.accountId ?? null, ctx.clock.now());
    return views.map((t) => renderTag(ctx.config, t));
  });
  // Mastodon's old path for the same list
  app.get("/api/v1/trends", async (req, reply) => reply.redirect(`/api/v1/trends/tags${req.url.includes("?") ? req.url.slice(req.url.indexOf("?")) : ""}`, 301));

  app.get("/api/v1/trends/statuses", async (req) => {
    const auth = await optionalUser(ctx, req, "read");
    const viewer = auth ? { accountId: auth.accountId } : null;
    const { limit, offset } = readOffset(req.query, 20, 40);
    const since = ctx.clock.now().getTime() - STATUS_WINDOW_DAYS * DAY;
    let q = ctx.db
      .selectFrom("statuses")
      .selectAll()
      .where("statuses.id", ">=", idAtTime(since))
      .where("statuses.visibility", "=", "public")
      .where("statuses.reblog_of_id", "is", null)
      .where(visibleTo(viewer))
      .where((eb) => eb(eb("statuses.favourites_count", "+", eb.ref("statuses.reblogs_count")), ">", 0));
    if (viewer) {
      q = q
        .where("statuses.account_id", "not in", (eb) => eb.selectFrom("blocks").select("blocks.target_account_id").where("blocks.account_id", "=", viewer.accountId))
        .where("statuses.account_id", "not in", (eb) => eb.selectFrom("mutes").select("mutes.target_account_id").where("mutes.account_id", "=", viewer.accountId));
    }
    const rows = await q
      .orderBy((eb) => eb("statuses.favourites_count", "+", eb.ref("statuses.reblogs_count")), "desc")
      .orderBy("statuses.id", "desc")
      .limit(limit)
      .offset(offset)
      .execute();
    return renderStatuses(ctx, rows, viewer?.accountId ?? null, "public");
  });

  app.get("/api/v1/trends/links", async () => []);
}
