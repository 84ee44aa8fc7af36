// Streaming connections (WebSocket or SSE alike): resolve stream names to pub/sub channels, subscribe,
// and deliver events in order after dropping those from accounts the viewer blocks or mutes and
// applying the viewer's filters. Connections are tracked by token so revocation closes them at once.
import type { Context } from "../../context.js";
import type { StreamMessage } from "./publish.js";
import { applyViewerFilters, isStale, loadViewerState, type ViewerState } from "./viewer-state.js";

export interface StreamAuth {
  tokenId: string;
  accountId: string;
}

export interface Subscription {
  /** pub/sub stream key, e.g. user:123 or hashtag:local:cats */
  key: string;
  /** the stream array reported to the client */
  stream: string[];
  /** filter context for status payloads, null for none */
  filterContext: string | null;
}

export interface OutgoingEvent {
  stream: string[];
  event: string;
  payload?: string;
}

export class StreamError extends Error {}

const PUBLIC_STREAMS = ["public", "public:local", "public:remote", "public:media", "public:local:media", "public:remote:media"];
const MAX_SUBSCRIPTIONS = 100;

/** Map a client's stream name (+ tag or list) to a channel; checks list ownership. */
export async function resolveStream(ctx: Context, auth: StreamAuth, name: string, params: { tag?: unknown; list?: unknown }): Promise<Subscription> {
  const me = auth.accountId;
  if (name === "user") return { key: `user:${me}`, stream: ["user"], filterContext: "home" };
  if (name === "user:notification") return { key: `user:notification:${me}`, stream: ["user:notification"], filterContext: null };
  if (name === "direct") return { key: `direct:${me}`, stream: ["direct"], filterContext: null };
  if (PUBLIC_STREAMS.includes(name)) return { key: name, stream: [name], filterContext: "public" };
  if (name === "hashtag" || name === "hashtag:local") {
    const tag = typeof params.tag === "string" ? params.tag.replace(/^#/, "").toLowerCase() : "";
    if (tag === "" || tag.length > 100) throw new StreamError("Missing or invalid tag");
    return { key: `${name}:${tag}`, stream: [name, tag], filterContext: "public" };
  }
  if (name === "list") {
    const id = typeof params.list === "string" || typeof params.list === "number" ? String(params.list) : "";
    const list = /^\d{1,20}$/.test(id) ? await ctx.db.selectFrom("lists").select("id").where("id", "=", id).where("account_id", "=", me).executeTakeFirst() : undefined;
    if (!list) throw new StreamError("Not authorized to stream this list");
    return { key: `list:${id}`, stream: ["list", id], filterContext: "home" };
  }
  throw new StreamError("Unknown stream type");
}

const registries = new WeakMap<Context, Map<string, Set<StreamConnection>>>();

function registry(ctx: Context): Map<string, Set<StreamConnection>> {
  let r = registries.get(ctx);
  if (!r) registries.set(ctx, (r = new Map()));
  return r;
}

/** Close every connection opened with this token (in this process). */
export function closeConnectionsOfToken(ctx: Context, tokenId: string): void {
  const set = registry(ctx).get(tokenId);
  if (!set) return;
  for (const c of [...set]) c.close();
}

export function openConnectionCount(ctx: Context): number {
  let n = 0;
  for (const set of registry(ctx).values()) n += set.size;
  return n;
}

export class StreamConnection {
  private subs = new Map<string, { sub: Subscription; listener: (raw: string) => void }>();
  private chain: Promise<void> = Promise.resolve();
  private state: ViewerState | null = null;
  closed = false;

  constructor(
    private ctx: Context,
    readonly auth: StreamAuth,
    private send: (e: OutgoingEvent) => void,
    private onClose: () => void,
  ) {
    const r = registry(ctx);
    let set = r.get(auth.tokenId);
    if (!set) r.set(auth.tokenId, (set = new Set()));
    set.add(this);
  }

  async init(): Promise<void> {
    this.state = await loadViewerState(this.ctx, this.auth.accountId);
  }

  async subscribe(sub: Subscription): Promise<void> {
    if (this.closed || this.subs.has(sub.key)) return;
    if (this.subs.size >= MAX_SUBSCRIPTIONS) throw new StreamError("Too many subscriptions");
    const listener = (raw: string) => {
      this.chain = this.chain.then(() => this.deliver(sub, raw)).catch((err) => this.ctx.log.warn({ err }, "stream delivery failed"));
    };
    this.subs.set(sub.key, { sub, listener });
    await this.ctx.pubsub.subscribe(`timeline:${sub.key}`, listener);
  }

  async unsubscribe(key: string): Promise<void> {
    const s = this.subs.get(key);
    if (!s) return;
    this.subs.delete(key);
    await this.ctx.pubsub.unsubscribe(`timeline:${key}`, s.listener);
  }

  private async deliver(sub: Subscription, raw: string): Promise<void> {
    if (this.closed || !this.subs.has(sub.key)) return;
    const msg = JSON.parse(raw) as StreamMessage;
    if (!this.state || isStale(this.state) || msg.event === "filters_changed") this.state = await loadViewerState(this.ctx, this.auth.accountId);
    if (this.closed) return;
    const me = this.auth.accountId;
    const involved = [msg.fromAccountId, ...(msg.involvedAccountIds ?? [])];
    if (msg.event !== "delete" && involved.some((id) => id && id !== me && this.state!.hidden.has(id))) return;
    let payload = msg.payload;
    if (payload !== undefined && sub.filterContext && (msg.event === "update" || msg.event === "status.update")) {
      const filtered = applyViewerFilters(this.state, payload, sub.filterContext);
      if (filtered === null) return;
      payload = filtered;
    }
    this.send({ stream: sub.stream, event: msg.event, ...(payload !== undefined ? { payload } : {}) });
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    for (const key of [...this.subs.keys()]) void this.unsubscribe(key).catch(() => {});
    const set = registry(this.ctx).get(this.auth.tokenId);
    set?.delete(this);
    if (set && set.size === 0) registry(this.ctx).delete(this.auth.tokenId);
    this.onClose();
  }
}
