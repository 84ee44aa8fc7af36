// /api/v1/timelines: home (cached, fan-out on write), public, tag, list (cached), link.
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { optionalUser, requireUser } from "../../api/mastodon/auth.js";
import { readPage, setLinkHeader } from "../../api/mastodon/paging.js";
import type { Context } from "../../context.js";
import { NotFoundError, ValidationError } from "../../core/errors.js";
import { parse, v } from "../../core/validate.js";
import { assembleList } from "./assemble.js";
import { cachedPageIds, homePageIds } from "./home.js";
import { linkTimeline, publicTimeline, tagTimeline } from "./public.js";
import { renderTimelinePage } from "./page-render.js";
import { cachedLocalPage } from "./public-cache.js";
import { homeKey, listKey } from "./store.js";
import { type StatusHead, visibleHeadsInOrder, withoutHidden } from "./viewer-filter.js";

const publicShape = { local: v.boolean(), remote: v.boolean(), only_media: v.boolean() };
const tagList = v.array(v.string({ max: 100 }), { max: 10 });
const tagShape = { ...publicShape, any: tagList, all: tagList, none: tagList };
const linkShape = { url: v.requiredString({ max: 2048 }) };

async function respond(ctx: Context, req: FastifyRequest, reply: FastifyReply, rows: StatusHead[], pageIds: string[], viewerId: string | null, context: string) {
  setLinkHeader(ctx, req, reply, pageIds);
  return withoutHidden(await renderTimelinePage(ctx, rows, viewerId, context));
}

/** Through the response cache when there is one (embedded mode), else built every time. */
function cached(ctx: Context, req: FastifyRequest, reply: FastifyReply, viewer: string | null, kvKeys: string[], build: () => Promise<unknown>) {
  return ctx.responses ? ctx.responses.serve(req, reply, { viewer, kvKeys }, build) : build();
}

export async function timelineRoutes(app: FastifyInstance, ctx: Context): Promise<void> {
  app.get("/api/v1/timelines/home", async (req, reply) => {
    const auth = await requireUser(ctx, req, "read:statuses");
    return cached(ctx, req, reply, auth.accountId, [homeKey(auth.accountId)], async () => {
      const ids = await homePageIds(ctx, auth.accountId, readPage(req.query));
      const rows = await visibleHeadsInOrder(ctx.db, auth.accountId, ids);
      return respond(ctx, req, reply, rows, ids, auth.accountId, "home");
    });
  });

  app.get("/api/v1/timelines/public", async (req, reply) => {
    const auth = await optionalUser(ctx, req, "read:statuses");
    const viewer = auth?.accountId ?? null;
    return cached(ctx, req, reply, viewer, [], async () => {
      const o = parse(publicShape, req.query);
      const opts = { local: o.local, remote: o.remote, onlyMedia: o.only_media };
      const page = readPage(req.query);
      const rows = (await cachedLocalPage(ctx, viewer, opts, page)) ?? (await publicTimeline(ctx.db, viewer, opts, page));
      return respond(ctx, req, reply, rows, rows.map((r) => r.id), viewer, "public");
    });
  });

  app.get<{ Params: { hashtag: string } }>("/api/v1/timelines/tag/:hashtag", async (req, reply) => {
    const auth = await optionalUser(ctx, req, "read:statuses");
    const viewer = auth?.accountId ?? null;
    const tag = req.params.hashtag.replace(/^#/, "");
    if (tag === "" || tag.length > 100) throw new NotFoundError();
    return cached(ctx, req, reply, viewer, [], async () => {
      const o = parse(tagShape, req.query);
      const rows = await tagTimeline(ctx.db, viewer, tag, { local: o.local, remote: o.remote, onlyMedia: o.only_media, any: o.any, all: o.all, none: o.none }, readPage(req.query));
      return respond(ctx, req, reply, rows, rows.map((r) => r.id), viewer, "public");
    });
  });

  app.get<{ Params: { id: string } }>("/api/v1/timelines/list/:id", async (req, reply) => {
    const auth = await requireUser(ctx, req, "read:lists");
    const list = await ctx.db.selectFrom("lists").selectAll().where("id", "=", req.params.id).where("account_id", "=", auth.accountId).executeTakeFirst();
    if (!list) throw new NotFoundError();
    return cached(ctx, req, reply, auth.accountId, [listKey(list.id)], async () => {
      const ids = await cachedPageIds(ctx, listKey(list.id), readPage(req.query), (q) => assembleList(ctx.db, list, q));
      const rows = await visibleHeadsInOrder(ctx.db, auth.accountId, ids);
      return respond(ctx, req, reply, rows, ids, auth.accountId, "home");
    });
  });

  app.get("/api/v1/timelines/link", async (req, reply) => {
    const auth = await optionalUser(ctx, req, "read:statuses");
    const viewer = auth?.accountId ?? null;
    const { url } = parse(linkShape, req.query);
    if (!/^https?:\/\/\S+$/i.test(url)) throw new ValidationError("url must be an http(s) URL");
    const rows = await linkTimeline(ctx.db, viewer, url, readPage(req.query));
    return respond(ctx, req, reply, rows, rows.map((r) => r.id), viewer, "public");
  });
}
