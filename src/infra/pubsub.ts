// Streaming fan-out between processes: in-process EventEmitter in embedded mode, Redis pub/sub when
// REDIS_URL is set (so a post on one web node reaches a WebSocket held by another).
import { EventEmitter } from "node:events";

export type Listener = (message: string) => void;

export interface PubSub {
  publish(channel: string, message: string): Promise<void>;
  subscribe(channel: string, listener: Listener): Promise<void>;
  unsubscribe(channel: string, listener: Listener): Promise<void>;
  close(): Promise<void>;
}

export function createMemoryPubSub(): PubSub {
  const emitter = new EventEmitter();
  emitter.setMaxListeners(0);
  return {
    async publish(channel, message) {
      emitter.emit(channel, message);
    },
    async subscribe(channel, listener) {
      emitter.on(channel, listener);
    },
    async unsubscribe(channel, listener) {
      emitter.off(channel, listener);
    },
    async close() {
      emitter.removeAllListeners();
    },
  };
}

export async function createRedisPubSub(url: string, prefix = "rostra:"): Promise<PubSub> {
  const { Redis } = await import("ioredis");
  const pub = new Redis(url, { lazyConnect: false, maxRetriesPerRequest: 3 });
  const sub = new Redis(url, { lazyConnect: false, maxRetriesPerRequest: 3 });
  // subscribing before the connection is ready puts ioredis in a confused subscriber state
  await Promise.all([pub, sub].map((r) => (r.status === "ready" ? Promise.resolve() : new Promise<void>((resolve, reject) => {
    r.once("ready", () => resolve());
    r.once("error", (err: Error) => reject(new Error(`Redis at REDIS_URL is not reachable: ${err.message}`)));
  }))));
  const local = new EventEmitter();
  local.setMaxListeners(0);
  const counts = new Map<string, number>();
  sub.on("message", (channel: string, message: string) => {
    local.emit(channel.slice(prefix.length), message);
  });
  return {
    async publish(channel, message) {
      await pub.publish(prefix + channel, message);
    },
    async subscribe(channel, listener) {
      local.on(channel, listener);
      const n = (counts.get(channel) ?? 0) + 1;
      counts.set(channel, n);
      if (n === 1) await sub.subscribe(prefix + channel);
    },
    async unsubscribe(channel, listener) {
      local.off(channel, listener);
      const n = (counts.get(channel) ?? 1) - 1;
      if (n <= 0) {
        counts.delete(channel);
        await sub.unsubscribe(prefix + channel);
      } else counts.set(channel, n);
    },
    async close() {
      local.removeAllListeners();
      pub.disconnect();
      sub.disconnect();
    },
  };
}
