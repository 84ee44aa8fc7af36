// Turning detector scores into one outcome with the policy's per-category thresholds. The most severe
// outcome over all texts and categories wins; a label can ride along with publish or queue.
import type { Policy } from "./policy-store.js";

export type Outcome = "publish" | "label" | "queue" | "hold" | "reject";
const RANK: Record<Outcome, number> = { publish: 0, label: 1, queue: 2, hold: 3, reject: 4 };

export interface AnalysisLike {
  index: number;
  language: string;
  signals: { category: string; detector: string; version: string; score: number; spans: { start: number; end: number; text: string }[]; reason: string }[];
}

export interface Evidence {
  category: string;
  detector: string;
  version: string;
  score: number;
  threshold: number;
  outcome: Outcome;
  spans: { start: number; end: number; text: string }[];
  reason: string;
  language: string;
  textIndex: number;
}

export interface PolicyVerdict {
  outcome: Outcome;
  label: boolean;
  category: string;
  evidence: Evidence[];
}

function outcomeFor(policy: Policy, category: string, score: number): { outcome: Outcome; threshold: number } | null {
  const t = policy.thresholds[category];
  if (!t) return null;
  for (const o of ["reject", "hold", "queue", "label"] as const) {
    const th = t[o];
    if (th !== null && th !== undefined && score >= th) return { outcome: o, threshold: th };
  }
  return null;
}

export function applyThresholds(analyses: AnalysisLike[], policy: Policy): PolicyVerdict {
  let outcome: Outcome = "publish";
  let category = "";
  let label = false;
  const evidence: Evidence[] = [];
  for (const a of analyses) {
    for (const s of a.signals) {
      const hit = outcomeFor(policy, s.category, s.score);
      if (!hit) continue;
      // a statistical score alone has no words to show the author, so it queues rather than withholds
      if (s.detector.startsWith("classifier:") && !policy.classifierCanHold && (hit.outcome === "hold" || hit.outcome === "reject")) hit.outcome = "queue";
      evidence.push({ ...s, threshold: hit.threshold, outcome: hit.outcome, language: a.language, textIndex: a.index });
      if (hit.outcome === "label") label = true;
      const sev = (c: string) => policy.severity[c] ?? 0;
      if (RANK[hit.outcome] > RANK[outcome] || (RANK[hit.outcome] === RANK[outcome] && sev(s.category) > sev(category))) {
        outcome = hit.outcome;
        category = s.category;
      }
    }
  }
  evidence.sort((x, y) => RANK[y.outcome] - RANK[x.outcome] || y.score - x.score);
  return { outcome, label: label && outcome !== "hold" && outcome !== "reject", category, evidence };
}
