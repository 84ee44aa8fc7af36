// Typed translations: every key of the English dictionary must exist in every other language
// (the compiler checks vi against en), and `t` only accepts known keys.
import { useCallback } from "react";
import { updatePrefs, usePrefs, type Locale } from "../lib/prefs";
import { en, type MessageKey } from "./en";
import { vi } from "./vi";

export type { MessageKey };
const DICTIONARIES: Record<Locale, Record<MessageKey, string>> = { en, vi };
export const LOCALE_NAMES: Record<Locale, string> = { en: "English", vi: "Tiếng Việt" };

export type Vars = Record<string, string | number>;
export type Translate = (key: MessageKey, vars?: Vars) => string;

export function translate(locale: Locale, key: MessageKey, vars?: Vars): string {
  let text: string = DICTIONARIES[locale][key] ?? en[key] ?? key;
  if (vars) for (const [k, v] of Object.entries(vars)) text = text.replaceAll(`{${k}}`, String(v));
  return text;
}

export function useI18n(): { t: Translate; locale: Locale; setLocale: (l: Locale) => void } {
  const { locale } = usePrefs();
  const t = useCallback<Translate>((key, vars) => translate(locale, key, vars), [locale]);
  return { t, locale, setLocale: (l) => updatePrefs({ locale: l }) };
}
