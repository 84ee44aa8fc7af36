import type { Executor, StatusesTable } from "../../db/types.js";

export type StatusRow = StatusesTable;

export async function statusById(db: Executor, id: string): Promise<StatusRow | undefined> {
  return db.selectFrom("statuses").selectAll().where("id", "=", id).where("deleted_at", "is", null).executeTakeFirst();
}

export async function statusesByIds(db: Executor, ids: readonly string[]): Promise<Map<string, StatusRow>> {
  const out = new Map<string, StatusRow>();
  const unique = [...new Set(ids)];
  for (let i = 0; i < unique.length; i += 500) {
    const rows = await db.selectFrom("statuses").selectAll().where("id", "in", unique.slice(i, i + 500)).where("deleted_at", "is", null).execute();
    for (const r of rows) out.set(r.id, r);
  }
  return out;
}

/** Rows in the order of `ids`, skipping missing ones. */
export async function statusesInOrder(db: Executor, ids: readonly string[]): Promise<StatusRow[]> {
  const map = await statusesByIds(db, ids);
  return ids.map((id) => map.get(id)).filter((r): r is StatusRow => !!r);
}
