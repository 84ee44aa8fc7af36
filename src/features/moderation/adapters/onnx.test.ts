import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { createOnnxAdapter, importOnnxRuntime, type OrtModule, type OrtTensor } from "./onnx.js";
import { basicTokens, encodeHashed, encodeWordPiece, parseLabels, parseTokenizerConfig, parseVocab, scoresFromOutput, wordPiece } from "./onnx-encode.js";
import { linearSigmoidModel, tokenMaxModel } from "./testing/onnx-proto.js";

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

function modelDir(files: Record<string, string | Uint8Array>, name = "tiny-model"): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), "rostra-onnx-"));
  dirs.push(root);
  const dir = path.join(root, name);
  fs.mkdirSync(dir);
  for (const [f, content] of Object.entries(files)) fs.writeFileSync(path.join(dir, f), content);
  return dir;
}

const never = new AbortController().signal;
const BITS = 10;
const THREAT = "I will kill you";
/** W[D, 2]: column 0 ("clean") zero, column 1 ("threat") = 12 × the threat text's features; bias −5 */
function threatWeights(): { w: number[][]; b: number[] } {
  const v = encodeHashed(THREAT, BITS);
  return { w: Array.from(v, (x) => [0, 12 * x]), b: [0, -5] };
}
const VOCAB = ["[PAD]", "[UNK]", "[CLS]", "[SEP]", "kill", "##ing", "you", "giet", "hello", "!"].join("\n");

describe("ONNX adapter: pre- and post-processing (no runtime needed)", () => {
  it("parses labels.json: direct names, a map, ignored labels, and refuses nonsense", () => {
    const l = parseLabels({ version: "v3", labels: ["clean", "toxic", "threat", "hate"], map: { toxic: "harassment", threat: "violence_threat", clean: null }, activation: "sigmoid" });
    expect(l.categories).toEqual([null, "harassment", "violence_threat", "hate"]);
    expect(l).toMatchObject({ version: "v3", activation: "sigmoid", output: null });
    expect(parseLabels(["clean", "spam"]).categories).toEqual([null, "spam"]);
    expect(() => parseLabels({ labels: ["x"], map: { x: "murder" } })).toThrow(/unknown category/);
    expect(() => parseLabels({ labels: ["clean"] })).toThrow(/no label maps/);
    expect(() => parseLabels({ labels: ["hate"], activation: "relu" })).toThrow(/activation/);
  });

  it("parses tokenizer.json and keeps the vocabulary inside the model directory", () => {
    expect(parseTokenizerConfig({ type: "hashed-ngrams", bits: 10 })).toEqual({ type: "hashed-ngrams", bits: 10 });
    expect(parseTokenizerConfig({ type: "wordpiece" })).toMatchObject({ vocab: "vocab.txt", maxLength: 128, lowercase: true });
    expect(() => parseTokenizerConfig({ type: "wordpiece", vocab: "../../etc/passwd" })).toThrow(/file name/);
    expect(() => parseTokenizerConfig({ type: "hashed-ngrams", bits: 40 })).toThrow(/bits/);
    expect(() => parseTokenizerConfig({ type: "bpe" })).toThrow(/unknown type/);
  });

  it("hashes text like the built-in classifier into a normalised dense vector", () => {
    const v = encodeHashed("I will k1ll you", BITS);
    expect(v.length).toBe(1024);
    expect(Math.hypot(...v)).toBeCloseTo(1, 5);
    expect(Array.from(v)).toEqual(Array.from(encodeHashed(THREAT, BITS))); // leetspeak folded first
  });

  it("tokenizes with WordPiece: lowercase, accents stripped, punctuation split, sub-words, [UNK], bounds", () => {
    const vocab = parseVocab(VOCAB);
    expect(basicTokens("Giết KILLING you!", true)).toEqual(["giet", "killing", "you", "!"]);
    expect(wordPiece("killing", vocab)).toEqual([4, 5]);
    expect(wordPiece("zebra", vocab)).toEqual([1]);
    const enc = encodeWordPiece("Giết killing you!", vocab, { maxLength: 5, lowercase: true, padToMaxLength: false });
    expect(Array.from(enc.inputIds, Number)).toEqual([2, 7, 4, 5, 3]); // [CLS] giet kill ##ing [SEP], truncated
    const padded = encodeWordPiece("hello", vocab, { maxLength: 6, lowercase: true, padToMaxLength: true });
    expect(Array.from(padded.inputIds, Number)).toEqual([2, 8, 3, 0, 0, 0]);
    expect(Array.from(padded.attentionMask, Number)).toEqual([1, 1, 1, 0, 0, 0]);
    expect(() => parseVocab("a\nb")).toThrow(/\[UNK\]/);
  });

  it("turns outputs into category scores with the configured activation, max per category", () => {
    const labels = parseLabels({ labels: ["clean", "insult", "harassment"], map: { insult: "harassment" }, activation: "softmax" });
    const s = scoresFromOutput([0, 2, 1], labels);
    expect(s.get("harassment")!.label).toBe("insult");
    expect(s.get("harassment")!.score).toBeCloseTo(Math.exp(2) / (1 + Math.exp(2) + Math.exp(1)), 5);
    expect(() => scoresFromOutput([1, 2], labels)).toThrow(/labels.json lists 3/);
  });

  it("runs the adapter end to end on a stand-in runtime and reports a missing or broken directory", async () => {
    const { w, b } = threatWeights();
    const fake: OrtModule = {
      Tensor: class { constructor(readonly type: string, readonly data: Float32Array, readonly dims: number[]) {} } as unknown as OrtModule["Tensor"],
      InferenceSession: {
        create: async () => ({
          inputNames: ["x"], outputNames: ["probs"],
          run: async (feeds: Record<string, OrtTensor>) => {
            const x = feeds.x.data as Float32Array;
            const z = b.map((bias, k) => w.reduce((acc, row, i) => acc + row[k] * x[i], bias));
            return { probs: { data: Float32Array.from(z, (v) => 1 / (1 + Math.exp(-v))), dims: [1, 2] } };
          },
        }),
      },
    };
    const dir = modelDir({ "model.onnx": new Uint8Array([0]), "labels.json": JSON.stringify({ version: "t1", labels: ["clean", "violence_threat"] }), "tokenizer.json": JSON.stringify({ type: "hashed-ngrams", bits: BITS }) });
    const a = createOnnxAdapter({ dir, runtime: async () => fake });
    const [s] = await a.classify(THREAT, never);
    expect(s).toMatchObject({ category: "violence_threat", detector: "onnx:tiny-model", version: "t1" });
    expect(s.score).toBeGreaterThan(0.99);
    expect((await a.classify("lovely weather in Hanoi", never))[0].score).toBeLessThan(0.5);
    const broken = createOnnxAdapter({ dir: modelDir({ "labels.json": "{}" }), runtime: async () => fake });
    await expect(broken.classify("x", never)).rejects.toThrow(/labels/);
    const missing = createOnnxAdapter({ dir: modelDir({ "labels.json": '["hate"]', "tokenizer.json": '{"type":"hashed-ngrams","bits":6}' }), runtime: async () => fake });
    await expect(missing.classify("x", never)).rejects.toThrow(/missing model.onnx/);
  });
});

// The real runtime is an optional package; these run only where it is installed.
const ort = await importOnnxRuntime().catch(() => null);

describe.skipIf(!ort)("ONNX adapter with onnxruntime-node and hand-written models", () => {
  it("hashed n-grams → MatMul+Add+Sigmoid model → categories", async () => {
    const { w, b } = threatWeights();
    const dir = modelDir({ "model.onnx": linearSigmoidModel(w, b), "labels.json": JSON.stringify({ version: "lin-1", labels: ["clean", "threat"], map: { threat: "violence_threat" } }), "tokenizer.json": JSON.stringify({ type: "hashed-ngrams", bits: BITS }) });
    const a = createOnnxAdapter({ dir });
    await a.ready();
    const [s] = await a.classify(THREAT, never);
    expect(s).toMatchObject({ category: "violence_threat", detector: "onnx:tiny-model", version: "lin-1", spans: [] });
    expect(s.score).toBeGreaterThan(0.99);
    expect((await a.classify("lovely weather in Hanoi", never))[0].score).toBeLessThan(0.5);
    await a.close!();
  });

  it("WordPiece ids → Gather+ReduceMax model → categories", async () => {
    // rows: one per vocabulary entry; columns: violence_threat, harassment
    const e = VOCAB.split("\n").map((t) => (t === "kill" ? [0.9, 0.2] : t === "giet" ? [0.8, 0.1] : t === "you" ? [0.1, 0.4] : [0, 0]));
    const dir = modelDir({ "model.onnx": tokenMaxModel(e), "vocab.txt": VOCAB, "labels.json": JSON.stringify({ labels: ["violence_threat", "harassment"] }), "tokenizer.json": JSON.stringify({ type: "wordpiece", maxLength: 16 }) }, "wp");
    const a = createOnnxAdapter({ dir });
    const out = await a.classify("GIẾT you", never);
    expect(out.find((s) => s.category === "violence_threat")!.score).toBeCloseTo(0.8, 5);
    expect(out.find((s) => s.category === "harassment")!.score).toBeCloseTo(0.4, 5);
    expect((await a.classify("hello!", never)).every((s) => s.score === 0)).toBe(true);
  });

  it("reports a corrupt model file", async () => {
    const dir = modelDir({ "model.onnx": new Uint8Array([1, 2, 3, 4]), "labels.json": '["hate"]', "tokenizer.json": '{"type":"hashed-ngrams","bits":6}' });
    await expect(createOnnxAdapter({ dir }).classify("x", never)).rejects.toThrow(/did not load/);
  });
});
