// masto clients bound to this server: one for the signed-in user (or anonymous), one for OAuth.
import { createOAuthAPIClient, createRestAPIClient, type mastodon } from "masto";
import { useSyncExternalStore } from "react";
import { getSession, subscribeSession, type Session } from "./session";

let cached: { token: string | null; client: mastodon.rest.Client } | null = null;

/** The REST client for the current session; anonymous when signed out. */
export function api(): mastodon.rest.Client {
  const token = getSession()?.token ?? null;
  if (!cached || cached.token !== token) {
    cached = { token, client: createRestAPIClient({ url: location.origin, accessToken: token ?? undefined, log: "error" }) };
  }
  return cached.client;
}

export function oauthApi(): mastodon.oauth.Client {
  return createOAuthAPIClient({ url: location.origin, log: "error" });
}

export function useSession(): Session | null {
  return useSyncExternalStore(subscribeSession, getSession);
}

/** HTTP status of a masto error, if it has one. */
export function errorStatus(err: unknown): number | undefined {
  const s = (err as { statusCode?: unknown } | null)?.statusCode;
  return typeof s === "number" ? s : undefined;
}

export function errorMessage(err: unknown): string {
  if (err && typeof err === "object" && "message" in err && typeof err.message === "string") return err.message;
  return String(err);
}
