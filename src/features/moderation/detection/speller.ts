// Repairs deliberately misspelt key words ("jduíos", "jdíos", "m4tar", "todoslos") so a pack's patterns
// still see them: a token that is not a known word and is one edit (deletion, insertion, substitution or
// transposition) from exactly one key word becomes that word; a token that splits into two known words
// gets its space back. Key words are a pack's own lexicon entries (groups, slurs, violent verbs);
// `known` holds ordinary words that must never be "corrected". Symmetric-deletion index: O(length) per token.
import { stripDiacritics } from "./normalize.js";

export interface SpellerOptions {
  /** words worth repairing (their accented spelling is what the repair writes) */
  keys: Iterable<string>;
  /** every other word the language pack knows, plus common words: never touched */
  known: Iterable<string>;
  /** shortest key word repaired when a letter is missing; other edits need a token one letter longer */
  minLength?: number;
}

const deletions = (w: string): string[] => {
  const out: string[] = [];
  for (let i = 0; i < w.length; i++) out.push(w.slice(0, i) + w.slice(i + 1));
  return out;
};

export function createSpeller(opts: SpellerOptions): (token: string) => string | undefined {
  const min = opts.minLength ?? 5;
  const keys = new Map<string, string>();
  for (const k of opts.keys) for (const w of k.split(" ")) if (w.length >= min) keys.set(stripDiacritics(w), w);
  const known = new Set<string>(keys.keys());
  for (const k of opts.known) for (const w of k.split(" ")) if (w) known.add(stripDiacritics(w));
  const del = new Map<string, string | null>(); // deletion variant → key (null when ambiguous)
  for (const [p, w] of keys) for (const d of deletions(p)) del.set(d, del.has(d) && del.get(d) !== w ? null : w);
  const splitOk = (x: string) => (x.length >= 2 || x === "a" || x === "y") && known.has(x);
  return (token: string) => {
    if (token.length < 4 || /\d/.test(token)) return undefined;
    const t = stripDiacritics(token);
    if (known.has(t)) return undefined;
    const found = new Set<string>();
    if (t.length >= min - 1) {
      const d0 = del.get(t); // a letter was dropped
      if (d0) found.add(d0);
      if (t.length > min)
        for (const d of deletions(t)) {
          const k = keys.get(d); // a letter was added
          if (k) found.add(k);
          const s = del.get(d); // a letter was replaced, or two were swapped
          if (s) found.add(s);
        }
    }
    if (found.size === 1) return [...found][0];
    if (found.size === 0 && t.length >= 5)
      for (let i = 1; i < t.length - 1; i++) {
        const a = t.slice(0, i);
        const b = t.slice(i);
        if (splitOk(a) && splitOk(b)) return token.slice(0, i) + " " + token.slice(i);
      }
    return undefined;
  };
}
