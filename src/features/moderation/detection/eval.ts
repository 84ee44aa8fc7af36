// Measuring the detector on labelled cases: precision/recall/F1 per category, "violence" (threat and
// incitement together), the confusion matrix and throughput.
import type { Detector } from "./detect.js";
import { CATEGORIES, type Analysis, type Category } from "./types.js";

export interface Case {
  id: string;
  functionality: string;
  text: string;
  /** a category or "none" */
  label: string;
  target: string;
  language?: string;
}

export interface Prf {
  tp: number;
  fp: number;
  fn: number;
  support: number;
  precision: number;
  recall: number;
  f1: number;
}

export interface EvalReport {
  n: number;
  accuracy: number;
  perCategory: Record<string, Prf>;
  violence: Prf;
  /** confusion[gold][predicted] */
  confusion: Record<string, Record<string, number>>;
  errors: Array<{ id: string; functionality: string; text: string; gold: string; predicted: string }>;
  postsPerSecond: number;
  p99Ms: number;
}

// Severity order: when several categories pass the threshold, the most severe is the post's label.
const ORDER: Category[] = ["violence_threat", "violence_incitement", "self_harm", "hate", "harassment", "sexual", "spam"];
const VIOLENCE = new Set(["violence_threat", "violence_incitement"]);

export function primaryCategory(a: Analysis, threshold = 0.5): Category | "none" {
  for (const c of ORDER) if (a.scores[c] >= threshold) return c;
  return "none";
}

function prf(tp: number, fp: number, fn: number): Prf {
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { tp, fp, fn, support: tp + fn, precision, recall, f1 };
}

export function evaluate(detector: Detector, cases: Case[], opts: { threshold?: number } = {}): EvalReport {
  const th = opts.threshold ?? 0.5;
  const labels = ["none", ...CATEGORIES];
  const confusion: EvalReport["confusion"] = {};
  for (const g of labels) confusion[g] = Object.fromEntries(labels.map((p) => [p, 0]));
  const lat: number[] = [];
  const errors: EvalReport["errors"] = [];
  let vtp = 0, vfp = 0, vfn = 0, correct = 0;
  const t0 = performance.now();
  for (const c of cases) {
    const a0 = performance.now();
    const a = detector.analyze(c.text, c.language ? { language: c.language } : {});
    lat.push(performance.now() - a0);
    const pred = primaryCategory(a, th);
    const gold = c.label;
    confusion[gold] ??= Object.fromEntries(labels.map((p) => [p, 0]));
    confusion[gold][pred]++;
    if (pred === gold) correct++;
    else errors.push({ id: c.id, functionality: c.functionality, text: c.text, gold, predicted: pred });
    const gv = VIOLENCE.has(gold);
    const pv = Math.max(a.scores.violence_threat, a.scores.violence_incitement) >= th;
    if (gv && pv) vtp++;
    else if (pv) vfp++;
    else if (gv) vfn++;
  }
  const total = performance.now() - t0;
  const perCategory: Record<string, Prf> = {};
  for (const cat of CATEGORIES) {
    let tp = 0, fp = 0, fn = 0;
    for (const g of Object.keys(confusion))
      for (const p of labels) {
        const n = confusion[g][p];
        if (g === cat && p === cat) tp += n;
        else if (p === cat) fp += n;
        else if (g === cat) fn += n;
      }
    perCategory[cat] = prf(tp, fp, fn);
  }
  lat.sort((x, y) => x - y);
  return {
    n: cases.length,
    accuracy: cases.length ? correct / cases.length : 1,
    perCategory,
    violence: prf(vtp, vfp, vfn),
    confusion,
    errors,
    postsPerSecond: cases.length / (total / 1000),
    p99Ms: lat.length ? lat[Math.min(lat.length - 1, Math.floor(lat.length * 0.99))] : 0,
  };
}

export function formatReport(name: string, r: EvalReport): string {
  const pct = (x: number) => (x * 100).toFixed(1).padStart(5);
  const lines = [`${name}: ${r.n} cases, accuracy ${pct(r.accuracy)}%, ${r.postsPerSecond.toFixed(0)} posts/s, p99 ${(r.p99Ms * 1000).toFixed(0)} µs`];
  lines.push(`  violence (threat+incitement): P ${pct(r.violence.precision)} R ${pct(r.violence.recall)} F1 ${pct(r.violence.f1)} (support ${r.violence.support})`);
  for (const [c, m] of Object.entries(r.perCategory))
    if (m.support || m.fp) lines.push(`  ${c.padEnd(20)} P ${pct(m.precision)} R ${pct(m.recall)} F1 ${pct(m.f1)} (support ${m.support})`);
  return lines.join("\n");
}
