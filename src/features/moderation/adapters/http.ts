// POST JSON to an operator-configured model endpoint, with the same address rules as the guarded
// outbound client (src/infra/guarded-fetch.ts, which only GETs): resolve once, refuse loopback/private/
// link-local addresses unless the operator opted in, pin the checked address (no DNS rebinding), follow
// no redirects, bound the body, and stop at the caller's abort signal (which carries the deadline).
import dns from "node:dns/promises";
import http from "node:http";
import https from "node:https";
import net from "node:net";
import { FetchRefusedError, isForbiddenAddress } from "../../../infra/guarded-fetch.js";
import { AdapterError } from "./types.js";

export interface PostOptions {
  signal: AbortSignal;
  headers?: Record<string, string>;
  maxBytes?: number;
  allowPrivate?: boolean;
}

export interface PostResult {
  status: number;
  body: string;
}

function aborted(signal: AbortSignal): Error {
  return signal.reason instanceof Error ? signal.reason : new AdapterError("aborted");
}

async function resolvePinned(host: string, allowPrivate: boolean, signal: AbortSignal): Promise<{ address: string; family: number }> {
  const literal = host.replace(/^\[|\]$/g, "");
  let addrs: { address: string; family: number }[];
  if (net.isIP(literal)) addrs = [{ address: literal, family: net.isIP(literal) }];
  else {
    // dns.lookup cannot be cancelled: race it with the deadline
    let onAbort = () => {};
    const stop = new Promise<never>((_, reject) => {
      onAbort = () => reject(aborted(signal));
      signal.addEventListener("abort", onAbort, { once: true });
    });
    try {
      addrs = await Promise.race([dns.lookup(literal, { all: true }), stop]);
    } finally {
      signal.removeEventListener("abort", onAbort);
    }
  }
  if (addrs.length === 0) throw new FetchRefusedError(`cannot resolve ${host}`);
  for (const a of addrs) if (!allowPrivate && isForbiddenAddress(a.address)) throw new FetchRefusedError(`refusing to connect to ${a.address}`);
  return addrs[0];
}

export async function postJson(target: string, payload: unknown, opts: PostOptions): Promise<PostResult> {
  const { signal } = opts;
  if (signal.aborted) throw aborted(signal);
  const url = new URL(target);
  if (url.protocol !== "https:" && url.protocol !== "http:") throw new FetchRefusedError(`unsupported scheme ${url.protocol}`);
  const pinned = await resolvePinned(url.hostname, opts.allowPrivate === true, signal);
  const maxBytes = opts.maxBytes ?? 256 * 1024;
  const body = Buffer.from(JSON.stringify(payload), "utf8");
  const mod = url.protocol === "https:" ? https : http;
  return new Promise((resolve, reject) => {
    const req = mod.request(url, {
      method: "POST",
      signal,
      agent: false,
      headers: {
        ...opts.headers,
        "content-type": "application/json",
        "content-length": String(body.length),
        accept: "application/json",
        "user-agent": "Rostra/0.1 (+moderation adapter)",
      },
      lookup: (_host, _o, cb: any) => cb(null, [{ address: pinned.address, family: pinned.family }]),
    }, (res) => {
      const status = res.statusCode ?? 0;
      if (status >= 300 && status < 400) {
        res.resume();
        reject(new FetchRefusedError(`redirect (${status}) refused`));
        return;
      }
      const declared = Number(res.headers["content-length"] ?? 0);
      if (declared > maxBytes) {
        req.destroy(new AdapterError("response too large"));
        return;
      }
      let size = 0;
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => {
        size += c.length;
        if (size > maxBytes) {
          req.destroy(new AdapterError("response too large"));
          return;
        }
        chunks.push(c);
      });
      res.on("end", () => resolve({ status, body: Buffer.concat(chunks).toString("utf8") }));
      res.on("error", reject);
    });
    req.on("error", (e) => reject(signal.aborted ? aborted(signal) : e));
    req.end(body);
  });
}
