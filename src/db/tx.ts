import type { Executor } from "./types.js";

/** Run fn inside a transaction: joins the caller's open transaction, or opens one. */
export async function inTransaction<T>(exec: Executor, fn: (trx: Executor) => Promise<T>): Promise<T> {
  if (exec.isTransaction) return fn(exec);
  return exec.transaction().execute((trx) => fn(trx));
}
