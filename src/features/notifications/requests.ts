// Notification requests (Mastodon 4.3): notifications the policy filters, grouped by sender. A request's
// id is the sender's account id. Accepting lets the sender through from now on (and their held
// notifications with it); dismissing deletes the held notifications.
import type { FastifyInstance, FastifyRequest } from "fastify";
import { sql } from "kysely";
import { requireUser } from "../../api/mastodon/auth.js";
import { notificationParts } from "../../api/mastodon/entities/notification.js";
import { readPage, setLinkHeader } from "../../api/mastodon/paging.js";
import type { Context } from "../../context.js";
import { NotFoundError } from "../../core/errors.js";
import { parse, v } from "../../core/validate.js";
import { acceptSenders, loadPolicy } from "./policy.js";
import { notificationQuery } from "./queries.js";

type IdRequest = FastifyRequest<{ Params: { id: string } }>;
const idsShape = { id: v.array(v.id(), { max: 100 }) };

interface RequestRow {
  from_account_id: string;
  n: number;
  last_id: string;
}

async function requestRows(ctx: Context, me: string, page: { maxId?: string; sinceId?: string; minId?: string; limit: number }, sender?: string): Promise<RequestRow[]> {
  const policy = await loadPolicy(ctx.db, me);
  let q = notificationQuery(ctx.db, me, policy, { scope: "filtered", accountId: sender })
    .clearSelect()
    .select(["notifications.from_account_id", sql<number>`count(*)`.as("n"), sql<string>`max(notifications.id)`.as("last_id")])
    .groupBy("notifications.from_account_id");
  if (page.maxId) q = q.having(sql`max(notifications.id)`, "<", page.maxId);
  if (page.sinceId || page.minId) q = q.having(sql`max(notifications.id)`, ">", (page.minId ?? page.sinceId)!);
  return q.orderBy(sql`max(notifications.id)`, "desc").limit(page.limit).execute();
}

async function renderRequests(ctx: Context, me: string, rows: RequestRow[]): Promise<Record<string, unknown>[]> {
  if (rows.length === 0) return [];
  const latest = await ctx.db.selectFrom("notifications").selectAll().where("id", "in", rows.map((r) => r.last_id)).execute();
  const parts = await notificationParts(ctx, latest, me, rows.map((r) => r.from_account_id));
  const byId = new Map(latest.map((n) => [n.id, n]));
  return rows
    .filter((r) => parts.accounts.has(r.from_account_id))
    .map((r) => {
      const last = byId.get(r.last_id);
      return {
        id: r.from_account_id,
        created_at: last?.created_at,
        updated_at: last?.created_at,
        account: parts.accounts.get(r.from_account_id),
        notifications_count: String(Number(r.n)),
        last_status: last?.status_id ? (parts.statuses.get(last.status_id) ?? null) : null,
      };
    });
}

async function dismiss(ctx: Context, me: string, senders: string[]): Promise<void> {
  const policy = await loadPolicy(ctx.db, me);
  for (const sender of senders) {
    const held = await notificationQuery(ctx.db, me, policy, { scope: "filtered", accountId: sender }).clearSelect().select("notifications.id").execute();
    if (held.length) await ctx.db.deleteFrom("notifications").where("id", "in", held.map((h) => h.id)).execute();
  }
}

export async function notificationRequestRoutes(app: FastifyInstance, ctx: Context): Promise<void> {
  app.get("/api/v1/notifications/requests", async (req, reply) => {
    const auth = await requireUser(ctx, req, "read:notifications");
    const rows = await requestRows(ctx, auth.accountId, readPage(req.query, 40, 80));
    setLinkHeader(ctx, req, reply, rows.map((r) => r.last_id));
    return renderRequests(ctx, auth.accountId, rows);
  });

  app.get("/api/v1/notifications/requests/merged", async (req) => {
    await requireUser(ctx, req, "read:notifications");
    return { merged: true };
  });

  app.post("/api/v1/notifications/requests/accept", async (req) => {
    const auth = await requireUser(ctx, req, "write:notifications");
    await acceptSenders(ctx, auth.accountId, parse(idsShape, req.body).id ?? []);
    return {};
  });

  app.post("/api/v1/notifications/requests/dismiss", async (req) => {
    const auth = await requireUser(ctx, req, "write:notifications");
    await dismiss(ctx, auth.accountId, parse(idsShape, req.body).id ?? []);
    return {};
  });

  app.get("/api/v1/notifications/requests/:id", async (req: IdRequest) => {
    const auth = await requireUser(ctx, req, "read:notifications");
    const [json] = await renderRequests(ctx, auth.accountId, await requestRows(ctx, auth.accountId, { limit: 1 }, req.params.id));
    if (!json) throw new NotFoundError();
    return json;
  });

  app.post("/api/v1/notifications/requests/:id/accept", async (req: IdRequest) => {
    const auth = await requireUser(ctx, req, "write:notifications");
    if ((await requestRows(ctx, auth.accountId, { limit: 1 }, req.params.id)).length === 0) throw new NotFoundError();
    await acceptSenders(ctx, auth.accountId, [req.params.id]);
    return {};
  });

  app.post("/api/v1/notifications/requests/:id/dismiss", async (req: IdRequest) => {
    const auth = await requireUser(ctx, req, "write:notifications");
    if ((await requestRows(ctx, auth.accountId, { limit: 1 }, req.params.id)).length === 0) throw new NotFoundError();
    await dismiss(ctx, auth.accountId, [req.params.id]);
    return {};
  });
}
