// The functional suites (test/moderation-suites/*.csv, written by us) are the detector's independent
// test. Violence = threat + incitement; floors: precision and recall ≥ 0.95 per language.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { readCsvObjects } from "./csv.js";
import { createDetector } from "./detect.js";
import { evaluate, formatReport, type Case } from "./eval.js";

const detector = createDetector();
const load = (lang: string) =>
  readCsvObjects(readFileSync(new URL(`../../../../test/moderation-suites/${lang}.csv`, import.meta.url), "utf8")) as unknown as Case[];

describe.each(["en", "vi", "es"])("functional suite %s", (lang) => {
  const cases = load(lang);

  it("has enough cases (300 for en/vi, 150 for es) with a held-out part", () => {
    expect(cases.length).toBeGreaterThanOrEqual(lang === "es" ? 150 : 300);
    expect(cases.some((c) => c.id.includes("holdout"))).toBe(true);
    for (const c of cases) expect(c.text.length).toBeGreaterThan(0);
  });

  it("meets the violence floors (precision and recall ≥ 0.95)", () => {
    const r = evaluate(detector, cases);
    console.log(formatReport(`${lang} suite`, r));
    expect(r.violence.precision).toBeGreaterThanOrEqual(0.95);
    expect(r.violence.recall).toBeGreaterThanOrEqual(0.95);
  });
});
