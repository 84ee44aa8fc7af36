// Read-time checks for ids coming out of a cached timeline: the viewer must still be allowed to see
// each status (and a reblog's original), and must not have blocked or muted its author since. A few
// indexed queries per page, whatever its size, and the same rules as statuses/visibility.ts.
import type { ExpressionBuilder } from "kysely";
import type { Database, Executor } from "../../db/types.js";
import type { StatusRow } from "../statuses/queries.js";
import { inList, rawRows } from "../../db/raw.js";

type Eb = ExpressionBuilder<Database, "statuses">;

/** Authors the viewer blocks or mutes (unexpired), and authors blocking the viewer. */
export function notHiddenAuthor(eb: Eb, viewerId: string, column: "statuses.account_id" = "statuses.account_id") {
  const at = new Date().toISOString();
  return eb.or([
    eb(column, "=", viewerId),
    eb.and([
      eb(column, "not in", eb.selectFrom("blocks").select("blocks.target_account_id").where("blocks.account_id", "=", viewerId)),
      eb(column, "not in", eb.selectFrom("mutes").select("mutes.target_account_id").where("mutes.account_id", "=", viewerId)
        .where((w) => w.or([w("mutes.expires_at", "is", null), w("mutes.expires_at", ">", at)]))),
    ]),
  ]);
}

/** The columns visibility checks and the timeline renderer's cache validation need (no text). */
export type StatusHead = Pick<
  StatusRow,
  "id" | "account_id" | "visibility" | "reblog_of_id" | "moderation_state" | "edited_at" | "replies_count" | "reblogs_count" | "favourites_count" | "quotes_count"
>;
const HEAD_COLUMNS = "id, account_id, visibility, reblog_of_id, moderation_state, edited_at, replies_count, reblogs_count, favourites_count, quotes_count";

export async function rowsByIds<R extends StatusHead = StatusRow>(db: Executor, ids: string[], columns = "*"): Promise<Map<string, R>> {
  const out = new Map<string, R>();
  const unique = [...new Set(ids)];
  for (let i = 0; i < unique.length; i += 500) {
    const list = inList(unique.slice(i, i + 500));
    for (const r of await rawRows<R>(db, `SELECT ${columns} FROM statuses WHERE id IN (${list.sql}) AND deleted_at IS NULL`, list.params)) out.set(r.id, r);
  }
  return out;
}

/** The same rules as canView/visibleTo plus the viewer's blocks and mutes, checked for many rows at once. */
async function visibleSet(db: Executor, viewerId: string | null, rows: StatusHead[]): Promise<Set<string>> {
  const ok = new Set<string>();
  if (rows.length === 0) return ok;
  const others = rows.filter((r) => r.account_id !== viewerId);
  for (const r of rows) if (r.account_id === viewerId) ok.add(r.id);
  const authors = [...new Set(others.map((r) => r.account_id))];
  if (authors.length === 0) return ok;
  const authorList = inList(authors);
  const suspended = new Set((await rawRows<{ id: string }>(db, `SELECT id FROM accounts WHERE id IN (${authorList.sql}) AND suspended_at IS NOT NULL`, authorList.params)).map((r) => r.id));
  let hidden = new Set<string>();
  let followed = new Set<string>();
  let mentioned = new Set<string>();
  if (viewerId) {
    const at = new Date().toISOString();
    const a = authorList;
    const rel = await rawRows<{ id: string }>(
      db,
      `SELECT target_account_id AS id FROM blocks WHERE account_id = ? AND target_account_id IN (${a.sql})
       UNION ALL SELECT account_id FROM blocks WHERE target_account_id = ? AND account_id IN (${a.sql})
       UNION ALL SELECT target_account_id FROM mutes WHERE account_id = ? AND target_account_id IN (${a.sql}) AND (expires_at IS NULL OR expires_at > ?)`,
      [viewerId, ...a.params, viewerId, ...a.params, viewerId, ...a.params, at],
    );
    hidden = new Set(rel.map((r) => r.id));
    const limited = others.filter((r) => r.visibility === "private" || r.visibility === "direct");
    if (limited.length) {
      const privAuthors = [...new Set(limited.filter((r) => r.visibility === "private").map((r) => r.account_id))];
      if (privAuthors.length) {
        const p = inList(privAuthors);
        followed = new Set((await rawRows<{ id: string }>(db, `SELECT target_account_id AS id FROM follows WHERE account_id = ? AND target_account_id IN (${p.sql})`, [viewerId, ...p.params])).map((r) => r.id));
      }
      const m = inList(limited.map((r) => r.id));
      mentioned = new Set((await rawRows<{ id: string }>(db, `SELECT status_id AS id FROM mentions WHERE account_id = ? AND status_id IN (${m.sql})`, [viewerId, ...m.params])).map((r) => r.id));
    }
  }
  for (const r of others) {
    if (r.moderation_state !== "published" || suspended.has(r.account_id) || hidden.has(r.account_id)) continue;
    const audience =
      r.visibility === "public" || r.visibility === "unlisted" ||
      (!!viewerId && (mentioned.has(r.id) || (r.visibility === "private" && followed.has(r.account_id))));
    if (audience) ok.add(r.id);
  }
  return ok;
}

async function visibleRowsInOrder<R extends StatusHead>(db: Executor, viewerId: string | null, ids: string[], columns: string): Promise<R[]> {
  const rows = await rowsByIds<R>(db, ids, columns);
  const originalIds = [...rows.values()].map((r) => r.reblog_of_id).filter((x): x is string => !!x);
  const originals = originalIds.length ? await rowsByIds<StatusHead>(db, originalIds, HEAD_COLUMNS) : new Map<string, StatusHead>();
  const ok = await visibleSet(db, viewerId, [...rows.values(), ...originals.values()]);
  const out: R[] = [];
  for (const id of ids) {
    const r = rows.get(id);
    if (!r || !ok.has(r.id)) continue;
    if (r.reblog_of_id && !ok.has(r.reblog_of_id)) continue;
    out.push(r);
  }
  return out;
}

/** The rows for `ids` (in that order) that `viewerId` may see now; reblogs need a visible original. */
export function visibleInOrder(db: Executor, viewerId: string | null, ids: string[]): Promise<StatusRow[]> {
  return visibleRowsInOrder<StatusRow>(db, viewerId, ids, "*");
}

/** The same check returning only the columns a cached timeline render needs (cheaper: no text columns). */
export function visibleHeadsInOrder(db: Executor, viewerId: string | null, ids: string[]): Promise<StatusHead[]> {
  return visibleRowsInOrder<StatusHead>(db, viewerId, ids, HEAD_COLUMNS);
}

/** Drop statuses a viewer's "hide" filter matched (the renderer puts the match in `filtered`). */
export function withoutHidden<T extends Record<string, unknown>>(rendered: T[]): T[] {
  const hidden = (j: Record<string, unknown> | null | undefined): boolean =>
    Array.isArray(j?.filtered) && (j.filtered as { filter?: { filter_action?: string } }[]).some((f) => f.filter?.filter_action === "hide");
  return rendered.filter((j) => !hidden(j) && !hidden(j.reblog as Record<string, unknown> | null));
}
