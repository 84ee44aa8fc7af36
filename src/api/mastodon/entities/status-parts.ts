// The viewer-independent parts of statuses that only an edit changes (media, mentions, hashtags) and
// the applications they were posted from, cached in process. Entries carry the status version
// (edited_at) read from the fresh row, so a stale entry is never used, in this process or after an
// edit made by another one; counters, polls and accounts are not cached here.
import type { Context } from "../../../context.js";
import { inList, rawRows } from "../../../db/raw.js";
import type { MediaAttachmentsTable } from "../../../db/types.js";
import type { StatusRow } from "../../../features/statuses/queries.js";
import { Lru } from "../../../infra/cache.js";

export interface StatusParts {
  media: MediaAttachmentsTable[];
  /** mentioned account ids, in insertion order */
  mentions: string[];
  tags: string[];
}

export interface App {
  name: string;
  website: string | null;
}

interface Caches {
  parts: Lru<string, { version: string; parts: StatusParts }>;
  apps: Lru<string, App>;
}

const caches = new WeakMap<Context, Caches>();

function cachesOf(ctx: Context): Caches {
  let c = caches.get(ctx);
  if (!c) caches.set(ctx, (c = { parts: new Lru(50_000), apps: new Lru(10_000) }));
  return c;
}

const versionOf = (r: StatusRow) => r.edited_at ?? "";

/** Media, mentions and tags of every row, from the cache where the version matches, else in three queries. */
export async function loadStatusParts(ctx: Context, rows: StatusRow[]): Promise<Map<string, StatusParts>> {
  const { parts: cache } = cachesOf(ctx);
  const out = new Map<string, StatusParts>();
  const missing: StatusRow[] = [];
  for (const r of rows) {
    if (out.has(r.id)) continue;
    const hit = cache.get(r.id);
    if (hit && hit.version === versionOf(r)) out.set(r.id, hit.parts);
    else missing.push(r);
  }
  if (missing.length === 0) return out;
  const ids = [...new Set(missing.map((r) => r.id))];
  const db = ctx.db;
  // hand-written (db/raw.ts): every page that shows a status not cached here runs these three
  const list = inList(ids);
  const [media, mentions, tags] = await Promise.all([
    rawRows<MediaAttachmentsTable>(db, `select * from media_attachments where status_id in (${list.sql}) order by id`, list.params),
    rawRows<{ status_id: string; account_id: string }>(db, `select status_id, account_id from mentions where status_id in (${list.sql})`, list.params),
    rawRows<{ status_id: string; name: string }>(db,
      `select status_tags.status_id, tags.name from status_tags inner join tags on tags.id = status_tags.tag_id where status_tags.status_id in (${list.sql})`, list.params),
  ]);
  const fresh = new Map<string, StatusParts>(ids.map((id) => [id, { media: [], mentions: [], tags: [] }]));
  for (const m of media) if (m.status_id) fresh.get(m.status_id)?.media.push(m);
  for (const m of mentions) fresh.get(m.status_id)?.mentions.push(m.account_id);
  for (const t of tags) fresh.get(t.status_id)?.tags.push(t.name);
  for (const r of missing) {
    const p = fresh.get(r.id)!;
    out.set(r.id, p);
    // media still being processed will change without an edit: read it again next time
    if (p.media.every((m) => m.state !== "processing" && m.file_name)) cache.set(r.id, { version: versionOf(r), parts: p });
  }
  return out;
}

/** Applications by id (name and website never change). */
export async function loadApps(ctx: Context, ids: string[]): Promise<Map<string, App>> {
  const { apps: cache } = cachesOf(ctx);
  const out = new Map<string, App>();
  const missing: string[] = [];
  for (const id of new Set(ids)) {
    const hit = cache.get(id);
    if (hit) out.set(id, hit);
    else missing.push(id);
  }
  if (missing.length) {
    for (const a of await ctx.db.selectFrom("apps").select(["id", "name", "website"]).where("id", "in", missing).execute()) {
      const app = { name: a.name, website: a.website };
      out.set(a.id, app);
      cache.set(a.id, app);
    }
  }
  return out;
}

/** A status just written with these parts (no media): its first render (the creation response) needs no read. */
export function primeStatusParts(ctx: Context, row: StatusRow, parts: Omit<StatusParts, "media">): void {
  cachesOf(ctx).parts.set(row.id, { version: versionOf(row), parts: { media: [], ...parts } });
}

/** A status was deleted or its parts rewritten outside an edit: forget it in this process. */
export function forgetStatusParts(ctx: Context, statusId: string): void {
  cachesOf(ctx).parts.delete(statusId);
}
