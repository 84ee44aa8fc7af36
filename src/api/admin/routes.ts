// The moderation API in one registration: user-facing moderation routes (statements, appeals, notices,
// transparency) and the staff API used by the web console and the CLI.
import type { FastifyInstance } from "fastify";
import type { Context } from "../../context.js";
import { moderationRoutes } from "../../features/moderation/routes.js";
import { caseRoutes } from "./cases.js";
import { configRoutes } from "./config.js";
import { mastodonReportRoutes } from "./reports.js";

export async function registerModerationApi(app: FastifyInstance, ctx: Context): Promise<void> {
  await moderationRoutes(app, ctx);
  await caseRoutes(app, ctx);
  await configRoutes(app, ctx);
  await mastodonReportRoutes(app, ctx);
}
