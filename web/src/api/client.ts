// masto clients bound to this server: one for the signed-in user (or anonymous), one for OAuth.
import { createOAuthAPIClient, createRestAPIClient, type mastodon } from "masto";
import { useSyncExternalStore } from "react";
import { describeError, type ErrorOverrides } from "../i18n/errors";
import { translate } from "../i18n/index";
import { getPrefs } from "../lib/prefs";
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

/**
 * What went wrong, in the reader's language (i18n/errors.ts): never the server's English sentence on a
 * Vietnamese screen. `overrides` gives a screen's own words for a status it knows the meaning of.
 */
export function errorMessage(err: unknown, overrides?: ErrorOverrides): string {
  const { locale } = getPrefs();
  return describeError((key, vars) => translate(locale, key, vars), locale, err, overrides);
}
