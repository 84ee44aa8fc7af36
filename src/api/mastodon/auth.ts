// Resolving the bearer token of a request and enforcing scopes: every route calls exactly one of
// requireUser / requireApp / optionalUser with the scope it needs.
import type { FastifyRequest } from "fastify";
import type { Context } from "../../context.js";
import { ForbiddenError, UnauthorizedError } from "../../core/errors.js";
import { hasScope } from "../../features/auth/scopes.js";
import { type AuthInfo, lookupToken } from "../../features/auth/tokens.js";

export interface UserAuth extends AuthInfo {
  accountId: string;
}

declare module "fastify" {
  interface FastifyRequest {
    auth?: AuthInfo | null;
  }
}

export function bearerToken(req: FastifyRequest): string | null {
  const header = req.headers.authorization;
  if (header) {
    const m = /^Bearer\s+(.+)$/i.exec(header);
    if (m) return m[1].trim();
  }
  const q = (req.query as Record<string, unknown> | undefined)?.access_token;
  return typeof q === "string" && q !== "" ? q : null;
}

async function resolve(ctx: Context, req: FastifyRequest): Promise<AuthInfo | null> {
  if (req.auth !== undefined) return req.auth;
  const token = bearerToken(req);
  req.auth = token ? await lookupToken(ctx, token) : null;
  if (token && !req.auth) throw new UnauthorizedError();
  return req.auth;
}

function checkScope(auth: AuthInfo, scope: string | string[]) {
  const needed = Array.isArray(scope) ? scope : [scope];
  if (!needed.some((s) => hasScope(auth.scopes, s))) {
    throw new ForbiddenError("This action is outside the authorized scopes");
  }
}

export async function requireUser(ctx: Context, req: FastifyRequest, scope: string | string[]): Promise<UserAuth> {
  const auth = await resolve(ctx, req);
  if (!auth) throw new UnauthorizedError("The access token is invalid");
  if (!auth.accountId) throw new UnprocessableAppToken();
  checkScope(auth, scope);
  return auth as UserAuth;
}

/** A user token when present (its scope checked), or anonymous. An invalid token is still a 401. */
export async function optionalUser(ctx: Context, req: FastifyRequest, scope: string | string[]): Promise<UserAuth | null> {
  const auth = await resolve(ctx, req);
  if (!auth || !auth.accountId) return null;
  checkScope(auth, scope);
  return auth as UserAuth;
}

export async function requireApp(ctx: Context, req: FastifyRequest, scope?: string): Promise<AuthInfo> {
  const auth = await resolve(ctx, req);
  if (!auth) throw new UnauthorizedError("The access token is invalid");
  if (scope) checkScope(auth, scope);
  return auth;
}

export async function requireRole(ctx: Context, req: FastifyRequest, scope: string, roles: string[]): Promise<UserAuth> {
  const auth = await requireUser(ctx, req, scope);
  if (!roles.includes(auth.role)) throw new ForbiddenError("This action requires a staff role");
  return auth;
}

class UnprocessableAppToken extends UnauthorizedError {
  constructor() {
    super("This method requires an authenticated user");
  }
}
