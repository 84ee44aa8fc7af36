// A tiny pattern language so packs read like grammar rather than regex soup:
//   "{NAME}" → (?:alternation of the lexicon NAME)   " " → \s+   "<" / ">" → Unicode word boundaries
//   "~"     → up to two filler words                 "…" → up to six filler words (bounded: no blow-up)
//   "⋯"     → up to ten filler words (only in rules that also require a group in the same sentence)
// Every quantifier is bounded, so no pattern can backtrack catastrophically.
import { stripDiacritics } from "../normalize.js";

export type Lexicon = Record<string, readonly string[]>;

const B0 = "(?<![\\p{L}\\p{N}_])";
const B1 = "(?![\\p{L}\\p{N}_])";

function escapeEntry(e: string): string {
  // lexicon entries are plain words; "*" is a letter wildcard, "?" keeps regex optional-char meaning
  return e
    .replace(/[.+^${}()|[\]\\]/g, "\\$&")
    .replace(/\*/g, "\\p{L}*")
    .replace(/ /g, "\\s+");
}

// The same lexicon is spelled out by many rules: its alternation is built once per (list, options).
const altCache = new WeakMap<readonly string[], Map<string, string>>();

export function alt(list: readonly string[], vi = false, unaccented = vi): string {
  let byOpts = altCache.get(list);
  if (!byOpts) altCache.set(list, (byOpts = new Map()));
  const key = `${vi ? 1 : 0}${unaccented ? 1 : 0}`;
  let out = byOpts.get(key);
  if (out === undefined) byOpts.set(key, (out = buildAlt(list, vi, unaccented)));
  return out;
}

function buildAlt(list: readonly string[], vi: boolean, unaccented: boolean): string {
  const all = new Set<string>();
  for (const raw of list) {
    // "=entry": the accents are distinctive (Spanish "mató" he killed / "mato" I kill): match as written
    const exact = raw.startsWith("=");
    const e = exact ? raw.slice(1) : raw;
    all.add(e);
    if (exact) continue;
    // Vietnamese and Spanish are often typed without accents: accept the unaccented spelling too
    if (unaccented) all.add(stripDiacritics(e));
    if (vi) all.add(otherTonePlacement(e));
  }
  return "(?:" + emitFactored(buildTrie(all)) + ")";
}

// Alternations are emitted as a prefix trie ("kill|kills|killing" → "kill(?:s|ing)?"): the regex engine
// then tests each position once per shared prefix instead of once per entry, which makes the large
// lexicons nearly free. A node that ends an entry becomes a greedy optional group, so the longest entry
// still wins, as with the longest-first alternation it replaces.
interface TrieNode {
  kids: Map<string, TrieNode>;
  end: boolean;
  depth: number;
}
function buildTrie(entries: Iterable<string>): TrieNode {
  return trieOfAtoms([...entries].map(atomsOf));
}
function trieOfAtoms(paths: string[][]): TrieNode {
  const root: TrieNode = { kids: new Map(), end: false, depth: 0 };
  for (const atoms of paths) {
    let n = root;
    atoms.forEach((a, i) => {
      let k = n.kids.get(a);
      if (!k) n.kids.set(a, (k = { kids: new Map(), end: false, depth: 0 }));
      k.depth = Math.max(k.depth, atoms.length - i);
      n = k;
    });
    n.end = true;
  }
  return root;
}

// Generated verb forms share their endings: every regular verb takes the same set of clitic and tense
// endings ("mát|quém|apuñál" + "alos|alas|enlos|…"). A prefix trie writes that ending set once per verb;
// here every subtree whose ending set occurs under two or more prefixes is cut out and written once,
// after the alternation of its prefixes. Same language, a fraction of the size: V8 compiles a regex in
// time that grows faster than its length, so this is what keeps the first match of a rule cheap.
const MIN_SHARED = 8;
function emitFactored(root: TrieNode): string {
  const memo = new Map<TrieNode, string>();
  const count = new Map<string, number>();
  const sigOf = (n: TrieNode): string => {
    let s = memo.get(n);
    if (s === undefined) {
      for (const k of n.kids.values()) sigOf(k);
      s = emitTrie(n, memo);
      memo.set(n, s);
      if (s.length >= MIN_SHARED) count.set(s, (count.get(s) ?? 0) + 1);
    }
    return s;
  };
  sigOf(root);
  const groups = new Map<string, string[][]>();
  const cut = (n: TrieNode, path: string[]): boolean => {
    for (const [a, k] of [...n.kids]) {
      const s = memo.get(k)!;
      if ((count.get(s) ?? 0) >= 2) {
        let g = groups.get(s);
        if (!g) groups.set(s, (g = []));
        g.push([...path, a]);
        n.kids.delete(a);
      } else if (!cut(k, [...path, a])) n.kids.delete(a);
    }
    return n.kids.size > 0 || n.end;
  };
  cut(root, []);
  const parts: string[] = [];
  const rest = emitTrie(root, new Map());
  if (rest) parts.push(rest);
  for (const [s, prefixes] of groups) {
    const p = emitTrie(trieOfAtoms(prefixes), new Map());
    parts.push(prefixes.length === 1 ? p + s : `(?:${p})${s}`);
  }
  return parts.length === 1 ? parts[0] : parts.join("|");
}

function atomsOf(e: string): string[] {
  const out: string[] = [];
  for (const ch of e) {
    if (ch === " ") {
      if (out.at(-1) !== "\\s+") out.push("\\s+");
    } else out.push(escapeEntry(ch));
  }
  return out;
}
// An atom that matches exactly one character (a literal, or an escaped punctuation mark): siblings that are
// all such atoms are mutually exclusive, so their order does not matter and those followed by the same
// subtree can share it as a character class ("mat(?:é|e)" → "mat[ée]", "(?:os|as)" → "[oa]s"): the same
// language, a third less source for the unaccented lexicons, and V8 compiles regex code in proportion
// to the source.
const SPECIAL = new Set("?*+()[]{}|^$.\\".split(""));
function oneChar(atom: string): boolean {
  if (atom.length === 2 && atom[0] === "\\") return !/[\p{L}\p{N}]/u.test(atom[1]);
  const cps = [...atom];
  return cps.length === 1 && !SPECIAL.has(atom);
}
function emitTrie(n: TrieNode, memo: Map<TrieNode, string>): string {
  const kids = [...n.kids].sort((a, b) => b[1].depth - a[1].depth);
  const subs = kids.map(([, k]) => {
    let sub = memo.get(k);
    if (sub === undefined) memo.set(k, (sub = emitTrie(k, memo)));
    return sub;
  });
  let parts = kids.map(([atom], i) => atom + subs[i]);
  if (kids.length > 1 && kids.every(([atom]) => oneChar(atom) || atom === "\\s+")) {
    const bySub = new Map<string, string[]>();
    kids.forEach(([atom], i) => {
      if (!oneChar(atom)) return;
      const l = bySub.get(subs[i]);
      if (l) l.push(atom);
      else bySub.set(subs[i], [atom]);
    });
    const done = new Set<string>();
    parts = [];
    kids.forEach(([atom], i) => {
      if (!oneChar(atom)) return void parts.push(atom + subs[i]);
      if (done.has(subs[i])) return;
      done.add(subs[i]);
      const atoms = bySub.get(subs[i])!;
      parts.push((atoms.length === 1 ? atoms[0] : "[" + atoms.map((a) => (a === "-" ? "\\-" : a)).join("") + "]") + subs[i]);
    });
  }
  if (parts.length === 0) return "";
  const body = parts.length === 1 ? parts[0] : "(?:" + parts.join("|") + ")";
  return n.end ? `(?:${body})?` : body;
}

export interface CompileOptions {
  /** Vietnamese: every accented word also matches its unaccented spelling (but not a wrong accent) */
  vi?: boolean;
  /** every accented word and lexicon entry also matches its unaccented spelling (Spanish, French …) */
  unaccented?: boolean;
}

// The pattern text each regex was compiled from (its words, unlike the emitted source, are whole).
const sources = new WeakMap<RegExp, string>();
export const patternSource = (re: RegExp): string => sources.get(re) ?? re.source;

export function compile(src: string, lex: Lexicon, opts: CompileOptions = {}): RegExp {
  let out = src.replace(/\{([A-Z0-9_]+)\}/g, (_, name: string) => {
    const l = lex[name];
    if (!l) throw new Error(`unknown lexicon ${name}`);
    return "\u0001" + name + "\u0001";
  });
  out = out
    .replace(/\(\?<([=!])/g, "\u0003$1") // keep real lookbehinds out of the "<" shorthand
    .replace(/~/g, "(?:\\s+[\\p{L}\\p{N}'’-]+){0,2}?")
    .replace(/…/g, "(?:\\s+[\\p{L}\\p{N}'’,-]+){0,6}?")
    .replace(/⋯/g, "(?:\\s+[\\p{L}\\p{N}'’,-]+){0,10}?")
    .replace(/ /g, "\\s+")
    .replace(/</g, B0)
    .replace(/>/g, B1)
    .replace(/\u0003([=!])/g, "(?<$1")
    .replace(/\u0001([A-Z0-9_]+)\u0001/g, (_, name: string) => "\u0002" + name + "\u0002");
  const unaccented = opts.vi || opts.unaccented;
  if (unaccented) out = viWords(out);
  out = out.replace(/\u0002([A-Z0-9_]+)\u0002/g, (_, name: string) => alt(lex[name], opts.vi, unaccented));
  const re = new RegExp(out, "gu");
  sources.set(re, src);
  return re;
}

const ACCENTED = /[^\x00-\x7f]/;
/** Literal accented words in a pattern: "chết" → (?:chết|chet), "matarán" → (?:matarán|mataran). */
function viWords(src: string): string {
  return src.replace(/[\p{L}]+/gu, (w) => (ACCENTED.test(w) ? `(?:${w}|${stripDiacritics(w)})` : w));
}

// Vietnamese has two accepted tone placements in "oa", "oe", "uy" ("hòa" / "hoà", "thúy" / "thuý").
const TONES: Record<string, string> = { o: "òóỏõọ", a: "àáảãạ", e: "èéẻẽẹ", u: "ùúủũụ", y: "ỳýỷỹỵ" };
const PAIRS: Array<[string, string]> = [["o", "a"], ["o", "e"], ["u", "y"]];
function otherTonePlacement(w: string): string {
  let out = w;
  for (const [v1, v2] of PAIRS) {
    for (let t = 0; t < 5; t++) {
      const first = TONES[v1][t] + v2; // "òa"
      const second = v1 + TONES[v2][t]; // "oà"
      out = out.split(first).join("\u0000" + t).split(second).join(first).replace(/\u0000(\d)/g, (_, k) => v1 + TONES[v2][+k]);
    }
  }
  return out;
}

/** Words for a trigger list: the first (or last) word of each lexicon entry. */
export const firstWords = (list: readonly string[]) => list.map((e) => e.split(" ")[0]);
export const lastWords = (list: readonly string[]) => list.map((e) => e.split(" ").at(-1)!);

/** A value built on first use (a language's rules compile when the language is first needed, not at import). */
export function once<T>(build: () => T): () => T {
  let v: T | undefined;
  let done = false;
  return () => {
    if (!done) {
      v = build();
      done = true;
    }
    return v as T;
  };
}
