// Evaluation of the full pipeline (detector + policy) on any labelled CSV: gold labels are mapped to our
// categories ("offensive" → harassment, "0" → none …); the prediction is the most severe category the
// policy does not simply publish. Reports precision/recall/F1 per category and per language, macro-F1 over
// the gold classes, the confusion matrix, throughput and latency. Used by `rostra moderation eval`,
// scripts/moderation/eval-ci.ts and the tests.
import type { Detector } from "./detect.js";
import type { Prf } from "./eval.js";
import { categoryOutcome, DEFAULT_POLICY, type Policy } from "./policy.js";
import { CATEGORIES, type Analysis, type Category } from "./types.js";

export type Gold = Category | "none";
export interface LabelledRow {
  text: string;
  gold: Gold;
  language?: string;
}
export type { Prf };
export interface LabelledReport {
  n: number;
  accuracy: number;
  /** macro-F1 over the classes present in the gold labels (including "none") */
  macroF1: number;
  classes: Gold[];
  perCategory: Record<string, Prf>;
  /** violence_threat and violence_incitement together */
  violence: Prf;
  perLanguage: Record<string, { n: number; accuracy: number; macroF1: number; violence: Prf; perCategory: Record<string, Prf> }>;
  confusion: Record<string, Record<string, number>>;
  postsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  errors: Array<{ text: string; gold: Gold; predicted: Gold; language: string }>;
}

// When several categories pass, the most severe is the post's label.
export const SEVERITY_ORDER: Category[] = ["violence_threat", "violence_incitement", "self_harm", "hate", "harassment", "sexual", "spam"];
const VIOLENCE = new Set<string>(["violence_threat", "violence_incitement"]);

/** The category the pipeline acts on: the most severe one whose policy outcome is not "publish". */
export function predictedCategory(a: Analysis, policy: Policy = DEFAULT_POLICY): Gold {
  for (const c of SEVERITY_ORDER) if (categoryOutcome(policy, c, a.scores[c]) !== "publish") return c;
  return "none";
}

/** Fold a predicted category onto the gold label set: violence counts as hate when the gold labels have
 *  no violence class (ViHSD's "hate" covers calls to violence), anything else unknown becomes "none". */
export function fold(p: Gold, classes: ReadonlySet<Gold>): Gold {
  if (classes.has(p)) return p;
  if (VIOLENCE.has(p)) {
    if (classes.has("hate")) return "hate";
    const other = p === "violence_threat" ? "violence_incitement" : "violence_threat";
    if (classes.has(other)) return other;
  }
  return classes.has("none") ? "none" : p;
}

export function prf(tp: number, fp: number, fn: number): Prf {
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { tp, fp, fn, support: tp + fn, precision, recall, f1 };
}

interface Pair {
  gold: Gold;
  pred: Gold;
  raw: Gold;
}
function score(pairs: Pair[], classes: Gold[]) {
  const perCategory: Record<string, Prf> = {};
  for (const c of new Set<Gold>([...classes, ...pairs.map((p) => p.pred)])) {
    if (c === "none") continue;
    let tp = 0, fp = 0, fn = 0;
    for (const p of pairs) {
      if (p.pred === c && p.gold === c) tp++;
      else if (p.pred === c) fp++;
      else if (p.gold === c) fn++;
    }
    perCategory[c] = prf(tp, fp, fn);
  }
  const f1Of = (c: Gold) => {
    if (c !== "none") return perCategory[c].f1;
    let tp = 0, fp = 0, fn = 0;
    for (const p of pairs) (p.pred === "none" && p.gold === "none" ? tp++ : p.pred === "none" ? fp++ : p.gold === "none" ? fn++ : 0);
    return prf(tp, fp, fn).f1;
  };
  let vtp = 0, vfp = 0, vfn = 0;
  for (const p of pairs) {
    const g = VIOLENCE.has(p.gold), v = VIOLENCE.has(p.raw);
    if (g && v) vtp++;
    else if (v) vfp++;
    else if (g) vfn++;
  }
  const accuracy = pairs.length ? pairs.filter((p) => p.gold === p.pred).length / pairs.length : 1;
  const macroF1 = classes.length ? classes.reduce((s, c) => s + f1Of(c), 0) / classes.length : 0;
  return { perCategory, accuracy, macroF1, violence: prf(vtp, vfp, vfn) };
}

export function evaluateLabelled(detector: Detector, rows: LabelledRow[], policy: Policy = DEFAULT_POLICY): LabelledReport {
  const classes = [...new Set(rows.map((r) => r.gold))].sort() as Gold[];
  const classSet = new Set(classes);
  const pairs: Array<Pair & { language: string; text: string }> = [];
  const lat: number[] = [];
  const t0 = performance.now();
  for (const r of rows) {
    const a0 = performance.now();
    const a = detector.analyze(r.text, r.language ? { language: r.language } : {});
    lat.push(performance.now() - a0);
    const raw = predictedCategory(a, policy);
    pairs.push({ gold: r.gold, raw, pred: fold(raw, classSet), language: r.language ?? a.language, text: r.text });
  }
  const total = performance.now() - t0;
  lat.sort((x, y) => x - y);
  const q = (f: number) => (lat.length ? lat[Math.min(lat.length - 1, Math.floor(lat.length * f))] : 0);
  const labels = [...new Set<Gold>(["none", ...classes, ...CATEGORIES.filter((c) => pairs.some((p) => p.pred === c))])];
  const confusion: LabelledReport["confusion"] = {};
  for (const g of classes) confusion[g] = Object.fromEntries(labels.map((l) => [l, 0]));
  for (const p of pairs) confusion[p.gold][p.pred] = (confusion[p.gold][p.pred] ?? 0) + 1;
  const perLanguage: LabelledReport["perLanguage"] = {};
  for (const lang of new Set(pairs.map((p) => p.language))) {
    const sub = pairs.filter((p) => p.language === lang);
    const s = score(sub, classes.filter((c) => sub.some((p) => p.gold === c)));
    perLanguage[lang] = { n: sub.length, accuracy: s.accuracy, macroF1: s.macroF1, violence: s.violence, perCategory: s.perCategory };
  }
  const all = score(pairs, classes);
  return {
    n: rows.length, accuracy: all.accuracy, macroF1: all.macroF1, classes, perCategory: all.perCategory,
    violence: all.violence, perLanguage, confusion, postsPerSecond: rows.length / Math.max(total / 1000, 1e-9),
    p50Ms: q(0.5), p99Ms: q(0.99),
    errors: pairs.filter((p) => p.gold !== p.pred).map((p) => ({ text: p.text, gold: p.gold, predicted: p.pred, language: p.language })),
  };
}

/** "hate=hate,offensive=harassment,0=none" → map; gold labels that are already categories map to themselves. */
export function parseLabelMap(spec: string | undefined): (label: string) => Gold {
  const m = new Map<string, Gold>();
  for (const part of (spec ?? "").split(",").filter(Boolean)) {
    const [k, v] = part.split("=").map((x) => x.trim());
    if (!k || !v) throw new Error(`bad --map entry "${part}" (expected label=category)`);
    if (v !== "none" && !(CATEGORIES as readonly string[]).includes(v)) throw new Error(`unknown category "${v}" in --map`);
    m.set(k, v as Gold);
  }
  return (label: string) => {
    const l = label.trim();
    const v = m.get(l) ?? m.get(l.toLowerCase());
    if (v) return v;
    if (l === "none" || l === "clean" || l === "" || (CATEGORIES as readonly string[]).includes(l)) return (l === "clean" || l === "" ? "none" : l) as Gold;
    throw new Error(`label "${label}" is not a category; add it to --map (e.g. --map ${l}=hate)`);
  };
}
