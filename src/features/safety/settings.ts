// A user's own controls, kept in users.settings next to Mastodon's posting defaults.
import { parseJson } from "../../core/json.js";
import type { Executor } from "../../db/types.js";

export const REPLY_POLICIES = ["everyone", "following", "mentioned", "nobody"] as const;
export type ReplyPolicy = (typeof REPLY_POLICIES)[number];

export const SETTING = {
  replyPolicy: "posting:default:reply_policy",
  quotePolicy: "posting:default:quote_policy",
  hideLikelyAbuse: "rostra:hide_likely_abuse",
} as const;

export interface SafetySettings {
  replyPolicy: ReplyPolicy;
  /** on unless the user turned it off, like a quality filter */
  hideLikelyAbuse: boolean;
}

export function safetySettingsOf(settings: Record<string, unknown>): SafetySettings {
  const reply = settings[SETTING.replyPolicy];
  return {
    replyPolicy: (REPLY_POLICIES as readonly unknown[]).includes(reply) ? (reply as ReplyPolicy) : "everyone",
    hideLikelyAbuse: settings[SETTING.hideLikelyAbuse] !== false,
  };
}

export async function loadSafetySettings(db: Executor, accountId: string): Promise<SafetySettings> {
  const row = await db.selectFrom("users").select("settings").where("account_id", "=", accountId).executeTakeFirst();
  return safetySettingsOf(parseJson<Record<string, unknown>>(row?.settings, {}));
}

/** Apply update_credentials' source[reply_policy] and source[hide_likely_abuse] to a settings object. */
export function applySafetySource(settings: Record<string, unknown>, source: { reply_policy?: ReplyPolicy; hide_likely_abuse?: boolean }): void {
  if (source.reply_policy) settings[SETTING.replyPolicy] = source.reply_policy;
  if (source.hide_likely_abuse !== undefined) settings[SETTING.hideLikelyAbuse] = source.hide_likely_abuse;
}

/** GET /api/v1/preferences keys (Rostra's own, namespaced like Mastodon's). */
export function safetyPreferences(settings: Record<string, unknown>): Record<string, unknown> {
  const s = safetySettingsOf(settings);
  return { [SETTING.replyPolicy]: s.replyPolicy, [SETTING.hideLikelyAbuse]: s.hideLikelyAbuse };
}

/** The CredentialAccount `source` fields for these settings. */
export function safetySource(settings: Record<string, unknown>): Record<string, unknown> {
  const s = safetySettingsOf(settings);
  return { reply_policy: s.replyPolicy, hide_likely_abuse: s.hideLikelyAbuse };
}
