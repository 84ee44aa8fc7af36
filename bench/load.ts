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
  /** the server's main (event-loop) thread CPU time per request, µs: unlike req/s, barely moved by other load on the machine */
  mainCpuUs?: number;
  /** the server's event-loop delay during the run (p99 and max, ms), when its /metrics was given */
  loopP99?: number;
  loopMax?: number;
}

/**
 * The server's event-loop delay figures from /metrics (prom-client's default metrics). prom-client
 * resets its delay histogram at every scrape, so a scrape right before a run makes the one after it
 * cover exactly that run.
 */
async function loopDelay(metrics: { url: string; token: string }): Promise<{ p99: number; max: number } | null> {
  try {
    const res = await fetch(`${metrics.url}/metrics`, { headers: { authorization: `Bearer ${metrics.token}` } });
    const text = await res.text();
    const read = (name: string) => Number(new RegExp(`^${name} ([0-9.eE+-]+)`, "m").exec(text)?.[1] ?? Number.NaN) * 1000;
    return { p99: Math.round(read("nodejs_eventloop_lag_p99_seconds")), max: Math.round(read("nodejs_eventloop_lag_max_seconds")) };
  } catch {
    return null;
  }
}

export function pickRandom<T>(list: T[]): T {
  return list[Math.floor(Math.random() * list.length)];
}

/** utime + stime in clock ticks (1/100 s) from a /proc stat file */
function statTicks(file: string): number {
  const stat = fs.readFileSync(file, "utf8").split(") ")[1].split(" ");
  return Number(stat[11]) + Number(stat[12]);
}

/** RSS, the whole process's CPU ticks, and its main thread's (on Linux the main thread's id is the pid) */
export function procStats(pid: number): { rssMb: number; cpuTicks: number; mainTicks: number } {
  const status = fs.readFileSync(`/proc/${pid}/status`, "utf8");
  const rssKb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
  return { rssMb: rssKb / 1024, cpuTicks: statTicks(`/proc/${pid}/stat`), mainTicks: statTicks(`/proc/${pid}/task/${pid}/stat`) };
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
  metrics?: { url: string; token: string };
}): Promise<ScenarioResult> {
  if (opts.metrics) await loopDelay(opts.metrics);
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
  const loop = opts.metrics ? await loopDelay(opts.metrics) : null;
  const secs = (Date.now() - started) / 1000;
  return {
    name: opts.name,
    rps: Math.round(result.requests.average),
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
    ...(before && after ? { rssMb: Math.round(after.rssMb), cpuPct: Math.round(((after.cpuTicks - before.cpuTicks) / 100 / secs) * 100),
          mainCpuUs: Math.round(((after.mainTicks - before.mainTicks) * 10_000) / Math.max(1, result.requests.total)) } : {}),
    ...(loop ? { loopP99: loop.p99, loopMax: loop.max } : {}),
  };
}

export function percentile(values: number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}
