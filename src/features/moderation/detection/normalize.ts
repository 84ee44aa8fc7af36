// Text normalisation for detection. Abusers obfuscate ("k1ll", "k i l l", "kіll" with a Cyrillic і,
// "giet het" without diacritics), so patterns run on a folded form. Every character of the folded form
// remembers which ORIGINAL characters it came from, so evidence spans can be shown to moderators exactly
// as the author wrote them.
import type { Span } from "./types.js";

export interface Normalized {
  original: string;
  /** NFKC, lowercase, homoglyphs folded, leetspeak decoded, spaced letters joined, repeats collapsed */
  text: string;
  /** `text` without diacritics (đ → d); same length and offsets as `text` */
  plain: string;
  /** per character of `text`: the original range [starts[i], ends[i]) it came from */
  starts: Int32Array;
  ends: Int32Array;
}

// Look-alikes seen in evasion: Cyrillic and Greek letters that render like Latin ones (after lowercasing).
const HOMOGLYPHS: Record<string, string> = {
  а: "a", в: "b", е: "e", ё: "e", к: "k", м: "m", н: "h", о: "o", р: "p", с: "c", т: "t", у: "y",
  х: "x", і: "i", ї: "i", ј: "j", ѕ: "s", ԁ: "d", һ: "h", ԛ: "q", ԝ: "w", ӏ: "l", ѵ: "v", ց: "g",
  ո: "n", ս: "u", α: "a", β: "b", ε: "e", η: "n", ι: "i", κ: "k", ν: "v", ο: "o", ρ: "p", τ: "t",
  υ: "u", χ: "x", γ: "y", ω: "w", ς: "s", ı: "i", ɡ: "g",
  "\u2018": "'", "\u2019": "'", "\u201b": "'", "\u02bc": "'", "\u2032": "'", "`": "'",
  "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u2033": '"', "«": '"', "»": '"',
  "\u2013": "-", "\u2014": "-", "\u2212": "-",
};

// Leetspeak: digits/symbols standing for letters, decoded only inside words (see decodeLeet).
const LEET: Record<string, string> = {
  "0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", "@": "a", $: "s", "!": "i", "|": "l", "€": "e",
};
const DIGIT_LEET = /[0-9]/;
const SPACED_SEP = new Set([" ", ".", "-", "_", "*", "·", "/", "+", "~", ","]);
const LETTER = /\p{L}/u;
const MARK = /\p{M}/gu;
const FORMAT = /^[\p{Cf}]+$/u;
// Letters that only Vietnamese (among our languages) writes; a word with one is Vietnamese, where doubled
// letters never occur, so "chếtttt" can collapse all the way to "chết".
const VI_CHARS = /[ăâđêôơưàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ]/;

function isLetter(s: string | undefined): boolean {
  if (!s) return false;
  const c = s.charCodeAt(s.length - 1);
  if (c < 128) return ((c | 32) >= 97 && (c | 32) <= 122);
  return LETTER.test(s[s.length - 1]);
}

interface Units {
  s: string[];
  a: number[];
  b: number[];
}

/** Split into clusters (a base character with its combining marks) and fold each one. */
function toUnits(input: string): Units {
  const u: Units = { s: [], a: [], b: [] };
  let i = 0;
  const n = input.length;
  const lower = input.toLowerCase(); // same length for ASCII, which is all the fast path reads from it
  while (i < n) {
    const start = i;
    const c = input.charCodeAt(i);
    if (c < 128) {
      // ASCII fast path: most posts are mostly ASCII
      i++;
      while (i < n && isMarkCode(input.charCodeAt(i))) i++;
      let s = i - start === 1 ? (lower.length === n ? lower[start] : input[start].toLowerCase()) : input.slice(start, i).normalize("NFKC").replace(MARK, "").toLowerCase();
      if (s === "`") s = "'";
      u.s.push(s), u.a.push(start), u.b.push(i);
      continue;
    }
    i += c >= 0xd800 && c <= 0xdbff && i + 1 < n ? 2 : 1;
    while (i < n && isMarkCode(input.charCodeAt(i))) i++;
    const raw = input.slice(start, i);
    let s = FORMAT.test(raw) ? "" : raw.normalize("NFKC").toLowerCase();
    // Marks that did not compose (zalgo, stacked accents) are decoration used to dodge filters.
    if (s.length > 1) s = s.replace(MARK, "");
    let out = "";
    for (const ch of s) out += HOMOGLYPHS[ch] ?? ch;
    u.s.push(out), u.a.push(start), u.b.push(i);
  }
  return u;
}

function isMarkCode(c: number): boolean {
  return (
    (c >= 0x300 && c <= 0x36f) || (c >= 0x1ab0 && c <= 0x1aff) || (c >= 0x1dc0 && c <= 0x1dff) ||
    (c >= 0x20d0 && c <= 0x20ff) || (c >= 0xfe20 && c <= 0xfe2f) || (c >= 0xfe00 && c <= 0xfe0f)
  );
}

/** Decode leetspeak inside words: "k1ll" → "kill", "r@pe", "$hoot"; leave "2024", "4pm", "3rd" alone. */
function decodeLeet(u: Units): void {
  const len = u.s.length;
  let t = 0;
  while (t < len) {
    if (!isWordish(u.s[t])) {
      t++;
      continue;
    }
    let e = t;
    let letters = 0;
    while (e < len && isWordish(u.s[e])) {
      if (isLetter(u.s[e])) letters++;
      e++;
    }
    // "4pm", "3rd", "10k": a number with a short unit suffix is not leetspeak
    const numberLike = DIGIT_LEET.test(u.s[t]) && /^[0-9]+[a-z]{0,3}$/.test(u.s.slice(t, e).join(""));
    if (letters > 0 && !numberLike) {
      for (let k = t; k < e; k++) {
        const ch = u.s[k];
        const rep = LEET[ch];
        if (!rep) continue;
        const prev = k > t ? u.s[k - 1] : undefined;
        const next = k + 1 < e ? u.s[k + 1] : undefined;
        const ok =
          ch === "@" ? isLetter(prev) :
          ch === "$" ? isLetter(next) :
          ch === "!" || ch === "|" ? isLetter(prev) && isLetter(next) :
          isLetter(prev) || isLetter(next) || LEET[next ?? ""] !== undefined || LEET[prev ?? ""] !== undefined;
        if (ok) u.s[k] = rep;
      }
    }
    t = e;
  }
}
const isWordish = (s: string) => s.length === 1 ? isLetter(s) || LEET[s] !== undefined : isLetter(s);

/** "k i l l", "k.i.l.l", "g-i-e-t" → "kill", "giet" (three or more single letters in a row). */
function joinSpacedLetters(u: Units): void {
  const len = u.s.length;
  const single = (k: number) =>
    u.s[k].length === 1 && isLetter(u.s[k]) && !isLetter(u.s[k - 1]) && !isLetter(u.s[k + 1]);
  let k = 0;
  while (k < len) {
    if (!single(k)) {
      k++;
      continue;
    }
    const letters = [k];
    const seps: number[] = [];
    let j = k + 1;
    for (;;) {
      let m = j;
      const sepStart = m;
      while (m < len && m - sepStart < 2 && SPACED_SEP.has(u.s[m])) m++;
      if (m === sepStart || m >= len || !single(m)) break;
      for (let x = sepStart; x < m; x++) seps.push(x);
      letters.push(m);
      j = m + 1;
    }
    if (letters.length >= 3) for (const x of seps) u.s[x] = "";
    k = letters[letters.length - 1] + 1;
  }
}

/** "kiiiill", "diiiie", "chếtttt": collapse letter runs so lexicons need one spelling. */
function collapseRepeats(u: Units): void {
  const len = u.s.length;
  let k = 0;
  while (k < len) {
    // find the word containing k to know whether it is Vietnamese
    if (!isLetter(u.s[k])) {
      k++;
      continue;
    }
    let e = k;
    let vi = false;
    while (e < len && (isLetter(u.s[e]) || u.s[e] === "")) {
      if (VI_CHARS.test(u.s[e])) vi = true;
      e++;
    }
    let r = k;
    while (r < e) {
      const ch = u.s[r];
      let q = r + 1;
      while (q < e && (u.s[q] === ch || u.s[q] === "")) q++;
      const run: number[] = [];
      for (let x = r; x < q; x++) if (u.s[x] === ch) run.push(x);
      const keep = vi ? (run.length >= 2 ? 1 : 2) : run.length >= 3 ? ("aiuyhw".includes(ch) ? 1 : 2) : run.length;
      for (let x = keep; x < run.length; x++) u.s[run[x]] = "";
      r = q;
    }
    k = e;
  }
}

function collapseSpace(u: Units): void {
  let prevSpace = true; // also trims leading space
  for (let k = 0; k < u.s.length; k++) {
    const s = u.s[k];
    if (s === "") continue;
    if (s === " " || (s.charCodeAt(0) <= 32 && /^\s+$/.test(s)) || (s.length === 1 && s.charCodeAt(0) > 127 && /^\s$/.test(s))) {
      if (prevSpace) u.s[k] = "";
      else u.s[k] = s.includes("\n") ? "\n" : " ";
      prevSpace = true;
    } else prevSpace = false;
  }
}

function assemble(original: string, u: Units): Normalized {
  let text = "";
  let total = 0;
  for (const s of u.s) total += s.length;
  const starts = new Int32Array(total);
  const ends = new Int32Array(total);
  let p = 0;
  for (let k = 0; k < u.s.length; k++) {
    const s = u.s[k];
    if (!s) continue;
    text += s;
    for (let x = 0; x < s.length; x++, p++) (starts[p] = u.a[k]), (ends[p] = u.b[k]);
  }
  return { original, text, plain: stripDiacritics(text), starts, ends };
}

const STRIP_CACHE = new Map<string, string>();
/** Remove diacritics one character for one character (keeps offsets): "giết" → "giet", "đ" → "d". */
export function stripDiacritics(s: string): string {
  let out = "";
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0xc0) {
      out += s[i];
      continue;
    }
    const ch = s[i];
    let r = STRIP_CACHE.get(ch);
    if (r === undefined) {
      r = ch === "đ" ? "d" : ch === "Đ" ? "D" : ch.normalize("NFD")[0];
      if (r.length !== 1) r = ch;
      STRIP_CACHE.set(ch, r);
    }
    out += r;
  }
  return out;
}

// ── fast path ──
// Most posts are made of characters that fold one for one (ASCII, Latin-1, Latin Extended, precomposed
// Vietnamese): no combining marks, no surrogate pairs, no compatibility forms. For those the same steps
// run on an array of character codes instead of an array of strings (no allocation per character);
// anything else takes the general path above. `normalize.test.ts` checks both paths agree.
const EMPTY = -1; // a unit that folded to nothing (format characters, removed separators and repeats)
const COMPLEX = -2; // needs the general path
const UNKNOWN = -3;
const foldTable = new Int32Array(0x10000).fill(UNKNOWN);
function foldCode(c: number): number {
  let f = foldTable[c];
  if (f !== UNKNOWN) return f;
  if (c < 128) {
    const s = String.fromCharCode(c).toLowerCase();
    f = s === "`" ? 39 : s.charCodeAt(0);
  } else if ((c >= 0xd800 && c <= 0xdfff) || isMarkCode(c)) f = COMPLEX;
  else {
    const raw = String.fromCharCode(c);
    let s = FORMAT.test(raw) ? "" : raw.normalize("NFKC").toLowerCase();
    if (s.length > 1) s = s.replace(MARK, "");
    let out = "";
    for (const ch of s) out += HOMOGLYPHS[ch] ?? ch;
    f = out.length === 0 ? EMPTY : out.length === 1 ? out.charCodeAt(0) : COMPLEX;
  }
  foldTable[c] = f;
  return f;
}
// per code: 1 letter, 2 whitespace, 4 Vietnamese-only letter
const classTable = new Uint8Array(0x10000).fill(255);
function classOf(c: number): number {
  let k = classTable[c];
  if (k !== 255) return k;
  const ch = String.fromCharCode(c);
  k = (c < 128 ? ((c | 32) >= 97 && (c | 32) <= 122) : LETTER.test(ch)) ? 1 : 0;
  if (/^\s$/.test(ch)) k |= 2;
  if (VI_CHARS.test(ch)) k |= 4;
  classTable[c] = k;
  return k;
}
const isLetterCode = (c: number) => c >= 0 && (classOf(c) & 1) !== 0;
const LEET_CODE = new Map<number, number>(Object.entries(LEET).map(([k, v]) => [k.charCodeAt(0), v.charCodeAt(0)]));
const isDigitCode = (c: number) => c >= 48 && c <= 57;
const isWordishCode = (c: number) => c >= 0 && (isLetterCode(c) || LEET_CODE.has(c));
const SPACED_SEP_CODE = new Set([...SPACED_SEP].map((x) => x.charCodeAt(0)));
const AIUYHW = new Set([..."aiuyhw"].map((x) => x.charCodeAt(0)));

function normalizeFast(input: string): Normalized | null {
  const n = input.length;
  const u = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const f = foldCode(input.charCodeAt(i));
    if (f === COMPLEX) return null;
    u[i] = f;
  }
  // decodeLeet
  let t = 0;
  while (t < n) {
    if (!isWordishCode(u[t])) {
      t++;
      continue;
    }
    let e = t;
    let letters = 0;
    while (e < n && isWordishCode(u[e])) {
      if (isLetterCode(u[e])) letters++;
      e++;
    }
    let numberLike = false;
    if (isDigitCode(u[t])) {
      // /^[0-9]+[a-z]{0,3}$/ over the word
      let k = t;
      while (k < e && isDigitCode(u[k])) k++;
      let az = 0;
      while (k < e && u[k] >= 97 && u[k] <= 122) k++, az++;
      numberLike = k === e && az <= 3;
    }
    if (letters > 0 && !numberLike) {
      for (let k = t; k < e; k++) {
        const ch = u[k];
        const rep = LEET_CODE.get(ch);
        if (rep === undefined) continue;
        const prev = k > t ? u[k - 1] : EMPTY;
        const next = k + 1 < e ? u[k + 1] : EMPTY;
        const ok =
          ch === 64 /* @ */ ? isLetterCode(prev) :
          ch === 36 /* $ */ ? isLetterCode(next) :
          ch === 33 /* ! */ || ch === 124 /* | */ ? isLetterCode(prev) && isLetterCode(next) :
          isLetterCode(prev) || isLetterCode(next) || LEET_CODE.has(next) || LEET_CODE.has(prev);
        if (ok) u[k] = rep;
      }
    }
    t = e;
  }
  // joinSpacedLetters
  const single = (k: number) => k >= 0 && k < n && isLetterCode(u[k]) && !(k > 0 && isLetterCode(u[k - 1])) && !(k + 1 < n && isLetterCode(u[k + 1]));
  let k = 0;
  while (k < n) {
    if (!single(k)) {
      k++;
      continue;
    }
    let last = k;
    let count = 1;
    const seps: number[] = [];
    let j = k + 1;
    for (;;) {
      let m = j;
      const sepStart = m;
      while (m < n && m - sepStart < 2 && SPACED_SEP_CODE.has(u[m])) m++;
      if (m === sepStart || m >= n || !single(m)) break;
      for (let x = sepStart; x < m; x++) seps.push(x);
      last = m;
      count++;
      j = m + 1;
    }
    if (count >= 3) for (const x of seps) u[x] = EMPTY;
    k = last + 1;
  }
  // collapseRepeats
  k = 0;
  while (k < n) {
    if (!isLetterCode(u[k])) {
      k++;
      continue;
    }
    let e = k;
    let vi = false;
    while (e < n && (isLetterCode(u[e]) || u[e] === EMPTY)) {
      if (u[e] >= 0 && (classOf(u[e]) & 4) !== 0) vi = true;
      e++;
    }
    let r = k;
    while (r < e) {
      const ch = u[r];
      let q = r + 1;
      while (q < e && (u[q] === ch || u[q] === EMPTY)) q++;
      if (ch !== EMPTY) {
        let runLen = 0;
        for (let x = r; x < q; x++) if (u[x] === ch) runLen++;
        const keep = vi ? (runLen >= 2 ? 1 : 2) : runLen >= 3 ? (AIUYHW.has(ch) ? 1 : 2) : runLen;
        let seen = 0;
        for (let x = r; x < q; x++) if (u[x] === ch && seen++ >= keep) u[x] = EMPTY;
      }
      r = q;
    }
    k = e;
  }
  // collapseSpace
  let prevSpace = true;
  for (let x = 0; x < n; x++) {
    const c = u[x];
    if (c === EMPTY) continue;
    if (c === 32 || (classOf(c) & 2) !== 0) {
      u[x] = prevSpace ? EMPTY : c === 10 ? 10 : 32;
      prevSpace = true;
    } else prevSpace = false;
  }
  // assemble
  let total = 0;
  for (let x = 0; x < n; x++) if (u[x] !== EMPTY) total++;
  const starts = new Int32Array(total);
  const ends = new Int32Array(total);
  const codes = new Uint16Array(total);
  const plainCodes = new Uint16Array(total);
  let p = 0;
  for (let x = 0; x < n; x++) {
    const c = u[x];
    if (c === EMPTY) continue;
    starts[p] = x;
    ends[p] = x + 1;
    codes[p] = c;
    plainCodes[p] = stripCode(c);
    p++;
  }
  return { original: input, text: fromCodes(codes), plain: fromCodes(plainCodes), starts, ends };
}

function fromCodes(codes: Uint16Array): string {
  let s = "";
  for (let i = 0; i < codes.length; i += 4096) s += String.fromCharCode.apply(null, codes.subarray(i, i + 4096) as unknown as number[]);
  return s;
}

const stripTable = new Int32Array(0x10000).fill(-1);
function stripCode(c: number): number {
  if (c < 0xc0) return c;
  let r = stripTable[c];
  if (r < 0) {
    r = stripDiacritics(String.fromCharCode(c)).charCodeAt(0);
    stripTable[c] = r;
  }
  return r;
}

export function normalize(input: string): Normalized {
  return normalizeFast(input) ?? normalizeGeneral(input);
}

/** The general path (any input); `normalize` takes the fast path when it applies. */
export function normalizeGeneral(input: string): Normalized {
  const u = toUnits(input);
  decodeLeet(u);
  joinSpacedLetters(u);
  collapseRepeats(u);
  collapseSpace(u);
  return assemble(input, u);
}

/** Map a [start,end) range of `n.text` back to the original text. */
export function toOriginal(n: Normalized, start: number, end: number): Span {
  if (n.text.length === 0) return { start: 0, end: 0, text: "" };
  const s = n.starts[Math.min(start, n.text.length - 1)];
  const e = n.ends[Math.max(Math.min(end, n.text.length) - 1, 0)];
  return { start: s, end: e, text: n.original.slice(s, e) };
}

/**
 * Replace whole tokens of `n.text` (language views such as Vietnamese teencode: "ko" → "không").
 * Each character of a replacement maps to the whole original range of the token it replaces.
 */
export function rewriteTokens(n: Normalized, dict: ReadonlyMap<string, string> | ((token: string) => string | undefined)): Normalized {
  const lookup = typeof dict === "function" ? dict : (t: string) => dict.get(t);
  // the replacements first: most posts have none, and then the view is the text itself
  const reps: Array<[number, number, string]> = [];
  REWRITE_TOKEN.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = REWRITE_TOKEN.exec(n.text)) !== null) {
    const rep = lookup(m[0]);
    if (rep !== undefined) reps.push([m.index, m.index + m[0].length, rep]);
  }
  if (reps.length === 0) return n;
  // unchanged stretches are copied (characters and their original ranges), each replacement maps every
  // one of its characters to the whole original range of the token it replaces
  let total = n.text.length;
  for (const [a, b, rep] of reps) total += rep.length - (b - a);
  const starts = new Int32Array(total);
  const ends = new Int32Array(total);
  let text = "";
  let plain = "";
  let p = 0;
  let last = 0;
  const copy = (from: number, to: number) => {
    text += n.text.slice(from, to);
    plain += n.plain.slice(from, to);
    starts.set(n.starts.subarray(from, to), p);
    ends.set(n.ends.subarray(from, to), p);
    p += to - from;
  };
  for (const [a, b, rep] of reps) {
    copy(last, a);
    text += rep;
    plain += stripDiacritics(rep);
    starts.fill(n.starts[a], p, p + rep.length);
    ends.fill(n.ends[b - 1], p, p + rep.length);
    p += rep.length;
    last = b;
  }
  copy(last, n.text.length);
  return { original: n.original, text, plain, starts, ends };
}
const REWRITE_TOKEN = /[\p{L}\p{N}]+/gu;
