// Keyset pagination over a time-sortable id column, newest first, as Mastodon's max_id/since_id/min_id.
import type { SelectQueryBuilder } from "kysely";
import type { Page } from "../../api/mastodon/paging.js";

/** Runs `qb` for one page; `column` is the sortable key (e.g. "follows.id"). */
export async function keysetPage<R>(qb: SelectQueryBuilder<any, any, R>, column: string, page: Page): Promise<R[]> {
  let q = qb;
  if (page.maxId) q = q.where(column, "<", page.maxId);
  if (page.sinceId) q = q.where(column, ">", page.sinceId);
  if (page.minId) {
    // min_id returns the page just after min_id, so walk upwards then flip to newest first
    const rows = await q.where(column, ">", page.minId).orderBy(column, "asc").limit(page.limit).execute();
    return rows.reverse();
  }
  return q.orderBy(column, "desc").limit(page.limit).execute();
}
