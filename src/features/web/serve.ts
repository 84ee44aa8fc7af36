// Serves the built web app (web/dist) from the Rostra server: static files with the right types and
// caching, index.html for app routes (with link-preview tags on public pages), and a strict CSP.
// API and protocol paths never fall back to the app: an unknown /api/... stays a JSON 404.
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import type { Context } from "../../context.js";
import { FALLBACK_INDEX, type HeadTags, injectHead } from "./head-tags.js";
import { registerPublicPages } from "./public-pages.js";
import { encodedBody, loadStaticFiles, type StaticFile } from "./static-files.js";

export const DEFAULT_DIST = fileURLToPath(new URL("../../../web/dist", import.meta.url));

const NOT_APP = /^\/(api|oauth|auth|\.well-known|nodeinfo|system|health|metrics|users|inbox|avatars|headers|admin\/api)(\/|$)/;
const FILE_LIKE = /\.[a-z0-9]{1,12}$/i;

export function contentSecurityPolicy(publicUrl: string): string {
  const origin = new URL(publicUrl);
  const ws = `${origin.protocol === "https:" ? "wss:" : "ws:"}//${origin.host}`;
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    `img-src 'self' ${origin.origin} data: blob: https:`,
    `media-src 'self' ${origin.origin} blob: https:`,
    `connect-src 'self' ${origin.origin} ${ws}`,
    "font-src 'self'",
    "manifest-src 'self'",
    "worker-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

function cacheControl(urlPath: string, file: StaticFile): string {
  if (file.immutable) return "public, max-age=31536000, immutable";
  // the service worker and the HTML shell must be revalidated so a new build takes over
  if (urlPath === "/sw.js" || file.type.startsWith("text/html")) return "no-cache";
  return "public, max-age=3600";
}

export async function registerWebApp(app: FastifyInstance, ctx: Context, opts: { distDir?: string } = {}): Promise<void> {
  const files = loadStaticFiles(opts.distDir ?? DEFAULT_DIST);
  const indexHtml = files.get("/index.html")?.body.toString("utf8") ?? FALLBACK_INDEX;
  const csp = contentSecurityPolicy(ctx.config.url);

  const sendFile = (req: FastifyRequest, reply: FastifyReply, urlPath: string, file: StaticFile) => {
    reply.header("Cache-Control", cacheControl(urlPath, file)).header("ETag", file.etag).header("Vary", "Accept-Encoding");
    if (req.headers["if-none-match"] === file.etag) return reply.status(304).send();
    const { body, encoding } = encodedBody(file, req.headers["accept-encoding"]);
    if (encoding) reply.header("Content-Encoding", encoding);
    if (file.type.startsWith("text/html")) reply.header("Content-Security-Policy", csp);
    return reply.type(file.type).send(body);
  };

  const sendPage = (reply: FastifyReply, tags: HeadTags | null, status = 200) =>
    reply
      .status(status)
      .header("Content-Security-Policy", csp)
      .header("Referrer-Policy", "same-origin")
      .header("Cache-Control", "no-cache")
      .type("text/html; charset=utf-8")
      .send(injectHead(indexHtml, tags));

  registerPublicPages(app, ctx, sendPage);

  app.get("/*", async (req, reply) => {
    let urlPath: string;
    try {
      urlPath = decodeURIComponent(req.url.split("?")[0]);
    } catch {
      return reply.callNotFound();
    }
    const file = files.get(urlPath);
    if (file && urlPath !== "/index.html") return sendFile(req, reply, urlPath, file);
    if (NOT_APP.test(urlPath) || FILE_LIKE.test(urlPath)) return reply.callNotFound();
    return sendPage(reply, null);
  });
}
