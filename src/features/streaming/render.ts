// Status payloads for many viewers at once (and the per-viewer flag helpers the timeline renderer shares): the status is rendered once without a viewer, then each
// viewer's flags (favourited, reblogged, muted, bookmarked, pinned, poll votes, quote permission) come
// from a few batched queries. Viewers with nothing special share one pre-serialised string.
import type { Context } from "../../context.js";
import { renderStatuses } from "../../api/mastodon/entities/status.js";
import { inList, rawRows } from "../../db/raw.js";
import type { Executor } from "../../db/types.js";
import type { StatusRow } from "../statuses/queries.js";

type Json = Record<string, unknown>;

export interface Flags {
  fav: Set<string>;
  book: Set<string>;
  pin: Set<string>;
  reblogged: Set<string>;
  /** statuses whose conversation the viewer muted */
  mutedConvs: Set<string>;
  votes: Map<string, number[]>;
}

export const emptyFlags = (): Flags => ({ fav: new Set(), book: new Set(), pin: new Set(), reblogged: new Set(), mutedConvs: new Set(), votes: new Map() });

/** The status JSON objects nested in a rendered status (itself, its reblog, their quotes). */
export function nested(json: Json): Json[] {
  const out: Json[] = [];
  const walk = (j: Json | null | undefined, depth: number) => {
    if (!j || depth > 3) return;
    out.push(j);
    walk(j.reblog as Json | null, depth + 1);
    walk((j.quote as { quoted_status?: Json } | null)?.quoted_status, depth + 1);
  };
  walk(json, 0);
  return out;
}

function quotePermission(j: Json, viewerId: string): string {
  if ((j.account as Json | undefined)?.id === viewerId) return "automatic";
  const approval = j.quote_approval as { automatic?: string[] } | undefined;
  if (j.visibility === "private" || j.visibility === "direct" || (approval?.automatic ?? []).length === 0) return "denied";
  return approval?.automatic?.includes("public") ? "automatic" : "unknown";
}

/**
 * A copy deep enough for the per-viewer fields: the status objects (its reblog's and quote's too) are
 * new; accounts, media, mentions, tags and the rest are shared with the cached render and never written
 * (a deep clone of every status on every page was a tenth of a timeline request's CPU).
 */
export function cloneStatus(j: Json): Json {
  const c: Json = { ...j };
  if (j.reblog && typeof j.reblog === "object") c.reblog = cloneStatus(j.reblog as Json);
  const quote = j.quote as { quoted_status?: Json | null } | null | undefined;
  if (quote && typeof quote === "object") {
    c.quote = { ...quote };
    if (quote.quoted_status && typeof quote.quoted_status === "object") (c.quote as Json).quoted_status = cloneStatus(quote.quoted_status);
  }
  return c;
}

export function applyFlags(anon: Json, viewerId: string, f: Flags): Json {
  const copy = cloneStatus(anon);
  for (const j of nested(copy)) {
    const id = j.id as string;
    j.favourited = f.fav.has(id);
    j.reblogged = f.reblogged.has(id);
    j.muted = f.mutedConvs.has(id);
    j.bookmarked = f.book.has(id);
    j.pinned = f.pin.has(id);
    j.filtered = [];
    const qa = j.quote_approval as Json | undefined;
    if (qa) j.quote_approval = { ...qa, current_user: quotePermission(j, viewerId) };
    const poll = j.poll as Json | null;
    if (poll) {
      const own = f.votes.get(poll.id as string) ?? [];
      j.poll = { ...poll, voted: own.length > 0, own_votes: own };
    }
  }
  return copy;
}

async function chunked<T>(viewers: string[], fn: (chunk: string[]) => Promise<T[]>): Promise<T[]> {
  const out: T[] = [];
  for (let i = 0; i < viewers.length; i += 500) out.push(...(await fn(viewers.slice(i, i + 500))));
  return out;
}

type FlagRow = { kind: string; account_id: string; ref: string | null; choice: number };

/**
 * Every per-viewer relation to these statuses, tagged by kind, in one statement (hand-written SQL, see
 * db/raw.ts: this runs for every timeline page): for `viewers` only, or for anyone when omitted.
 */
async function flagRows(db: Executor, ids: string[], convIds: string[], pollIds: string[], viewers?: string[]): Promise<FlagRow[]> {
  const s = inList(ids);
  const who = viewers ? inList(viewers) : null;
  const by = who ? ` AND account_id IN (${who.sql})` : "";
  const w = who ? who.params : [];
  const parts = [
    `SELECT 'fav' AS kind, account_id, status_id AS ref, 0 AS choice FROM favourites WHERE status_id IN (${s.sql})${by}`,
    `SELECT 'book', account_id, status_id, 0 FROM bookmarks WHERE status_id IN (${s.sql})${by}`,
    `SELECT 'pin', account_id, status_id, 0 FROM status_pins WHERE status_id IN (${s.sql})${by}`,
    `SELECT 'reblog', account_id, reblog_of_id, 0 FROM statuses WHERE reblog_of_id IN (${s.sql}) AND deleted_at IS NULL${by}`,
  ];
  const params: unknown[] = [...s.params, ...w, ...s.params, ...w, ...s.params, ...w, ...s.params, ...w];
  if (convIds.length) {
    const c = inList(convIds);
    parts.push(`SELECT 'conv', account_id, conversation_id, 0 FROM conversation_mutes WHERE conversation_id IN (${c.sql})${by}`);
    params.push(...c.params, ...w);
  }
  if (pollIds.length) {
    const p = inList(pollIds);
    parts.push(`SELECT 'vote', account_id, poll_id, choice FROM poll_votes WHERE poll_id IN (${p.sql})${by}`);
    params.push(...p.params, ...w);
  }
  return rawRows<FlagRow>(db, parts.join("\nUNION ALL "), params);
}

function collectFlags(rows: FlagRow[], convs: Map<string, string>, byViewer: Map<string, Flags>): Map<string, Flags> {
  for (const r of rows) {
    if (!r.ref) continue;
    let f = byViewer.get(r.account_id);
    if (!f) byViewer.set(r.account_id, (f = emptyFlags()));
    if (r.kind === "fav") f.fav.add(r.ref);
    else if (r.kind === "book") f.book.add(r.ref);
    else if (r.kind === "pin") f.pin.add(r.ref);
    else if (r.kind === "reblog") f.reblogged.add(r.ref);
    else if (r.kind === "vote") f.votes.set(r.ref, [...(f.votes.get(r.ref) ?? []), Number(r.choice)]);
    else if (r.kind === "conv") {
      for (const [sid, conv] of convs) if (conv === r.ref) f.mutedConvs.add(sid);
    }
  }
  return byViewer;
}

export async function loadFlags(db: Executor, viewers: string[], ids: string[], convs: Map<string, string>, pollIds: string[]): Promise<Map<string, Flags>> {
  const byViewer = new Map<string, Flags>();
  if (viewers.length === 0 || ids.length === 0) return byViewer;
  const convIds = [...new Set(convs.values())];
  // one round trip per chunk of viewers
  const rows = await chunked(viewers, (c) => flagRows(db, ids, convIds, pollIds, c));
  return collectFlags(rows, convs, byViewer);
}

export async function loadFlagsOfStatuses(db: Executor, ids: string[], convs: Map<string, string>, pollIds: string[]): Promise<Map<string, Flags>> {
  const byViewer = new Map<string, Flags>();
  if (ids.length === 0) return byViewer;
  return collectFlags(await flagRows(db, ids, [...new Set(convs.values())], pollIds), convs, byViewer);
}

export interface StreamPayloads {
  /** rendered without a viewer (public and hashtag streams) */
  anonymous: string;
  /** the payload of every viewer with no flags of their own */
  shared: string;
  forViewer(viewerId: string): string;
}

/**
 * A status's stream payloads: rendered once without a viewer; viewers with nothing of their own
 * (no favourite, boost, bookmark … of it, not its author) share one pre-serialised string, the others
 * get a copy with their flags. Costs the same whether the status goes to ten viewers or ten thousand.
 */
export async function renderForViewers(ctx: Context, row: StatusRow, _viewers?: readonly string[]): Promise<StreamPayloads> {
  const [anon] = await renderStatuses(ctx, [row], null, "home");
  const parts = nested(anon);
  const ids = parts.map((j) => j.id as string);
  let convs: Map<string, string>;
  if (parts.length === 1 && ids[0] === row.id) convs = new Map([[row.id, row.conversation_id]]);
  else {
    const convRows = await ctx.db.selectFrom("statuses").select(["id", "conversation_id"]).where("id", "in", ids).execute();
    convs = new Map(convRows.map((r) => [r.id, r.conversation_id]));
  }
  const pollIds = parts.map((j) => (j.poll as Json | null)?.id as string | undefined).filter((x): x is string => !!x);
  // authors see their own statuses with automatic quote permission, so they always get their own copy
  const authors = new Set(parts.map((j) => (j.account as Json | undefined)?.id as string));
  const flags = await loadFlagsOfStatuses(ctx.db, ids, convs, pollIds);
  const shared = JSON.stringify(applyFlags(anon, "", emptyFlags()));
  const cache = new Map<string, string>();
  return {
    anonymous: JSON.stringify(anon),
    shared,
    forViewer(viewerId) {
      const f = flags.get(viewerId);
      if (!f && !authors.has(viewerId)) return shared;
      let s = cache.get(viewerId);
      if (!s) cache.set(viewerId, (s = JSON.stringify(applyFlags(anon, viewerId, f ?? emptyFlags()))));
      return s;
    },
  };
}
