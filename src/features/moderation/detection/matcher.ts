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
import { bucketOf, type FirstSet, firstFits, firstWords, isSpaceChar, startsAtWord } from "./first-words.js";
import { type Node, parse, Unsupported, WORD_CHAR } from "./regex-parse.js";


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
