// Hashed features for the linear classifier: word unigrams and bigrams of the normalised text, and
// character 3–5-grams of its diacritic-free form (robust to missing accents and creative spelling).
// Hashing keeps the model a fixed, small size whatever the vocabulary.

export const DEFAULT_BITS = 17;

function fnv1a(s: string, seed: number): number {
  let h = 0x811c9dc5 ^ seed;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

const WORD = /[\p{L}\p{N}']+/gu;

export interface FeatureVector {
  idx: Int32Array;
  val: Float32Array;
}

/** Word classes a language pack marks for the classifier (profanity, insult, addressee …): each class
 *  present adds one feature, and each pair of classes present together adds another (a linear model
 *  cannot learn "insult AND addressed to someone" on its own). Keys are diacritic-free words. A class
 *  written "=name" also MASKS the word: its own n-grams are replaced by the placeholder "<name>", so
 *  the model cannot learn that merely naming a group ("muslims", "black people") is hateful. */
export type Cues = ReadonlyMap<string, string>;

/** Features of a text given its normalised form and the diacritic-free form of it. */
let buf = new Int32Array(1024);
let used = 0;
function push(h: number): void {
  if (used === buf.length) {
    const b = new Int32Array(buf.length * 2);
    b.set(buf);
    buf = b;
  }
  buf[used++] = h;
}

/** FNV-1a of a + " " + b — the same value as fnv1a(a + " " + b, seed), without the concatenation. */
function fnvPair(a: string, b: string, seed: number): number {
  let h = 0x811c9dc5 ^ seed;
  for (let i = 0; i < a.length; i++) h = Math.imul(h ^ a.charCodeAt(i), 0x01000193);
  h = Math.imul(h ^ 32, 0x01000193);
  for (let i = 0; i < b.length; i++) h = Math.imul(h ^ b.charCodeAt(i), 0x01000193);
  return h;
}

export interface FeatureOptions {
  /** also the diacritic-free word unigrams and bigrams ("giết người" and "giet nguoi" share them);
   *  model files with `features: 2` were trained with them */
  plainWords?: boolean;
}

// n-gram hashes by word (per mask), bounded: words repeat across posts, their hashing is most of the work
const ngramCache = new Map<number, Map<string, Int32Array>>();
function ngramsOf(w: string, mask: number): Int32Array {
  let byWord = ngramCache.get(mask);
  if (!byWord) ngramCache.set(mask, (byWord = new Map()));
  let g = byWord.get(w);
  if (g) return g;
  // n-grams of " " + w + " " without building it: position 0 and w.length + 1 are the spaces
  const len = w.length + 2;
  g = new Int32Array(Math.max(0, len - 2) + Math.max(0, len - 3) + Math.max(0, len - 4));
  let p = 0;
  for (let n = 3; n <= 5; n++)
    for (let i = 0; i + n <= len; i++) {
      let h = 0x811c9dc5 ^ (3 + n);
      for (let k = i; k < i + n; k++) {
        h ^= k === 0 || k === len - 1 ? 32 : w.charCodeAt(k - 1);
        h = Math.imul(h, 0x01000193);
      }
      g[p++] = h & mask;
    }
  if (p !== g.length) g = g.slice(0, p);
  if (byWord.size >= 100000) byWord.clear();
  byWord.set(w, g);
  return g;
}

// Hashes are below 2^bits: an LSD radix sort (two passes of 9 bits, or three past 18 bits) orders them
// exactly as TypedArray#sort does, in linear time.
let radixTmp = new Int32Array(1024);
const radixCount = new Int32Array(512);
function sortHashes(a: Int32Array, mask: number): Int32Array {
  const n = a.length;
  if (mask >= 1 << 27 || n < 64) return a.sort();
  if (radixTmp.length < n) radixTmp = new Int32Array(n * 2);
  let src: Int32Array = a;
  let dst: Int32Array = radixTmp.subarray(0, n);
  let passes = 0;
  for (let shift = 0; mask >>> shift !== 0; shift += 9) {
    radixCount.fill(0);
    for (let i = 0; i < n; i++) radixCount[(src[i] >>> shift) & 511]++;
    let sum = 0;
    for (let k = 0; k < 512; k++) {
      const c = radixCount[k];
      radixCount[k] = sum;
      sum += c;
    }
    for (let i = 0; i < n; i++) dst[radixCount[(src[i] >>> shift) & 511]++] = src[i];
    const t = src;
    src = dst;
    dst = t;
    passes++;
  }
  if (passes % 2 === 1) a.set(src);
  return a;
}

export function featurize(text: string, plain: string, bits = DEFAULT_BITS, cues?: Cues, opts: FeatureOptions = {}): FeatureVector {
  const mask = (1 << bits) - 1;
  used = 0;
  const add = (key: string, seed: number) => push(fnv1a(key, seed) & mask);
  const cueMask = (w: string) => {
    const c = cues?.get(w);
    return c && c[0] === "=" ? "<" + c.slice(1) + ">" : w;
  };
  // `plain` is `text` without diacritics, letter for letter, so their words line up one to one
  const rawPlain = plain.match(WORD) ?? [];
  const textWords = text.match(WORD) ?? [];
  const words = cues ? textWords.map((w, i) => (cueMask(rawPlain[i] ?? w) !== (rawPlain[i] ?? w) ? cueMask(rawPlain[i]) : w)) : textWords;
  for (let i = 0; i < words.length; i++) {
    add(words[i], 1);
    if (i + 1 < words.length) push(fnvPair(words[i], words[i + 1], 2) & mask); // = fnv1a(a + " " + b, 2)
  }
  const pw = cues ? rawPlain.map(cueMask) : rawPlain;
  if (opts.plainWords) {
    for (let i = 0; i < pw.length; i++) {
      add(pw[i], 5);
      if (i + 1 < pw.length) push(fnvPair(pw[i], pw[i + 1], 6) & mask);
    }
  }
  if (cues) {
    const seen = new Set<string>();
    for (let i = 0; i < pw.length; i++) {
      const w = rawPlain[i];
      const c = cues.get(w) ?? (i + 1 < rawPlain.length ? cues.get(w + " " + rawPlain[i + 1]) : undefined);
      if (c) seen.add(c[0] === "=" ? c.slice(1) : c);
    }
    const cs = [...seen].sort();
    for (let i = 0; i < cs.length; i++) {
      add("__cue__" + cs[i], 1);
      for (let j = i + 1; j < cs.length; j++) add("__cue__" + cs[i] + "&" + cs[j], 1);
    }
  }
  // character 3–5-grams of " word ", hashed in place (a word's n-grams never change: remembered)
  for (const w of pw) {
    if (w[0] === "<") continue; // masked: the placeholder word feature is enough
    const grams = ngramsOf(w, mask);
    for (let i = 0; i < grams.length; i++) push(grams[i]);
  }
  add("__bias__", 0);
  // count equal hashes: sort, then run lengths
  const hs = sortHashes(buf.subarray(0, used), mask);
  let distinct = 0;
  for (let i = 0; i < hs.length; i++) if (i === 0 || hs[i] !== hs[i - 1]) distinct++;
  const idx = new Int32Array(distinct);
  const val = new Float32Array(distinct);
  let k = -1;
  let run = 0;
  let norm = 0;
  for (let i = 0; i <= hs.length; i++) {
    if (i < hs.length && i > 0 && hs[i] === hs[i - 1]) {
      run++;
      continue;
    }
    if (k >= 0) {
      val[k] = 1 + Math.log(run);
      norm += val[k] * val[k];
    }
    if (i < hs.length) {
      idx[++k] = hs[i];
      run = 1;
    }
  }
  norm = Math.sqrt(norm) || 1;
  for (let i = 0; i < val.length; i++) val[i] /= norm;
  return { idx, val };
}
