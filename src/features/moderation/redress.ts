// Suspension revokes every token, yet the suspended user must still be able to read the statement of
// reasons and appeal (as Mastodon lets suspended users sign in to appeal). A redress token is short-lived,
// issued only to restricted accounts, and accepted only by the decision and appeal routes.
import type { FastifyRequest } from "fastify";
import type { Context } from "../../context.js";
import { randomToken, sha256 } from "../../core/crypto.js";
import { RateLimitError, UnauthorizedError, UnprocessableError } from "../../core/errors.js";
import { bearerToken, requireUser } from "../../api/mastodon/auth.js";
import { hashPassword, verifyPassword } from "../auth/passwords.js";
import { mdb } from "./db.js";

const TTL_MS = 3600_000;
let dummy: Promise<string> | null = null;

export async function redressSignIn(ctx: Context, login: string, password: string, ip: string): Promise<{ access_token: string; token_type: "Bearer"; scope: "redress"; expires_at: string }> {
  const key = login.trim().replace(/^@/, "").toLowerCase();
  // password guessing is throttled per address and per account, like sign-in
  for (const k of [`rl:redress:ip:${ip}`, `rl:redress:acct:${key}`]) {
    const { count, resetMs } = await ctx.kv.incr(k, 15 * 60_000);
    if (count > 10) throw new RateLimitError(Math.ceil(resetMs / 1000));
  }
  const user = await ctx.db
    .selectFrom("users")
    .innerJoin("accounts", "accounts.id", "users.account_id")
    .select(["users.account_id", "users.password_hash", "users.disabled", "accounts.suspended_at"])
    .where((eb) => eb.or([eb("users.email_lower", "=", key), eb("accounts.acct_lower", "=", key)]))
    .executeTakeFirst();
  dummy ??= hashPassword("not-a-real-password-0");
  const ok = await verifyPassword(user?.password_hash ?? (await dummy), password);
  if (!user || !ok) throw new UnauthorizedError("Invalid e-mail address or password");
  if (!user.suspended_at && !user.disabled) throw new UnprocessableError("This account is not restricted; sign in normally");
  const token = randomToken(32);
  const now = ctx.clock.now();
  const expires = new Date(now.getTime() + TTL_MS).toISOString();
  await mdb(ctx.db).insertInto("moderation_redress_tokens").values({ token_hash: sha256(token), account_id: user.account_id, created_at: now.toISOString(), expires_at: expires }).execute();
  return { access_token: token, token_type: "Bearer", scope: "redress", expires_at: expires };
}

/** The viewer of a decision route: a redress token, or a normal user token with `scope`. */
export async function decisionViewer(ctx: Context, req: FastifyRequest, scope: string): Promise<{ accountId: string; role: string }> {
  const token = bearerToken(req);
  if (token) {
    const row = await mdb(ctx.db).selectFrom("moderation_redress_tokens").select(["account_id", "expires_at"]).where("token_hash", "=", sha256(token)).executeTakeFirst();
    if (row && row.expires_at > ctx.clock.now().toISOString()) return { accountId: row.account_id, role: "user" };
  }
  return requireUser(ctx, req, scope);
}
