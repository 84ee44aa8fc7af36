// Status JSON is cached per process between edits (timelines/page-render.ts keys it by edit time and
// moderation state). A moderation action can change what a post shows without an edit: a label, a
// demotion, restricted replies or quotes, an account marked sensitive or limited. The cache's owner
// listens here, so such a change shows at once rather than when the cached render expires.
import type { Context } from "../../context.js";

export interface RenderedChange {
  /** posts whose own JSON changed */
  statusIds: string[];
  /** accounts whose every post may render differently (force_sensitive, limit, suspend and their lifts) */
  accountIds: string[];
}

type Listener = (ctx: Context, change: RenderedChange) => void;
const listeners = new Set<Listener>();

/** Subscribe to moderation changes of rendered posts; returns the unsubscribe function. */
export function onRenderedChange(fn: Listener): () => void {
  listeners.add(fn);
  return () => listeners.delete(fn);
}

/** Called after the decision's transaction committed. */
export function renderedChanged(ctx: Context, change: RenderedChange): void {
  if (change.statusIds.length === 0 && change.accountIds.length === 0) return;
  const unique = { statusIds: [...new Set(change.statusIds)], accountIds: [...new Set(change.accountIds)] };
  for (const fn of listeners) {
    try {
      fn(ctx, unique);
    } catch (err) {
      // a cache that could not forget serves the old render until it expires; the decision stands
      ctx.log.warn({ err }, "moderation: rendered-status listener failed");
    }
  }
}
