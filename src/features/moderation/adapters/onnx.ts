// Adapter for a local ONNX model directory the operator supplies:
//   model.onnx      one text in, one row of scores out ([1, labels] or [labels])
//   labels.json     {"version", "labels": [...], "map": {label: category|null}, "activation": none|sigmoid|softmax, "output"?}
//   tokenizer.json  {"type": "hashed-ngrams", "bits": 12} or {"type": "wordpiece", "vocab": "vocab.txt", "maxLength": 128}
// It runs with onnxruntime-node, an optional package loaded by dynamic import: Rostra installs and runs
// without it, and this adapter then reports an error (the pipeline decides without it). Install it with
// `ONNXRUNTIME_NODE_INSTALL=skip npm install onnxruntime-node` (its CPU binaries ship in the package; the
// skip stops its install script from downloading GPU providers).
import fs from "node:fs/promises";
import path from "node:path";
import type { Signal } from "../detection/types.js";
import { encodeHashed, encodeWordPiece, type LabelsConfig, parseLabels, parseTokenizerConfig, parseVocab, scoresFromOutput, type TokenizerConfig } from "./onnx-encode.js";
import { type Adapter, AdapterError } from "./types.js";

/** The slice of onnxruntime-node's API this adapter uses (typed here: the package is optional). */
export interface OrtTensor {
  readonly data: ArrayLike<number> | BigInt64Array;
  readonly dims: readonly number[];
}
export interface OrtSession {
  readonly inputNames: readonly string[];
  readonly outputNames: readonly string[];
  run(feeds: Record<string, OrtTensor>): Promise<Record<string, OrtTensor>>;
  release?(): Promise<void>;
}
export interface OrtModule {
  Tensor: new (type: "float32" | "int64", data: Float32Array | BigInt64Array, dims: number[]) => OrtTensor;
  InferenceSession: { create(model: Uint8Array, options?: Record<string, unknown>): Promise<OrtSession> };
}

const RUNTIME = "onnxruntime-node";

export async function importOnnxRuntime(): Promise<OrtModule> {
  try {
    // a variable specifier: neither tsc nor the bundler tries to resolve the optional package
    const name = RUNTIME;
    const mod = (await import(/* @vite-ignore */ name)) as OrtModule & { default?: OrtModule };
    return mod.InferenceSession ? mod : mod.default!;
  } catch (e) {
    throw new AdapterError(`${RUNTIME} is not installed (${(e as Error).message.split("\n")[0]}); see src/features/moderation/adapters/README.md`);
  }
}

export interface OnnxAdapterOptions {
  dir: string;
  /** for tests: where the runtime comes from */
  runtime?: () => Promise<OrtModule>;
  /** files above this are refused (default 512 MiB for the model, 8 MiB for the JSON and the vocabulary) */
  maxModelBytes?: number;
}

interface Loaded {
  ort: OrtModule;
  session: OrtSession;
  labels: LabelsConfig;
  tokenizer: TokenizerConfig;
  vocab: Map<string, number> | null;
  output: string;
}

async function readBounded(file: string, max: number): Promise<Buffer> {
  const st = await fs.stat(file).catch(() => null);
  if (!st || !st.isFile()) throw new AdapterError(`missing ${path.basename(file)} in the ONNX model directory`);
  if (st.size > max) throw new AdapterError(`${path.basename(file)} is larger than ${max} bytes`);
  return fs.readFile(file);
}

async function readJson(file: string): Promise<unknown> {
  const buf = await readBounded(file, 8 * 1024 * 1024);
  try {
    return JSON.parse(buf.toString("utf8"));
  } catch {
    throw new AdapterError(`${path.basename(file)} is not valid JSON`);
  }
}

async function load(opts: OnnxAdapterOptions): Promise<Loaded> {
  const labels = parseLabels(await readJson(path.join(opts.dir, "labels.json")));
  const tokenizer = parseTokenizerConfig(await readJson(path.join(opts.dir, "tokenizer.json")));
  const vocab = tokenizer.type === "wordpiece" ? parseVocab((await readBounded(path.join(opts.dir, tokenizer.vocab), 8 * 1024 * 1024)).toString("utf8")) : null;
  const model = await readBounded(path.join(opts.dir, "model.onnx"), opts.maxModelBytes ?? 512 * 1024 * 1024);
  const ort = await (opts.runtime ?? importOnnxRuntime)();
  let session: OrtSession;
  try {
    session = await ort.InferenceSession.create(new Uint8Array(model.buffer, model.byteOffset, model.byteLength), { intraOpNumThreads: 1, interOpNumThreads: 1, graphOptimizationLevel: "all" });
  } catch (e) {
    throw new AdapterError(`model.onnx did not load: ${(e as Error).message.split("\n")[0]}`);
  }
  const output = labels.output ?? session.outputNames[0];
  if (!session.outputNames.includes(output)) throw new AdapterError(`model.onnx has no output "${output}"`);
  if (tokenizer.type === "hashed-ngrams" && session.inputNames.length !== 1) throw new AdapterError("a hashed-ngrams model takes exactly one input");
  if (tokenizer.type === "wordpiece" && !session.inputNames.includes("input_ids")) throw new AdapterError("a wordpiece model needs an input_ids input");
  return { ort, session, labels, tokenizer, vocab, output };
}

export function feedsFor(m: Pick<Loaded, "ort" | "session" | "tokenizer" | "vocab">, text: string): Record<string, OrtTensor> {
  const { ort, session, tokenizer } = m;
  if (tokenizer.type === "hashed-ngrams") {
    const x = encodeHashed(text, tokenizer.bits);
    return { [session.inputNames[0]]: new ort.Tensor("float32", x, [1, x.length]) };
  }
  const enc = encodeWordPiece(text, m.vocab!, tokenizer);
  const dims = [1, enc.inputIds.length];
  const all: Record<string, BigInt64Array> = { input_ids: enc.inputIds, attention_mask: enc.attentionMask, token_type_ids: enc.tokenTypeIds };
  const feeds: Record<string, OrtTensor> = {};
  for (const name of session.inputNames) {
    if (!all[name]) throw new AdapterError(`model.onnx wants an input "${name}" the wordpiece encoder does not make`);
    feeds[name] = new ort.Tensor("int64", all[name], dims);
  }
  return feeds;
}

export function createOnnxAdapter(opts: OnnxAdapterOptions): Adapter & { ready(): Promise<void> } {
  const name = path.basename(path.resolve(opts.dir)) || "model";
  const id = `onnx:${name}`;
  let loading: Promise<Loaded> | null = null;
  const loaded = () => {
    if (!loading) {
      loading = load(opts);
      loading.catch(() => {}); // remembered: every call reports it until the operator fixes it and restarts
    }
    return loading;
  };
  // inference is serialised: one session, one thread, no pile-up behind a slow run
  let queue: Promise<unknown> = Promise.resolve();

  return {
    id,
    async ready() {
      await loaded();
    },
    async classify(text, signal) {
      const m = await loaded();
      if (signal.aborted) throw new AdapterError("aborted");
      const run = queue.then(() => (signal.aborted ? null : m.session.run(feedsFor(m, text))));
      queue = run.catch(() => {});
      const out = await run;
      if (!out) throw new AdapterError("aborted");
      const t = out[m.output];
      if (!t || t.data instanceof BigInt64Array) throw new AdapterError(`model output "${m.output}" is not a float tensor`);
      const scores = scoresFromOutput(t.data, m.labels);
      const signals: Signal[] = [];
      for (const [category, { score, label }] of scores) {
        signals.push({ category, detector: id, version: m.labels.version, score: Math.round(score * 1000) / 1000, spans: [], reason: `local ONNX model: ${label}` });
      }
      return signals;
    },
    async close() {
      if (!loading) return;
      const m = await loading.catch(() => null);
      await m?.session.release?.();
    },
  };
}
