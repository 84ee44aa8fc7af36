// Live events over the streaming WebSocket, multiplexed on one connection per session. The token
// travels as the Sec-WebSocket-Protocol value (never in the URL). We keep our own small client rather
// than masto's so views learn when a subscription is live and can catch up on anything they missed
// while connecting or reconnecting. Payloads are decoded with masto's serializer (camelCase keys).
import type { mastodon } from "masto";
// masto does not re-export its serializer from the entry point; its package exports allow the subpath
import { SerializerNativeImpl } from "masto/adapters/serializers/serializer-native-impl.js";
import { useEffect, useRef } from "react";
import { getSession } from "./session";

export type StreamSpec = { kind: "user" } | { kind: "local" } | { kind: "hashtag"; tag: string } | { kind: "notifications" } | { kind: "list"; list: string };

export type StreamEvent =
  | { event: "update" | "status.update"; payload: mastodon.v1.Status }
  | { event: "notification"; payload: mastodon.v1.Notification }
  | { event: "delete"; payload: string }
  | { event: "other"; payload: unknown };

interface Subscription {
  message: { stream: string; tag?: string; list?: string };
  handler: (e: StreamEvent) => void;
  onLive: () => void;
}

const serializer = new SerializerNativeImpl();

function toMessage(spec: StreamSpec): Subscription["message"] {
  switch (spec.kind) {
    case "user":
      return { stream: "user" };
    case "notifications":
      return { stream: "user:notification" };
    case "local":
      return { stream: "public:local" };
    case "hashtag":
      return { stream: "hashtag", tag: spec.tag.toLowerCase() };
    case "list":
      return { stream: "list", list: spec.list };
  }
}

/** Does a server message's `stream` (["hashtag", "foo"]) belong to this subscription? */
function matches(sub: Subscription, stream: unknown): boolean {
  if (!Array.isArray(stream)) return false;
  const m = sub.message;
  if (stream[0] !== m.stream && !(m.stream === "user" && stream[0] === "user:notification")) return false;
  const extra = m.tag ?? m.list;
  return extra === undefined || String(stream[1] ?? "").toLowerCase() === extra.toLowerCase();
}

class StreamConnection {
  private ws: WebSocket | null = null;
  private subs = new Set<Subscription>();
  private attempts = 0;
  private closed = false;

  constructor(private readonly token: string) {
    this.connect();
  }

  private connect() {
    const origin = `${location.protocol === "https:" ? "wss:" : "ws:"}//${location.host}`;
    const ws = new WebSocket(`${origin}/api/v1/streaming`, [this.token]);
    this.ws = ws;
    ws.onopen = () => {
      this.attempts = 0;
      for (const sub of this.subs) this.start(sub);
    };
    ws.onmessage = (m) => this.dispatch(String(m.data));
    ws.onclose = () => {
      this.ws = null;
      if (this.closed) return;
      // back off up to 30 s; views catch up when the subscription is live again
      const delay = Math.min(30_000, 500 * 2 ** this.attempts++);
      setTimeout(() => !this.closed && this.connect(), delay);
    };
  }

  private start(sub: Subscription) {
    this.ws?.send(JSON.stringify({ type: "subscribe", ...sub.message }));
    sub.onLive();
  }

  private dispatch(raw: string) {
    let msg: { stream?: unknown; event?: string; payload?: string };
    try {
      msg = JSON.parse(raw);
    } catch {
      return;
    }
    if (!msg.event) return;
    let event: StreamEvent;
    if (msg.event === "delete") event = { event: "delete", payload: String(msg.payload) };
    else if (msg.event === "update" || msg.event === "status.update" || msg.event === "notification") {
      event = { event: msg.event, payload: serializer.deserialize("json", msg.payload ?? "null") } as StreamEvent;
    } else event = { event: "other", payload: msg.payload };
    for (const sub of this.subs) if (matches(sub, msg.stream)) sub.handler(event);
  }

  add(sub: Subscription) {
    this.subs.add(sub);
    if (this.ws?.readyState === WebSocket.OPEN) this.start(sub);
  }

  remove(sub: Subscription) {
    this.subs.delete(sub);
    const key = JSON.stringify(sub.message);
    const stillUsed = [...this.subs].some((s) => JSON.stringify(s.message) === key);
    if (!stillUsed && this.ws?.readyState === WebSocket.OPEN) this.ws.send(JSON.stringify({ type: "unsubscribe", ...sub.message }));
  }

  close() {
    this.closed = true;
    this.ws?.close();
  }

  get tokenValue() {
    return this.token;
  }
}

let shared: StreamConnection | null = null;

function connection(): StreamConnection | null {
  const token = getSession()?.token;
  if (!token) return null;
  if (!shared || shared.tokenValue !== token) {
    shared?.close();
    shared = new StreamConnection(token);
  }
  return shared;
}

export function closeStreaming(): void {
  shared?.close();
  shared = null;
}

/**
 * Call `onEvent` for each event of `spec` while mounted (and signed in); `onLive` runs each time the
 * subscription is (re)established, so the view can fetch what arrived in between.
 */
export function useStream(spec: StreamSpec | null, onEvent: (e: StreamEvent) => void, onLive?: () => void): void {
  const handler = useRef(onEvent);
  handler.current = onEvent;
  const live = useRef(onLive);
  live.current = onLive;
  const key = spec ? JSON.stringify(spec) : "";
  useEffect(() => {
    if (!spec) return;
    const conn = connection();
    if (!conn) return;
    const sub: Subscription = { message: toMessage(spec), handler: (e) => handler.current(e), onLive: () => live.current?.() };
    conn.add(sub);
    return () => conn.remove(sub);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);
}
