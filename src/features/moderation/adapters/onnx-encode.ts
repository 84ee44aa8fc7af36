// Pre- and post-processing for the local ONNX adapter, kept free of the runtime so it is testable
// without onnxruntime-node. Two input encoders: the built-in classifier's hashed word/character n-grams
// (a dense float vector of 2^bits), or a BERT-style WordPiece tokenizer over a vocab.txt.
import { featurize } from "../detection/classifier/features.js";
import { normalize, stripDiacritics } from "../detection/normalize.js";
import { CATEGORIES, type Category } from "../detection/types.js";
import { AdapterError } from "./types.js";

export type TokenizerConfig =
  | { type: "hashed-ngrams"; bits: number }
  | { type: "wordpiece"; vocab: string; maxLength: number; lowercase: boolean; padToMaxLength: boolean };

export interface LabelsConfig {
  version: string;
  labels: string[];
  /** label → our category; labels named like a category map to it; others (e.g. "clean") are ignored */
  categories: (Category | null)[];
  activation: "none" | "sigmoid" | "softmax";
  output: string | null;
}

const obj = (x: unknown, what: string): Record<string, unknown> => {
  if (!x || typeof x !== "object" || Array.isArray(x)) throw new AdapterError(`${what} must be a JSON object`);
  return x as Record<string, unknown>;
};

export function parseTokenizerConfig(raw: unknown): TokenizerConfig {
  const c = obj(raw, "tokenizer.json");
  if (c.type === "hashed-ngrams") {
    const bits = c.bits ?? 17;
    if (!Number.isInteger(bits) || (bits as number) < 4 || (bits as number) > 20) throw new AdapterError("tokenizer.json: bits must be an integer 4..20");
    return { type: "hashed-ngrams", bits: bits as number };
  }
  if (c.type === "wordpiece") {
    const maxLength = c.maxLength ?? 128;
    if (!Number.isInteger(maxLength) || (maxLength as number) < 4 || (maxLength as number) > 4096) throw new AdapterError("tokenizer.json: maxLength must be an integer 4..4096");
    const vocab = typeof c.vocab === "string" && c.vocab ? c.vocab : "vocab.txt";
    if (vocab.includes("/") || vocab.includes("\\") || vocab.startsWith(".")) throw new AdapterError("tokenizer.json: vocab must be a file name in the model directory");
    return { type: "wordpiece", vocab, maxLength: maxLength as number, lowercase: c.lowercase !== false, padToMaxLength: c.padToMaxLength === true };
  }
  throw new AdapterError(`tokenizer.json: unknown type ${JSON.stringify(c.type)} (hashed-ngrams or wordpiece)`);
}

export function parseLabels(raw: unknown): LabelsConfig {
  const c = Array.isArray(raw) ? { labels: raw } : obj(raw, "labels.json");
  const labels = c.labels;
  if (!Array.isArray(labels) || labels.length === 0 || !labels.every((l) => typeof l === "string")) throw new AdapterError("labels.json: labels must be a non-empty list of strings");
  const map = c.map === undefined ? {} : obj(c.map, "labels.json map");
  const categories = (labels as string[]).map((l) => {
    const target = l in map ? map[l] : l;
    if (target === null || target === undefined) return null;
    if (typeof target === "string" && (CATEGORIES as readonly string[]).includes(target)) return target as Category;
    if (l in map) throw new AdapterError(`labels.json: "${l}" maps to unknown category ${JSON.stringify(target)}`);
    return null;
  });
  if (categories.every((x) => x === null)) throw new AdapterError("labels.json: no label maps to a moderation category");
  const activation = c.activation ?? "none";
  if (activation !== "none" && activation !== "sigmoid" && activation !== "softmax") throw new AdapterError("labels.json: activation must be none, sigmoid or softmax");
  return {
    version: typeof c.version === "string" && c.version ? c.version.slice(0, 80) : "1",
    labels: labels as string[], categories, activation,
    output: typeof c.output === "string" ? c.output : null,
  };
}

/** The built-in classifier's features as a dense vector [1, 2^bits]. */
export function encodeHashed(text: string, bits: number): Float32Array {
  const n = normalize(text);
  const f = featurize(n.text, n.plain, bits);
  const dense = new Float32Array(1 << bits);
  for (let i = 0; i < f.idx.length; i++) dense[f.idx[i]] += f.val[i];
  return dense;
}

// ---- WordPiece (BERT's basic tokenizer + greedy longest-match-first sub-words) ----

export function parseVocab(text: string): Map<string, number> {
  const vocab = new Map<string, number>();
  text.split(/\r?\n/).forEach((line, i) => {
    const tok = line.trim();
    if (tok && !vocab.has(tok)) vocab.set(tok, i);
  });
  for (const special of ["[UNK]", "[CLS]", "[SEP]"]) if (!vocab.has(special)) throw new AdapterError(`vocab: missing ${special}`);
  return vocab;
}

const PUNCT = /[\p{P}\p{S}]/u;
const CJK = /[\u4e00-\u9fff\u3400-\u4dbf\uf900-\ufaff\u3040-\u30ff\uac00-\ud7af]/u;

export function basicTokens(text: string, lowercase: boolean): string[] {
  let s = text.replace(/[\p{Cc}\p{Cf}]/gu, " ");
  if (lowercase) s = stripDiacritics(s.toLowerCase());
  const out: string[] = [];
  for (const word of s.split(/\s+/)) {
    let cur = "";
    for (const ch of word) {
      if (PUNCT.test(ch) || CJK.test(ch)) {
        if (cur) out.push(cur);
        out.push(ch);
        cur = "";
      } else cur += ch;
    }
    if (cur) out.push(cur);
  }
  return out;
}

export function wordPiece(token: string, vocab: Map<string, number>, maxChars = 100): number[] {
  const unk = vocab.get("[UNK]")!;
  const chars = [...token];
  if (chars.length > maxChars) return [unk];
  const ids: number[] = [];
  let start = 0;
  while (start < chars.length) {
    let end = chars.length;
    let found: number | undefined;
    while (start < end) {
      const piece = (start > 0 ? "##" : "") + chars.slice(start, end).join("");
      found = vocab.get(piece);
      if (found !== undefined) break;
      end--;
    }
    if (found === undefined) return [unk];
    ids.push(found);
    start = end;
  }
  return ids;
}

export interface WordPieceEncoding {
  inputIds: BigInt64Array;
  attentionMask: BigInt64Array;
  tokenTypeIds: BigInt64Array;
}

export function encodeWordPiece(text: string, vocab: Map<string, number>, cfg: { maxLength: number; lowercase: boolean; padToMaxLength: boolean }): WordPieceEncoding {
  const ids: number[] = [vocab.get("[CLS]")!];
  for (const t of basicTokens(text, cfg.lowercase)) {
    for (const id of wordPiece(t, vocab)) ids.push(id);
    if (ids.length >= cfg.maxLength - 1) break;
  }
  ids.length = Math.min(ids.length, cfg.maxLength - 1);
  ids.push(vocab.get("[SEP]")!);
  const len = cfg.padToMaxLength ? cfg.maxLength : ids.length;
  const pad = vocab.get("[PAD]") ?? 0;
  const inputIds = new BigInt64Array(len).fill(BigInt(pad));
  const attentionMask = new BigInt64Array(len);
  ids.forEach((id, i) => {
    inputIds[i] = BigInt(id);
    attentionMask[i] = 1n;
  });
  return { inputIds, attentionMask, tokenTypeIds: new BigInt64Array(len) };
}

// ---- post-processing ----

/** Model outputs for one text → a score per category (max over the labels that map to it). */
export function scoresFromOutput(values: ArrayLike<number>, labels: LabelsConfig): Map<Category, { score: number; label: string }> {
  if (values.length !== labels.labels.length) throw new AdapterError(`model output has ${values.length} values, labels.json lists ${labels.labels.length}`);
  let probs = Array.from(values, Number);
  if (!probs.every(Number.isFinite)) throw new AdapterError("model output is not finite");
  if (labels.activation === "sigmoid") probs = probs.map((x) => 1 / (1 + Math.exp(-x)));
  else if (labels.activation === "softmax") {
    const m = Math.max(...probs);
    const e = probs.map((x) => Math.exp(x - m));
    const sum = e.reduce((a, b) => a + b, 0);
    probs = e.map((x) => x / sum);
  }
  const out = new Map<Category, { score: number; label: string }>();
  probs.forEach((p, i) => {
    const c = labels.categories[i];
    const score = Math.min(1, Math.max(0, p));
    if (c && score > (out.get(c)?.score ?? -1)) out.set(c, { score, label: labels.labels[i] });
  });
  return out;
}
