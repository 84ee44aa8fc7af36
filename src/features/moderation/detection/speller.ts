// Repairs deliberately misspelt key words ("jduíos", "jdíos", "m4tar", "todoslos") so a pack's patterns
// still see them: a token that is not a known word and is one typo away from exactly one key word becomes
// that word — a dropped letter, a doubled one, two neighbouring letters swapped, or a letter replaced by a
// key next to it on the keyboard (any other one-letter change more often makes another ordinary word:
// "cobrando" is not a typo of "cortando", nor "médico" of "medio"); a token that splits into two known words
// gets its space back, unless the second is an enclitic pronoun ("decirle"). Key words are a pack's own lexicon entries (groups, slurs, violent verbs);
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

const CLITICS = new Set(["le", "les", "lo", "los", "la", "las", "me", "te", "se", "nos", "os"]);
// keys next to each other on a Spanish keyboard (a typing slip replaces one with the other)
const ROWS = ["1234567890", "qwertyuiop", "asdfghjklñ", "zxcvbnm"];
const NEAR = new Map<string, Set<string>>();
for (let r = 0; r < ROWS.length; r++)
  for (let c = 0; c < ROWS[r].length; c++) {
    const near = new Set<string>();
    for (const [dr, dc] of [[0, -1], [0, 1], [-1, 0], [-1, 1], [1, 0], [1, -1]]) {
      const ch = ROWS[r + dr]?.[c + dc];
      if (ch) near.add(ch);
    }
    NEAR.set(ROWS[r][c], near);
  }
/** Is `t` the key `k` with two neighbouring letters swapped, or one letter replaced by a key next to it? */
function typo(t: string, k: string): boolean {
  if (t.length !== k.length) return false;
  const diff: number[] = [];
  for (let i = 0; i < t.length && diff.length <= 2; i++) if (t[i] !== k[i]) diff.push(i);
  if (diff.length === 2) return diff[1] === diff[0] + 1 && t[diff[0]] === k[diff[1]] && t[diff[1]] === k[diff[0]];
  return diff.length === 1 && (NEAR.get(k[diff[0]])?.has(t[diff[0]]) ?? false);
}

export function createSpeller(opts: SpellerOptions): (token: string) => string | undefined {
  const min = opts.minLength ?? 5;
  const keys = new Map<string, string>();
  for (const k of opts.keys) for (const w of k.split(" ")) if (w.length >= min) keys.set(stripDiacritics(w), w);
  const known = new Set<string>(keys.keys());
  for (const k of opts.known) for (const w of k.split(" ")) if (w) known.add(stripDiacritics(w));
  const del = new Map<string, string | null>(); // deletion variant → key (null when ambiguous)
  for (const [p, w] of keys) for (const d of deletions(p)) del.set(d, del.has(d) && del.get(d) !== w ? null : w);
  const splitOk = (x: string) => (x.length >= 2 || x === "a" || x === "y") && known.has(x);
  // a split must not take an enclitic pronoun for a word: "decirle", "conocerlos", "ayudándolos" are whole
  // words, not "decir le"
  const splitEndOk = (a: string, b: string) =>
    !(CLITICS.has(b) && /(?:r|ndo|[aei]d)$/.test(a));
  // the answer for a token never changes: remembered (a bounded cache, since tokens are unbounded), so
  // a view costs one lookup per word instead of its deletion variants
  const cache = new Map<string, string | undefined>();
  return (token: string) => {
    let r = cache.get(token);
    if (r === undefined && !cache.has(token)) {
      if (cache.size >= 50000) cache.clear();
      cache.set(token, (r = repair(token)));
    }
    return r;
  };
  function repair(token: string): string | undefined {
    if (token.length < 4 || /\d/.test(token)) return undefined;
    const t = stripDiacritics(token);
    if (known.has(t)) return undefined;
    const found = new Set<string>();
    if (t.length >= min - 1) {
      const d0 = del.get(t); // a letter was dropped
      if (d0) found.add(d0);
      if (t.length > min)
        for (let i = 0; i < t.length; i++) {
          const d = t.slice(0, i) + t.slice(i + 1);
          // a letter was added: only a doubled one ("mattar"); any other extra letter more often makes another
          // word ("médico" is not "medio" plus a letter)
          const k = keys.get(d);
          if (k && (t[i] === t[i - 1] || t[i] === t[i + 1])) found.add(k);
          // a letter was replaced or two were swapped: a swap, or a key next to the right one on the keyboard
          // ("cobrando" is not a typo of "cortando")
          const s = del.get(d);
          if (s && typo(t, stripDiacritics(s))) found.add(s);
        }
    }
    if (found.size === 1) return [...found][0];
    if (found.size === 0 && t.length >= 5)
      for (let i = 1; i < t.length - 1; i++) {
        const a = t.slice(0, i);
        const b = t.slice(i);
        if (splitOk(a) && splitOk(b) && splitEndOk(a, b)) return token.slice(0, i) + " " + token.slice(i);
      }
    return undefined;
  }
}
