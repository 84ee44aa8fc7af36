// Detection on a worker thread. Scoring a text is pure CPU work (about a tenth of what creating a
// status costs the event loop), so the server hands it to a thread of its own and the event loop keeps
// serving requests meanwhile: on a machine with a spare core, status creation gets that much faster.
// The thread runs the same engine with the same operator rules. Should it fail or stop, callers are
// told (the promise rejects) and score the text on the main thread instead: nothing goes unscored.
import { Worker } from "node:worker_threads";
import type { OperatorRule } from "../detection/operator-rules.js";
import type { Analysis } from "../detection/types.js";
import type { ThreadReply, ThreadRequest } from "./messages.js";

// set by scripts/build-server.mjs: the bundle starts the built dist/detect-thread.mjs
declare const __ROSTRA_BUNDLE__: boolean | undefined;
const bundled = typeof __ROSTRA_BUNDLE__ !== "undefined" && __ROSTRA_BUNDLE__;

/** After the thread failed, how long before a new one is started (meanwhile the main thread scores). */
const RESTART_AFTER_MS = 10_000;

export interface DetectionThread {
  /** The analysis, or a rejection when the thread cannot give one (score on the main thread then). */
  analyze(text: string): Promise<Analysis>;
  /** Rules for the texts sent from now on (sent only when they differ from the last ones). */
  useRules(rules: OperatorRule[]): void;
  close(): Promise<void>;
}

/** How the worker is started: the built file next to the bundle, or the TypeScript entry through tsx. */
function spawn(): Worker {
  if (bundled) return new Worker(new URL("../../../../dist/detect-thread.mjs", import.meta.url));
  return new Worker(new URL("./boot.mjs", import.meta.url));
}

export function startDetectionThread(start: () => Worker = spawn): DetectionThread {
  let worker: Worker | null = null;
  let failedAt = 0;
  let nextId = 1;
  let rules: OperatorRule[] = [];
  let rulesKey = "[]";
  const pending = new Map<number, { resolve: (a: Analysis) => void; reject: (e: Error) => void }>();
  // texts asked for during this turn of the event loop, sent together when it ends
  let outbox: { id: number; text: string }[] = [];

  const flush = () => {
    // a text whose promise was already rejected (the thread failed meanwhile) is not sent
    const items = outbox.filter((x) => pending.has(x.id));
    outbox = [];
    if (items.length === 0) return;
    const w = current();
    if (w) return w.postMessage({ type: "analyze", items } satisfies ThreadRequest);
    for (const x of items) {
      pending.get(x.id)?.reject(new Error("detection thread unavailable"));
      pending.delete(x.id);
    }
  };

  const fail = (w: Worker, err: Error) => {
    if (worker !== w) return;
    worker = null;
    failedAt = Date.now();
    for (const p of pending.values()) p.reject(err);
    pending.clear();
    void w.terminate();
  };

  const current = (): Worker | null => {
    if (worker) return worker;
    if (failedAt && Date.now() - failedAt < RESTART_AFTER_MS) return null;
    let w: Worker;
    try {
      w = start();
    } catch {
      failedAt = Date.now();
      return null;
    }
    w.unref(); // never what keeps the process alive
    w.on("message", (m: ThreadReply) => {
      for (const a of m.answers) {
        const p = pending.get(a.id);
        if (!p) continue;
        pending.delete(a.id);
        if ("analysis" in a) p.resolve(a.analysis);
        else p.reject(new Error(`detection thread: ${a.error}`));
      }
    });
    w.on("error", (err) => fail(w, err));
    w.on("exit", (code) => fail(w, new Error(`detection thread stopped (exit code ${code})`)));
    worker = w;
    if (rules.length) w.postMessage({ type: "rules", rules } satisfies ThreadRequest);
    return w;
  };

  return {
    analyze(text) {
      if (!current()) return Promise.reject(new Error("detection thread unavailable"));
      const id = nextId++;
      return new Promise<Analysis>((resolve, reject) => {
        pending.set(id, { resolve, reject });
        // requests handled in this turn ask within it: they share one message, sent once the turn ends
        if (outbox.push({ id, text }) === 1) setImmediate(flush);
      });
    },
    useRules(next) {
      const key = JSON.stringify(next);
      if (key === rulesKey) return;
      rules = next;
      rulesKey = key;
      flush(); // texts asked for before the change are scored with the rules they were asked under
      worker?.postMessage({ type: "rules", rules } satisfies ThreadRequest);
    },
    async close() {
      const w = worker;
      worker = null;
      failedAt = Date.now();
      for (const p of pending.values()) p.reject(new Error("detection thread closed"));
      pending.clear();
      if (w) await w.terminate();
    },
  };
}
