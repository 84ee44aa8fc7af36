// The one outbound HTTP client: resolves the host, refuses loopback, private, link-local, multicast,
// unspecified and IPv4-mapped addresses, pins the checked address for the connection (no DNS-rebinding
// window), re-checks after every redirect, and bounds time, redirects and body size.
import dns from "node:dns/promises";
import http from "node:http";
import https from "node:https";
import net from "node:net";

export interface FetchOptions {
  timeoutMs?: number;
  maxBytes?: number;
  maxRedirects?: number;
  accept?: string;
  /** Tests only (never from configuration): allow loopback/private targets. */
  allowPrivate?: boolean;
}

export interface FetchResult {
  url: string;
  status: number;
  contentType: string;
  body: string;
}

export class FetchRefusedError extends Error {}

function ipv4Private(ip: string): boolean {
  const [a, b] = ip.split(".").map(Number);
  return a === 0 || a === 10 || a === 127 || (a === 100 && b >= 64 && b <= 127) || (a === 169 && b === 254) || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168) || (a === 192 && b === 0) || (a === 198 && (b === 18 || b === 19)) || a >= 224;
}

export function isForbiddenAddress(ip: string): boolean {
  if (net.isIPv4(ip)) return ipv4Private(ip);
  const lower = ip.toLowerCase();
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(lower);
  if (mapped) return true; // IPv4-mapped IPv6 is refused outright
  return lower === "::" || lower === "::1" || lower.startsWith("fe8") || lower.startsWith("fe9") || lower.startsWith("fea") || lower.startsWith("feb") || lower.startsWith("fc") || lower.startsWith("fd") || lower.startsWith("ff");
}

async function resolveChecked(host: string, allowPrivate: boolean): Promise<{ address: string; family: number }> {
  const literal = host.replace(/^\[|\]$/g, "");
  const addrs = net.isIP(literal) ? [{ address: literal, family: net.isIP(literal) }] : await dns.lookup(literal, { all: true });
  if (addrs.length === 0) throw new FetchRefusedError(`cannot resolve ${host}`);
  for (const a of addrs) if (!allowPrivate && isForbiddenAddress(a.address)) throw new FetchRefusedError(`refusing to connect to ${a.address}`);
  return addrs[0];
}

function once(url: URL, pinned: { address: string; family: number }, opts: Required<Omit<FetchOptions, "allowPrivate">>): Promise<{ status: number; location?: string; contentType: string; body: string }> {
  const mod = url.protocol === "https:" ? https : http;
  return new Promise((resolve, reject) => {
    const req = mod.request(
      url,
      {
        method: "GET",
        headers: { accept: opts.accept, "user-agent": "Rostra/0.1 (+link verification)" },
        timeout: opts.timeoutMs,
        // pin the address we checked: no second DNS lookup
        lookup: (_host, _o, cb: any) => cb(null, [{ address: pinned.address, family: pinned.family }]),
      },
      (res) => {
        const status = res.statusCode ?? 0;
        if (status >= 300 && status < 400 && res.headers.location) {
          res.resume();
          resolve({ status, location: res.headers.location, contentType: "", body: "" });
          return;
        }
        let size = 0;
        const chunks: Buffer[] = [];
        res.on("data", (c: Buffer) => {
          size += c.length;
          if (size > opts.maxBytes) {
            req.destroy(new FetchRefusedError("response too large"));
            return;
          }
          chunks.push(c);
        });
        res.on("end", () => resolve({ status, contentType: String(res.headers["content-type"] ?? ""), body: Buffer.concat(chunks).toString("utf8") }));
        res.on("error", reject);
      },
    );
    req.on("timeout", () => req.destroy(new FetchRefusedError("timed out")));
    req.on("error", reject);
    req.end();
  });
}

export async function guardedFetch(target: string, options: FetchOptions = {}): Promise<FetchResult> {
  const opts = { timeoutMs: options.timeoutMs ?? 5000, maxBytes: options.maxBytes ?? 1024 * 1024, maxRedirects: options.maxRedirects ?? 3, accept: options.accept ?? "text/html" };
  let url = new URL(target);
  for (let hop = 0; hop <= opts.maxRedirects; hop++) {
    if (url.protocol !== "https:" && url.protocol !== "http:") throw new FetchRefusedError(`unsupported scheme ${url.protocol}`);
    const pinned = await resolveChecked(url.hostname, options.allowPrivate === true);
    const res = await once(url, pinned, opts);
    if (res.location) {
      url = new URL(res.location, url);
      continue;
    }
    return { url: url.toString(), status: res.status, contentType: res.contentType, body: res.body };
  }
  throw new FetchRefusedError("too many redirects");
}
