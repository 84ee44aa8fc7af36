// Composition of the built-in detector with the optional adapters. With no adapter configured the
// detector is returned as it is (no wrapper, no promise per text). With adapters, each text goes to all
// of them at once, in parallel with the built-in analysis; each call is bounded by the timeout and a
// circuit breaker, and a failure only adds an "adapter_error" note: publication never waits past the
// timeout and never fails because a model server did.
import type { ModerationAdaptersConfig } from "../../../config.js";
import type { AnalyzeOptions, Detector } from "../detection/detect.js";
import { CATEGORIES, type Signal } from "../detection/types.js";
import { type BreakerOptions, CircuitBreaker } from "./breaker.js";
import { createOnnxAdapter } from "./onnx.js";
import { createOpenAiAdapter } from "./openai.js";
import { type AdaptedAnalysis, type Adapter, AdapterError, type AdapterNote } from "./types.js";

export interface AdaptedDetector extends Detector {
  /** present only when at least one adapter is configured */
  analyzeWithAdapters?(text: string, opts?: AnalyzeOptions): Promise<AdaptedAnalysis>;
}

export interface AdapterSet {
  adapters: Adapter[];
  timeoutMs: number;
  breakers: Map<string, CircuitBreaker>;
  onError?: (adapter: string, message: string) => void;
  close(): Promise<void>;
}

export interface AdapterSetOptions {
  breaker?: BreakerOptions;
  /** called once per failed call (not while a breaker is open) */
  onError?: (adapter: string, message: string) => void;
}

/** Adapters below this score still raise the category's score but are left out of the signal list. */
const SIGNAL_MIN = 0.3;

/** Build the configured adapters, or null when none is (the common case). */
export function createAdapterSet(cfg: ModerationAdaptersConfig, opts: AdapterSetOptions = {}): AdapterSet | null {
  const adapters: Adapter[] = [];
  if (cfg.openai) adapters.push(createOpenAiAdapter({ ...cfg.openai, allowPrivate: cfg.allowPrivate }));
  if (cfg.onnxDir) {
    const onnx = createOnnxAdapter({ dir: cfg.onnxDir });
    onnx.ready().catch((e: Error) => opts.onError?.(onnx.id, e.message)); // load now, not on the first post
    adapters.push(onnx);
  }
  return adapterSetOf(adapters, cfg.timeoutMs, opts);
}

export function adapterSetOf(adapters: Adapter[], timeoutMs: number, opts: AdapterSetOptions = {}): AdapterSet | null {
  if (adapters.length === 0) return null;
  const breakers = new Map(adapters.map((a) => [a.id, new CircuitBreaker(opts.breaker)]));
  return {
    adapters, timeoutMs, breakers, onError: opts.onError,
    async close() {
      await Promise.all(adapters.map((a) => a.close?.().catch(() => {})));
    },
  };
}

/** One adapter call: breaker, deadline, and every failure turned into a note. Never rejects. */
async function callAdapter(set: AdapterSet, a: Adapter, text: string): Promise<{ signals: Signal[]; note?: AdapterNote }> {
  const breaker = set.breakers.get(a.id)!;
  if (!breaker.allow()) return { signals: [], note: { type: "adapter_error", adapter: a.id, message: "circuit open: skipped after repeated failures" } };
  const ac = new AbortController();
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      const e = new AdapterError(`timed out after ${set.timeoutMs} ms`);
      ac.abort(e);
      reject(e);
    }, set.timeoutMs);
  });
  try {
    const signals = await Promise.race([Promise.resolve().then(() => a.classify(text, ac.signal)), deadline]);
    breaker.success();
    return { signals: signals.filter((s) => (CATEGORIES as readonly string[]).includes(s.category) && s.score >= 0 && s.score <= 1) };
  } catch (e) {
    breaker.failure();
    const message = (e instanceof Error ? e.message : String(e)).slice(0, 200);
    set.onError?.(a.id, message);
    return { signals: [], note: { type: "adapter_error", adapter: a.id, message } };
  } finally {
    clearTimeout(timer);
    if (!ac.signal.aborted) ac.abort(new AdapterError("done"));
  }
}

/** The adapters' signals merged into a built-in analysis (scores are the max per category). */
export function mergeAdapterSignals(base: AdaptedAnalysis, results: { signals: Signal[]; note?: AdapterNote }[]): AdaptedAnalysis {
  const scores = { ...base.scores };
  const signals = [...base.signals];
  const notes: AdapterNote[] = [...(base.notes ?? [])];
  for (const r of results) {
    if (r.note) notes.push(r.note);
    for (const s of r.signals) {
      if (s.score > scores[s.category]) scores[s.category] = s.score;
      if (s.score >= SIGNAL_MIN) signals.push(s);
    }
  }
  signals.sort((a, b) => b.score - a.score || CATEGORIES.indexOf(a.category) - CATEGORIES.indexOf(b.category));
  return notes.length ? { ...base, signals, scores, notes } : { ...base, signals, scores };
}

/** The detector itself when there are no adapters; otherwise one that also offers analyzeWithAdapters. */
export function withAdapters(detector: Detector, set: AdapterSet | null): AdaptedDetector {
  if (!set) return detector;
  return {
    analyze: (text, opts) => detector.analyze(text, opts),
    get languages() {
      return detector.languages;
    },
    async analyzeWithAdapters(text, opts) {
      const pending = set.adapters.map((a) => callAdapter(set, a, text)); // requests leave first …
      const base = detector.analyze(text, opts); // … the built-in detectors run meanwhile
      return mergeAdapterSignals(base, await Promise.all(pending));
    },
  };
}
