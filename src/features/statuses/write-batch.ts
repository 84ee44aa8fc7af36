// Group commit for SQLite. The embedded database has one connection and a commit costs as much as a
// dozen inserts, so concurrent writers (posts arriving together) share one transaction: each runs in
// its own savepoint — a failure rolls back only its own writes and reaches only its own caller — and
// everyone's promise settles after the single commit. Writers that arrive while a batch is running
// join it, up to a bound. PostgreSQL has a pool and concurrent transactions, so there each writer
// simply gets its own transaction.
import { sql } from "kysely";
import type { Context } from "../../context.js";
import type { Executor } from "../../db/types.js";

interface Writer {
  fn: (trx: Executor) => Promise<unknown>;
  resolve: (value: unknown) => void;
  reject: (err: unknown) => void;
}

interface BatchState {
  queue: Writer[];
  running: boolean;
}

/** Most writers in one transaction, and longest a batch keeps taking writers: together they bound how
 *  long the event loop (and every request waiting on it) is held by one batch. */
const MAX_BATCH = 32;
const MAX_BATCH_MS = 4;

const states = new WeakMap<object, BatchState>();

/** Run `fn` in a transaction, shared with concurrent writers when the database is SQLite. */
export function inWriteTransaction<T>(ctx: Context, fn: (trx: Executor) => Promise<T>): Promise<T> {
  if (ctx.dialect !== "sqlite") return ctx.db.transaction().execute(fn as (trx: Executor) => Promise<T>);
  let state = states.get(ctx.db);
  if (!state) states.set(ctx.db, (state = { queue: [], running: false }));
  const s = state;
  return new Promise<T>((resolve, reject) => {
    s.queue.push({ fn, resolve: resolve as (v: unknown) => void, reject });
    if (s.running) return;
    s.running = true;
    // SQLite answers synchronously, so the requests being handled right now reach this point within
    // the current turn of the event loop: starting on the next turn lets them share the commit
    setImmediate(() => void drain(ctx, s));
  });
}

async function drain(ctx: Context, s: BatchState): Promise<void> {
  try {
    while (s.queue.length) {
      await runBatch(ctx, s);
      // SQLite answered synchronously throughout: give waiting requests a turn before the next batch
      if (s.queue.length) await new Promise<void>((resolve) => setImmediate(resolve));
    }
  } finally {
    s.running = false;
  }
}

async function runBatch(ctx: Context, s: BatchState): Promise<void> {
  const done: { w: Writer; ok: boolean; value: unknown }[] = [];
  let current: Writer | null = null;
  try {
    await ctx.db.transaction().execute(async (trx) => {
      // late arrivals join while the batch is open
      const opened = performance.now();
      while (s.queue.length && done.length < MAX_BATCH && (done.length === 0 || performance.now() - opened < MAX_BATCH_MS)) {
        const w = s.queue.shift()!;
        current = w;
        await sql`savepoint rostra_writer`.execute(trx);
        try {
          const value = await w.fn(trx);
          await sql`release savepoint rostra_writer`.execute(trx);
          done.push({ w, ok: true, value });
        } catch (err) {
          await sql`rollback to savepoint rostra_writer`.execute(trx);
          await sql`release savepoint rostra_writer`.execute(trx);
          done.push({ w, ok: false, value: err });
        }
        current = null;
      }
    });
  } catch (err) {
    // the transaction itself failed: nobody's writes are in
    const failed: Writer | null = current;
    for (const d of done) d.w.reject(err);
    if (failed) (failed as Writer).reject(err);
    else if (done.length === 0) s.queue.shift()?.reject(err); // e.g. BEGIN failed: do not spin
    return;
  }
  for (const d of done) (d.ok ? d.w.resolve : d.w.reject)(d.value);
}
