// Sign-in through the server's own OAuth pages: authorization code + PKCE (S256), as any public client.
import { api, oauthApi } from "./client";
import { setSession, getSession } from "./session";
import { readJson, readSession, writeJson, writeSession } from "../lib/storage";

export const SCOPES = "read write follow push";
/** Moderators opt in to these with a second consent; everyone else never sees them requested. */
export const STAFF_SCOPES = `${SCOPES} admin:read admin:write`;

interface AppRegistration {
  clientId: string;
  clientSecret: string;
  redirectUri: string;
  scopes?: string;
}

interface PendingSignIn {
  state: string;
  verifier: string;
  returnTo: string;
  scope: string;
}

function redirectUri(): string {
  return `${location.origin}/oauth-callback`;
}

function base64url(bytes: Uint8Array): string {
  let s = "";
  for (const b of bytes) s += String.fromCharCode(b);
  return btoa(s).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

function randomString(size = 32): string {
  return base64url(crypto.getRandomValues(new Uint8Array(size)));
}

async function challengeOf(verifier: string): Promise<string> {
  const digest = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(verifier));
  return base64url(new Uint8Array(digest));
}

/** The app is registered once per browser and origin; a changed origin registers anew. */
async function ensureApp(): Promise<AppRegistration> {
  const saved = readJson<AppRegistration | null>("app", null);
  if (saved && saved.redirectUri === redirectUri() && saved.scopes === STAFF_SCOPES) return saved;
  const created = await api().v1.apps.create({ clientName: "Rostra Web", redirectUris: [redirectUri()], scopes: STAFF_SCOPES, website: location.origin });
  const reg = { clientId: created.clientId!, clientSecret: created.clientSecret!, redirectUri: redirectUri(), scopes: STAFF_SCOPES };
  writeJson("app", reg);
  return reg;
}

/** Path + query of /oauth/authorize for a fresh PKCE pair; the verifier stays in this tab. */
async function authorizePath(returnTo: string, lang: string, scope = SCOPES): Promise<string> {
  const app = await ensureApp();
  const verifier = randomString(48);
  const state = randomString(16);
  writeSession("pending-sign-in", { state, verifier, returnTo, scope } satisfies PendingSignIn);
  const q = new URLSearchParams({
    response_type: "code",
    client_id: app.clientId,
    redirect_uri: app.redirectUri,
    scope,
    state,
    code_challenge: await challengeOf(verifier),
    code_challenge_method: "S256",
    lang,
  });
  return `/oauth/authorize?${q}`;
}

export async function beginSignIn(returnTo: string, lang: string, scope = SCOPES): Promise<void> {
  location.assign(await authorizePath(returnTo, lang, scope));
}

/** Sign-up is the server's page; afterwards it sends the new user on to the same authorize step. */
export async function beginSignUp(returnTo: string, lang: string): Promise<void> {
  const next = await authorizePath(returnTo, lang);
  location.assign(`/auth/sign_up?return_to=${encodeURIComponent(next)}`);
}

/** A sign-in that came back without a usable code: `message` is the OAuth error code, or "state". */
export class SignInError extends Error {}

/** Handle /oauth-callback: check state, exchange the code with the verifier, store the token. */
export async function completeSignIn(query: URLSearchParams): Promise<string> {
  const pending = readSession<PendingSignIn>("pending-sign-in");
  writeSession("pending-sign-in", null);
  const error = query.get("error");
  // the code (access_denied…), not error_description: that is the server's English, for developers
  if (error) throw new SignInError(error);
  const code = query.get("code");
  if (!pending || !code || query.get("state") !== pending.state) throw new SignInError("state");
  const app = await ensureApp();
  const params = {
    grantType: "authorization_code",
    clientId: app.clientId,
    clientSecret: app.clientSecret,
    redirectUri: app.redirectUri,
    code,
    codeVerifier: pending.verifier,
    scope: pending.scope,
  } as const;
  // masto's types predate PKCE; the extra field is sent as code_verifier all the same
  const token = await oauthApi().token.create(params as Parameters<ReturnType<typeof oauthApi>["token"]["create"]>[0]);
  setSession({ token: token.accessToken, scope: token.scope });
  return pending.returnTo.startsWith("/") && !pending.returnTo.startsWith("//") ? pending.returnTo : "/";
}

export async function signOut(): Promise<void> {
  const session = getSession();
  const app = readJson<AppRegistration | null>("app", null);
  setSession(null);
  if (session && app) {
    try {
      await oauthApi().revoke({ clientId: app.clientId, clientSecret: app.clientSecret, token: session.token });
    } catch {
      // the token is gone from this browser either way; a failed revoke only leaves it valid until it expires
    }
  }
}
