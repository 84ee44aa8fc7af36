// Every status route beyond create/fetch/delete, registered as one group.
import type { FastifyInstance } from "fastify";
import type { Context } from "../../context.js";
import { accountStatusRoutes } from "./account-statuses.js";
import { editRoutes } from "./edit-routes.js";
import { interactionRoutes } from "./interaction-routes.js";
import { listRoutes } from "./list-routes.js";

export async function statusFeatureRoutes(app: FastifyInstance, ctx: Context): Promise<void> {
  await interactionRoutes(app, ctx);
  await listRoutes(app, ctx);
  await editRoutes(app, ctx);
  await accountStatusRoutes(app, ctx);
}
