// The built web app (web/dist) held in memory: a few hundred kilobytes, read once at start, each
// file compressed lazily on first request and then served from memory.
import fs from "node:fs";
import path from "node:path";
import { brotliCompressSync, constants as zlib, gzipSync } from "node:zlib";

export interface StaticFile {
  body: Buffer;
  type: string;
  etag: string;
  /** Content-hashed build output: safe to cache for a year. */
  immutable: boolean;
  gzip?: Buffer;
  br?: Buffer;
}

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".webmanifest": "application/manifest+json; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".webp": "image/webp",
  ".ico": "image/x-icon",
  ".txt": "text/plain; charset=utf-8",
  ".woff2": "font/woff2",
  ".map": "application/json; charset=utf-8",
};

const COMPRESSIBLE = /^(text\/|application\/(json|manifest\+json)|image\/svg)/;

export function contentTypeOf(file: string): string {
  return TYPES[path.extname(file).toLowerCase()] ?? "application/octet-stream";
}

/** Every file under `dir`, keyed by URL path ("/assets/index-abc.js"). Empty when not built. */
export function loadStaticFiles(dir: string): Map<string, StaticFile> {
  const out = new Map<string, StaticFile>();
  if (!fs.existsSync(dir)) return out;
  const walk = (sub: string) => {
    for (const entry of fs.readdirSync(path.join(dir, sub), { withFileTypes: true })) {
      const rel = path.posix.join(sub, entry.name);
      if (entry.isDirectory()) walk(rel);
      else if (entry.isFile()) {
        const body = fs.readFileSync(path.join(dir, rel));
        const etag = `"${body.length.toString(16)}-${simpleHash(body)}"`;
        out.set(`/${rel}`, { body, type: contentTypeOf(rel), etag, immutable: rel.startsWith("assets/") });
      }
    }
  };
  walk("");
  return out;
}

function simpleHash(buf: Buffer): string {
  let h = 2166136261;
  for (let i = 0; i < buf.length; i++) h = Math.imul(h ^ buf[i], 16777619);
  return (h >>> 0).toString(16);
}

/** The best encoding the client accepts, compressing on first use. */
export function encodedBody(file: StaticFile, acceptEncoding: string | undefined): { body: Buffer; encoding: string | null } {
  if (!COMPRESSIBLE.test(file.type) || file.body.length < 1024 || !acceptEncoding) return { body: file.body, encoding: null };
  if (/\bbr\b/.test(acceptEncoding)) {
    file.br ??= brotliCompressSync(file.body, { params: { [zlib.BROTLI_PARAM_QUALITY]: 9 } });
    return { body: file.br, encoding: "br" };
  }
  if (/\bgzip\b/.test(acceptEncoding)) {
    file.gzip ??= gzipSync(file.body, { level: 9 });
    return { body: file.gzip, encoding: "gzip" };
  }
  return { body: file.body, encoding: null };
}
