// The social-graph API: account actions, collections and follow suggestions.
import type { FastifyInstance, FastifyRequest } from "fastify";
import { requireUser } from "../../api/mastodon/auth.js";
import type { Context } from "../../context.js";
import { parse, v } from "../../core/validate.js";
import { actionRoutes } from "./routes-actions.js";
import { collectionRoutes } from "./routes-collections.js";
import { dismissSuggestion, suggestedAccounts } from "./suggestions.js";
import { renderAccountList, targetAccount } from "./target.js";

const limitShape = { limit: v.int({ min: 1 }) };

export async function relationshipRoutes(app: FastifyInstance, ctx: Context): Promise<void> {
  await actionRoutes(app, ctx);
  await collectionRoutes(app, ctx);

  const suggestions = async (req: FastifyRequest) => {
    const auth = await requireUser(ctx, req, "read:accounts");
    const limit = Math.min(parse(limitShape, req.query).limit ?? 40, 80);
    return renderAccountList(ctx, await suggestedAccounts(ctx, auth.accountId, limit));
  };
  app.get("/api/v2/suggestions", async (req) => {
    const accounts = await suggestions(req);
    return accounts.map((account) => ({ source: "global", sources: ["most_followed"], account }));
  });
  // v1 answers bare accounts; megalodon still calls it
  app.get("/api/v1/suggestions", suggestions);
  app.delete("/api/v1/suggestions/:id", async (req: FastifyRequest<{ Params: { id: string } }>) => {
    const auth = await requireUser(ctx, req, "write:accounts");
    const target = await targetAccount(ctx, req.params.id);
    await dismissSuggestion(ctx, auth.accountId, target.id);
    return {};
  });
}
