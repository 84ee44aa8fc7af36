// The registry of language packs. Adding a language = adding a folder languages/<code>/ whose index.ts
// default-exports a LanguagePack, and listing it here (one line).
import en from "./en/index.js";
import es from "./es/index.js";
import vi from "./vi/index.js";
import type { LanguagePack } from "./types.js";

export const PACKS: readonly LanguagePack[] = [en, vi, es];

export function packFor(code: string, packs: readonly LanguagePack[] = PACKS): LanguagePack | undefined {
  return packs.find((p) => p.code === code);
}
