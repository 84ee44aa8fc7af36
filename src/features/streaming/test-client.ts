// A WebSocket/SSE client for streaming tests: buffers every event and waits for one matching a
// predicate with a bounded wait that fails the test (no fixed sleeps).
import http from "node:http";
import WebSocket from "ws";

export interface StreamEvent {
  stream?: string[];
  event: string;
  payload?: string;
  error?: string;
}

export class EventBuffer {
  events: StreamEvent[] = [];
  private waiters: { pred: (e: StreamEvent) => boolean; resolve: (e: StreamEvent) => void }[] = [];

  push(e: StreamEvent): void {
    this.events.push(e);
    this.waiters = this.waiters.filter((w) => {
      if (!w.pred(e)) return true;
      w.resolve(e);
      return false;
    });
  }

  waitFor(pred: (e: StreamEvent) => boolean, what = "event", timeoutMs = 5000): Promise<StreamEvent> {
    const seen = this.events.find(pred);
    if (seen) return Promise.resolve(seen);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`timed out waiting for ${what}; got ${JSON.stringify(this.events.map((e) => e.event))}`)), timeoutMs);
      this.waiters.push({ pred, resolve: (e) => (clearTimeout(timer), resolve(e)) });
    });
  }
}

export const isUpdate = (id: string) => (e: StreamEvent) => (e.event === "update" || e.event === "status.update") && !!e.payload && JSON.parse(e.payload).id === id;

export interface WsClient extends EventBuffer {
  ws: WebSocket;
  send(msg: unknown): void;
  closed: Promise<number>;
}

export async function openWs(base: string, opts: { token?: string; protocol?: string; query?: string } = {}): Promise<WsClient> {
  const url = `${base.replace(/^http/, "ws")}/api/v1/streaming${opts.query ?? ""}`;
  const ws = new WebSocket(url, opts.protocol ? [opts.protocol] : [], { headers: opts.token ? { authorization: `Bearer ${opts.token}` } : {} });
  const buf = new EventBuffer() as WsClient;
  buf.ws = ws;
  buf.send = (msg) => ws.send(JSON.stringify(msg));
  buf.closed = new Promise((resolve) => ws.on("close", (code) => resolve(code)));
  ws.on("message", (data) => buf.push(JSON.parse(String(data))));
  await new Promise<void>((resolve, reject) => {
    ws.once("open", () => resolve());
    ws.once("error", reject);
    ws.once("unexpected-response", (_req, res) => reject(new Error(`HTTP ${res.statusCode}`)));
  });
  return buf;
}

/** Subscribe and wait until the server has processed it (a bad follow-up message answers with an error). */
export async function subscribe(c: WsClient, msg: Record<string, unknown>): Promise<void> {
  const before = c.events.length;
  c.send({ type: "subscribe", ...msg });
  c.send({ type: "subscribe", stream: "sync-marker" });
  const ack = await c.waitFor((e) => e.error === "Unknown stream type" && c.events.indexOf(e) >= before, `ack of ${JSON.stringify(msg)}`);
  c.events = c.events.filter((e) => e !== ack);
}

export interface SseClient extends EventBuffer {
  close(): void;
  status: number;
}

export function openSse(base: string, path: string, token: string): Promise<SseClient> {
  return new Promise((resolve, reject) => {
    const req = http.get(`${base}${path}`, { headers: { authorization: `Bearer ${token}` } }, (res) => {
      const buf = new EventBuffer() as SseClient;
      buf.status = res.statusCode ?? 0;
      buf.close = () => req.destroy();
      let pending = "";
      res.setEncoding("utf8");
      res.on("data", (chunk: string) => {
        pending += chunk;
        let i: number;
        while ((i = pending.indexOf("\n\n")) >= 0) {
          const block = pending.slice(0, i);
          pending = pending.slice(i + 2);
          const event = /^event: (.*)$/m.exec(block)?.[1];
          const data = /^data: (.*)$/m.exec(block)?.[1];
          if (event) buf.push({ event, payload: data });
        }
      });
      res.on("error", () => {});
      // the first comment line means the subscription is in place
      res.once("data", () => resolve(buf));
      if (res.statusCode !== 200) resolve(buf);
    });
    req.on("error", reject);
  });
}
