// Who can receive a streaming event: counts subscriptions per pub/sub channel so that publishers skip
// rendering and publishing events nobody can receive (a post by an account with 300 followers, none of
// them connected, costs no render at all). Only the in-process pub/sub (embedded mode) is
// authoritative: with Redis, another process may hold the socket, so every channel counts as listened.
import type { Context } from "../../context.js";
import type { Listener, PubSub } from "../../infra/pubsub.js";

interface Presence {
  /** subscriptions per channel (only kept when the pub/sub is in-process) */
  counts: Map<string, number>;
  /** subscriptions to public and hashtag timelines (any of them) */
  shared: number;
  local: boolean;
}

const presences = new WeakMap<Context, Presence>();
const PREFIX = "timeline:";

const isShared = (channel: string) => channel.startsWith("timeline:public") || channel.startsWith("timeline:hashtag");

/**
 * Wrap ctx.pubsub so subscriptions are counted (idempotent). `local` says the pub/sub only reaches
 * this process (no Redis), which makes the counts authoritative.
 */
export function trackStreamingPresence(ctx: Context, local = !ctx.config.redisUrl): void {
  if (presences.has(ctx)) return;
  const p: Presence = { counts: new Map(), shared: 0, local };
  presences.set(ctx, p);
  const inner: PubSub = ctx.pubsub;
  const listeners = new Map<string, Set<Listener>>();
  ctx.pubsub = {
    publish: (channel, message) => inner.publish(channel, message),
    async subscribe(channel, listener) {
      let set = listeners.get(channel);
      if (!set) listeners.set(channel, (set = new Set()));
      if (!set.has(listener)) {
        set.add(listener);
        p.counts.set(channel, (p.counts.get(channel) ?? 0) + 1);
        if (isShared(channel)) p.shared++;
      }
      await inner.subscribe(channel, listener);
    },
    async unsubscribe(channel, listener) {
      const set = listeners.get(channel);
      if (set?.delete(listener)) {
        if (set.size === 0) listeners.delete(channel);
        const n = (p.counts.get(channel) ?? 1) - 1;
        if (n <= 0) p.counts.delete(channel);
        else p.counts.set(channel, n);
        if (isShared(channel)) p.shared--;
      }
      await inner.unsubscribe(channel, listener);
    },
    async close() {
      listeners.clear();
      p.counts.clear();
      p.shared = 0;
      await inner.close();
    },
  };
}

/** May anyone receive events published on stream `key` (e.g. `user:123`, `list:9`)? */
export function hasListeners(ctx: Context, key: string): boolean {
  const p = presences.get(ctx);
  if (!p || !p.local) return true;
  // nobody connected at all (the common case for a post): no key string to build and hash
  return p.counts.size > 0 && p.counts.has(PREFIX + key);
}

/** May anyone receive any streaming event at all (false only when this process knows nobody is connected)? */
export function hasAnyListeners(ctx: Context): boolean {
  const p = presences.get(ctx);
  return !p || !p.local || p.counts.size > 0;
}

/** May anyone receive events on a public or hashtag stream? */
export function hasSharedListeners(ctx: Context): boolean {
  const p = presences.get(ctx);
  if (!p || !p.local) return true;
  return p.shared > 0;
}
