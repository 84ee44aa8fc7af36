// Whole JSON responses of the hottest reads (timelines), per viewer and URL, served again for as long
// as nothing they were built from can have changed. PERFORMANCE.md's home-timeline target leaves
// about 100 µs of work per request, less than one render of twenty statuses; a reader who refreshes
// a timeline nobody has written to since gets the bytes they got last time.
//
// Staleness is ruled out by stamps, not guessed by age: an entry records the database's data epoch
// (every write through this process's connection, every commit by another process —
// sqlite-statements.ts) and the version of each in-process timeline set it read (kv.ts); any change
// to either misses. Time-dependent fields are the exception, so an entry also ends at the earliest
// `expires_at` it shows (a poll closing, a filter lapsing) and after TTL_MS at most (mutes with a
// duration, timed suspensions end by the clock, not by a write).
//
// Only in embedded mode (SQLite and the in-process store): with PostgreSQL or Redis other processes
// write where this one cannot see it, so there is no cache.
import type { FastifyReply, FastifyRequest } from "fastify";
import type { Clock } from "../core/clock.js";
import type { DataEpoch } from "../db/sqlite-statements.js";
import type { KvStore } from "../infra/kv.js";

const JSON_TYPE = "application/json; charset=utf-8";

export interface ResponseCacheOptions {
  ttlMs?: number;
  /** Budget for the cached bodies (UTF-16 string bytes, roughly). */
  maxBytes?: number;
}

export interface ResponseCacheStats {
  hits: number;
  misses: number;
  entries: number;
  bytes: number;
}

export interface ResponseCache {
  /**
   * The response for this viewer and URL: the cached body when still valid, else `build()`'s result
   * serialised (and kept when nothing changed while it was built). `kvKeys` are the timeline sets
   * the response reads. The Link header travels with the body.
   */
  serve(req: FastifyRequest, reply: FastifyReply, opts: { viewer: string | null; kvKeys?: string[] }, build: () => Promise<unknown>): Promise<string>;
  stats(): ResponseCacheStats;
  /**
   * Forget everything, including responses being built right now: for changes the data epoch cannot
   * see, such as another in-process cache (rendered statuses) being corrected after a commit.
   */
  clear(): void;
}

interface Entry {
  body: string;
  link: string | undefined;
  epoch: number;
  kv: number[];
  generation: number;
  until: number;
}

export function createResponseCache(epoch: DataEpoch, kv: KvStore, clock: Clock, opts: ResponseCacheOptions = {}): ResponseCache | null {
  const version = kv.version?.bind(kv);
  if (!version) return null;
  const ttlMs = opts.ttlMs ?? 10_000;
  const maxBytes = opts.maxBytes ?? 64 * 1024 * 1024;
  const entries = new Map<string, Entry>();
  let bytes = 0;
  let hits = 0;
  let misses = 0;
  let generation = 0;

  const drop = (key: string, e: Entry) => {
    entries.delete(key);
    bytes -= e.body.length * 2;
  };
  const keep = (key: string, e: Entry) => {
    const old = entries.get(key);
    if (old) drop(key, old);
    entries.set(key, e);
    bytes += e.body.length * 2;
    // Map order is insertion order and hits re-insert: the first entries are the least recently used
    while (bytes > maxBytes && entries.size > 0) {
      const [k, v] = entries.entries().next().value as [string, Entry];
      drop(k, v);
    }
  };

  return {
    async serve(req, reply, { viewer, kvKeys = [] }, build) {
      const key = `${viewer ?? "-"} ${req.url}`;
      const now = clock.now().getTime();
      const stamp = epoch.current();
      const hit = entries.get(key);
      if (hit) {
        if (hit.epoch === stamp && hit.generation === generation && now < hit.until && kvKeys.every((k, i) => version(k) === hit.kv[i])) {
          hits++;
          entries.delete(key);
          entries.set(key, hit);
          if (hit.link) reply.header("link", hit.link);
          reply.type(JSON_TYPE);
          return hit.body;
        }
        drop(key, hit);
      }
      misses++;
      const kvStamp = kvKeys.map((k) => version(k));
      const startGeneration = generation;
      const value = await build();
      const body = JSON.stringify(value);
      // built while something changed (a write, a timeline update): right for this request, and
      // possibly already stale for the next one
      if (epoch.current() === stamp && generation === startGeneration && kvKeys.every((k, i) => version(k) === kvStamp[i])) {
        const link = reply.getHeader("link");
        keep(key, { body, link: typeof link === "string" ? link : undefined, epoch: stamp, kv: kvStamp, generation, until: Math.min(now + ttlMs, earliestExpiry(value, now)) });
      }
      reply.type(JSON_TYPE);
      return body;
    },
    stats: () => ({ hits, misses, entries: entries.size, bytes }),
    clear() {
      generation++;
      entries.clear();
      bytes = 0;
    },
  };
}

/**
 * The earliest future `expires_at` a list of Status entities shows (their polls and filter results,
 * and those of the boosted and quoted statuses inside them), or Infinity.
 */
export function earliestExpiry(value: unknown, now: number): number {
  let min = Number.POSITIVE_INFINITY;
  const at = (x: unknown) => {
    if (typeof x !== "string") return;
    const t = Date.parse(x);
    if (t > now && t < min) min = t;
  };
  const status = (s: unknown, depth: number) => {
    if (depth > 3 || s === null || typeof s !== "object") return;
    const st = s as { poll?: { expires_at?: unknown } | null; filtered?: { filter?: { expires_at?: unknown } }[]; reblog?: unknown; quote?: { quoted_status?: unknown } | null };
    at(st.poll?.expires_at);
    if (Array.isArray(st.filtered)) for (const f of st.filtered) at(f?.filter?.expires_at);
    status(st.reblog, depth + 1);
    status(st.quote?.quoted_status, depth + 1);
  };
  if (Array.isArray(value)) for (const s of value) status(s, 0);
  else status(value, 0);
  return min;
}
