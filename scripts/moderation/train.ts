// Trains the built-in classifier (one softmax regression per language over hashed n-grams) and writes
// src/features/moderation/detection/model/<lang>.json. Deterministic: seeded shuffles, no threads.
//   npx tsx scripts/moderation/train.ts [en|vi ...]
//   OUT=/tmp/m HOLDOUT_VIHOS_DEV=1 npx tsx scripts/moderation/train.ts vi   (a candidate, ViHOS dev held out)
import { writeFileSync } from "node:fs";
import { featurize, DEFAULT_BITS, type FeatureVector } from "../../src/features/moderation/detection/classifier/features.js";
import { fromWeights, type ModelFile } from "../../src/features/moderation/detection/classifier/model.js";
import { packFor } from "../../src/features/moderation/detection/languages/index.js";
import { normalize } from "../../src/features/moderation/detection/normalize.js";
import { DATA, davidson, evalTexts, ownExamples, vihosWeak, type Example } from "./data.js";

const CLASSES = ["clean", "offensive", "hate"];
const K = 3;
const PLATFORM_PRIOR = [0.85, 0.08, 0.07];

function rng(seed: number) {
  // mulberry32
  return () => {
    seed |= 0;
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
function shuffle<T>(xs: T[], r: () => number): T[] {
  const a = xs.slice();
  for (let i = a.length - 1; i > 0; i--) {
    const j = Math.floor(r() * (i + 1));
    [a[i], a[j]] = [a[j], a[i]];
  }
  return a;
}

// Feature set per language (see ModelFile.features): Vietnamese is often typed without diacritics, so its
// model can also see diacritic-free word 1–2-grams (VI_FEATURES=2). Chosen on ViHOS cross-fitting, never on
// ViHSD: feature set 2 scored 0.744 there against 0.754 for set 1, so set 1 ships.
const FEATURES: Record<string, 1 | 2> = { en: 1, vi: Number(process.env.VI_FEATURES ?? 1) as 1 | 2 };

export function vectorize(lang: string, text: string, bits = DEFAULT_BITS): FeatureVector {
  const pack = packFor(lang);
  let n = normalize(text);
  if (pack?.view) n = pack.view(n);
  return featurize(n.text, n.plain, bits, pack?.classifierCues, { plainWords: (FEATURES[lang] ?? 1) >= 2 });
}

const EPOCHS = Number(process.env.EPOCHS ?? 8);
const CW_POW = Number(process.env.CW_POW ?? 0.5);
function train(xs: FeatureVector[], ys: number[], bits: number, seed: number, epochs = EPOCHS): Float32Array {
  const D = 1 << bits;
  const w = new Float32Array(D * K);
  const g2 = new Float32Array(D * K).fill(1e-8);
  const freq = [0, 0, 0];
  for (const y of ys) freq[y]++;
  // balance classes (square-root weighting: rare hate examples count more, but not overwhelmingly)
  const cw = freq.map((f) => Math.pow(ys.length / K / Math.max(f, 1), CW_POW));
  const lr = Number(process.env.LR ?? 0.4);
  const l2 = Number(process.env.L2 ?? 1e-6);
  const r = rng(seed);
  const order = xs.map((_, i) => i);
  for (let ep = 0; ep < epochs; ep++) {
    for (const i of shuffle(order, r)) {
      const { idx, val } = xs[i];
      const z = [0, 0, 0];
      for (let j = 0; j < idx.length; j++) for (let c = 0; c < K; c++) z[c] += w[idx[j] * K + c] * val[j];
      const m = Math.max(...z);
      const e = z.map((v) => Math.exp(v - m));
      const s = e[0] + e[1] + e[2];
      for (let c = 0; c < K; c++) {
        const grad = (e[c] / s - (ys[i] === c ? 1 : 0)) * cw[ys[i]];
        for (let j = 0; j < idx.length; j++) {
          const p = idx[j] * K + c;
          const gr = grad * val[j] + l2 * w[p];
          g2[p] += gr * gr;
          w[p] -= (lr * gr) / Math.sqrt(g2[p]);
        }
      }
    }
  }
  return w;
}

export function macroF1(gold: number[], pred: number[], weight: (g: number) => number = () => 1): { macro: number; f1: number[] } {
  const f1 = [0, 1, 2].map((c) => {
    let tp = 0, fp = 0, fn = 0;
    for (let i = 0; i < gold.length; i++) {
      const wt = weight(gold[i]);
      if (pred[i] === c && gold[i] === c) tp += wt;
      else if (pred[i] === c) fp += wt;
      else if (gold[i] === c) fn += wt;
    }
    const p = tp / Math.max(tp + fp, 1), rc = tp / Math.max(tp + fn, 1);
    return p + rc === 0 ? 0 : (2 * p * rc) / (p + rc);
  });
  return { macro: (f1[0] + f1[1] + f1[2]) / 3, f1 };
}

const argmax = (p: number[]) => p.indexOf(Math.max(...p));

function logitsOf(file: ModelFile, w: Float32Array, xs: Example[], lang: string): number[][] {
  const m = fromWeights({ ...file, bias: [0, 0, 0] }, w);
  return xs.map((e) => {
    let n = normalize(e.text);
    const pack = packFor(lang);
    if (pack?.view) n = pack.view(n);
    return m.predict(n.text, n.plain, pack?.classifierCues).map((p) => Math.log(p + 1e-12));
  });
}

function tuneBias(logits: number[][], gold: number[]): { bias: number[]; macro: number } {
  // Our datasets over-represent abuse (Davidson is 77% "offensive", ViHOS about half toxic); a social
  // platform's stream is mostly clean. Choose the decision biases for the expected macro-F1 under an
  // assumed platform prior rather than under the dataset's own class balance.
  const freq = [0, 0, 0];
  for (const g of gold) freq[g]++;
  const weight = (g: number) => PLATFORM_PRIOR[g] / Math.max(freq[g] / gold.length, 1e-9);
  let best = { bias: [0, 0, 0], macro: -1 };
  for (let b1 = -5; b1 <= 3; b1 += STEP)
    for (let b2 = -5; b2 <= 3; b2 += STEP) {
      const pred = logits.map((z) => argmax([z[0], z[1] + b1, z[2] + b2]));
      const { macro } = macroF1(gold, pred, weight);
      if (macro > best.macro + 1e-9) best = { bias: [0, b1, b2], macro };
    }
  return best;
}

function build(lang: string): { trainSet: Example[]; dev: Example[]; sources: string[] } {
  const r = rng(42);
  if (lang === "en") {
    const all = shuffle([...davidson(), ...ownExamples("en")], r);
    const cut = Math.floor(all.length * 0.9);
    return { trainSet: all.slice(0, cut), dev: all.slice(cut), sources: ["davidson-hsol (MIT)", "own examples"] };
  }
  if (lang === "vi") {
    // ViHOS comments are drawn from the ViHSD corpus; drop any that appear in the ViHSD dev split so the
    // ViHSD evaluation stays honest.
    const leak = evalTexts(`${DATA}/vihsd/dev.csv`, "free_text");
    const clean = (xs: Example[]) => xs.filter((e) => !leak.has(e.text.trim()));
    const trainSet = shuffle([...clean(vihosWeak(`${DATA}/vihos/train.csv`)), ...ownExamples("vi")], r);
    // HOLDOUT_VIHOS_DEV=1 leaves the ViHOS dev split out of training altogether, so that a ViHOS dev figure
    // can be reported honestly (the shipped model learns from it)
    const dev = process.env.HOLDOUT_VIHOS_DEV === "1" ? [] : clean(vihosWeak(`${DATA}/vihos/dev.csv`));
    return { trainSet, dev, sources: ["vihos train (MIT, weak 3-class labels, ViHSD-dev texts removed)", "own examples"] };
  }
  throw new Error(`no training recipe for ${lang}`);
}

const FOLDS = 5;
const STEP = Number(process.env.STEP ?? 0.25);
const SEEDS = Number(process.env.SEEDS ?? 3);

const PRECISION = Number(process.env.PRECISION ?? 8) as 8 | 16;
function quantize(w: Float32Array): { q: Int8Array | Int16Array; scale: number; deq: Float32Array } {
  let maxAbs = 0;
  for (const v of w) maxAbs = Math.max(maxAbs, Math.abs(v));
  const scale = maxAbs / (PRECISION === 16 ? 32767 : 127) || 1;
  const q = PRECISION === 16 ? new Int16Array(w.length) : new Int8Array(w.length);
  for (let i = 0; i < w.length; i++) q[i] = Math.round(w[i] / scale);
  const deq = new Float32Array(q.length);
  for (let i = 0; i < q.length; i++) deq[i] = q[i] * scale;
  return { q, scale, deq };
}

/**
 * Cross-fitting: the decision biases are tuned on out-of-fold predictions over train + dev (each example
 * predicted by a model that never saw it), then the shipped model learns from all of it — every labelled
 * example trains the model and none tunes its own threshold.
 */
export function trainLanguage(lang: string, bits = Number(process.env.BITS ?? DEFAULT_BITS)): ModelFile {
  const { trainSet, dev, sources } = build(lang);
  const all = [...trainSet, ...dev];
  const xs = all.map((e) => vectorize(lang, e.text, bits));
  const ys = all.map((e) => e.label);
  const features = FEATURES[lang] ?? 1;
  const base: ModelFile = {
    version: features >= 2 ? `${lang}-clf-1.2.0` : `${lang}-clf-1.1.0`, language: lang, bits, classes: CLASSES, bias: [0, 0, 0], scale: 1,
    weights: "", trainedOn: sources, ...(features >= 2 ? { features } : {}),
  };
  const oof: number[][] = new Array(all.length);
  for (let f = 0; f < FOLDS; f++) {
    const inFold = (i: number) => i % FOLDS === f;
    const tr = xs.map((_, i) => i).filter((i) => !inFold(i));
    const w = train(tr.map((i) => xs[i]), tr.map((i) => ys[i]), bits, 7 + f);
    const { deq } = quantize(w);
    const te = xs.map((_, i) => i).filter(inFold);
    const lg = logitsOf(base, deq, te.map((i) => all[i]), lang);
    te.forEach((i, k) => (oof[i] = lg[k]));
  }
  const tuned = tuneBias(oof, ys);
  // the shipped weights average SEEDS runs over different shuffles (a linear model: averaging weights
  // averages logits), which removes most of the run-to-run noise of one SGD pass
  const avg = new Float32Array((1 << bits) * K);
  for (let s = 0; s < SEEDS; s++) {
    const w = train(xs, ys, bits, 7 + 101 * s);
    for (let i = 0; i < w.length; i++) avg[i] += w[i] / SEEDS;
  }
  const { q, scale } = quantize(avg);
  const file: ModelFile = { ...base, scale, weights: Buffer.from(q.buffer).toString("base64"), bias: tuned.bias, precision: PRECISION };
  file.metrics = { cvMacroF1: Math.round(tuned.macro * 1000) / 1000, trainSize: all.length, folds: FOLDS };
  return file;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const langs = process.argv.slice(2).length ? process.argv.slice(2) : ["en", "vi"];
  for (const lang of langs) {
    const t0 = Date.now();
    const file = trainLanguage(lang);
    // OUT=DIR writes DIR/<lang>.json instead (to compare a candidate without touching the shipped model)
    const out = process.env.OUT ? `${process.env.OUT}/${lang}.json` : new URL(`../../src/features/moderation/detection/model/${lang}.json`, import.meta.url);
    writeFileSync(out, JSON.stringify(file));
    console.log(`${lang}: cross-validated macro-F1 ${file.metrics?.cvMacroF1} (${file.metrics?.trainSize} examples, ${FOLDS} folds), bias ${file.bias.join(",")}, ${((Date.now() - t0) / 1000).toFixed(1)}s`);
  }
}
