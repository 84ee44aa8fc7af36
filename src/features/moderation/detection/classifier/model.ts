// The built-in linear classifier: a softmax regression over hashed features, one model per language,
// trained by scripts/moderation/train.ts. Weights are stored as int8 (base64) with one scale factor,
// which keeps each model file well under a megabyte.
import { readFileSync } from "node:fs";
import { featurize, type Cues } from "./features.js";

export interface ModelFile {
  version: string;
  language: string;
  bits: number;
  classes: string[];
  /** per-class additive bias applied at prediction (prior correction chosen on a dev split) */
  bias: number[];
  scale: number;
  /** base64 of Int8Array (or Int16Array when `precision` is 16), layout [feature * classes + class] */
  weights: string;
  precision?: 8 | 16;
  /** feature set: 1 (default) word 1–2-grams + char 3–5-grams + cues; 2 adds diacritic-free word 1–2-grams */
  features?: 1 | 2;
  trainedOn: string[];
  metrics?: Record<string, number>;
}

export interface LinearModel {
  file: ModelFile;
  w: Float32Array;
  predict(text: string, plain: string, cues?: Cues): number[];
}

export function fromFile(file: ModelFile): LinearModel {
  const raw = Buffer.from(file.weights, "base64");
  const bytes = new Uint8Array(raw); // aligned copy
  const q = file.precision === 16 ? new Int16Array(bytes.buffer, 0, bytes.byteLength / 2) : new Int8Array(bytes.buffer);
  const w = new Float32Array(q.length);
  for (let i = 0; i < q.length; i++) w[i] = q[i] * file.scale;
  return fromWeights(file, w);
}

export function fromWeights(file: ModelFile, w: Float32Array): LinearModel {
  const k = file.classes.length;
  const plainWords = { plainWords: (file.features ?? 1) >= 2 };
  return {
    file,
    w,
    predict(text: string, plain: string, cues?: Cues): number[] {
      const f = featurize(text, plain, file.bits, cues, plainWords);
      const z = file.bias.slice();
      for (let i = 0; i < f.idx.length; i++) {
        const base = f.idx[i] * k;
        const v = f.val[i];
        for (let c = 0; c < k; c++) z[c] += w[base + c] * v;
      }
      return softmax(z);
    },
  };
}

export function softmax(z: number[]): number[] {
  let m = -Infinity;
  for (const x of z) if (x > m) m = x;
  let s = 0;
  const e = z.map((x) => {
    const v = Math.exp(x - m);
    s += v;
    return v;
  });
  return e.map((v) => v / s);
}

const cache = new Map<string, LinearModel | null>();
/** The committed model for a language, or null when none ships. */
export function loadModel(language: string): LinearModel | null {
  if (cache.has(language)) return cache.get(language)!;
  let m: LinearModel | null = null;
  // from the sources (classifier/ → ../model/), or from a bundle in dist/ that did not copy the models
  const candidates = [`../model/${language}.json`, `../src/features/moderation/detection/model/${language}.json`];
  for (const rel of candidates) {
    try {
      m = fromFile(JSON.parse(readFileSync(new URL(rel, import.meta.url), "utf8")) as ModelFile);
      break;
    } catch {
      m = null;
    }
  }
  cache.set(language, m);
  return m;
}
