// Hashtags: /api/v1/tags/:name (+ follow, unfollow, feature, unfeature), /api/v1/followed_tags,
// /api/v1/featured_tags (+ suggestions) and /api/v1/accounts/:id/featured_tags.
import type { FastifyInstance, FastifyRequest } from "fastify";
import { optionalUser, requireUser } from "../../api/mastodon/auth.js";
import { renderFeaturedTag, renderTag } from "../../api/mastodon/entities/tag.js";
import { readPage, setLinkHeader } from "../../api/mastodon/paging.js";
import type { Context } from "../../context.js";
import { NotFoundError, UnprocessableError } from "../../core/errors.js";
import { newId } from "../../core/ids.js";
import { parse, v } from "../../core/validate.js";
import type { TagsTable } from "../../db/types.js";
import { keysetPage } from "../relationships/page.js";
import { targetAccount } from "../relationships/target.js";
import { deleteFeaturedTag, featuredTagSuggestions, featuredTagViews, featureTag, unfeatureTag } from "./featured.js";
import { normalizeTagName, TAG_NAME_MAX } from "./names.js";
import { findOrCreateTag, tagByName, tagViews, unsavedTagView } from "./queries.js";

type NameRequest = FastifyRequest<{ Params: { name: string } }>;
type IdRequest = FastifyRequest<{ Params: { id: string } }>;

// GET /tags/:name needs no scope in Mastodon; any user token may read it
const ANY_SCOPE = ["read", "write", "follow", "push", "profile", "read:statuses", "read:follows", "read:accounts", "write:follows", "write:accounts"];

/** The tag named in the path; an invalid name is a 404 as in Mastodon. */
function pathName(raw: unknown): string {
  const name = typeof raw === "string" ? normalizeTagName(raw) : null;
  if (!name) throw new NotFoundError();
  return name;
}

export async function tagRoutes(app: FastifyInstance, ctx: Context): Promise<void> {
  async function tagJson(tag: TagsTable | undefined, name: string, viewerId: string | null) {
    const now = ctx.clock.now();
    const view = tag ? (await tagViews(ctx.db, [tag], viewerId, now))[0] : unsavedTagView(name, viewerId, now);
    return renderTag(ctx.config, view);
  }

  app.get("/api/v1/tags/:name", async (req: NameRequest) => {
    const auth = await optionalUser(ctx, req, ANY_SCOPE);
    const name = pathName(req.params.name);
    return tagJson(await tagByName(ctx.db, name), name, auth?.accountId ?? null);
  });

  app.post("/api/v1/tags/:name/follow", async (req: NameRequest) => {
    const auth = await requireUser(ctx, req, "write:follows");
    const name = pathName(req.params.name);
    const tag = await findOrCreateTag(ctx.db, name, ctx.clock.now());
    await ctx.db
      .insertInto("followed_tags")
      .values({ id: newId(), account_id: auth.accountId, tag_id: tag.id, created_at: ctx.clock.now().toISOString() })
      .onConflict((oc) => oc.columns(["account_id", "tag_id"]).doNothing())
      .execute();
    return tagJson(tag, name, auth.accountId);
  });

  app.post("/api/v1/tags/:name/unfollow", async (req: NameRequest) => {
    const auth = await requireUser(ctx, req, "write:follows");
    const name = pathName(req.params.name);
    const tag = await tagByName(ctx.db, name);
    if (tag) await ctx.db.deleteFrom("followed_tags").where("account_id", "=", auth.accountId).where("tag_id", "=", tag.id).execute();
    return tagJson(tag, name, auth.accountId);
  });

  app.post("/api/v1/tags/:name/feature", async (req: NameRequest) => {
    const auth = await requireUser(ctx, req, "write:accounts");
    const name = pathName(req.params.name);
    const { tag } = await featureTag(ctx, auth.accountId, name);
    return tagJson(tag, name, auth.accountId);
  });

  app.post("/api/v1/tags/:name/unfeature", async (req: NameRequest) => {
    const auth = await requireUser(ctx, req, "write:accounts");
    const name = pathName(req.params.name);
    const tag = await tagByName(ctx.db, name);
    if (tag) await unfeatureTag(ctx, auth.accountId, tag.id);
    return tagJson(tag, name, auth.accountId);
  });

  app.get("/api/v1/followed_tags", async (req, reply) => {
    const auth = await requireUser(ctx, req, "read:follows");
    const qb = ctx.db
      .selectFrom("followed_tags")
      .innerJoin("tags", "tags.id", "followed_tags.tag_id")
      .selectAll("tags")
      .select("followed_tags.id as page_id")
      .where("followed_tags.account_id", "=", auth.accountId);
    const rows = await keysetPage(qb, "followed_tags.id", readPage(req.query, 100, 200));
    setLinkHeader(ctx, req, reply, rows.map((r) => r.page_id));
    const views = await tagViews(ctx.db, rows.map(({ page_id: _, ...tag }) => tag), auth.accountId, ctx.clock.now());
    return views.map((view) => renderTag(ctx.config, view));
  });

  app.get("/api/v1/featured_tags", async (req) => {
    const auth = await requireUser(ctx, req, "read:accounts");
    const me = await targetAccount(ctx, auth.accountId);
    return (await featuredTagViews(ctx, me)).map(renderFeaturedTag);
  });

  app.post("/api/v1/featured_tags", async (req) => {
    const auth = await requireUser(ctx, req, "write:accounts");
    const input = parse({ name: v.requiredString({ max: TAG_NAME_MAX + 1, trim: true }) }, req.body);
    const name = normalizeTagName(input.name);
    if (!name) throw new UnprocessableError("Validation failed: Tag is invalid", { name: [{ error: "ERR_INVALID", description: "is invalid" }] });
    const featured = await featureTag(ctx, auth.accountId, name);
    const me = await targetAccount(ctx, auth.accountId);
    const [view] = await featuredTagViews(ctx, me, [featured.id]);
    return renderFeaturedTag(view);
  });

  app.delete("/api/v1/featured_tags/:id", async (req: IdRequest) => {
    const auth = await requireUser(ctx, req, "write:accounts");
    await deleteFeaturedTag(ctx, auth.accountId, req.params.id);
    return {};
  });

  app.get("/api/v1/featured_tags/suggestions", async (req) => {
    const auth = await requireUser(ctx, req, "read:accounts");
    const tags = await featuredTagSuggestions(ctx, auth.accountId);
    return (await tagViews(ctx.db, tags, auth.accountId, ctx.clock.now())).map((view) => renderTag(ctx.config, view));
  });

  app.get("/api/v1/accounts/:id/featured_tags", async (req: IdRequest) => {
    await optionalUser(ctx, req, "read:accounts");
    const account = await targetAccount(ctx, req.params.id);
    if (account.suspended_at) return [];
    return (await featuredTagViews(ctx, account)).map(renderFeaturedTag);
  });
}
