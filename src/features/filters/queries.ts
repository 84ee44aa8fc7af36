// Filter rows with their keywords and statuses, loaded in three queries per call.
import { rawRows } from "../../db/raw.js";
import type { Executor, FilterKeywordsTable, FiltersTable, FilterStatusesTable } from "../../db/types.js";

export interface LoadedFilter {
  row: FiltersTable;
  keywords: FilterKeywordsTable[];
  statuses: FilterStatusesTable[];
}

export const FILTER_CONTEXTS = ["home", "notifications", "public", "thread", "account"] as const;
export type FilterContext = (typeof FILTER_CONTEXTS)[number];
export const FILTER_ACTIONS = ["warn", "hide", "blur"] as const;
export type FilterAction = (typeof FILTER_ACTIONS)[number];

async function attach(db: Executor, rows: FiltersTable[]): Promise<LoadedFilter[]> {
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);
  const [keywords, statuses] = await Promise.all([
    db.selectFrom("filter_keywords").selectAll().where("filter_id", "in", ids).orderBy("id").execute(),
    db.selectFrom("filter_statuses").selectAll().where("filter_id", "in", ids).orderBy("id").execute(),
  ]);
  return rows.map((row) => ({
    row,
    keywords: keywords.filter((k) => k.filter_id === row.id),
    statuses: statuses.filter((s) => s.filter_id === row.id),
  }));
}

/** All filters of an account; `activeAt` drops expired ones. */
export async function filtersOf(db: Executor, accountId: string, activeAt?: string): Promise<LoadedFilter[]> {
  if (activeAt) {
    // every timeline request asks this (almost always for nothing): hand-written SQL, see db/raw.ts
    const rows = await rawRows<FiltersTable>(db, "SELECT * FROM filters WHERE account_id = ? AND (expires_at IS NULL OR expires_at > ?) ORDER BY id", [accountId, activeAt]);
    return rows.length ? attach(db, rows) : [];
  }
  let q = db.selectFrom("filters").selectAll().where("account_id", "=", accountId);
  if (activeAt) q = q.where((eb) => eb.or([eb("expires_at", "is", null), eb("expires_at", ">", activeAt)]));
  return attach(db, await q.orderBy("id").execute());
}

export async function filterOf(db: Executor, accountId: string, id: string): Promise<LoadedFilter | undefined> {
  const row = await db.selectFrom("filters").selectAll().where("id", "=", id).where("account_id", "=", accountId).executeTakeFirst();
  return row ? (await attach(db, [row]))[0] : undefined;
}

/** A keyword together with its filter, only when the filter belongs to the account. */
export async function keywordOf(db: Executor, accountId: string, keywordId: string): Promise<{ keyword: FilterKeywordsTable; filter: FiltersTable } | undefined> {
  const keyword = await db.selectFrom("filter_keywords").selectAll().where("id", "=", keywordId).executeTakeFirst();
  if (!keyword) return undefined;
  const filter = await db.selectFrom("filters").selectAll().where("id", "=", keyword.filter_id).where("account_id", "=", accountId).executeTakeFirst();
  return filter ? { keyword, filter } : undefined;
}

export async function filterStatusOf(db: Executor, accountId: string, id: string): Promise<{ status: FilterStatusesTable; filter: FiltersTable } | undefined> {
  const status = await db.selectFrom("filter_statuses").selectAll().where("id", "=", id).executeTakeFirst();
  if (!status) return undefined;
  const filter = await db.selectFrom("filters").selectAll().where("id", "=", status.filter_id).where("account_id", "=", accountId).executeTakeFirst();
  return filter ? { status, filter } : undefined;
}
