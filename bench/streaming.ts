// S6 (streaming delivery latency) and S7 (fan-out completion) against a running server.
import WebSocket from "ws";
import { percentile } from "./load.js";

async function post(base: string, token: string, text: string): Promise<{ id: string; at: number }> {
  const res = await fetch(`${base}/api/v1/statuses`, { method: "POST", headers: { authorization: `Bearer ${token}`, "content-type": "application/json" }, body: JSON.stringify({ status: text }) });
  const at = performance.now();
  if (!res.ok) throw new Error(`post failed: ${res.status} ${await res.text()}`);
  return { id: ((await res.json()) as { id: string }).id, at };
}

/** S6: open `tokens.length` user streams of followers, post `posts` times, time each delivery. */
export async function streamingLatency(base: string, posterToken: string, tokens: string[], posts = 10): Promise<{ p50: number; p99: number; delivered: number; expected: number }> {
  const wsBase = base.replace(/^http/, "ws");
  const sockets: WebSocket[] = [];
  const arrivals = new Map<string, number[]>();
  await Promise.all(
    tokens.map(
      (t) =>
        new Promise<void>((resolve) => {
          const ws = new WebSocket(`${wsBase}/api/v1/streaming?stream=user`, { headers: { authorization: `Bearer ${t}` } });
          ws.on("message", (raw) => {
            const msg = JSON.parse(raw.toString());
            if (msg.event !== "update") return;
            const id = JSON.parse(msg.payload).id as string;
            const list = arrivals.get(id) ?? [];
            list.push(performance.now());
            arrivals.set(id, list);
          });
          ws.once("open", () => resolve());
          ws.once("error", () => resolve());
          sockets.push(ws);
        }),
    ),
  );
  const latencies: number[] = [];
  let delivered = 0;
  for (let i = 0; i < posts; i++) {
    const { id, at } = await post(base, posterToken, `streaming probe ${i} ${Date.now()}`);
    const deadline = Date.now() + 5000;
    while ((arrivals.get(id)?.length ?? 0) < sockets.length && Date.now() < deadline) await new Promise((r) => setTimeout(r, 5));
    for (const t of arrivals.get(id) ?? []) latencies.push(Math.max(0, t - at));
    delivered += arrivals.get(id)?.length ?? 0;
  }
  for (const ws of sockets) ws.close();
  return { p50: Math.round(percentile(latencies, 50)), p99: Math.round(percentile(latencies, 99)), delivered, expected: posts * sockets.length };
}

async function pendingJobs(base: string, metricsToken: string): Promise<number> {
  const res = await fetch(`${base}/metrics`, { headers: { authorization: `Bearer ${metricsToken}` } });
  const m = /^rostra_jobs_pending (\d+)/m.exec(await res.text());
  return m ? Number(m[1]) : Number.NaN;
}

/**
 * S7: a post by an account with many followers; time until the fan-out job has run (the durable job
 * queue is empty again), then a sample of followers' home timelines is checked for the post.
 */
export async function fanoutCompletion(base: string, posterToken: string, followerTokens: string[], metricsToken: string): Promise<{ ms: number; sampleReached: number; sample: number }> {
  const started = performance.now();
  const { id } = await post(base, posterToken, `fan-out probe ${Date.now()}`);
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline && (await pendingJobs(base, metricsToken)) !== 0) await new Promise((r) => setTimeout(r, 5));
  const ms = Math.round(performance.now() - started);
  const sample = followerTokens.filter((_, i) => i % Math.max(1, Math.floor(followerTokens.length / 100)) === 0);
  let sampleReached = 0;
  for (const t of sample) {
    const res = await fetch(`${base}/api/v1/timelines/home?limit=5`, { headers: { authorization: `Bearer ${t}` } });
    if (res.ok && ((await res.json()) as { id: string }[]).some((s) => s.id === id)) sampleReached++;
  }
  return { ms, sampleReached, sample: sample.length };
}
