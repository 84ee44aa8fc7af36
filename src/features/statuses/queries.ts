import { inList, rawRows } from "../../db/raw.js";
import type { Executor, StatusesTable } from "../../db/types.js";

export type StatusRow = StatusesTable;

export async function statusById(db: Executor, id: string): Promise<StatusRow | undefined> {
  const [row] = await rawRows<StatusRow>(db, "select * from statuses where id = ? and deleted_at is null", [id]);
  return row;
}

export async function statusesByIds(db: Executor, ids: readonly string[]): Promise<Map<string, StatusRow>> {
  const out = new Map<string, StatusRow>();
  const unique = [...new Set(ids)];
  for (let i = 0; i < unique.length; i += 500) {
    // hand-written (db/raw.ts): fan-out, threads and every rendered page read statuses by id
    const list = inList(unique.slice(i, i + 500));
    const rows = await rawRows<StatusRow>(db, `select * from statuses where id in (${list.sql}) and deleted_at is null`, list.params);
    for (const r of rows) out.set(r.id, r);
  }
  return out;
}

/** Rows in the order of `ids`, skipping missing ones. */
export async function statusesInOrder(db: Executor, ids: readonly string[]): Promise<StatusRow[]> {
  const map = await statusesByIds(db, ids);
  return ids.map((id) => map.get(id)).filter((r): r is StatusRow => !!r);
}
