// GET /api/v1/statuses/:id/{favourited_by,reblogged_by,quotes}, GET /api/v1/{favourites,bookmarks},
// POST /api/v1/statuses/:id/quotes/:quoting_status_id/revoke, PUT /api/v1/statuses/:id/interaction_policy.
import type { FastifyInstance, FastifyRequest } from "fastify";
import { optionalUser, requireUser } from "../../api/mastodon/auth.js";
import { readPage, setLinkHeader } from "../../api/mastodon/paging.js";
import { renderStatus, renderStatuses } from "../../api/mastodon/entities/status.js";
import type { Context } from "../../context.js";
import { parse, v } from "../../core/validate.js";
import { renderAccountList } from "../relationships/target.js";
import { favouritedBy, quotesOf, rebloggedBy, savedStatuses } from "./lists.js";
import { ownStatus, viewerOf, visibleStatus } from "./lookup.js";
import { revokeQuote, setQuotePolicy } from "./quotes.js";

type IdRequest = FastifyRequest<{ Params: { id: string } }>;

export async function listRoutes(app: FastifyInstance, ctx: Context): Promise<void> {
  app.get("/api/v1/statuses/:id/favourited_by", async (req: IdRequest, reply) => {
    const viewer = viewerOf(await optionalUser(ctx, req, ["read:accounts", "read:statuses"]));
    const page = readPage(req.query, 40, 80);
    const status = await visibleStatus(ctx, viewer, req.params.id);
    const rows = await favouritedBy(ctx, status.id, page);
    setLinkHeader(ctx, req, reply, rows.map((r) => r.key));
    return renderAccountList(ctx, rows.map((r) => r.item));
  });

  app.get("/api/v1/statuses/:id/reblogged_by", async (req: IdRequest, reply) => {
    const viewer = viewerOf(await optionalUser(ctx, req, ["read:accounts", "read:statuses"]));
    const page = readPage(req.query, 40, 80);
    const status = await visibleStatus(ctx, viewer, req.params.id);
    const rows = await rebloggedBy(ctx, viewer, status.id, page);
    setLinkHeader(ctx, req, reply, rows.map((r) => r.key));
    return renderAccountList(ctx, rows.map((r) => r.item));
  });

  for (const [path, table, scope] of [["favourites", "favourites", "read:favourites"], ["bookmarks", "bookmarks", "read:bookmarks"]] as const) {
    app.get(`/api/v1/${path}`, async (req, reply) => {
      const auth = await requireUser(ctx, req, scope);
      const page = readPage(req.query, 20, 40);
      const rows = await savedStatuses(ctx, table, { accountId: auth.accountId }, page);
      setLinkHeader(ctx, req, reply, rows.map((r) => r.key));
      return renderStatuses(ctx, rows.map((r) => r.item), auth.accountId, "home");
    });
  }

  app.get("/api/v1/statuses/:id/quotes", async (req: IdRequest, reply) => {
    const auth = await requireUser(ctx, req, "read:statuses");
    const viewer = { accountId: auth.accountId };
    const page = readPage(req.query, 20, 40);
    const status = await visibleStatus(ctx, viewer, req.params.id);
    const rows = await quotesOf(ctx, viewer, status.id, page);
    setLinkHeader(ctx, req, reply, rows.map((r) => r.id));
    return renderStatuses(ctx, rows, auth.accountId, "thread");
  });

  app.post("/api/v1/statuses/:id/quotes/:quoting_status_id/revoke", async (req: FastifyRequest<{ Params: { id: string; quoting_status_id: string } }>) => {
    const auth = await requireUser(ctx, req, "write:statuses");
    const viewer = { accountId: auth.accountId };
    const quoted = await visibleStatus(ctx, viewer, req.params.id);
    const quoting = await revokeQuote(ctx, auth.accountId, quoted, req.params.quoting_status_id);
    return renderStatus(ctx, quoting, auth.accountId);
  });

  app.put("/api/v1/statuses/:id/interaction_policy", async (req: IdRequest) => {
    const auth = await requireUser(ctx, req, "write:statuses");
    const input = parse({ quote_approval_policy: v.oneOf(["public", "followers", "nobody"] as const) }, req.body);
    const status = await ownStatus(ctx, { accountId: auth.accountId }, req.params.id);
    const updated = await setQuotePolicy(ctx, status, input.quote_approval_policy);
    return renderStatus(ctx, updated, auth.accountId);
  });
}
