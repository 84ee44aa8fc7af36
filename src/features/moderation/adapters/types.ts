// Shared types of the optional external-model adapters (a local ONNX model, an OpenAI-compatible
// endpoint). An adapter turns one text into signals; it may fail, and then the pipeline decides from the
// built-in detectors alone and the analysis carries a note saying so.
import type { Analysis, Signal } from "../detection/types.js";

export interface Adapter {
  /** e.g. "openai-compatible:llama-guard-3" or "onnx:toxic-small" */
  readonly id: string;
  /** Signals for one text. Must honour the abort signal; throwing means "no opinion". */
  classify(text: string, signal: AbortSignal): Promise<Signal[]>;
  /** free what the adapter holds (sockets are per call; an ONNX session is not) */
  close?(): Promise<void>;
}

export interface AdapterNote {
  type: "adapter_error";
  adapter: string;
  message: string;
}

/** An analysis with the adapters' signals merged in, and a note for every adapter that failed. */
export interface AdaptedAnalysis extends Analysis {
  notes?: AdapterNote[];
}

export class AdapterError extends Error {}
