// Multilingual HateCheck (CC-BY-4.0) as an evaluation: accuracy per functionality, where a case counts as
// "hateful" when any hate or violence category reaches the policy's queue-or-above outcome. Used by
// scripts/moderation/eval-hatecheck.ts and hatecheck.test.ts; the cases are never used to fit anything.
import { existsSync, readFileSync } from "node:fs";
import { readCsvObjects } from "./csv.js";
import type { Detector } from "./detect.js";
import { atLeast, categoryOutcome, DEFAULT_POLICY, type Policy } from "./policy.js";
import { evaluationSettings } from "../../../config.js";
import type { Analysis, Category } from "./types.js";

export const HATEFUL_CATEGORIES: Category[] = ["hate", "violence_threat", "violence_incitement"];
export const MHC_DIR = `${evaluationSettings().datasetsDir ?? new URL("../../../../../shared/datasets", import.meta.url).pathname}/multilingual-hatecheck`;
export const mhcFile = (language: string) => `${MHC_DIR}/hatecheck_cases_final_${language}.csv`;

export function flaggedHateful(a: Analysis, policy: Policy = DEFAULT_POLICY): boolean {
  return HATEFUL_CATEGORIES.some((c) => atLeast(categoryOutcome(policy, c, a.scores[c]), "queue"));
}

export interface FunctionalityResult {
  functionality: string;
  gold: "hateful" | "non-hateful";
  n: number;
  correct: number;
  accuracy: number;
}

export interface HateCheckReport {
  file: string;
  n: number;
  accuracy: number;
  /** share of cases whose detected language was the expected one */
  languageDetected: number;
  functionalities: FunctionalityResult[];
}

/** The template a case was generated from: `case_templ` when the file fills it, else the template text
 *  (`gender_male`; the Spanish file leaves `case_templ` empty) or its id. */
export function templateOf(r: Record<string, string>): string {
  return r.case_templ || r.gender_male || r.gender_female || r.templ_id || r.test_case;
}

function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (const ch of s) {
    h ^= ch.codePointAt(0)!;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

/**
 * Deterministic halves of a HateCheck file by template (FNV-1a of the template text): "dev" cases may
 * be looked at when improving a pack, "held" cases never are — they measure whether an improvement
 * generalises to sentences nobody looked at. Every case of one template falls in the same half, and a
 * derived case (negation, question, spelling variant, counter-speech … of an original template, linked
 * by `ref_templ_id`) falls in its original's half, so no variant of a held-out sentence is ever seen.
 */
export function templateHalves(rows: Array<Record<string, string>>): (r: Record<string, string>) => "dev" | "held" {
  const byId = new Map<string, Record<string, string>>();
  for (const r of rows) if (r.templ_id && !byId.has(r.templ_id)) byId.set(r.templ_id, r);
  const root = (r: Record<string, string>): Record<string, string> => {
    for (let i = 0; i < 8 && r.ref_templ_id; i++) {
      const ref = byId.get(String(Math.trunc(Number(r.ref_templ_id))));
      if (!ref || ref === r) break;
      r = ref;
    }
    return r;
  };
  return (r) => (fnv1a(templateOf(root(r))) % 2 === 0 ? "dev" : "held");
}

export function loadHateCheck(file: string): Array<Record<string, string>> | null {
  return existsSync(file) ? readCsvObjects(readFileSync(file, "utf8")) : null;
}

export function evaluateHateCheck(
  detector: Detector, rows: Array<Record<string, string>>, opts: { language?: string; expect?: string; policy?: Policy } = {},
): HateCheckReport {
  const by = new Map<string, FunctionalityResult>();
  let correct = 0;
  let lang = 0;
  for (const r of rows) {
    const a = detector.analyze(r.test_case, opts.language ? { language: opts.language } : {});
    if (opts.expect && a.language === opts.expect) lang++;
    const gold = r.label_gold === "hateful" ? "hateful" : "non-hateful";
    const ok = flaggedHateful(a, opts.policy) === (gold === "hateful");
    let f = by.get(r.functionality);
    if (!f) by.set(r.functionality, (f = { functionality: r.functionality, gold, n: 0, correct: 0, accuracy: 0 }));
    f.n++;
    if (ok) (f.correct++, correct++);
  }
  const functionalities = [...by.values()].sort((x, y) => x.functionality.localeCompare(y.functionality));
  for (const f of functionalities) f.accuracy = f.correct / f.n;
  return { file: "", n: rows.length, accuracy: rows.length ? correct / rows.length : 0, languageDetected: rows.length ? lang / rows.length : 0, functionalities };
}
