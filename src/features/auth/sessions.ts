// Browser sessions for the sign-in, consent and sign-up pages (the API itself uses bearer tokens).
import type { FastifyReply, FastifyRequest } from "fastify";
import type { Context } from "../../context.js";
import { randomToken, safeEqual, sha256 } from "../../core/crypto.js";

export const SESSION_COOKIE = "rostra_session";
export const CSRF_COOKIE = "rostra_csrf";
const SESSION_MS = 30 * 24 * 3600_000;

export function readCookies(req: FastifyRequest): Record<string, string> {
  const out: Record<string, string> = {};
  for (const part of (req.headers.cookie ?? "").split(";")) {
    const i = part.indexOf("=");
    if (i < 0) continue;
    const k = part.slice(0, i).trim();
    try {
      out[k] = decodeURIComponent(part.slice(i + 1).trim());
    } catch {
      // ignore malformed cookie values
    }
  }
  return out;
}

function cookie(ctx: Context, name: string, value: string, maxAgeSec: number): string {
  const secure = ctx.config.url.startsWith("https:") ? "; Secure" : "";
  return `${name}=${encodeURIComponent(value)}; Path=/; HttpOnly; SameSite=Lax; Max-Age=${maxAgeSec}${secure}`;
}

export async function currentSession(ctx: Context, req: FastifyRequest): Promise<{ accountId: string; csrf: string } | null> {
  const id = readCookies(req)[SESSION_COOKIE];
  if (!id) return null;
  const row = await ctx.db.selectFrom("web_sessions").selectAll().where("id_hash", "=", sha256(id)).executeTakeFirst();
  if (!row || row.expires_at < new Date().toISOString()) return null;
  const user = await ctx.db
    .selectFrom("users")
    .innerJoin("accounts", "accounts.id", "users.account_id")
    .select(["users.disabled", "users.approved", "accounts.suspended_at"])
    .where("users.account_id", "=", row.account_id)
    .executeTakeFirst();
  if (!user || user.disabled || !user.approved || user.suspended_at) return null;
  return { accountId: row.account_id, csrf: row.csrf };
}

/** A fresh session on every sign-in (no fixation). */
export async function startSession(ctx: Context, reply: FastifyReply, accountId: string): Promise<string> {
  const id = randomToken(32);
  const csrf = randomToken(24);
  const now = Date.now();
  await ctx.db
    .insertInto("web_sessions")
    .values({ id_hash: sha256(id), account_id: accountId, csrf, created_at: new Date(now).toISOString(), expires_at: new Date(now + SESSION_MS).toISOString() })
    .execute();
  reply.header("Set-Cookie", cookie(ctx, SESSION_COOKIE, id, SESSION_MS / 1000));
  return csrf;
}

export async function endSession(ctx: Context, req: FastifyRequest, reply: FastifyReply): Promise<void> {
  const id = readCookies(req)[SESSION_COOKIE];
  if (id) await ctx.db.deleteFrom("web_sessions").where("id_hash", "=", sha256(id)).execute();
  reply.header("Set-Cookie", cookie(ctx, SESSION_COOKIE, "", 0));
}

/** Double-submit token for forms shown before sign-in. */
export function ensureCsrfCookie(ctx: Context, req: FastifyRequest, reply: FastifyReply): string {
  const existing = readCookies(req)[CSRF_COOKIE];
  if (existing && existing.length >= 20) return existing;
  const token = randomToken(24);
  reply.header("Set-Cookie", cookie(ctx, CSRF_COOKIE, token, 3600 * 4));
  return token;
}

export function csrfMatches(req: FastifyRequest, submitted: unknown, sessionCsrf?: string): boolean {
  if (typeof submitted !== "string" || submitted === "") return false;
  const expected = sessionCsrf ?? readCookies(req)[CSRF_COOKIE];
  return !!expected && safeEqual(expected, submitted);
}
