// Policy: per-category thresholds turn an Analysis into one outcome. The default never rejects:
// clear violence is held for a human (nothing is lost), borderline content is published and queued.
import { CATEGORIES, type Analysis, type Category } from "./types.js";

export type Outcome = "publish" | "label" | "queue" | "hold" | "reject";
const SEVERITY: Record<Outcome, number> = { publish: 0, label: 1, queue: 2, hold: 3, reject: 4 };

/** Minimum score for each outcome; omit (or null) to never take that outcome for the category. */
export type Thresholds = Partial<Record<Exclude<Outcome, "publish">, number | null>>;

export interface Policy {
  version: string;
  categories: Partial<Record<Category, Thresholds>>;
}

export const DEFAULT_POLICY: Policy = {
  version: "default-1",
  categories: {
    violence_threat: { queue: 0.4, hold: 0.7, reject: null },
    violence_incitement: { queue: 0.4, hold: 0.7, reject: null },
    hate: { queue: 0.6, hold: 0.85, reject: null },
    harassment: { queue: 0.6, hold: 0.95, reject: null },
    sexual: { label: 0.5, queue: 0.8 },
    self_harm: { queue: 0.5 }, // published (support resources are a UI matter) but a human looks
    spam: { label: 0.5, queue: 0.8 },
  },
};

export interface Decision {
  outcome: Outcome;
  /** the category that determined the outcome, null when published */
  category: Category | null;
  reasons: string[];
  policyVersion: string;
}

/** The outcome the policy gives one category at a score. */
export function categoryOutcome(policy: Policy, c: Category, score: number): Outcome {
  const th = policy.categories[c];
  if (!th || score <= 0) return "publish";
  for (const cand of ["reject", "hold", "queue", "label"] as const) {
    const t = th[cand];
    if (t != null && score >= t) return cand;
  }
  return "publish";
}

/** Is the outcome at least as severe as `min` ("queue or above")? */
export const atLeast = (o: Outcome, min: Outcome): boolean => SEVERITY[o] >= SEVERITY[min];

export function decide(analysis: Analysis, policy: Policy = DEFAULT_POLICY): Decision {
  let outcome: Outcome = "publish";
  let category: Category | null = null;
  let topScore = -1;
  const reasons: string[] = [];
  for (const c of CATEGORIES) {
    const th = policy.categories[c];
    const score = analysis.scores[c] ?? 0;
    if (!th || score <= 0) continue;
    const o = categoryOutcome(policy, c, score);
    if (o === "publish") continue;
    const best = analysis.signals.filter((s) => s.category === c).sort((a, b) => b.score - a.score)[0];
    reasons.push(`${c} ${score.toFixed(2)} → ${o}${best ? `: ${best.reason} [${best.detector}]` : ""}`);
    if (SEVERITY[o] > SEVERITY[outcome] || (SEVERITY[o] === SEVERITY[outcome] && score > topScore)) {
      outcome = o;
      category = c;
      topScore = score;
    }
  }
  return { outcome, category, reasons, policyVersion: policy.version };
}
