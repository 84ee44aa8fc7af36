// The detection thread's side (see client.ts): builds the detection engine with the operator rules it
// is sent and answers each batch of texts with their analyses, in one message.
import { parentPort } from "node:worker_threads";
import { createDetector, type Detector } from "../detection/detect.js";
import type { OperatorRule } from "../detection/operator-rules.js";
import type { ThreadAnswer, ThreadReply, ThreadRequest } from "./messages.js";

const port = parentPort;
if (!port) throw new Error("detect-thread/entry.ts runs as a worker thread only");

let detector: Detector = createDetector({ rules: [] });

port.on("message", (m: ThreadRequest) => {
  if (m.type === "rules") {
    detector = createDetector({ rules: m.rules as OperatorRule[] });
    return;
  }
  const answers: ThreadAnswer[] = m.items.map(({ id, text }) => {
    try {
      return { id, analysis: detector.analyze(text) };
    } catch (err) {
      return { id, error: err instanceof Error ? err.message : String(err) };
    }
  });
  port.postMessage({ answers } satisfies ThreadReply);
});
