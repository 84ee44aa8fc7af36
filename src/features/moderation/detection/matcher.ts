// Runs a compiled pattern (a global, Unicode regex) fast without changing what it matches.
//
// Why: the Spanish rules are alternations of tens of kilobytes, and V8 stops optimising a regex whose
// source is longer than 20 KB (no quick checks: every alternative is tried in turn at every position),
// so a single attempt cost microseconds and a scan of a post hundreds of them. Two exact rewrites fix it:
//   1. the top-level alternation `<(?:A|B|C)>` is split into parts `<A>`, `<B>`, `<C>` (only where
//      everything around it is zero-width, so the parts match exactly what the whole did, and in the
//      same order of preference);
//   2. each part learns the words a match can begin with (the first letters of every way it can start,
//      and of the word after it) and is only tried, as a sticky regex, at the word starts that fit.
// A part whose beginning cannot be pinned down (a wildcard, no leading word boundary) is scanned as
// before. Leftmost-first order across parts reproduces the original match exactly: at each position
// the parts are tried in their original order and the first one that matches wins, as the alternation
// did; a scan takes the lowest position any part matches at.
import { stripDiacritics } from "./normalize.js";

const WORD_CHAR = /^[\p{L}\p{N}]$/u;
const B0 = "(?<![\\p{L}\\p{N}_])";

// ── a small parser for the regex syntax our pattern compiler emits (and plain hand-written regexes) ──
type Node =
  | { t: "seq"; items: Node[]; a: number; b: number }
  | { t: "alt"; alts: Node[]; a: number; b: number }
  | { t: "group"; kind: "nc" | "cap" | "look"; body: Node; a: number; b: number; src: string }
  | { t: "char"; ch: string; a: number; b: number }
  | { t: "set"; chars: string[] | null; word: boolean; nonword: boolean; a: number; b: number }
  | { t: "zw"; a: number; b: number }
  | { t: "quant"; node: Node; min: number; max: number; a: number; b: number };

class Unsupported extends Error {}

function parse(src: string): Node {
  let i = 0;
  const peek = () => src[i];
  function alt(): Node {
    const a = i;
    const alts: Node[] = [seq()];
    while (peek() === "|") {
      i++;
      alts.push(seq());
    }
    return alts.length === 1 ? alts[0] : { t: "alt", alts, a, b: i };
  }
  function seq(): Node {
    const a = i;
    const items: Node[] = [];
    while (i < src.length && peek() !== "|" && peek() !== ")") items.push(quantified(atom()));
    return { t: "seq", items, a, b: i };
  }
  function quantified(n: Node): Node {
    const a = n.a;
    for (;;) {
      const c = peek();
      let min: number;
      let max: number;
      if (c === "*") (min = 0), (max = Infinity), i++;
      else if (c === "+") (min = 1), (max = Infinity), i++;
      else if (c === "?") (min = 0), (max = 1), i++;
      else if (c === "{" && /^\{\d+(?:,\d*)?\}/.test(src.slice(i, i + 12))) {
        const m = /^\{(\d+)(?:(,)(\d*))?\}/.exec(src.slice(i))!;
        min = Number(m[1]);
        max = m[2] ? (m[3] ? Number(m[3]) : Infinity) : min;
        i += m[0].length;
      } else return n;
      if (peek() === "?") i++; // lazy: the same set of strings
      n = { t: "quant", node: n, min, max, a, b: i };
    }
  }
  function atom(): Node {
    const a = i;
    const c = src[i];
    if (c === "(") {
      i++;
      let kind: "nc" | "cap" | "look" = "cap";
      if (src.startsWith("?:", i)) (kind = "nc"), (i += 2);
      else if (src.startsWith("?=", i) || src.startsWith("?!", i)) (kind = "look"), (i += 2);
      else if (src.startsWith("?<=", i) || src.startsWith("?<!", i)) (kind = "look"), (i += 3);
      else if (src.startsWith("?<", i)) {
        const e = src.indexOf(">", i);
        i = e + 1;
      } else if (src[i] === "?") throw new Unsupported("group");
      const body = alt();
      if (src[i] !== ")") throw new Unsupported("unbalanced");
      i++;
      return kind === "look" ? { t: "zw", a, b: i } : { t: "group", kind, body, a, b: i, src: src.slice(a, i) };
    }
    if (c === "[") return charClass();
    if (c === "\\") return escape(false);
    if (c === "^" || c === "$") return i++, { t: "zw", a, b: i };
    if (c === ".") return i++, { t: "set", chars: null, word: true, nonword: true, a, b: i };
    const cp = src.codePointAt(i)!;
    const ch = String.fromCodePoint(cp);
    i += ch.length;
    return { t: "char", ch, a, b: i };
  }
  // an escape, as an atom or inside a class
  function escape(inClass: boolean): Node {
    const a = i;
    const e = src[i + 1];
    i += 2;
    const set = (chars: string[] | null, word: boolean, nonword: boolean): Node => ({ t: "set", chars, word, nonword, a, b: i });
    switch (e) {
      case "p":
      case "P": {
        const close = src.indexOf("}", i);
        const prop = src.slice(i + 1, close);
        i = close + 1;
        // \p{L}, \p{N}, \p{M} … : letters or digits only when positive and L/N; anything else may be either
        const wordy = e === "p" && /^(?:L|Letter|N|Number|Lu|Ll|Lt|Lm|Lo|Nd|Nl|No)$/.test(prop);
        return set(null, true, !wordy);
      }
      case "d":
        return set("0123456789".split(""), true, false);
      case "s":
        return set([" ", "\t", "\n", "\r", "\f", "\v"], false, true);
      case "S":
      case "w":
      case "W":
      case "D":
        return set(null, true, true);
      case "b":
      case "B":
        if (inClass) return set(["\b"], false, true);
        return { t: "zw", a, b: i };
      case "n":
        return set(["\n"], false, true);
      case "t":
        return set(["\t"], false, true);
      case "r":
        return set(["\r"], false, true);
      case "f":
        return set(["\f"], false, true);
      case "v":
        return set(["\v"], false, true);
      case "u": {
        let hex: string;
        if (src[i] === "{") {
          const close = src.indexOf("}", i);
          hex = src.slice(i + 1, close);
          i = close + 1;
        } else {
          hex = src.slice(i, i + 4);
          i += 4;
        }
        return { t: "char", ch: String.fromCodePoint(parseInt(hex, 16)), a, b: i };
      }
      case "x": {
        const hex = src.slice(i, i + 2);
        i += 2;
        return { t: "char", ch: String.fromCodePoint(parseInt(hex, 16)), a, b: i };
      }
      case "k":
        throw new Unsupported("backreference");
      default:
        if (/[1-9]/.test(e)) throw new Unsupported("backreference");
        if (e === "0") return { t: "char", ch: "\0", a, b: i };
        if (e === undefined) throw new Unsupported("trailing backslash");
        {
          const cp = src.codePointAt(a + 1)!;
          const ch = String.fromCodePoint(cp);
          i = a + 1 + ch.length;
          return { t: "char", ch, a, b: i };
        }
    }
  }
  function charClass(): Node {
    const a = i;
    i++;
    let negated = false;
    if (src[i] === "^") (negated = true), i++;
    let chars: string[] | null = [];
    let word = false;
    let nonword = false;
    const add = (ch: string) => {
      chars?.push(ch);
      if (WORD_CHAR.test(ch)) word = true;
      else nonword = true;
    };
    let prev: string | null = null;
    while (i < src.length && src[i] !== "]") {
      let n: Node;
      if (src[i] === "\\") n = escape(true);
      else {
        const ch = String.fromCodePoint(src.codePointAt(i)!);
        n = { t: "char", ch, a: i, b: i + ch.length };
        i += ch.length;
      }
      if (n.t === "char" && src[i] === "-" && src[i + 1] !== "]" && i + 1 < src.length) {
        // a range
        i++;
        let hi: Node;
        if (src[i] === "\\") hi = escape(true);
        else {
          const ch = String.fromCodePoint(src.codePointAt(i)!);
          hi = { t: "char", ch, a: i, b: i + ch.length };
          i += ch.length;
        }
        if (hi.t !== "char") throw new Unsupported("class range");
        const lo = n.ch.codePointAt(0)!;
        const up = hi.ch.codePointAt(0)!;
        if (up - lo > 256) {
          chars = null;
          word = nonword = true;
        } else for (let x = lo; x <= up; x++) add(String.fromCodePoint(x));
        prev = null;
        continue;
      }
      if (n.t === "char") add(n.ch);
      else if (n.t === "set") {
        if (n.chars && chars) for (const ch of n.chars) add(ch);
        else {
          chars = null;
          if (n.word) word = true;
          if (n.nonword) nonword = true;
        }
      } else throw new Unsupported("class member");
      prev = null;
    }
    void prev;
    if (src[i] !== "]") throw new Unsupported("unterminated class");
    i++;
    if (negated) return { t: "set", chars: null, word: true, nonword: true, a, b: i };
    return { t: "set", chars, word, nonword, a, b: i };
  }
  const n = alt();
  if (i !== src.length) throw new Unsupported("trailing input");
  return n;
}

// ── splitting the top-level alternation ──
const isZeroWidth = (n: Node): boolean => n.t === "zw" || (n.t === "seq" && n.items.every(isZeroWidth));

/** The sources of the alternatives of `n`, each a complete pattern matching what the whole matches
 *  through that alternative, in order; [whole] when no exact split exists. */
function splitTop(src: string, n: Node, prefix = "", suffix = ""): string[] {
  if (n.t === "alt") return n.alts.flatMap((x) => splitTop(src, x, prefix, suffix));
  if (n.t === "group" && n.kind === "nc") return splitTop(src, n.body, prefix, suffix);
  if (n.t === "seq") {
    const inner = n.items.filter((x) => !isZeroWidth(x));
    if (inner.length === 1 && (inner[0].t === "alt" || (inner[0].t === "group" && inner[0].kind === "nc"))) {
      const k = n.items.indexOf(inner[0]);
      const pre = n.items.slice(0, k).map((x) => src.slice(x.a, x.b)).join("");
      const post = n.items.slice(k + 1).map((x) => src.slice(x.a, x.b)).join("");
      return splitTop(src, inner[0], prefix + pre, post + suffix);
    }
  }
  return [prefix + src.slice(n.a, n.b) + suffix];
}

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
const MAX_WORD = 24;
/** letters of the second word keyed on */
const SECOND_LEN = 4;
const MAX_STATES = 60000;

class Wild extends Error {}
class TooMany extends Error {}

const isSpaceChar = (ch: string) => /^\s$/u.test(ch);

/** The first words of any match of `n`, or null when a match can begin anywhere. */
function firstWords(n: Node, twoWords = true): FirstSet | null {
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
const PLACEHOLDER = "\u0002";
// results of groups by their text and input state (see firstWords); built once, while packs compile
const GROUP_MEMO = new Map<string, Map<string, { out: string[]; emits: Array<[number, string]>; wild?: boolean }>>();
const setEq = (a: Set<string>, b: Set<string>) => a.size === b.size && [...a].every((x) => b.has(x));

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
function startsAtWord(n: Node, src: string): boolean {
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

// ── word starts of a text ──
/** Where "<" holds and a letter or digit follows: the position, its letter run, and the next run when
 *  only spaces separate the two (null otherwise). */
export interface Starts {
  pos: number[];
  word: string[];
  next: Array<string | null>;
  /** bucketOf(word) */
  bucket: number[];
}
const START = /(?<![\p{L}\p{N}_])[\p{L}\p{N}]+/gu;
const RUN = /[\p{L}\p{N}]+/uy;
function onlySpaces(s: string, from: number, to: number): boolean {
  if (from >= to) return false;
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i);
    if (c === 32 || c === 10) continue;
    if (!isSpaceChar(s[i])) return false;
  }
  return true;
}
function withNext(pos: number[], word: string[], s: string): Starts {
  const next: Array<string | null> = new Array(pos.length).fill(null);
  for (let k = 0; k + 1 < pos.length; k++) if (onlySpaces(s, pos[k] + word[k].length, pos[k + 1])) next[k] = word[k + 1];
  return { pos, word, next, bucket: word.map(bucketOf) };
}
export function wordStarts(plain: string): Starts {
  const pos: number[] = [];
  const word: string[] = [];
  START.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = START.exec(plain)) !== null) {
    pos.push(m.index);
    word.push(m[0]);
  }
  return withNext(pos, word, plain);
}
/** The word starts of the slice [from, to) of a text, from those of the whole text: a slice begins a
 *  word wherever the text does, and also at `from` itself when a letter or digit is there (inside a
 *  word of the text, or after "_"); words are cut at `to`. Positions are relative to `from`. */
export function sliceStarts(starts: Starts, plain: string, from: number, to: number): Starts {
  const pos: number[] = [];
  const word: string[] = [];
  let k = lowerBound(starts.pos, from);
  if (starts.pos[k] !== from && from < to) {
    RUN.lastIndex = from;
    const m = RUN.exec(plain);
    if (m) pos.push(0), word.push(m[0].length > to - from ? m[0].slice(0, to - from) : m[0]);
  }
  for (; k < starts.pos.length && starts.pos[k] < to; k++) {
    const p = starts.pos[k];
    const w = starts.word[k];
    pos.push(p - from);
    word.push(p + w.length > to ? w.slice(0, to - p) : w);
  }
  return withNext(pos, word, plain.slice(from, to));
}

// ── gates: can a regex match at all, given the words of a text? ──
const gates = new WeakMap<RegExp, FirstSet | null>();
/** The first words of any match of `re` (null: unknown, the regex must run). Any regex our compiler
 *  emits; used to skip a regex when no word of the text can begin a match (an exact test: every match
 *  begins at a word start whose words fit). */
export function gateOf(re: RegExp): FirstSet | null {
  let g = gates.get(re);
  if (g === undefined) {
    g = null;
    if (re.flags === "gu" || re.flags === "yu" || re.flags === "u") {
      try {
        const n = parse(re.source);
        if (startsAtWord(n, re.source)) g = firstWords(n);
      } catch (e) {
        if (!(e instanceof Unsupported)) throw e;
      }
    }
    gates.set(re, g);
  }
  return g;
}
/** Can a match of the gated regex begin at position `i`? (Only at a word start whose words fit.) */
export function gateFitsAt(g: FirstSet, starts: Starts, i: number): boolean {
  const k = lowerBound(starts.pos, i);
  return starts.pos[k] === i && firstFits(g, starts.word[k], starts.next[k], starts.bucket[k]);
}
/** Does some word start of the text fit the gate? */
export function gatePasses(g: FirstSet, starts: Starts): boolean {
  for (let k = 0; k < starts.word.length; k++) if (firstFits(g, starts.word[k], starts.next[k], starts.bucket[k])) return true;
  return false;
}

// ── parts and their use ──
export interface Part {
  source: string;
  /** null: the part is scanned (its matches can begin anywhere) */
  first: FirstSet | null;
  sticky: RegExp;
  global: RegExp | null;
}

export interface Matcher {
  parts: Part[];
  /** part numbers (ascending) by first-word key (see FirstSet), and the parts that are scanned */
  e1: Map<string, number[]>;
  p1: Map<string, number[]>;
  p1Lengths: number[];
  e2: Map<string, number[]>;
  p2: Map<string, number[]>;
  p2Lengths: number[];
  scanned: number[];
  /** partsFor results by word, then next word */
  cacheAll: Map<string, Map<string, number[]>>;
  cacheAnchored: Map<string, Map<string, number[]>>;
}

const matchers = new WeakMap<RegExp, Matcher | null>();

/** The matcher of a compiled pattern, or null when the regex is not one we can rewrite exactly. */
export function matcherOf(re: RegExp): Matcher | null {
  let m = matchers.get(re);
  if (m === undefined) {
    m = buildMatcher(re);
    matchers.set(re, m);
  }
  return m;
}

/** Past this many characters of source V8 compiles a regex without its optimisations (quick checks,
 *  Boyer–Moore lookahead): every alternative is tried in turn at every position. Below it the native
 *  scan is faster than any bookkeeping of ours, so smaller regexes run as they are. */
export const V8_OPTIMISE_LIMIT = 20 * 1024;

function buildMatcher(re: RegExp): Matcher | null {
  if (re.flags !== "gu" || re.source.length <= V8_OPTIMISE_LIMIT) return null;
  let root: Node;
  try {
    root = parse(re.source);
  } catch (e) {
    if (e instanceof Unsupported) return null;
    throw e;
  }
  const sources = splitTop(re.source, root);
  const parts: Part[] = sources.map((source) => {
    let first: FirstSet | null = null;
    try {
      const n = sources.length === 1 ? root : parse(source);
      if (startsAtWord(n, source)) first = firstWords(n);
    } catch (e) {
      if (!(e instanceof Unsupported)) throw e;
    }
    return { source, first, sticky: new RegExp(source, "yu"), global: first ? null : new RegExp(source, "gu") };
  });
  const mt: Matcher = { parts, e1: new Map(), p1: new Map(), p1Lengths: [], e2: new Map(), p2: new Map(), p2Lengths: [], scanned: [], cacheAll: new Map(), cacheAnchored: new Map() };
  const add = (m: Map<string, number[]>, k: string, j: number) => {
    const l = m.get(k);
    if (!l) m.set(k, [j]);
    else if (l[l.length - 1] !== j) l.push(j);
  };
  const l1 = new Set<number>();
  const l2 = new Set<number>();
  parts.forEach((p, j) => {
    if (!p.first) return void mt.scanned.push(j);
    for (const w of p.first.e1) add(mt.e1, w, j);
    for (const w of p.first.p1) add(mt.p1, w, j), l1.add(w.length);
    for (const w of p.first.e2) add(mt.e2, w, j);
    for (const w of p.first.p2) add(mt.p2, w, j), l2.add(w.length - w.indexOf(" ") - 1);
  });
  mt.p1Lengths = [...l1].sort((a, b) => a - b);
  mt.p2Lengths = [...l2].sort((a, b) => a - b);
  return mt;
}

/** The parts that can match at a word (ascending), scanned parts included when `withScanned`. */
function partsFor(mt: Matcher, word: string, next: string | null, withScanned: boolean): number[] {
  const cache = withScanned ? mt.cacheAll : mt.cacheAnchored;
  let byNext = cache.get(word);
  if (!byNext) {
    // bounded: a stream of new words must not grow it without end
    if (cache.size > 5000) cache.clear();
    cache.set(word, (byNext = new Map()));
  }
  const k = next ?? "";
  let r = byNext.get(k);
  if (r === undefined) {
    if (byNext.size > 200) byNext.clear();
    byNext.set(k, (r = computePartsFor(mt, word, next, withScanned)));
  }
  return r;
}
function computePartsFor(mt: Matcher, word: string, next: string | null, withScanned: boolean): number[] {
  const lists: number[][] = [];
  const push = (l: number[] | undefined) => l && lists.push(l);
  push(mt.e1.get(word));
  for (const l of mt.p1Lengths) {
    if (l > word.length) break;
    push(mt.p1.get(l === word.length ? word : word.slice(0, l)));
  }
  if (next !== null) {
    push(mt.e2.get(word + " " + next));
    for (const l of mt.p2Lengths) {
      if (l > next.length) break;
      push(mt.p2.get(word + " " + (l === next.length ? next : next.slice(0, l))));
    }
  }
  if (withScanned && mt.scanned.length) lists.push(mt.scanned);
  if (lists.length === 0) return EMPTY;
  if (lists.length === 1) return lists[0];
  const all = new Set<number>();
  for (const l of lists) for (const j of l) all.add(j);
  return [...all].sort((a, b) => a - b);
}
const EMPTY: number[] = [];

function lowerBound(pos: number[], x: number): number {
  let lo = 0;
  let hi = pos.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (pos[mid] < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** All matches, as a global exec loop of the whole pattern returns them (empty ones skipped), at most `max`. */
export function scan(mt: Matcher, text: string, starts: Starts, max = Infinity): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  const { parts, scanned } = mt;
  // next match of each scanned part at or after `from[k]` (recomputed once `at` passes it)
  const nextMatch: Array<RegExpExecArray | null> = scanned.map(() => null);
  const from: number[] = scanned.map(() => -1);
  const { pos, word, next } = starts;
  let at = 0;
  while (out.length < max && at <= text.length) {
    // the earliest scanned part's match (ties: the earlier part)
    let best: RegExpExecArray | null = null;
    let bestPart = Infinity;
    for (let k = 0; k < scanned.length; k++) {
      if (from[k] < 0 || (nextMatch[k] !== null && nextMatch[k]!.index < at)) {
        const g = parts[scanned[k]].global!;
        g.lastIndex = at;
        nextMatch[k] = g.exec(text);
        from[k] = at;
      }
      const m = nextMatch[k];
      if (m && (!best || m.index < best.index)) (best = m), (bestPart = scanned[k]);
    }
    // word starts up to there, parts in order: the first that matches wins
    for (let k = lowerBound(pos, at); k < pos.length; k++) {
      const i = pos[k];
      if (best && i > best.index) break;
      const list = partsFor(mt, word[k], next[k], false);
      let found: RegExpExecArray | null = null;
      for (const j of list) {
        if (best && i === best.index && j > bestPart) break;
        const p = parts[j];
        p.sticky.lastIndex = i;
        if ((found = p.sticky.exec(text))) break;
      }
      if (found) {
        best = found;
        break;
      }
    }
    if (!best) break;
    if (best[0].length === 0) {
      // the engine's exec loops step over an empty match without keeping it
      at = best.index + 1;
      continue;
    }
    out.push(best);
    at = best.index + best[0].length;
  }
  return out;
}

/** Does the pattern match anywhere in `text`? */
export function test(mt: Matcher, text: string, starts: Starts): boolean {
  for (const j of mt.scanned) {
    const g = mt.parts[j].global!;
    g.lastIndex = 0;
    if (g.test(text)) return true;
  }
  const { pos, word, next } = starts;
  for (let k = 0; k < pos.length; k++) {
    for (const j of partsFor(mt, word[k], next[k], false)) {
      const p = mt.parts[j];
      p.sticky.lastIndex = pos[k];
      if (p.sticky.test(text)) return true;
    }
  }
  return false;
}

/** The match beginning exactly at `i` (sticky), trying parts in order. `starts` are the text's word
 *  starts; a match can only begin at one of them (every part begins with "<"), scanned parts aside. */
export function matchAt(mt: Matcher, text: string, i: number, starts: Starts): RegExpExecArray | null {
  const k = lowerBound(starts.pos, i);
  const list = starts.pos[k] === i ? partsFor(mt, starts.word[k], starts.next[k], true) : mt.scanned;
  for (const j of list) {
    const p = mt.parts[j];
    p.sticky.lastIndex = i;
    const m = p.sticky.exec(text);
    if (m) return m;
  }
  return null;
}
