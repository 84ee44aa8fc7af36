// Mastodon pagination: max_id / since_id / min_id / limit in, RFC 8288 Link header out.
import type { FastifyReply, FastifyRequest } from "fastify";
import type { Context } from "../../context.js";
import { parse, pageShape } from "../../core/validate.js";

export interface Page {
  maxId?: string;
  sinceId?: string;
  minId?: string;
  limit: number;
}

export function readPage(query: unknown, defaultLimit = 20, maxLimit = 40): Page {
  const q = parse(pageShape, query);
  const limit = Math.min(q.limit ?? defaultLimit, maxLimit);
  return { maxId: q.max_id, sinceId: q.since_id, minId: q.min_id, limit };
}

/**
 * Set the Link header from the first and last item ids of a page (ordered newest first).
 * `ids` are the pagination keys, which may differ from the rendered entity ids (e.g. follows).
 */
export function setLinkHeader(ctx: Context, req: FastifyRequest, reply: FastifyReply, ids: string[]): void {
  if (ids.length === 0) return;
  const base = new URL(req.url, ctx.config.url);
  const make = (key: string, value: string) => {
    const u = new URL(base.toString());
    u.searchParams.delete("max_id");
    u.searchParams.delete("min_id");
    u.searchParams.delete("since_id");
    u.searchParams.set(key, value);
    return u.toString();
  };
  const next = make("max_id", ids[ids.length - 1]);
  const prev = make("min_id", ids[0]);
  reply.header("Link", `<${next}>; rel="next", <${prev}>; rel="prev"`);
}

/** Offset pagination used by search and a few lists. */
export function readOffset(query: unknown, defaultLimit = 20, maxLimit = 40): { offset: number; limit: number } {
  const q = (query ?? {}) as Record<string, unknown>;
  const offset = Math.max(0, Number.parseInt(String(q.offset ?? "0"), 10) || 0);
  const limit = Math.min(Math.max(1, Number.parseInt(String(q.limit ?? defaultLimit), 10) || defaultLimit), maxLimit);
  return { offset, limit };
}
