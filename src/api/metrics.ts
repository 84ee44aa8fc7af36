// Prometheus metrics at /metrics, readable only with ROSTRA_METRICS_TOKEN (absent token: route hidden).
import type { FastifyInstance } from "fastify";
import client from "prom-client";
import type { Context } from "../context.js";
import { safeEqual } from "../core/crypto.js";

export function installMetrics(app: FastifyInstance, ctx: Context): void {
  const registry = new client.Registry();
  client.collectDefaultMetrics({ register: registry });
  const duration = new client.Histogram({
    name: "rostra_http_request_duration_seconds",
    help: "HTTP request duration by route and status",
    labelNames: ["method", "route", "status"],
    buckets: [0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
    registers: [registry],
  });
  new client.Gauge({
    name: "rostra_jobs_pending",
    help: "Durable jobs waiting to run",
    registers: [registry],
    async collect() {
      this.set(await ctx.jobs.pending());
    },
  });
  app.addHook("onResponse", async (req, reply) => {
    const route = req.routeOptions.url ?? "unmatched";
    duration.observe({ method: req.method, route, status: String(reply.statusCode) }, reply.elapsedTime / 1000);
  });
  app.get("/metrics", async (req, reply) => {
    const token = ctx.config.metricsToken;
    const given = /^Bearer\s+(.+)$/i.exec(req.headers.authorization ?? "")?.[1] ?? "";
    if (!token) return reply.status(404).send({ error: "Record not found" });
    if (!safeEqual(token, given)) return reply.status(401).send({ error: "The access token is invalid" });
    return reply.type(registry.contentType).send(await registry.metrics());
  });
}
