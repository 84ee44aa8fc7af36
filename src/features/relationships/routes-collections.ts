// Paginated account collections: followers, following, follow requests, blocks, mutes, endorsements,
// plus domain blocks. Every page answers with a Link header keyed on the edge row ids.
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { optionalUser, requireUser } from "../../api/mastodon/auth.js";
import { readPage, setLinkHeader } from "../../api/mastodon/paging.js";
import type { Context } from "../../context.js";
import { parse, v } from "../../core/validate.js";
import { addDomainBlock, domainBlockPage, removeDomainBlock } from "./domain-blocks.js";
import { type EdgeTable, edgeAccountPage } from "./collections.js";
import { authorizeFollowRequest, rejectFollowRequest } from "./follow.js";
import { relationshipJson, renderAccountList, targetAccount } from "./target.js";

type IdRequest = FastifyRequest<{ Params: { id: string } }>;
const domainShape = { domain: v.requiredString({ max: 253, trim: true }) };

export async function collectionRoutes(app: FastifyInstance, ctx: Context): Promise<void> {
  async function sendPage(req: FastifyRequest, reply: FastifyReply, table: EdgeTable, direction: "outgoing" | "incoming", accountId: string) {
    const page = readPage(req.query, 40, 80);
    const rows = await edgeAccountPage(ctx.db, { table, direction, accountId, page, now: ctx.clock.now() });
    setLinkHeader(ctx, req, reply, rows.map((r) => r.pageId));
    const accounts = await renderAccountList(ctx, rows.map((r) => r.account));
    if (table !== "mutes") return accounts;
    return accounts.map((a, i) => ({ ...a, mute_expires_at: rows[i].expiresAt }));
  }

  /** Someone else's collection: empty when the owner is suspended or blocks the viewer, as in Mastodon. */
  const publicCollection = (path: string, table: EdgeTable, direction: "outgoing" | "incoming") => {
    app.get(path, async (req: IdRequest, reply) => {
      const auth = await optionalUser(ctx, req, "read:accounts");
      const owner = await targetAccount(ctx, req.params.id);
      if (owner.suspended_at) return [];
      if (auth && auth.accountId !== owner.id) {
        const blocks = await ctx.db.selectFrom("blocks").select("id").where("account_id", "=", owner.id).where("target_account_id", "=", auth.accountId).executeTakeFirst();
        if (blocks) return [];
      }
      return sendPage(req, reply, table, direction, owner.id);
    });
  };
  publicCollection("/api/v1/accounts/:id/followers", "follows", "incoming");
  publicCollection("/api/v1/accounts/:id/following", "follows", "outgoing");
  publicCollection("/api/v1/accounts/:id/endorsements", "endorsements", "outgoing");

  const ownCollection = (path: string, scope: string, table: EdgeTable, direction: "outgoing" | "incoming") => {
    app.get(path, async (req, reply) => {
      const auth = await requireUser(ctx, req, scope);
      return sendPage(req, reply, table, direction, auth.accountId);
    });
  };
  ownCollection("/api/v1/follow_requests", "read:follows", "follow_requests", "incoming");
  ownCollection("/api/v1/blocks", "read:blocks", "blocks", "outgoing");
  ownCollection("/api/v1/mutes", "read:mutes", "mutes", "outgoing");
  ownCollection("/api/v1/endorsements", "read:accounts", "endorsements", "outgoing");

  app.post("/api/v1/follow_requests/:id/authorize", async (req: IdRequest) => {
    const auth = await requireUser(ctx, req, "write:follows");
    const requester = await targetAccount(ctx, req.params.id);
    await authorizeFollowRequest(ctx, auth.accountId, requester.id);
    return relationshipJson(ctx, auth.accountId, requester.id);
  });
  app.post("/api/v1/follow_requests/:id/reject", async (req: IdRequest) => {
    const auth = await requireUser(ctx, req, "write:follows");
    const requester = await targetAccount(ctx, req.params.id);
    await rejectFollowRequest(ctx, auth.accountId, requester.id);
    return relationshipJson(ctx, auth.accountId, requester.id);
  });

  app.get("/api/v1/domain_blocks", async (req, reply) => {
    const auth = await requireUser(ctx, req, "read:blocks");
    const rows = await domainBlockPage(ctx, auth.accountId, readPage(req.query, 100, 200));
    setLinkHeader(ctx, req, reply, rows.map((r) => r.id));
    return rows.map((r) => r.domain);
  });
  app.post("/api/v1/domain_blocks", async (req) => {
    const auth = await requireUser(ctx, req, "write:blocks");
    const { domain } = parse(domainShape, { ...(req.query as object), ...(req.body as object) });
    await addDomainBlock(ctx, auth.accountId, domain);
    return {};
  });
  app.delete("/api/v1/domain_blocks", async (req) => {
    const auth = await requireUser(ctx, req, "write:blocks");
    // clients send the domain in the body or the query string
    const { domain } = parse(domainShape, { ...(req.query as object), ...(req.body as object) });
    await removeDomainBlock(ctx, auth.accountId, domain);
    return {};
  });
}
