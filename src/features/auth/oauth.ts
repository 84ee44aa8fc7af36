// OAuth 2 as Mastodon clients use it: apps, authorization codes with PKCE, token exchange.
import { createHash } from "node:crypto";
import type { Context } from "../../context.js";
import { AppError, UnprocessableError } from "../../core/errors.js";
import { randomToken, safeEqual, sha256 } from "../../core/crypto.js";
import { newId } from "../../core/ids.js";
import { parseJson } from "../../core/json.js";
import type { AppsTable } from "../../db/types.js";
import { parseScopes, scopesAllowed, unknownScopes } from "./scopes.js";
import { issueToken } from "./tokens.js";

export const OOB = "urn:ietf:wg:oauth:2.0:oob";
const CODE_TTL_MS = 10 * 60_000;

export class OAuthError extends AppError {
  constructor(error: string, description: string, status = 400) {
    super(status, error, description);
  }
}

export function validRedirectUri(uri: string): boolean {
  if (uri === OOB) return true;
  try {
    const u = new URL(uri);
    // custom schemes (mobile apps) are allowed; javascript: and data: never
    return !["javascript:", "data:", "vbscript:", "file:"].includes(u.protocol) && !u.hash;
  } catch {
    return false;
  }
}

export async function createApp(
  ctx: Context,
  input: { name: string; redirectUris: string[]; scopes?: string; website?: string | null },
): Promise<AppsTable> {
  const scopes = parseScopes(input.scopes, "read");
  const bad = unknownScopes(scopes);
  if (bad.length) throw new UnprocessableError(`Validation failed: Scopes ${bad.join(", ")} are not valid`);
  if (input.redirectUris.length === 0 || input.redirectUris.some((u) => !validRedirectUri(u))) {
    throw new UnprocessableError("Validation failed: Redirect URI must be an absolute URI.");
  }
  const row: AppsTable = {
    id: newId(),
    name: input.name,
    website: input.website ?? null,
    redirect_uris: JSON.stringify(input.redirectUris),
    scopes: scopes.join(" "),
    client_id: randomToken(32),
    client_secret: randomToken(32),
    created_at: new Date().toISOString(),
  };
  await ctx.db.insertInto("apps").values(row).execute();
  return row;
}

export async function appByClientId(ctx: Context, clientId: string | undefined): Promise<AppsTable | undefined> {
  if (!clientId) return undefined;
  return ctx.db.selectFrom("apps").selectAll().where("client_id", "=", clientId).executeTakeFirst();
}

export function appRedirectUris(app: AppsTable): string[] {
  return parseJson<string[]>(app.redirect_uris, []);
}

export interface AuthorizeRequest {
  app: AppsTable;
  redirectUri: string;
  scopes: string[];
  state?: string;
  codeChallenge?: string;
  codeChallengeMethod?: string;
}

/** Check an /oauth/authorize request; throws OAuthError the page can show. */
export async function checkAuthorizeRequest(ctx: Context, q: Record<string, string | undefined>): Promise<AuthorizeRequest> {
  const app = await appByClientId(ctx, q.client_id);
  if (!app) throw new OAuthError("invalid_client", "Client authentication failed due to unknown client.", 401);
  if (q.response_type !== "code") throw new OAuthError("unsupported_response_type", "The authorization server does not support this response type.");
  const uris = appRedirectUris(app);
  const redirectUri = q.redirect_uri ?? (uris.length === 1 ? uris[0] : "");
  if (!uris.includes(redirectUri)) throw new OAuthError("invalid_redirect_uri", "The redirect uri included is not valid.");
  const scopes = parseScopes(q.scope, app.scopes.split(" ")[0] ?? "read");
  if (!scopesAllowed(app.scopes.split(" "), scopes)) throw new OAuthError("invalid_scope", "The requested scope is invalid, unknown, or malformed.");
  if (q.code_challenge && q.code_challenge_method && q.code_challenge_method !== "S256") {
    throw new OAuthError("invalid_request", "Only the S256 code challenge method is supported.");
  }
  return { app, redirectUri, scopes, state: q.state, codeChallenge: q.code_challenge, codeChallengeMethod: q.code_challenge ? "S256" : undefined };
}

export async function issueCode(ctx: Context, req: AuthorizeRequest, accountId: string): Promise<string> {
  const code = randomToken(32);
  await ctx.db
    .insertInto("oauth_codes")
    .values({
      code_hash: sha256(code),
      app_id: req.app.id,
      account_id: accountId,
      redirect_uri: req.redirectUri,
      scopes: req.scopes.join(" "),
      code_challenge: req.codeChallenge ?? null,
      code_challenge_method: req.codeChallengeMethod ?? null,
      expires_at: new Date(Date.now() + CODE_TTL_MS).toISOString(),
      used_at: null,
    })
    .execute();
  return code;
}

function pkceS256(verifier: string): string {
  return createHash("sha256").update(verifier).digest("base64url");
}

export async function exchangeToken(ctx: Context, body: Record<string, string | undefined>) {
  const app = await appByClientId(ctx, body.client_id);
  if (!app || (body.client_secret !== undefined && !safeEqual(app.client_secret, body.client_secret))) {
    throw new OAuthError("invalid_client", "Client authentication failed due to unknown client, no client authentication included, or unsupported authentication method.", 401);
  }
  const grant = body.grant_type;
  if (grant === "client_credentials") {
    if (body.client_secret === undefined) throw new OAuthError("invalid_client", "Client authentication failed.", 401);
    const scopes = parseScopes(body.scope, "read");
    if (!scopesAllowed(app.scopes.split(" "), scopes)) throw new OAuthError("invalid_scope", "The requested scope is invalid, unknown, or malformed.");
    const t = await issueToken(ctx.db, { appId: app.id, accountId: null, scopes });
    return tokenResponse(t.token, scopes, t.createdAt);
  }
  if (grant !== "authorization_code") throw new OAuthError("unsupported_grant_type", "The authorization grant type is not supported by the authorization server.");
  const invalid = () => new OAuthError("invalid_grant", "The provided authorization grant is invalid, expired, revoked, does not match the redirection URI used in the authorization request, or was issued to another client.");
  if (!body.code) throw invalid();
  const hash = sha256(body.code);
  const row = await ctx.db.selectFrom("oauth_codes").selectAll().where("code_hash", "=", hash).executeTakeFirst();
  if (!row || row.app_id !== app.id || row.used_at || row.expires_at < new Date().toISOString()) throw invalid();
  if (body.redirect_uri !== undefined && body.redirect_uri !== row.redirect_uri) throw invalid();
  if (row.code_challenge) {
    if (!body.code_verifier || !safeEqual(pkceS256(body.code_verifier), row.code_challenge)) throw invalid();
  } else if (body.client_secret === undefined) {
    // a public client must use PKCE
    throw new OAuthError("invalid_client", "Client authentication failed.", 401);
  }
  // single use: mark before issuing, and refuse if another request got there first
  const used = await ctx.db
    .updateTable("oauth_codes")
    .set({ used_at: new Date().toISOString() })
    .where("code_hash", "=", hash)
    .where("used_at", "is", null)
    .executeTakeFirst();
  if (Number(used.numUpdatedRows) !== 1) throw invalid();
  const scopes = row.scopes.split(" ");
  const t = await issueToken(ctx.db, { appId: app.id, accountId: row.account_id, scopes });
  await ctx.db.updateTable("users").set({ last_sign_in_at: new Date().toISOString() }).where("account_id", "=", row.account_id).execute();
  return tokenResponse(t.token, scopes, t.createdAt);
}

function tokenResponse(token: string, scopes: string[], createdAt: string) {
  return { access_token: token, token_type: "Bearer", scope: scopes.join(" "), created_at: Math.floor(Date.parse(createdAt) / 1000) };
}
