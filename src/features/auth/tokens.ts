// Access tokens are stored hashed; lookups are cached briefly in process because every request does one.
import type { Context } from "../../context.js";
import { randomToken, sha256 } from "../../core/crypto.js";
import { newId } from "../../core/ids.js";
import type { Executor } from "../../db/types.js";

export interface AuthInfo {
  tokenId: string;
  appId: string | null;
  accountId: string | null;
  scopes: string[];
  role: string;
}

const CACHE_MS = 30_000;
const cache = new Map<string, { info: AuthInfo | null; at: number }>();
const revokeListeners = new Set<(tokenId: string) => void>();

export function onTokenRevoked(fn: (tokenId: string) => void): () => void {
  revokeListeners.add(fn);
  return () => revokeListeners.delete(fn);
}

export async function issueToken(
  exec: Executor,
  opts: { appId: string | null; accountId: string | null; scopes: string[] },
): Promise<{ token: string; id: string; createdAt: string }> {
  const token = randomToken(32);
  const id = newId();
  const createdAt = new Date().toISOString();
  await exec
    .insertInto("tokens")
    .values({
      id,
      token_hash: sha256(token),
      app_id: opts.appId,
      account_id: opts.accountId,
      scopes: opts.scopes.join(" "),
      created_at: createdAt,
      revoked_at: null,
      last_used_at: null,
    })
    .execute();
  return { token, id, createdAt };
}

export async function lookupToken(ctx: Context, token: string): Promise<AuthInfo | null> {
  const key = sha256(token);
  const hit = cache.get(key);
  if (hit && Date.now() - hit.at < CACHE_MS) return hit.info;
  const row = await ctx.db
    .selectFrom("tokens")
    .leftJoin("users", "users.account_id", "tokens.account_id")
    .leftJoin("accounts", "accounts.id", "tokens.account_id")
    .select([
      "tokens.id",
      "tokens.app_id",
      "tokens.account_id",
      "tokens.scopes",
      "tokens.revoked_at",
      "users.role",
      "users.disabled",
      "users.approved",
      "accounts.suspended_at",
    ])
    .where("tokens.token_hash", "=", key)
    .executeTakeFirst();
  let info: AuthInfo | null = null;
  if (row && !row.revoked_at) {
    const usable = !row.account_id || (row.disabled === 0 && row.approved === 1 && !row.suspended_at);
    if (usable) {
      info = {
        tokenId: row.id,
        appId: row.app_id,
        accountId: row.account_id,
        scopes: row.scopes.split(" ").filter(Boolean),
        role: row.role ?? "user",
      };
    }
  }
  if (cache.size > 50_000) cache.clear();
  cache.set(key, { info, at: Date.now() });
  return info;
}

/** Forget cached lookups (role change, suspension, revocation). */
export function invalidateTokenCache(): void {
  cache.clear();
}

export async function revokeTokens(ctx: Context, where: { tokenHash?: string; accountId?: string; appId?: string }): Promise<number> {
  let q = ctx.db.selectFrom("tokens").select("id").where("revoked_at", "is", null);
  if (where.tokenHash) q = q.where("token_hash", "=", where.tokenHash);
  if (where.accountId) q = q.where("account_id", "=", where.accountId);
  if (where.appId) q = q.where("app_id", "=", where.appId);
  const rows = await q.execute();
  if (rows.length === 0) return 0;
  await ctx.db
    .updateTable("tokens")
    .set({ revoked_at: new Date().toISOString() })
    .where(
      "id",
      "in",
      rows.map((r) => r.id),
    )
    .execute();
  invalidateTokenCache();
  for (const r of rows) for (const fn of revokeListeners) fn(r.id);
  return rows.length;
}
