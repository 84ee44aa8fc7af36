// Hand-written SQL for the hottest read paths. Kysely's query builder costs about as much to build
// and compile a query as SQLite costs to run it (PERFORMANCE.md), so the few queries every timeline
// request runs are written once as text with `?` placeholders and sent as they are: SQLite reuses
// the prepared statement by text (sqlite-statements.ts); PostgreSQL gets `$n` placeholders.
import { CompiledQuery, PostgresAdapter } from "kysely";
import type { Executor } from "./types.js";

const pgText = new Map<string, string>();

/** `?` → `$1, $2, …` (the hot queries hold no `?` inside string literals). */
function toPostgres(text: string): string {
  let out = pgText.get(text);
  if (out === undefined) {
    let n = 0;
    out = text.replace(/\?/g, () => `$${++n}`);
    if (pgText.size > 2000) pgText.clear();
    pgText.set(text, out);
  }
  return out;
}

/** Works on the root Kysely instance and on transactions alike: the adapter tells the dialect. */
export function isPostgres(db: Executor): boolean {
  return db.getExecutor().adapter instanceof PostgresAdapter;
}

/** Runs `text` (with `?` placeholders) and returns its rows. */
export async function rawRows<R>(db: Executor, text: string, params: readonly unknown[]): Promise<R[]> {
  const q = isPostgres(db) ? toPostgres(text) : text;
  const result = await db.executeQuery<R>(CompiledQuery.raw(q, params as unknown[]));
  return result.rows;
}

/**
 * An IN list: `?, ?, …` and its values (at least one). Lists are padded to the next power of two by
 * repeating the last value, so a handful of statement texts serve every page size.
 */
export function inList<T>(values: readonly T[]): { sql: string; params: T[] } {
  if (values.length === 0) throw new Error("inList needs at least one value");
  let size = 1;
  while (size < values.length) size *= 2;
  const params = values.slice();
  while (params.length < size) params.push(values[values.length - 1]);
  return { sql: size === 1 ? "?" : `?${", ?".repeat(size - 1)}`, params };
}
