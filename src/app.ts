// Builds the HTTP app from a Context without listening: tests call app.inject, main.ts listens.
import cors from "@fastify/cors";
import websocket from "@fastify/websocket";
import Fastify, { type FastifyBaseLogger, type FastifyInstance, LogController } from "fastify";
import { installBodyParsers } from "./api/body.js";
import { installErrorHandler } from "./api/errors.js";
import { installMetrics } from "./api/metrics.js";
import { registerMastodonRoutes } from "./api/mastodon/routes.js";
import { installRateLimits } from "./api/rate-limit.js";
import type { Context } from "./context.js";

declare module "fastify" {
  interface FastifyInstance {
    routeTable: { method: string; url: string }[];
  }
}

export interface AppOptions {
  /** Lower rate limits for tests of the limiter itself. */
  rateLimitOverrides?: Partial<Record<string, number>>;
}

export async function buildApp(ctx: Context, opts: AppOptions = {}): Promise<FastifyInstance> {
  const app: FastifyInstance = Fastify({
    loggerInstance: ctx.log as unknown as FastifyBaseLogger,
    trustProxy: ctx.config.trustProxy,
    bodyLimit: 1024 * 1024,
    logController: new LogController({ disableRequestLogging: ctx.config.logLevel !== "debug" && ctx.config.logLevel !== "trace" }),
    routerOptions: { ignoreTrailingSlash: true, maxParamLength: 200 },
    ajv: { customOptions: { coerceTypes: "array", removeAdditional: false } },
  });
  installErrorHandler(app);
  // the route table, for the property tests that exercise every route
  const routes: { method: string; url: string }[] = [];
  app.decorate("routeTable", routes);
  app.addHook("onRoute", (r) => {
    for (const method of Array.isArray(r.method) ? r.method : [r.method]) routes.push({ method, url: r.url });
  });
  await app.register(cors, {
    origin: true,
    credentials: false,
    methods: ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"],
    exposedHeaders: ["Link", "X-RateLimit-Limit", "X-RateLimit-Remaining", "X-RateLimit-Reset", "Mastodon-Async-Refresh"],
    maxAge: 86400,
  });
  await installBodyParsers(app);
  await app.register(websocket, { options: { maxPayload: 64 * 1024 } });
  installRateLimits(app, ctx, opts.rateLimitOverrides);
  app.addHook("onSend", async (_req, reply, payload) => {
    reply.header("X-Content-Type-Options", "nosniff");
    return payload;
  });
  installMetrics(app, ctx);
  app.get("/health", async (_req, reply) => reply.type("text/plain").send("OK"));
  await registerMastodonRoutes(app, ctx);
  await (await import("./features/web/serve.js")).registerWebApp(app, ctx); // web app + public pages; keep last
  return app;
}
