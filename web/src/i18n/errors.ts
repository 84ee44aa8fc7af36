// What went wrong, in the reader's language. The server's `error` is English (Mastodon's API says so),
// so a screen never shows it as is in another language: the words come from the HTTP status and the
// error's `details` (the decision a lift conflicts with, Mastodon's ERR_* codes), and a screen that
// knows what it asked for names its own words for a status (`overrides`). Only in English does an
// error this build has no words for keep the server's own, more precise sentence.
import type { Locale } from "../lib/prefs";
import { actionLabel } from "./labels";
import type { MessageKey, Translate } from "./index";

export interface ErrorInfo {
  status?: number;
  message: string;
  details?: Record<string, unknown>;
}

/** The status, message and details of a masto or Rostra API error, or of a failed fetch. */
export function errorInfo(err: unknown): ErrorInfo {
  if (!err || typeof err !== "object") return { message: String(err ?? "") };
  const e = err as { status?: unknown; statusCode?: unknown; message?: unknown; details?: unknown };
  const status = typeof e.statusCode === "number" ? e.statusCode : typeof e.status === "number" ? e.status : undefined;
  const details = e.details && typeof e.details === "object" && !Array.isArray(e.details) ? (e.details as Record<string, unknown>) : undefined;
  return { status, message: typeof e.message === "string" ? e.message : "", details };
}

/** Per-screen words for a status, e.g. { 422: "admin.error.notSuspended" } on the lift-suspension button. */
export type ErrorOverrides = Partial<Record<number, MessageKey>>;

const BY_STATUS: Record<number, MessageKey> = {
  400: "error.badRequest",
  401: "error.unauthorized",
  403: "error.forbidden",
  404: "error.notFound",
  409: "error.conflict",
  410: "error.gone",
  413: "error.tooLarge",
  422: "error.invalid",
  429: "error.rateLimited",
};
/** Statuses whose own words are clearer than the server's sentence, in English too. */
const ALWAYS_OURS = new Set([401, 404, 413, 429]);

/** A lift (unsuspend, unsilence…) refused because of the decision that imposed the state: 409 with its id. */
function liftConflict(t: Translate, details: Record<string, unknown>): string | null {
  const decision = details.decision_id;
  if (typeof decision !== "string" && typeof decision !== "number") return null;
  // `code` says why (instance-admin/accounts.ts LiftConflictError); older servers only had the fields
  const code = details.code ?? (details.appeal_id !== undefined ? "pending_appeal" : Array.isArray(details.actions) ? "other_actions" : "final");
  if (code === "pending_appeal") return t("error.lift.pendingAppeal", { decision });
  if (code === "other_actions") {
    const actions = Array.isArray(details.actions) ? details.actions.map((a) => actionLabel(t, String(a))).join(", ") : "";
    return t("error.lift.otherActions", { decision, actions });
  }
  return t("error.lift.final", { decision });
}

export function describeError(t: Translate, locale: Locale, err: unknown, overrides: ErrorOverrides = {}): string {
  const { status, message, details } = errorInfo(err);
  if (status === undefined) {
    // fetch's TypeError ("Failed to fetch", "NetworkError when…"), an aborted or timed-out request
    if (err instanceof TypeError || (err instanceof Error && /network|fetch|timeout|abort/i.test(err.name + err.message))) return t("error.network");
    return locale === "en" && message ? message : t("error.unknown");
  }
  const own = overrides[status];
  if (own) return t(own);
  if (status === 409 && details) {
    const lift = liftConflict(t, details);
    if (lift) return lift;
  }
  if (status >= 500) return t("error.server");
  const key = BY_STATUS[status];
  if (locale === "en" && message && !ALWAYS_OURS.has(status)) return message;
  return key ? t(key) : t("error.unknown");
}
