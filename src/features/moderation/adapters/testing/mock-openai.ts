// A real HTTP server on 127.0.0.1 that answers like an OpenAI-compatible endpoint, for the adapters'
// tests. Each test sets `behaviour`; every request is recorded.
import http from "node:http";
import type { AddressInfo } from "node:net";

export type Behaviour =
  | { kind: "moderation"; scores: Record<string, number>; model?: string }
  | { kind: "chat"; content: string; model?: string }
  | { kind: "slow"; ms: number }
  | { kind: "raw"; status: number; body: string; headers?: Record<string, string> };

export interface Recorded {
  method: string;
  path: string;
  headers: http.IncomingHttpHeaders;
  body: any;
}

export interface MockServer {
  url: string;
  requests: Recorded[];
  behaviour: Behaviour;
  close(): Promise<void>;
}

export async function startMockOpenAi(): Promise<MockServer> {
  const mock = { url: "", requests: [] as Recorded[], behaviour: { kind: "moderation", scores: {} } as Behaviour, close: async () => {} };
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      let body: unknown = null;
      try {
        body = JSON.parse(Buffer.concat(chunks).toString("utf8"));
      } catch {
        body = Buffer.concat(chunks).toString("utf8");
      }
      mock.requests.push({ method: req.method ?? "", path: req.url ?? "", headers: req.headers, body });
      const b = mock.behaviour;
      const json = (status: number, payload: unknown) => {
        res.writeHead(status, { "content-type": "application/json" });
        res.end(JSON.stringify(payload));
      };
      if (b.kind === "slow") {
        const t = setTimeout(() => json(200, { results: [{ category_scores: { violence: 1 } }] }), b.ms);
        res.on("close", () => clearTimeout(t));
        return;
      }
      if (b.kind === "raw") {
        res.writeHead(b.status, { "content-type": "application/json", ...b.headers });
        res.end(b.body);
        return;
      }
      if (b.kind === "moderation" && req.url === "/v1/moderations") {
        json(200, { id: "modr-1", model: b.model ?? "mock-moderation-1", results: [{ flagged: true, categories: {}, category_scores: b.scores }] });
        return;
      }
      if (b.kind === "chat" && req.url === "/v1/chat/completions") {
        json(200, { id: "chat-1", object: "chat.completion", model: b.model ?? "mock-chat-1", choices: [{ index: 0, message: { role: "assistant", content: b.content }, finish_reason: "stop" }] });
        return;
      }
      json(404, { error: { message: "not found" } });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  mock.url = `http://127.0.0.1:${port}`;
  mock.close = () =>
    new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    });
  return mock;
}
