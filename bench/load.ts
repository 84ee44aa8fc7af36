// Load helpers: autocannon scenarios with random tokens and ids, and process RSS/CPU readings.
import fs from "node:fs";
import autocannon from "autocannon";

export interface ScenarioResult {
  name: string;
  rps: number;
  p50: number;
  p99: number;
  errors: number;
  non2xx: number;
  rssMb?: number;
  cpuPct?: number;
}

export function pickRandom<T>(list: T[]): T {
  return list[Math.floor(Math.random() * list.length)];
}

export function procStats(pid: number): { rssMb: number; cpuTicks: number } {
  const status = fs.readFileSync(`/proc/${pid}/status`, "utf8");
  const rssKb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
  const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1].split(" ");
  return { rssMb: rssKb / 1024, cpuTicks: Number(stat[11]) + Number(stat[12]) };
}

export async function runScenario(opts: {
  name: string;
  url: string;
  duration: number;
  connections?: number;
  method?: "GET" | "POST";
  path: () => string;
  token?: () => string;
  body?: () => string;
  pid?: number;
}): Promise<ScenarioResult> {
  const before = opts.pid ? procStats(opts.pid) : null;
  const started = Date.now();
  const result = await autocannon({
    url: opts.url,
    connections: opts.connections ?? 50,
    duration: opts.duration,
    requests: [
      {
        method: opts.method ?? "GET",
        setupRequest(req: any) {
          req.path = opts.path();
          req.headers = { ...(req.headers ?? {}), ...(opts.token ? { authorization: `Bearer ${opts.token()}` } : {}) };
          if (opts.body) {
            req.body = opts.body();
            req.headers["content-type"] = "application/json";
          }
          return req;
        },
      },
    ],
  } as any);
  const after = opts.pid ? procStats(opts.pid) : null;
  const secs = (Date.now() - started) / 1000;
  return {
    name: opts.name,
    rps: Math.round(result.requests.average),
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
    ...(before && after ? { rssMb: Math.round(after.rssMb), cpuPct: Math.round(((after.cpuTicks - before.cpuTicks) / 100 / secs) * 100) } : {}),
  };
}

export function percentile(values: number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}
