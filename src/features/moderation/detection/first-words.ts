// The words a match of a regex can begin with (its first word, and where the pattern pins it down the
// beginning of the second): matcher.ts tries a part, or runs a regex at all, only where a text's words fit.
import { stripDiacritics } from "./normalize.js";
import { B0, type Node, WORD_CHAR } from "./regex-parse.js";

// ── the words a match can begin with ──
// Keys on the first word of a match (diacritic-free, as in `plain`), and where the pattern pins it down
// the beginning of the second one: a part that starts "la película" is only tried where "la" is
// followed by a word starting "peli", not at every "la".
export interface FirstSet {
  /** the first word, whole */
  e1: Set<string>;
  /** beginnings of the first word (a letter of any kind may follow) */
  p1: Set<string>;
  p1Lengths: number[];
  /** "first second": the first word whole, then (after spaces only) the second whole, or its beginning */
  e2: Set<string>;
  p2: Set<string>;
  p2Lengths: number[];
  /** the same two-word keys by first word, and the one-word answer by word (asked again and again: a bounded
   *  cache), so that a check needs no string building */
  two: Map<string, { e: Set<string>; p: Set<string>; lengths: number[] }>;
  one: Map<string, boolean>;
  /** 256 bits by the first two letters of a key (see bucketOf): a word whose bit is clear cannot fit, and
   *  most words of a post are turned away by this test alone */
  mask: Uint32Array;
}

/** A bucket of the first two letters of a word (0–255). */
export function bucketOf(w: string): number {
  return (w.charCodeAt(0) * 31 + (w.length > 1 ? w.charCodeAt(1) : 0)) & 255;
}

/** letters of a first word tracked (a longer one is keyed on its beginning) */
export const MAX_WORD = 24;
/** letters of the second word keyed on */
export const SECOND_LEN = 4;
export const MAX_STATES = 60000;

export class Wild extends Error {}
export class TooMany extends Error {}

export const isSpaceChar = (ch: string) => /^\s$/u.test(ch);

/** The first words of any match of `n`, or null when a match can begin anywhere. */
export function firstWords(n: Node, twoWords = true): FirstSet | null {
  const e1 = new Set<string>();
  const p1 = new Set<string>();
  const e2 = new Set<string>();
  const p2 = new Set<string>();
  // a state: "1" + first word so far, or "2" + first word + "\u0001" + second word so far
  const word1 = (s: string) => (s[0] === "1" ? s.slice(1) : s.slice(1, s.indexOf("\u0001")));
  const word2 = (s: string) => s.slice(s.indexOf("\u0001") + 1);
  const sets = [e1, p1, e2, p2];
  // every key found while a group's result is being worked out is also recorded for that result, so a
  // later use of the same group (in this pattern or another one) replays them instead of recomputing
  const recorders: Array<Array<[number, string]>> = [];
  // > 0 while a result relative to any first word is worked out (see "group" below): its keys hold a
  // placeholder and are only recorded, never kept as they are
  let muted = 0;
  const emit = (kind: number, key: string) => {
    if (muted === 0) sets[kind].add(key);
    for (const r of recorders) r.push([kind, key]);
  };
  const close1 = (w: string) => {
    if (w === "") throw new Wild();
    emit(0, w);
  };
  const open1 = (w: string) => {
    if (w === "") throw new Wild();
    emit(1, w);
  };
  let states = 0;
  const extend = (s: string, ch: string, out: Set<string>) => {
    const word = WORD_CHAR.test(ch);
    if (s[0] === "1") {
      const w = s.slice(1);
      if (word) {
        const t = w + stripDiacritics(ch);
        if (t.length > MAX_WORD) open1(t.slice(0, MAX_WORD));
        else out.add("1" + t);
      } else if (w !== "" && twoWords && isSpaceChar(ch)) out.add("2" + w + "\u0001");
      else close1(w);
    } else {
      const w = word1(s);
      const v = word2(s);
      if (word) {
        const t = v + stripDiacritics(ch);
        if (t.length >= SECOND_LEN) emit(3, w + " " + t.slice(0, SECOND_LEN));
        else out.add("2" + w + "\u0001" + t);
      } else if (v === "") {
        if (isSpaceChar(ch)) out.add(s);
        else close1(w);
      } else emit(2, w + " " + v);
    }
    if (++states > MAX_STATES) throw new TooMany();
  };
  // a character we cannot list: a letter of any kind (`word`) and/or anything else (`nonword`)
  const unknown = (s: string, word: boolean, nonword: boolean) => {
    if (s[0] === "1") {
      const w = s.slice(1);
      if (word) open1(w);
      if (nonword) close1(w);
    } else {
      const w = word1(s);
      const v = word2(s);
      if (v === "") close1(w);
      else {
        if (word) emit(3, w + " " + v);
        if (nonword) emit(2, w + " " + v);
      }
    }
  };
  const memoMode = twoWords ? "2" : "1";
  const step = (node: Node, ins: Set<string>): Set<string> => {
    if (ins.size === 0) return ins;
    switch (node.t) {
      case "zw":
        return ins;
      case "char": {
        const out = new Set<string>();
        for (const s of ins) extend(s, node.ch, out);
        return out;
      }
      case "set": {
        const out = new Set<string>();
        for (const s of ins) {
          if (node.chars) for (const ch of node.chars) extend(s, ch, out);
          else unknown(s, node.word, node.nonword);
        }
        return out;
      }
      case "seq": {
        let cur = ins;
        for (const x of node.items) cur = step(x, cur);
        return cur;
      }
      case "alt": {
        const out = new Set<string>();
        for (const a of node.alts) for (const s of step(a, ins)) out.add(s);
        return out;
      }
      case "group": {
        // memoised per (group text, state), across patterns: factored lexicons reach the same suffix group
        // many times, and every rule spells out the same lexicons
        const key = memoMode + node.src;
        let m = GROUP_MEMO.get(key);
        if (!m) GROUP_MEMO.set(key, (m = new Map()));
        const memo = m;
        const out = new Set<string>();
        const entry = (s: string, mute: boolean) => {
          let r = memo.get(s);
          if (!r) {
            const rec: Array<[number, string]> = [];
            recorders.push(rec);
            if (mute) muted++;
            let states: Set<string>;
            try {
              states = step(node.body, new Set([s]));
            } catch (e) {
              if (e instanceof Wild) memo.set(s, { out: [], emits: [], wild: true });
              throw e;
            } finally {
              recorders.pop();
              if (mute) muted--;
            }
            memo.set(s, (r = { out: [...states], emits: rec }));
            return { r, fresh: true };
          }
          if (r.wild) throw new Wild();
          return { r, fresh: false };
        };
        // past the first word, what a group does depends only on the second word so far: worked out once per
        // second word with a placeholder for the first, then applied to every first word that reached it
        const second = new Map<string, string[]>();
        for (const s of ins) {
          if (s[0] === "2" && s[1] !== PLACEHOLDER) {
            const v = word2(s);
            let ws = second.get(v);
            if (!ws) second.set(v, (ws = []));
            ws.push(word1(s));
            continue;
          }
          const { r, fresh } = entry(s, false);
          if (!fresh) for (const [kind, k] of r.emits) emit(kind, k);
          for (const x of r.out) out.add(x);
        }
        for (const [v, ws] of second) {
          const { r } = entry("2" + PLACEHOLDER + "\u0001" + v, true);
          for (const w of ws) {
            for (const [kind, k] of r.emits) emit(kind, k.replace(PLACEHOLDER, w));
            for (const x of r.out) out.add(x.replace(PLACEHOLDER, w));
          }
        }
        return out;
      }
      case "quant": {
        // repetitions until no new state appears (states are bounded, so this ends)
        let cur = ins;
        for (let k = 0; k < node.min && cur.size; k++) {
          const next = step(node.node, cur);
          if (setEq(next, cur)) break;
          cur = next;
        }
        const out = new Set(cur);
        let frontier = cur;
        for (let k = node.min; k < node.max && frontier.size; k++) {
          const next = new Set<string>();
          for (const s of step(node.node, frontier)) if (!out.has(s)) (out.add(s), next.add(s));
          frontier = next;
        }
        return out;
      }
    }
  };
  try {
    // the end of the pattern: the first word may go on, or the second one
    for (const s of step(n, new Set(["1"]))) {
      if (s[0] === "1") open1(s.slice(1));
      else if (word2(s) === "") close1(word1(s));
      else emit(3, word1(s) + " " + word2(s));
    }
  } catch (e) {
    if (e instanceof Wild) return null;
    if (e instanceof TooMany && twoWords) return firstWords(n, false);
    throw e;
  }
  const lengths = (xs: Iterable<string>, cut: (x: string) => number) => [...new Set([...xs].map(cut))].sort((a, b) => a - b);
  const two = new Map<string, { e: Set<string>; p: Set<string>; lengths: number[] }>();
  const entry = (k: string) => {
    const w = k.slice(0, k.indexOf(" "));
    let t = two.get(w);
    if (!t) two.set(w, (t = { e: new Set(), p: new Set(), lengths: [] }));
    return [t, k.slice(w.length + 1)] as const;
  };
  for (const k of e2) {
    const [t, v] = entry(k);
    t.e.add(v);
  }
  for (const k of p2) {
    const [t, v] = entry(k);
    t.p.add(v);
  }
  for (const t of two.values()) t.lengths = lengths(t.p, (x) => x.length);
  const mask = new Uint32Array(8);
  const mark = (w: string) => {
    const b = bucketOf(w);
    mask[b >>> 5] |= 1 << (b & 31);
  };
  for (const w of e1) mark(w);
  for (const w of two.keys()) mark(w);
  // a one-letter beginning fits words of any second letter: every bucket
  if ([...p1].some((x) => x.length === 1)) mask.fill(0xffffffff);
  else for (const w of p1) mark(w);
  return { e1, p1, p1Lengths: lengths(p1, (x) => x.length), e2, p2, p2Lengths: lengths(p2, (x) => x.length - x.indexOf(" ") - 1), two, one: new Map(), mask };
}
// stands for "any first word" in results worked out once for all first words (see firstWords)
export const PLACEHOLDER = "\u0002";
// results of groups by their text and input state (see firstWords); built once, while packs compile
export const GROUP_MEMO = new Map<string, Map<string, { out: string[]; emits: Array<[number, string]>; wild?: boolean }>>();
export const setEq = (a: Set<string>, b: Set<string>) => a.size === b.size && [...a].every((x) => b.has(x));

/** Can a match begin at a word `word` (its letter run) followed, after spaces only, by `next`? */
export function firstFits(f: FirstSet, word: string, next: string | null, bucket = bucketOf(word)): boolean {
  if (((f.mask[bucket >>> 5] >>> (bucket & 31)) & 1) === 0) return false;
  let one = f.one.get(word);
  if (one === undefined) {
    one = f.e1.has(word);
    for (const l of f.p1Lengths) {
      if (one || l > word.length) break;
      one = f.p1.has(l === word.length ? word : word.slice(0, l));
    }
    if (f.one.size >= 5000) f.one.clear();
    f.one.set(word, one);
  }
  if (one) return true;
  if (next === null) return false;
  const t = f.two.get(word);
  if (!t) return false;
  if (t.e.has(next)) return true;
  for (const l of t.lengths) {
    if (l > next.length) break;
    if (t.p.has(l === next.length ? next : next.slice(0, l))) return true;
  }
  return false;
}

/** Does every match begin (after other zero-width assertions) with the word boundary "<"? */
export function startsAtWord(n: Node, src: string): boolean {
  if (n.t === "alt") return n.alts.every((x) => startsAtWord(x, src));
  if (n.t === "group" && n.kind === "nc") return startsAtWord(n.body, src);
  if (n.t !== "seq") return false;
  for (const x of n.items) {
    if (x.t === "zw") {
      if (src.slice(x.a, x.b) === B0) return true;
      continue;
    }
    return x.t === "group" && x.kind === "nc" && startsAtWord(x.body, src);
  }
  return false;
}
