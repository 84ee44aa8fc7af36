// Settings kept in this browser. Those the API stores too (default visibility, posting language,
// notification policy, who may reply or quote, hiding likely abuse) are also sent to the server from the
// settings page, and the account's stored values replace these copies on every sign-in (syncFromServer).
import { useSyncExternalStore } from "react";
import { readJson, writeJson } from "./storage";

export type Theme = "system" | "light" | "dark";
export type Locale = "en" | "vi";
export type Visibility = "public" | "unlisted" | "private" | "direct";
export type InteractionPolicy = "public" | "followers" | "nobody";
export type ReplyPolicy = "everyone" | "following" | "mentioned" | "nobody";
export const REPLY_POLICIES: ReplyPolicy[] = ["everyone", "following", "mentioned", "nobody"];
export const QUOTE_POLICIES: InteractionPolicy[] = ["public", "followers", "nobody"];

export interface Prefs {
  theme: Theme;
  locale: Locale;
  requireAltText: boolean;
  /** Collapse posts the server's filters mark as likely abuse instead of showing them. */
  hideLikelyAbuse: boolean;
  defaultVisibility: Visibility;
  defaultLanguage: string;
  replyPolicy: ReplyPolicy;
  quotePolicy: InteractionPolicy;
  notifyFromStrangers: boolean;
  reduceMotion: boolean;
}

function initialLocale(): Locale {
  return navigator.language?.toLowerCase().startsWith("vi") ? "vi" : "en";
}

const DEFAULTS: Prefs = {
  theme: "system",
  locale: initialLocale(),
  requireAltText: true,
  hideLikelyAbuse: true,
  defaultVisibility: "public",
  defaultLanguage: initialLocale(),
  replyPolicy: "everyone",
  quotePolicy: "public",
  notifyFromStrangers: true,
  reduceMotion: false,
};

let prefs: Prefs = { ...DEFAULTS, ...readJson<Partial<Prefs>>("prefs", {}) };
// an older build kept the reply setting with the quote setting's values, in this browser only
if (!REPLY_POLICIES.includes(prefs.replyPolicy)) prefs.replyPolicy = "everyone";
const listeners = new Set<() => void>();

export function getPrefs(): Prefs {
  return prefs;
}

export function updatePrefs(patch: Partial<Prefs>): void {
  prefs = { ...prefs, ...patch };
  writeJson("prefs", prefs);
  applyDocumentPrefs();
  for (const l of listeners) l();
}

export function usePrefs(): Prefs {
  return useSyncExternalStore(
    (l) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    () => prefs,
  );
}

/** Theme and language live on <html> so CSS and screen readers see them before React renders. */
export function applyDocumentPrefs(): void {
  const root = document.documentElement;
  root.lang = prefs.locale;
  if (prefs.theme === "system") root.removeAttribute("data-theme");
  else root.dataset.theme = prefs.theme;
  root.classList.toggle("reduce-motion", prefs.reduceMotion);
}

/** The account's stored settings (verify_credentials' source) win over this browser's copies. */
export function syncFromServer(source: { replyPolicy?: unknown; quotePolicy?: unknown; hideLikelyAbuse?: unknown } | null | undefined): void {
  if (!source) return;
  const patch: Partial<Prefs> = {};
  if (REPLY_POLICIES.includes(source.replyPolicy as ReplyPolicy) && source.replyPolicy !== prefs.replyPolicy) patch.replyPolicy = source.replyPolicy as ReplyPolicy;
  if (QUOTE_POLICIES.includes(source.quotePolicy as InteractionPolicy) && source.quotePolicy !== prefs.quotePolicy) patch.quotePolicy = source.quotePolicy as InteractionPolicy;
  if (typeof source.hideLikelyAbuse === "boolean" && source.hideLikelyAbuse !== prefs.hideLikelyAbuse) patch.hideLikelyAbuse = source.hideLikelyAbuse;
  if (Object.keys(patch).length > 0) updatePrefs(patch);
}
