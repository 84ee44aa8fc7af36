// Hand-written SQL for the hot write path (creating and distributing statuses), on top of the raw
// query helpers in db/raw.ts: building a query with Kysely costs about as much as running it on SQLite,
// so the statements that run for every post are written once, in the dialect-neutral subset both
// databases accept (`?` placeholders; PostgreSQL gets `$n`).
import type { Dialect } from "../../db/connect.js";
import { inList, rawRows } from "../../db/raw.js";
import type { Executor } from "../../db/types.js";

export { inList };

/** Run one statement; `text` uses `?` placeholders. (`dialect` is implied by the executor.) */
export async function rawQuery<T = Record<string, unknown>>(exec: Executor, _dialect: Dialect, text: string, params: readonly unknown[]): Promise<T[]> {
  return rawRows<T>(exec, text, params);
}

/** `?, ?, ?` for a VALUES row or column list of n values (n ≥ 1). */
export function placeholders(n: number): string {
  return n === 1 ? "?" : `?${", ?".repeat(n - 1)}`;
}
