// POST /api/v1/reports: a user reports an account, optionally with statuses and broken rules.
import type { FastifyInstance } from "fastify";
import { requireUser } from "../../api/mastodon/auth.js";
import type { Context } from "../../context.js";
import { renderReport } from "./entity.js";
import { fileReport } from "./service.js";

export async function reportRoutes(app: FastifyInstance, ctx: Context): Promise<void> {
  app.post("/api/v1/reports", async (req) => {
    const auth = await requireUser(ctx, req, "write:reports");
    return renderReport(ctx, await fileReport(ctx, auth.accountId, req.body));
  });
}
