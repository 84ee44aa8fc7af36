// Shared types of the detection engine. Kept dependency-free so packs, the classifier and the policy
// can import them without pulling in each other.

export const CATEGORIES = [
  "violence_threat",
  "violence_incitement",
  "hate",
  "harassment",
  "sexual",
  "self_harm",
  "spam",
] as const;
export type Category = (typeof CATEGORIES)[number];

/** A piece of evidence in ORIGINAL text coordinates (UTF-16 code units, end exclusive). */
export interface Span {
  start: number;
  end: number;
  text: string;
}

export interface Signal {
  category: Category;
  /** which detector produced it, e.g. "patterns:en/threat.direct" or "classifier:vi" */
  detector: string;
  version: string;
  /** 0..1, after mitigations (negation, reporting, idioms …) */
  score: number;
  spans: Span[];
  reason: string;
}

export interface Analysis {
  language: string;
  signals: Signal[];
  scores: Record<Category, number>;
}

export function emptyScores(): Record<Category, number> {
  return {
    violence_threat: 0,
    violence_incitement: 0,
    hate: 0,
    harassment: 0,
    sexual: 0,
    self_harm: 0,
    spam: 0,
  };
}
