// The streaming API: a multiplexed WebSocket at /api/v1/streaming and the SSE endpoints. A user token
// is required (Mastodon 4.2+), taken from Authorization, Sec-WebSocket-Protocol (which `ws` echoes
// back, as browsers require) or ?access_token=. Revoking the token closes its connections at once,
// in every process (the revocation travels over pub/sub).
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import type { WebSocket } from "ws";
import { bearerToken } from "../../api/mastodon/auth.js";
import type { Context } from "../../context.js";
import { BadRequestError, ForbiddenError, UnauthorizedError } from "../../core/errors.js";
import { hasScope } from "../auth/scopes.js";
import { lookupToken, onTokenRevoked } from "../auth/tokens.js";
import { closeConnectionsOfToken, resolveStream, type StreamAuth, StreamConnection, StreamError } from "./hub.js";

const REVOKED_CHANNEL = "streaming:revoked";
export const KEEPALIVE_MS = 30_000;

const auths = new WeakMap<FastifyRequest, StreamAuth>();

function protocolToken(req: FastifyRequest): string | null {
  const raw = req.headers["sec-websocket-protocol"];
  const first = typeof raw === "string" ? raw.split(",")[0]?.trim() : undefined;
  return first ? first : null;
}

async function authenticate(ctx: Context, req: FastifyRequest): Promise<void> {
  const token = bearerToken(req) ?? protocolToken(req);
  if (!token) throw new UnauthorizedError("Missing access token");
  const info = await lookupToken(ctx, token);
  if (!info) throw new UnauthorizedError("Invalid access token");
  if (!info.accountId) throw new UnauthorizedError("This method requires an authenticated user");
  if (!["read:statuses", "read:notifications"].some((s) => hasScope(info.scopes, s))) throw new ForbiddenError("Access token does not have the required scopes");
  auths.set(req, { tokenId: info.tokenId, accountId: info.accountId });
}

function queryOf(req: FastifyRequest): Record<string, unknown> {
  return (req.query ?? {}) as Record<string, unknown>;
}

function handleSocket(ctx: Context, socket: WebSocket, req: FastifyRequest): void {
  const auth = auths.get(req)!;
  let alive = true;
  const conn = new StreamConnection(ctx, auth, (e) => {
    if (socket.readyState === socket.OPEN) socket.send(JSON.stringify(e));
  }, () => {
    clearInterval(ping);
    if (socket.readyState === socket.OPEN || socket.readyState === socket.CONNECTING) socket.close(1000, "closed");
  });
  const ping = setInterval(() => {
    if (!alive) return socket.terminate();
    alive = false;
    socket.ping();
  }, KEEPALIVE_MS);
  ping.unref?.();
  socket.on("pong", () => (alive = true));
  socket.on("close", () => conn.close());
  const fail = (error: string): void => {
    if (socket.readyState === socket.OPEN) socket.send(JSON.stringify({ error, status: 400 }));
  };
  const apply = async (type: unknown, name: unknown, params: Record<string, unknown>) => {
    if (typeof name !== "string") return fail("Missing stream");
    try {
      const sub = await resolveStream(ctx, auth, name, params);
      if (type === "subscribe") await conn.subscribe(sub);
      else if (type === "unsubscribe") await conn.unsubscribe(sub.key);
      else fail("Unknown message type");
    } catch (err) {
      if (err instanceof StreamError) fail(err.message);
      else throw err;
    }
  };
  let ready: Promise<void> = conn.init();
  socket.on("message", (data) => {
    ready = ready.then(async () => {
      let msg: Record<string, unknown>;
      try {
        msg = JSON.parse(String(data));
      } catch {
        return void fail("Invalid JSON");
      }
      if (!msg || typeof msg !== "object") return void fail("Invalid message");
      await apply(msg.type, msg.stream, msg);
    }).catch((err) => ctx.log.warn({ err }, "streaming message failed"));
  });
  const initial = queryOf(req).stream;
  if (typeof initial === "string") {
    ready = ready.then(() => apply("subscribe", initial, queryOf(req))).catch((err) => {
      // an open socket without its subscription would stay silent: close it so the client reconnects
      ctx.log.warn({ err }, "streaming subscription failed");
      if (socket.readyState === socket.OPEN) socket.close(1011, "subscription failed");
    });
  }
}

/** Server-sent events for one stream; `name` null means ?stream= (plain GET /api/v1/streaming). */
async function handleSse(ctx: Context, req: FastifyRequest, reply: FastifyReply, name: string | null): Promise<void> {
  const auth = auths.get(req)!;
  const q = queryOf(req);
  const streamName = name ?? (typeof q.stream === "string" ? q.stream : "");
  let sub;
  try {
    sub = await resolveStream(ctx, auth, streamName, q);
  } catch (err) {
    if (err instanceof StreamError) throw new BadRequestError(err.message);
    throw err;
  }
  reply.hijack();
  const res = reply.raw;
  res.writeHead(200, {
    "content-type": "text/event-stream; charset=utf-8",
    "cache-control": "no-store",
    "x-accel-buffering": "no",
    "access-control-allow-origin": "*",
    connection: "keep-alive",
  });
  const conn = new StreamConnection(ctx, auth, (e) => {
    res.write(`event: ${e.event}\ndata: ${e.payload ?? ""}\n\n`);
  }, () => {
    clearInterval(beat);
    res.end();
  });
  const beat = setInterval(() => res.write(":thump\n\n"), KEEPALIVE_MS);
  beat.unref?.();
  req.raw.on("close", () => conn.close());
  await conn.init();
  await conn.subscribe(sub);
  // the first bytes tell the client the subscription is in place
  if (!conn.closed) res.write(":)\n\n");
}

const SSE_PATHS: [string, string][] = [
  ["user", "user"], ["user/notification", "user:notification"], ["public", "public"], ["public/local", "public:local"],
  ["public/remote", "public:remote"], ["public/media", "public:media"], ["public/local/media", "public:local:media"],
  ["public/remote/media", "public:remote:media"], ["hashtag", "hashtag"], ["hashtag/local", "hashtag:local"], ["list", "list"], ["direct", "direct"],
];

export async function streamingRoutes(app: FastifyInstance, ctx: Context): Promise<void> {
  const onRevoked = (tokenId: string) => closeConnectionsOfToken(ctx, tokenId);
  // subscribed with the first stream rather than at boot: a Redis subscriber is not ready that early
  let revocations: Promise<void> | null = null;
  const stop = onTokenRevoked((tokenId) => {
    closeConnectionsOfToken(ctx, tokenId);
    void ctx.pubsub.publish(REVOKED_CHANNEL, tokenId).catch(() => {});
  });
  app.addHook("onClose", async () => {
    stop();
    if (revocations) await ctx.pubsub.unsubscribe(REVOKED_CHANNEL, onRevoked).catch(() => {});
  });

  const preValidation = async (req: FastifyRequest) => {
    await authenticate(ctx, req);
    revocations ??= ctx.pubsub.subscribe(REVOKED_CHANNEL, onRevoked);
    await revocations;
  };
  app.get("/api/v1/streaming/health", async (_req, reply) => reply.type("text/plain").send("OK"));
  app.route({
    method: "GET",
    url: "/api/v1/streaming",
    preValidation,
    handler: (req, reply) => handleSse(ctx, req, reply, null),
    wsHandler: (socket, req) => handleSocket(ctx, socket, req),
  });
  for (const [path, name] of SSE_PATHS) {
    app.get(`/api/v1/streaming/${path}`, { preValidation }, (req, reply) => handleSse(ctx, req, reply, name));
  }
}
