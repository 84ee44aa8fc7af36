// Timeline pages rendered from a short-lived cache of viewer-independent Status JSON, with the
// viewer's flags and filter results laid on top (ARCHITECTURE: "a cached render of each status;
// per-viewer fields added on top"). Counters and polls are read fresh; an edit or moderation change
// invalidates at once; profile changes of the author show up within the TTL.
import type { Context } from "../../context.js";
import { renderPoll } from "../../api/mastodon/entities/poll.js";
import { renderStatuses } from "../../api/mastodon/entities/status.js";
import { inList, rawRows } from "../../db/raw.js";
import type { PollsTable } from "../../db/types.js";
import { applyFiltersForViewer } from "../filters/match.js";
import { onRenderedChange } from "../moderation/render-changes.js";
import type { StatusRow } from "../statuses/queries.js";
import { rowsByIds, type StatusHead } from "./viewer-filter.js";
import { applyFlags, cloneStatus, emptyFlags, loadFlags, nested } from "../streaming/render.js";

type Json = Record<string, unknown>;

interface Entry {
  json: Json;
  version: string;
  at: number;
  /** conversation id, text and spoiler of every status nested in json, for flags and filters */
  parts: Map<string, { conversation: string; text: string; spoiler: string }>;
}

const TTL_MS = 60_000;
const MAX_ENTRIES = 20_000;
const caches = new WeakMap<Context, Map<string, Entry>>();

function cacheOf(ctx: Context): Map<string, Entry> {
  let c = caches.get(ctx);
  if (!c) caches.set(ctx, (c = new Map()));
  return c;
}

const versionOf = (r: StatusHead) => `${r.edited_at ?? ""}|${r.moderation_state}`;

// a moderation action changes a post's JSON without an edit (a label, a demotion, an account marked
// sensitive): its renders, and those embedding it as a boost or quote, are forgotten at once
onRenderedChange((ctx, change) => {
  // whole responses built from the old renders go too, even those being built right now
  ctx.responses?.clear();
  const cache = caches.get(ctx);
  if (!cache) return;
  const statuses = new Set(change.statusIds);
  const accounts = new Set(change.accountIds);
  for (const [id, e] of cache) {
    if (nested(e.json).some((n) => statuses.has(n.id as string) || accounts.has((n.account as Json | undefined)?.id as string))) cache.delete(id);
  }
});

async function fill(ctx: Context, heads: StatusHead[]): Promise<void> {
  const cache = cacheOf(ctx);
  // callers may pass only the head columns: the full rows are read for what must be rendered anew
  const full = heads.every((h) => "text" in h) ? null : await rowsByIds(ctx.db, heads.map((h) => h.id));
  const rows = heads.map((h) => full?.get(h.id) ?? (h as StatusRow)).filter((r) => "text" in r);
  const rendered = await renderStatuses(ctx, rows, null, "home");
  const ids = rendered.flatMap((j) => nested(j).map((n) => n.id as string));
  const meta = await ctx.db.selectFrom("statuses").select(["id", "conversation_id", "text", "spoiler_text"]).where("id", "in", [...new Set(ids)]).execute();
  const byId = new Map(meta.map((m) => [m.id, { conversation: m.conversation_id, text: m.text, spoiler: m.spoiler_text }]));
  const now = Date.now();
  rows.forEach((r, i) => {
    const json = rendered[i];
    const parts = new Map(nested(json).map((n) => [n.id as string, byId.get(n.id as string) ?? { conversation: "", text: "", spoiler: "" }]));
    cache.delete(r.id);
    cache.set(r.id, { json, version: versionOf(r), at: now, parts });
  });
  while (cache.size > MAX_ENTRIES) cache.delete(cache.keys().next().value as string);
}

type Counts = Pick<StatusRow, "replies_count" | "reblogs_count" | "favourites_count" | "quotes_count">;

/** Counters and polls change without an edit: read them fresh for every status on the page. */
async function freshState(ctx: Context, rows: StatusHead[], entries: Entry[]) {
  const counts = new Map<string, Counts>(rows.map((r) => [r.id, r]));
  const originals = rows.map((r) => r.reblog_of_id).filter((x): x is string => !!x);
  if (originals.length) {
    const list = inList(originals);
    const more = await rawRows<Counts & { id: string }>(ctx.db, `SELECT id, replies_count, reblogs_count, favourites_count, quotes_count FROM statuses WHERE id IN (${list.sql})`, list.params);
    for (const m of more) counts.set(m.id, m);
  }
  const pollIds = entries.flatMap((e) => nested(e.json).map((n) => (n.poll as Json | null)?.id as string | undefined)).filter((x): x is string => !!x);
  const polls = new Map<string, PollsTable>();
  if (pollIds.length) {
    const list = inList(pollIds);
    for (const p of await rawRows<PollsTable>(ctx.db, `SELECT * FROM polls WHERE id IN (${list.sql})`, list.params)) polls.set(p.id, p);
  }
  return { counts, polls, pollIds };
}

function refresh(json: Json, counts: Map<string, Counts>, polls: Map<string, PollsTable>, votes: Map<string, number[]> | null): Json {
  const now = new Date();
  for (const n of nested(json)) {
    const c = counts.get(n.id as string);
    if (c) Object.assign(n, { replies_count: c.replies_count, reblogs_count: c.reblogs_count, favourites_count: c.favourites_count, quotes_count: c.quotes_count });
    const poll = n.poll as Json | null;
    const row = poll ? polls.get(poll.id as string) : undefined;
    if (row) n.poll = renderPoll(row, votes ? (votes.get(row.id) ?? []) : null, now);
  }
  return json;
}

/** Render rows for one viewer: the same JSON as renderStatuses(ctx, rows, viewerId, context). */
export async function renderTimelinePage(ctx: Context, rowsIn: StatusHead[], viewerId: string | null, context: string): Promise<Json[]> {
  if (rowsIn.length === 0) return [];
  const cache = cacheOf(ctx);
  const now = Date.now();
  const stale = rowsIn.filter((r) => {
    const e = cache.get(r.id);
    return !e || e.version !== versionOf(r) || now - e.at > TTL_MS;
  });
  if (stale.length) await fill(ctx, stale);
  // a status deleted between the visibility check and the render has no entry: leave it out
  const rows = rowsIn.filter((r) => cache.has(r.id));
  const entries = rows.map((r) => cache.get(r.id)!);
  const { counts, polls, pollIds } = await freshState(ctx, rows, entries);
  if (!viewerId) return entries.map((e) => refresh(cloneStatus(e.json), counts, polls, null));

  const parts = new Map<string, { conversation: string; text: string; spoiler: string }>();
  for (const e of entries) for (const [id, p] of e.parts) parts.set(id, p);
  const convs = new Map([...parts].map(([id, p]) => [id, p.conversation]));
  const [flags, filtered] = await Promise.all([
    loadFlags(ctx.db, [viewerId], [...parts.keys()], convs, pollIds),
    applyFiltersForViewer(ctx, viewerId, [...parts].map(([id, p]) => ({ id, text: p.text, spoiler: p.spoiler })), context),
  ]);
  const f = flags.get(viewerId) ?? emptyFlags();
  const out = entries.map((e) => {
    const json = refresh(applyFlags(e.json, viewerId, f), counts, polls, f.votes);
    for (const n of nested(json)) n.filtered = filtered.get(n.id as string) ?? [];
    return json;
  });
  // the cached render is an anonymous reader's: a quote hidden from them may be visible to this reader
  // (a followers-only post they follow), so those statuses are rendered for the reader
  const personal = rows.map((r, i) => (nested(entries[i].json).some(hiddenQuote) ? i : -1)).filter((i) => i >= 0);
  if (personal.length) {
    const full = await rowsByIds(ctx.db, personal.map((i) => rows[i].id));
    const own = personal.filter((i) => full.has(rows[i].id));
    const rendered = await renderStatuses(ctx, own.map((i) => full.get(rows[i].id)!), viewerId, context);
    own.forEach((i, k) => (out[i] = rendered[k]));
  }
  return out;
}

function hiddenQuote(j: Json): boolean {
  const quote = j.quote as { state?: string; quoted_status?: unknown } | null | undefined;
  return !!quote && quote.state === "unauthorized";
}
