// What a language pack provides. A pack is data plus small functions; the engine (../engine.ts) runs it.
import type { Normalized } from "../normalize.js";
import type { Category } from "../types.js";

export interface PatternRule {
  id: string;
  category: Category;
  /** base score before mitigations */
  score: number;
  reason: string;
  /** global+unicode regex over the pack's view of the text */
  re: RegExp;
  /** name(s) of pack triggers that must all match first (cheap prefilter, keeps analyze() fast) */
  trigger?: string | readonly string[];
  /** words a match can begin with; when given, the regex is tried only at those words (speed) */
  start?: readonly string[];
  /** further regexes that must all match in the same sentence (e.g. time + place + weapons) */
  requires?: RegExp[];
  /** regexes that must match somewhere in the post (e.g. a group named in an earlier sentence that
   *  a pronoun or a dropped subject refers back to: "Conozco a muchos X. Son unas ratas.") */
  requiresPost?: RegExp[];
  /** mitigation kinds that do not apply (e.g. self-harm is not "negated" by a reporting cue) */
  immune?: MitigationKind[];
}

export type MitigationKind = "negation" | "reporting" | "idiom" | "context" | "counter";

export interface Mitigator {
  id: string;
  kind: MitigationKind;
  re: RegExp;
  /** multiplier applied to the rule score when the cue is present */
  factor: number;
  /**
   * before: between the start of the sentence (at most `window` chars back) and the end of the match;
   * span: a cue match overlapping the rule match (idioms such as "kill time");
   * sentence / post: anywhere in the sentence / the whole post.
   */
  where: "before" | "span" | "sentence" | "post";
  window?: number;
  reason: string;
}

export interface LanguagePack {
  code: string;
  name: string;
  version: string;
  /** how much the (normalised) text looks like this language: a ratio comparable across packs (the best
   *  one wins; ≥ 0.45 also runs a pack as secondary), not capped at 1 */
  detect(n: Normalized): number;
  /** language-specific normalisation (e.g. Vietnamese teencode); defaults to the shared one */
  view?(n: Normalized): Normalized;
  /** named word lists; a rule with `trigger` only runs when one of its words occurs (cheap prefilter) */
  triggers: Record<string, readonly string[]>;
  rules: PatternRule[];
  mitigators: Mitigator[];
  /** clause delimiters (global regex): negation before one does not negate the match after it */
  clause?: RegExp;
  /** word classes the classifier sees as extra features (see ../classifier/features.ts) */
  classifierCues?: ReadonlyMap<string, string>;
  /** counter-speech: a speech verb before the match ("saying …") or quotes, plus condemnation */
  counter: { speech: RegExp; condemn: RegExp };
}
