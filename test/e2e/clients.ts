// Helpers for driving a real listening Rostra server with unmodified client libraries.
import { createHash, randomBytes } from "node:crypto";
import WebSocket from "ws";
import type { TestServer } from "../helpers.js";

/**
 * Listen on a random loopback port and make the server believe its public URL is that address (clients
 * follow the URLs it hands out), with the job worker running as in production.
 */
export async function listenForClients(s: TestServer): Promise<string> {
  await s.app.listen({ port: 0, host: "127.0.0.1" });
  const port = (s.app.server.address() as { port: number }).port;
  const base = `http://127.0.0.1:${port}`;
  (s.ctx.config as { url: string }).url = base;
  (s.ctx.config as { domain: string }).domain = `127.0.0.1:${port}`;
  s.ctx.jobs.start();
  return base;
}

// masto v8 expects a browser-like global WebSocket and Promise.withResolvers (Node 22+).
export function installClientPolyfills(): void {
  (globalThis as any).WebSocket ??= WebSocket;
  (Promise as any).withResolvers ??= function withResolvers<T>() {
    let resolve!: (v: T) => void;
    let reject!: (e: unknown) => void;
    const promise = new Promise<T>((res, rej) => {
      resolve = res;
      reject = rej;
    });
    return { promise, resolve, reject };
  };
}

function cookies(res: Response): string {
  return (res.headers.getSetCookie?.() ?? []).map((c) => c.split(";")[0]).join("; ");
}

export function hiddenInputs(html: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of html.matchAll(/<input type="hidden" name="([^"]+)" value="([^"]*)">/g)) {
    out[m[1]] = m[2].replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");
  }
  return out;
}

/** Sign in through the HTML authorize page like a person would, returning the authorization code. */
export async function authorizeInBrowserLike(base: string, opts: { clientId: string; redirectUri: string; scope: string; login: string; password: string; pkce?: boolean }) {
  const verifier = randomBytes(32).toString("base64url");
  const challenge = createHash("sha256").update(verifier).digest("base64url");
  const q = new URLSearchParams({ response_type: "code", client_id: opts.clientId, redirect_uri: opts.redirectUri, scope: opts.scope, state: "s1" });
  if (opts.pkce !== false) {
    q.set("code_challenge", challenge);
    q.set("code_challenge_method", "S256");
  }
  const page = await fetch(`${base}/oauth/authorize?${q}`);
  let jar = cookies(page);
  const signIn = await fetch(`${base}/oauth/authorize`, {
    method: "POST",
    headers: { cookie: jar, "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ ...hiddenInputs(await page.text()), intent: "sign_in", login: opts.login, password: opts.password }),
    redirect: "manual",
  });
  jar = `${jar}; ${cookies(signIn)}`;
  const approve = await fetch(`${base}/oauth/authorize`, {
    method: "POST",
    headers: { cookie: jar, "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ ...hiddenInputs(await signIn.text()), intent: "approve" }),
    redirect: "manual",
  });
  const location = approve.headers.get("location");
  // out-of-band apps get the code on a page instead of a redirect
  const code = location ? new URL(location).searchParams.get("code") : (/<code id="code">([^<]+)<\/code>/.exec(await approve.text())?.[1] ?? null);
  if (!code) throw new Error("no code in redirect");
  return { code, verifier };
}

/**
 * Start consuming an async iterable at once (masto subscribes when iteration begins) and buffer what
 * arrives; waitFor resolves with the first buffered or future item matching, or rejects after `ms`.
 */
export function collect<T>(iterable: AsyncIterable<T>) {
  const seen: T[] = [];
  const waiters = new Set<{ match: (x: T) => boolean; resolve: (x: T) => void }>();
  void (async () => {
    try {
      for await (const item of iterable) {
        seen.push(item);
        for (const w of waiters) if (w.match(item)) {
          waiters.delete(w);
          w.resolve(item);
        }
      }
    } catch {
      // the stream closed; pending waiters time out
    }
  })();
  return {
    seen,
    waitFor(match: (x: T) => boolean, ms = 5000): Promise<T> {
      const found = seen.find(match);
      if (found !== undefined) return Promise.resolve(found);
      return new Promise<T>((resolve, reject) => {
        const w = { match, resolve: (x: T) => { clearTimeout(timer); resolve(x); } };
        const timer = setTimeout(() => {
          waiters.delete(w);
          reject(new Error(`no matching event within ${ms} ms (saw ${seen.length})`));
        }, ms);
        waiters.add(w);
      });
    },
  };
}
