// Mastodon's default limits: 300 requests / 5 min per token (or IP when anonymous), and stricter
// buckets for sign-up, sign-in and media. Counters live in the KvStore (memory or Redis).
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import type { Context } from "../context.js";
import { sha256 } from "../core/crypto.js";
import { RateLimitError } from "../core/errors.js";
import { bearerToken } from "./mastodon/auth.js";

interface Bucket {
  name: string;
  limit: number;
  windowMs: number;
  match(req: FastifyRequest): boolean;
  byIp?: boolean;
}

const MIN = 60_000;
const BUCKETS: Bucket[] = [
  { name: "signup", limit: 5, windowMs: 30 * MIN, byIp: true, match: (r) => r.method === "POST" && (r.url.startsWith("/api/v1/accounts?") || r.url === "/api/v1/accounts" || r.url.startsWith("/auth/sign_up")) },
  { name: "login", limit: 25, windowMs: 5 * MIN, byIp: true, match: (r) => r.method === "POST" && (r.url.startsWith("/oauth/token") || r.url.startsWith("/oauth/authorize") || r.url.startsWith("/auth/sign_in")) },
  { name: "media", limit: 30, windowMs: 30 * MIN, match: (r) => r.method === "POST" && /^\/api\/v[12]\/media/.test(r.url) },
  { name: "api", limit: 300, windowMs: 5 * MIN, match: (r) => r.url.startsWith("/api/") || r.url.startsWith("/oauth/") },
];

export function installRateLimits(app: FastifyInstance, ctx: Context, overrides: Partial<Record<string, number>> = {}): void {
  if (!ctx.config.rateLimits) return;
  app.addHook("onRequest", async (req: FastifyRequest, reply: FastifyReply) => {
    if (req.method === "OPTIONS") return;
    for (const bucket of BUCKETS) {
      if (!bucket.match(req)) continue;
      const token = bearerToken(req);
      const who = !bucket.byIp && token ? `t:${sha256(token).slice(0, 32)}` : `ip:${req.ip}`;
      const limit = overrides[bucket.name] ?? bucket.limit;
      const { count, resetMs } = await ctx.kv.incr(`rl:${bucket.name}:${who}`, bucket.windowMs);
      reply.header("X-RateLimit-Limit", String(limit));
      reply.header("X-RateLimit-Remaining", String(Math.max(0, limit - count)));
      reply.header("X-RateLimit-Reset", new Date(Date.now() + resetMs).toISOString());
      if (count > limit) throw new RateLimitError(Math.ceil(resetMs / 1000));
    }
  });
}
