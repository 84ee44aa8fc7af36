// /api/v1/conversations: the direct-message inbox.
import type { FastifyInstance, FastifyRequest } from "fastify";
import { requireUser } from "../../api/mastodon/auth.js";
import { renderConversation, renderConversations } from "../../api/mastodon/entities/conversation.js";
import { readPage, setLinkHeader } from "../../api/mastodon/paging.js";
import type { Context } from "../../context.js";
import { conversationPage, markConversationRead, ownConversation, removeConversation } from "./service.js";

type IdRequest = FastifyRequest<{ Params: { id: string } }>;

export async function conversationRoutes(app: FastifyInstance, ctx: Context): Promise<void> {
  app.get("/api/v1/conversations", async (req, reply) => {
    const auth = await requireUser(ctx, req, "read:statuses");
    const rows = await conversationPage(ctx, auth.accountId, readPage(req.query, 20, 40));
    setLinkHeader(ctx, req, reply, rows.map((r) => r.last_status_id));
    return renderConversations(ctx, rows, auth.accountId);
  });

  app.delete("/api/v1/conversations/:id", async (req: IdRequest) => {
    const auth = await requireUser(ctx, req, "write:conversations");
    await removeConversation(ctx, await ownConversation(ctx, auth.accountId, req.params.id));
    return {};
  });

  app.post("/api/v1/conversations/:id/read", async (req: IdRequest) => {
    const auth = await requireUser(ctx, req, "write:conversations");
    const row = await markConversationRead(ctx, await ownConversation(ctx, auth.accountId, req.params.id));
    return renderConversation(ctx, row, auth.accountId);
  });
}
