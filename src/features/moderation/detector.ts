// One detection engine per context, built with the operator's enabled rules; rebuilt when they change.
import type { Context } from "../../context.js";
import { type AdaptedDetector, type AdapterSet, createAdapterSet, withAdapters } from "./adapters/compose.js";
import { type DetectionThread, startDetectionThread } from "./detect-thread/client.js";
import { createDetector } from "./detection/detect.js";
import type { OperatorRule } from "./detection/operator-rules.js";
import type { Analysis, Category } from "./detection/types.js";
import { mdb } from "./db.js";

export interface ModerationDetector extends AdaptedDetector {
  /**
   * The same analysis computed on the detection thread (detect-thread/client.ts), falling back to this
   * thread when that one cannot answer. Absent when the thread is off, or adapters are configured.
   */
  analyzeOffThread?(text: string): Promise<Analysis>;
}

// Rebuilt at most once a minute so rule edits made by another process take effect everywhere.
const REBUILD_MS = 60_000;
const detectors = new WeakMap<object, { d: Promise<ModerationDetector>; at: number }>();
// One detection thread per context, started by the first detector that uses it.
const threads = new WeakMap<object, DetectionThread>();
// The optional external-model adapters live as long as the context (their circuit breakers and an ONNX
// session outlast detector rebuilds); null — and no wrapper at all — when none is configured.
const adapterSets = new WeakMap<object, AdapterSet | null>();

function adaptersFor(ctx: Context): AdapterSet | null {
  if (!adapterSets.has(ctx)) {
    const cfg = ctx.config.moderationAdapters;
    const onError = (adapter: string, err: string) => ctx.log.warn({ adapter, err }, "moderation adapter failed; deciding without it");
    adapterSets.set(ctx, cfg ? createAdapterSet(cfg, { onError }) : null);
  }
  return adapterSets.get(ctx)!;
}

export function detectorFor(ctx: Context): Promise<ModerationDetector> {
  const hit = detectors.get(ctx);
  if (hit && Date.now() - hit.at < REBUILD_MS) return hit.d;
  const d = build(ctx);
  detectors.set(ctx, { d, at: Date.now() });
  d.catch(() => detectors.delete(ctx));
  // until the new one is ready, keep answering with the old one
  return hit ? d.catch(() => hit.d) : d;
}

async function build(ctx: Context): Promise<ModerationDetector> {
  const rows = await mdb(ctx.db).selectFrom("moderation_rules").selectAll().where("enabled", "=", 1).orderBy("id").execute();
  const rules: OperatorRule[] = rows.map((r) => ({ id: r.id, pattern: r.pattern, category: r.category as Category, score: Number(r.score), reason: r.name }));
  const detector: ModerationDetector = withAdapters(createDetector({ rules }), adaptersFor(ctx));
  if (detector.analyzeWithAdapters || !ctx.config.detectionThread) return detector;
  let thread = threads.get(ctx);
  if (!thread) threads.set(ctx, (thread = startDetectionThread()));
  thread.useRules(rules);
  const t = thread;
  detector.analyzeOffThread = (text) => t.analyze(text).catch(() => detector.analyze(text));
  return detector;
}

/** The context's detection thread, once a detector started it. */
export function detectionThreadOf(ctx: Context): DetectionThread | undefined {
  return threads.get(ctx);
}

/** Stop the context's detection thread (context close). */
export async function closeDetectionThread(ctx: Context): Promise<void> {
  const t = threads.get(ctx);
  threads.delete(ctx);
  await t?.close();
}

export function invalidateDetector(ctx: Context): void {
  detectors.delete(ctx);
}
