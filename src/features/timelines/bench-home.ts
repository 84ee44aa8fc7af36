// Quick local measurement of the home timeline read path (not a test): seeds a SQLite data directory,
// then loads GET /api/v1/timelines/home?limit=20 over HTTP with autocannon next to a Fastify
// hello-world in the same run, and reports req/s, latency and the ratio.
//   npx tsx src/features/timelines/bench-home.ts [users=2000] [statuses=100000] [seconds=10]
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import autocannon from "autocannon";
import Fastify from "fastify";
import pino from "pino";
import { buildApp } from "../../app.js";
import { loadConfig } from "../../config.js";
import { createContext } from "../../context.js";
import { issueToken } from "../auth/tokens.js";
import { seed } from "../seed/generate.js";

const [users = 2000, statuses = 100_000, seconds = 10] = process.argv.slice(2).map(Number);

async function load(url: string, headers: () => Record<string, string>) {
  const r = await autocannon({ url, connections: 50, duration: seconds, requests: [{ setupRequest: (req: any) => ({ ...req, headers: { ...req.headers, ...headers() } }) }] });
  return { rps: Math.round(r.requests.average), p50: r.latency.p50, p99: r.latency.p99, errors: r.errors + r.non2xx };
}

async function main() {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "rostra-bench-"));
  const config = loadConfig({ ROSTRA_DATA_DIR: dataDir, ROSTRA_URL: "http://127.0.0.1", ROSTRA_RATE_LIMITS: "off", LOG_LEVEL: "warn" });
  const ctx = await createContext(config, { log: pino({ level: "warn" }) });
  const t0 = Date.now();
  const seeded = await seed(ctx, { users, statuses });
  console.log(`seeded ${users} users, ${statuses} statuses in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  const tokens: string[] = [];
  for (const id of seeded.accountIds.slice(0, 500)) tokens.push((await issueToken(ctx.db, { appId: null, accountId: id, scopes: ["read"] })).token);
  const app = await buildApp(ctx);
  const base = await app.listen({ port: 0, host: "127.0.0.1" });

  // cold reads rebuild each timeline from the database once (read-time assembly)
  const t1 = Date.now();
  for (const t of tokens) await app.inject({ method: "GET", url: "/api/v1/timelines/home?limit=20", headers: { authorization: `Bearer ${t}` } });
  console.log(`cold (rebuild + render) per timeline: ${((Date.now() - t1) / tokens.length).toFixed(2)} ms`);

  const hello = Fastify();
  hello.get("/", async () => ({ hello: "world" }));
  const helloUrl = await hello.listen({ port: 0, host: "127.0.0.1" });
  const ref = await load(helloUrl, () => ({}));
  const t2 = Date.now();
  for (const t of tokens) await app.inject({ method: "GET", url: "/api/v1/timelines/home?limit=20", headers: { authorization: `Bearer ${t}` } });
  console.log(`warm read (in-process, sequential): ${((Date.now() - t2) / tokens.length).toFixed(2)} ms`);
  const pick = () => ({ authorization: `Bearer ${tokens[Math.floor(Math.random() * tokens.length)]}` });
  await load(`${base}/api/v1/timelines/home?limit=20`, pick); // warm-up
  const home = await load(`${base}/api/v1/timelines/home?limit=20`, pick);
  console.log(JSON.stringify({ hello: ref, home, ratio: +(home.rps / ref.rps).toFixed(3) }, null, 1));
  await hello.close();
  await app.close();
  await ctx.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
