// /api/v1/notifications: list, show, clear, dismiss, unread count.
import type { FastifyInstance, FastifyRequest } from "fastify";
import { requireUser } from "../../api/mastodon/auth.js";
import { renderNotifications } from "../../api/mastodon/entities/notification.js";
import { readPage, setLinkHeader } from "../../api/mastodon/paging.js";
import type { Context } from "../../context.js";
import { NotFoundError } from "../../core/errors.js";
import { parse, v } from "../../core/validate.js";
import { markerOf } from "../markers/service.js";
import { installNotificationDeliverer } from "./deliver.js";
import { loadPolicy } from "./policy.js";
import { filterShape, readFilter } from "./params.js";
import { countSince, notificationById, notificationPage } from "./queries.js";
import { notificationRequestRoutes } from "./requests.js";
import { notificationV2Routes } from "./routes-v2.js";

const countShape = { limit: v.int({ min: 1 }), ...filterShape };

type IdRequest = FastifyRequest<{ Params: { id: string } }>;

export async function notificationRoutes(app: FastifyInstance, ctx: Context): Promise<void> {
  installNotificationDeliverer();

  app.get("/api/v1/notifications", async (req, reply) => {
    const auth = await requireUser(ctx, req, "read:notifications");
    const page = readPage(req.query, 40, 80);
    const policy = await loadPolicy(ctx.db, auth.accountId);
    const rows = await notificationPage(ctx.db, auth.accountId, policy, readFilter(req.query), page);
    setLinkHeader(ctx, req, reply, rows.map((r) => r.id));
    return renderNotifications(ctx, rows, auth.accountId);
  });

  app.get("/api/v1/notifications/unread_count", async (req) => {
    const auth = await requireUser(ctx, req, "read:notifications");
    const q = parse(countShape, req.query);
    const cap = Math.min(q.limit ?? 100, 1000);
    const marker = await markerOf(ctx.db, auth.accountId, "notifications");
    const policy = await loadPolicy(ctx.db, auth.accountId);
    const rows = await countSince(ctx.db, auth.accountId, policy, marker?.last_read_id, cap, readFilter(req.query));
    return { count: rows.length };
  });

  app.post("/api/v1/notifications/clear", async (req) => {
    const auth = await requireUser(ctx, req, "write:notifications");
    await ctx.db.deleteFrom("notifications").where("account_id", "=", auth.accountId).execute();
    return {};
  });

  app.get("/api/v1/notifications/:id", async (req: IdRequest) => {
    const auth = await requireUser(ctx, req, "read:notifications");
    const row = await notificationById(ctx.db, auth.accountId, await loadPolicy(ctx.db, auth.accountId), req.params.id);
    const [json] = row ? await renderNotifications(ctx, [row], auth.accountId) : [];
    if (!json) throw new NotFoundError();
    return json;
  });

  app.post("/api/v1/notifications/:id/dismiss", async (req: IdRequest) => {
    const auth = await requireUser(ctx, req, "write:notifications");
    const res = await ctx.db.deleteFrom("notifications").where("account_id", "=", auth.accountId).where("id", "=", req.params.id).executeTakeFirst();
    if (Number(res.numDeletedRows) === 0) throw new NotFoundError();
    return {};
  });

  await notificationRequestRoutes(app, ctx);
  await notificationV2Routes(app, ctx);
}
