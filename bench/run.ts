// `npm run bench` — PERFORMANCE.md's protocol: seed, start `rostra serve` as users run it, load with
// autocannon next to same-run references, report ratios, and the scale curve.
// Options (env): BENCH_SCALES=10000,100000,1000000  BENCH_DURATION=10  BENCH_USERS=10000
//   BENCH_SCENARIOS=S1,S2,...,S7 (default all; for quick iteration on one path — the report needs all)
//   BENCH_SERVER_NODE_ARGS="--cpu-prof --cpu-prof-dir=/tmp/prof" (extra node flags for the server, e.g. to profile it)
//   BENCH_SERVER_STDOUT=/tmp/server.out (keep the server's stdout, e.g. for --trace-gc)
import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import pino from "pino";
import { loadConfig } from "../src/config.js";
import { createContext } from "../src/context.js";
import { issueToken } from "../src/features/auth/tokens.js";
import { seed } from "../src/features/seed/generate.js";
import { progressBar } from "../src/infra/progress.js";
import { pickRandom, procStats, runScenario, type ScenarioResult } from "./load.js";
import { startReference } from "./reference.js";
import { fanoutCompletion, streamingLatency } from "./streaming.js";

const here = path.dirname(fileURLToPath(import.meta.url));
const env = process.env;
const scales = (env.BENCH_SCALES ?? "10000,100000,1000000").split(",").map(Number);
const duration = Number(env.BENCH_DURATION ?? 10);
const users = Number(env.BENCH_USERS ?? 10000);
const METRICS_TOKEN = "bench-metrics";
const only = env.BENCH_SCENARIOS ? new Set(env.BENCH_SCENARIOS.split(",").map((x) => x.trim().toUpperCase())) : null;
const wanted = (code: string) => !only || only.has(code);

interface ScaleResult {
  statuses: number;
  seedSeconds: number;
  readyMs: number;
  idleRssMb: number;
  scenarios: ScenarioResult[];
  s6?: unknown;
  s7?: unknown;
}

async function waitReady(url: string, ms = 30_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(`${url}/health`)).ok) return;
    } catch {}
    await new Promise((r) => setTimeout(r, 25));
  }
  throw new Error("server did not become ready");
}

async function benchScale(statuses: number, withStreaming: boolean): Promise<ScaleResult> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "rostra-bench-"));
  const port = 3900 + Math.floor(Math.random() * 90);
  const url = `http://127.0.0.1:${port}`;
  const config = loadConfig({ ROSTRA_DATA_DIR: dataDir, ROSTRA_URL: url, LOG_LEVEL: "warn" });
  const ctx = await createContext(config, { log: pino({ level: "warn" }) });
  const seedStarted = Date.now();
  const bars = new Map<string, { bar: ReturnType<typeof progressBar>; done: number }>();
  const data = await seed(ctx, {
    users,
    statuses,
    onProgress(phase, done, total) {
      let b = bars.get(phase);
      if (!b) bars.set(phase, (b = { bar: progressBar(`seed ${phase}`.padEnd(14), total), done: 0 }));
      b.bar.tick(done - b.done);
      b.done = done;
      if (done >= total) b.bar.stop();
    },
  });
  const seedSeconds = (Date.now() - seedStarted) / 1000;
  // tokens: a random sample for load, and the celebrities' followers for S6/S7
  const tokens: string[] = [];
  for (const id of data.accountIds.slice(0, 5000)) tokens.push((await issueToken(ctx.db, { appId: null, accountId: id, scopes: ["read", "write", "follow"] })).token);
  const statusSample = data.statusIds.filter((_, i) => i % Math.max(1, Math.floor(data.statusIds.length / 5000)) === 0);
  await ctx.close();

  const started = Date.now();
  const child = spawn(process.execPath, [...(env.BENCH_SERVER_NODE_ARGS?.split(/\s+/).filter(Boolean) ?? []), path.resolve(here, "../bin/rostra.mjs"), "serve"], {
    env: { ...env, ROSTRA_DATA_DIR: dataDir, ROSTRA_URL: url, PORT: String(port), HOST: "127.0.0.1", LOG_LEVEL: "warn", ROSTRA_RATE_LIMITS: "off", ROSTRA_METRICS_TOKEN: METRICS_TOKEN },
    stdio: ["ignore", env.BENCH_SERVER_STDOUT ? fs.openSync(env.BENCH_SERVER_STDOUT, "w") : "ignore", "inherit"],
  });
  try {
    await waitReady(url);
    const readyMs = Date.now() - started;
    await new Promise((r) => setTimeout(r, 500));
    const idleRssMb = Math.round(procStats(child.pid!).rssMb);
    const sampleTokens = tokens.slice(100, 600);
    const common = { url, duration, pid: child.pid, metrics: { url, token: METRICS_TOKEN } };
    const scenarios: ScenarioResult[] = [];
    // warm-up: every sampled user reads their home timeline once (the first read rebuilds it from the
    // database, as after a restart; its latency is reported as its own row), then a short mixed warm-up
    // (skipped when S1 is left out, so a profile of another scenario holds only that scenario)
    if (wanted("S1")) {
      scenarios.push(await firstReads(url, sampleTokens));
      await runScenario({ ...common, name: "warmup", duration: 3, path: () => "/api/v1/timelines/home?limit=20", token: () => pickRandom(sampleTokens) });
    }
    if (wanted("S1")) {
      scenarios.push(await runScenario({ ...common, name: "S1 home timeline", path: () => "/api/v1/timelines/home?limit=20", token: () => pickRandom(sampleTokens) }));
      // the same reads with a URL never seen before, so the response cache cannot answer: what a read
      // costs when something changed since the reader's last one
      let u = 0;
      scenarios.push(await runScenario({ ...common, name: "S1 home, response cache bypassed", path: () => `/api/v1/timelines/home?limit=20&nocache=${u++}`, token: () => pickRandom(sampleTokens) }));
    }
    let n = 0;
    if (wanted("S2")) {
      const posting = {
        ...common,
        method: "POST" as const,
        path: () => "/api/v1/statuses",
        token: () => pickRandom(sampleTokens),
        body: () => JSON.stringify({ status: `Benchmark post ${n++} about #rostra and @user${n % users} with some words to reach about one hundred and forty characters in total, ok.` }),
      };
      // the write path has its own warm-up: the reads above never start the detection thread nor
      // compile the posting code, and a server that has been up a while has done both
      await runScenario({ ...posting, name: "warmup", duration: 3 });
      scenarios.push(await runScenario({ ...posting, name: "S2 create post" }));
    }
    if (wanted("S3")) scenarios.push(await runScenario({ ...common, name: "S3 status by id", path: () => `/api/v1/statuses/${pickRandom(statusSample)}`, token: () => pickRandom(sampleTokens) }));
    if (wanted("S4")) scenarios.push(await runScenario({ ...common, name: "S4 local timeline", path: () => "/api/v1/timelines/public?local=true&limit=20", token: () => pickRandom(sampleTokens) }));
    if (wanted("S5")) scenarios.push(await runScenario({ ...common, name: "S5 account statuses", path: () => `/api/v1/accounts/${pickRandom(data.accountIds)}/statuses`, token: () => pickRandom(sampleTokens) }));
    const result: ScaleResult = { statuses, seedSeconds, readyMs, idleRssMb, scenarios };
    if (withStreaming) {
      // user0..2 are celebrities followed by the first 5,000 users
      if (wanted("S6")) result.s6 = await streamingLatency(url, tokens[0], tokens.slice(10, 1010));
      if (wanted("S7")) result.s7 = await fanoutCompletion(url, tokens[1], tokens.slice(3, 5000), METRICS_TOKEN);
    }
    return result;
  } finally {
    child.kill("SIGTERM");
    await new Promise((r) => child.once("exit", r));
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

/** Each token's first home read (a cold rebuild), 10 at a time: latency percentiles and rate. */
async function firstReads(url: string, tokens: string[]): Promise<ScenarioResult> {
  const latencies: number[] = [];
  let errors = 0;
  let next = 0;
  const started = performance.now();
  const worker = async () => {
    while (next < tokens.length) {
      const token = tokens[next++];
      const t = performance.now();
      const res = await fetch(`${url}/api/v1/timelines/home?limit=20`, { headers: { authorization: `Bearer ${token}` } }).catch(() => null);
      if (!res?.ok) errors++;
      await res?.arrayBuffer();
      latencies.push(performance.now() - t);
    }
  };
  await Promise.all(Array.from({ length: 10 }, worker));
  latencies.sort((a, b) => a - b);
  const at = (q: number) => Math.round(latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? 0);
  return { name: "S1 first read (cold rebuild, 10 conns)", rps: Math.round(tokens.length / ((performance.now() - started) / 1000)), p50: at(0.5), p99: at(0.99), errors, non2xx: 0 };
}

async function references(): Promise<ScenarioResult[]> {
  const out: ScenarioResult[] = [];
  for (const kind of ["fastify", "node-http"] as const) {
    const port = 3990 + (kind === "fastify" ? 1 : 2);
    const child = await startReference(kind, port, 9000);
    try {
      out.push(await runScenario({ name: `reference ${kind}`, url: `http://127.0.0.1:${port}`, duration, path: () => "/", pid: child.pid }));
    } finally {
      child.kill();
    }
  }
  return out;
}

function table(refs: ScenarioResult[], scalesOut: ScaleResult[]): string {
  const fastify = refs.find((r) => r.name.includes("fastify"))!.rps;
  const nodeHttp = refs.find((r) => r.name.includes("node-http"))!.rps;
  const lines = ["| dataset | scenario | req/s | p50 ms | p99 ms | errors | non-2xx | × Fastify | × node:http | RSS MB | CPU % | main thread µs/req | loop delay p99/max ms |", "|---|---|---|---|---|---|---|---|---|---|---|---|---|"];
  const loop = (r: ScenarioResult) => (r.loopP99 !== undefined ? `${r.loopP99}/${r.loopMax}` : "");
  for (const r of refs) lines.push(`| — | ${r.name} | ${r.rps} | ${r.p50} | ${r.p99} | ${r.errors} | ${r.non2xx} | | | ${r.rssMb ?? ""} | ${r.cpuPct ?? ""} | ${r.mainCpuUs ?? ""} | |`);
  for (const sc of scalesOut) {
    for (const r of sc.scenarios.filter((x) => x.name !== "warmup")) {
      lines.push(`| ${sc.statuses.toLocaleString("en")} | ${r.name} | ${r.rps} | ${r.p50} | ${r.p99} | ${r.errors} | ${r.non2xx} | ${(r.rps / fastify).toFixed(2)} | ${(r.rps / nodeHttp).toFixed(2)} | ${r.rssMb ?? ""} | ${r.cpuPct ?? ""} | ${r.mainCpuUs ?? ""} | ${loop(r)} |`);
    }
  }
  lines.push("", "| dataset | seed s | ready ms | idle RSS MB | S6 stream p50/p99 ms (delivered) | S7 fan-out ms (sample in timeline) |", "|---|---|---|---|---|---|");
  for (const sc of scalesOut) {
    const s6 = sc.s6 as any;
    const s7 = sc.s7 as any;
    lines.push(`| ${sc.statuses.toLocaleString("en")} | ${sc.seedSeconds.toFixed(1)} | ${sc.readyMs} | ${sc.idleRssMb} | ${s6 ? `${s6.p50}/${s6.p99} (${s6.delivered}/${s6.expected})` : ""} | ${s7 ? `${s7.ms} (${s7.sampleReached}/${s7.sample})` : ""} |`);
  }
  const first = scalesOut[0];
  const last = scalesOut[scalesOut.length - 1];
  if (first && last && first !== last) {
    lines.push("", "Scale curve (p99 ms):");
    for (const name of ["S1 home timeline", "S2 create post"]) {
      const a = first.scenarios.find((s) => s.name === name);
      const b = last.scenarios.find((s) => s.name === name);
      if (!a || !b) continue;
      lines.push(`- ${name}: ${scalesOut.map((s) => `${s.statuses.toLocaleString("en")} → ${s.scenarios.find((x) => x.name === name)?.p99 ?? "—"}`).join(", ")} (ratio ${(b.p99 / Math.max(1, a.p99)).toFixed(2)})`);
    }
  }
  return lines.join("\n");
}

const refs = await references();
const out: ScaleResult[] = [];
for (const [i, n] of scales.entries()) out.push(await benchScale(n, i === 0));
const stamp = new Date().toISOString().replace(/[:.]/g, "-");
fs.mkdirSync(path.join(here, "results"), { recursive: true });
const md = table(refs, out);
fs.writeFileSync(path.join(here, "results", `${stamp}.json`), JSON.stringify({ date: new Date().toISOString(), cpus: os.cpus().length, duration, users, references: refs, scales: out }, null, 2));
fs.writeFileSync(path.join(here, "results", `${stamp}.md`), `${md}\n`);
process.stdout.write(`${md}\n`);
