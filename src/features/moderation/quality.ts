// Offline detector quality for the transparency report: the full detector measured on the repository's
// own labelled functional suites (test/moderation-suites/*.csv). Computed once per process, because the
// suites and the weights only change with a deploy.
import { readFileSync } from "node:fs";
import { readCsvObjects } from "./detection/csv.js";
import { createDetector } from "./detection/detect.js";
import { evaluate } from "./detection/eval.js";

export interface SuiteQuality {
  language: string;
  cases: number;
  accuracy: number;
  violence: { precision: number; recall: number; f1: number };
  categories: Record<string, { precision: number; recall: number; f1: number; support: number }>;
}

const r3 = (x: number) => Math.round(x * 1000) / 1000;
let memo: Promise<SuiteQuality[]> | null = null;

function measure(): SuiteQuality[] {
  const detector = createDetector();
  const out: SuiteQuality[] = [];
  for (const language of ["en", "vi"]) {
    let src: string;
    try {
      src = readFileSync(new URL(`../../../test/moderation-suites/${language}.csv`, import.meta.url), "utf8");
    } catch {
      continue; // a deployment without the test suites simply has no offline figures
    }
    const cases = readCsvObjects(src).map((r) => ({ id: r.id, functionality: r.functionality, text: r.text, label: r.label, target: r.target, language }));
    const rep = evaluate(detector, cases);
    const categories: SuiteQuality["categories"] = {};
    for (const [c, p] of Object.entries(rep.perCategory)) if (p.support > 0) categories[c] = { precision: r3(p.precision), recall: r3(p.recall), f1: r3(p.f1), support: p.support };
    out.push({ language, cases: rep.n, accuracy: r3(rep.accuracy), violence: { precision: r3(rep.violence.precision), recall: r3(rep.violence.recall), f1: r3(rep.violence.f1) }, categories });
  }
  return out;
}

export function offlineQuality(): Promise<SuiteQuality[]> {
  memo ??= Promise.resolve().then(measure).catch(() => []);
  return memo;
}
