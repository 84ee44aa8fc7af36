// Group commit for SQLite. The embedded database has one connection and a commit costs as much as a
// dozen inserts, so concurrent writers (posts arriving together) share one transaction: each runs in
// its own savepoint — a failure rolls back only its own writes and reaches only its own caller — and
// everyone's promise settles after the single commit. Writers that arrive while a batch is running
// join it, up to a bound. PostgreSQL has a pool and concurrent transactions, so there each writer
// simply gets its own transaction.
import { rawRows } from "../../db/raw.js";
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

type BatchEndWork = (trx: Executor) => Promise<void>;

/** The batch-end work of the writer running now in each open batch transaction, by transaction. */
const pendingWork = new WeakMap<object, Map<string | symbol, BatchEndWork>>();

/**
 * Leave `work` for the end of the batch that `trx` belongs to: after every writer's savepoint, just
 * before the commit, in the order it was left. For statements that cost far less once per transaction
 * than once per writer — the full-text index writes a new segment at every savepoint release. The work
 * is dropped with its writer's savepoint if that writer fails. Work left under the same `onceKey` by
 * several writers runs once. Returns false when `trx` is not a batch: the caller then does it now.
 */
export function atBatchEnd(trx: Executor, work: BatchEndWork, onceKey?: string): boolean {
  const mine = pendingWork.get(trx);
  if (!mine) return false;
  const key = onceKey ?? Symbol();
  if (!mine.has(key)) mine.set(key, work);
  return true;
}

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
      const later = new Map<string | symbol, BatchEndWork>();
      // late arrivals join while the batch is open
      const opened = performance.now();
      while (s.queue.length && done.length < MAX_BATCH && (done.length === 0 || performance.now() - opened < MAX_BATCH_MS)) {
        const w = s.queue.shift()!;
        current = w;
        const mine = new Map<string | symbol, BatchEndWork>();
        pendingWork.set(trx, mine);
        try {
          const r = await inSavepoint(trx, "rostra_writer", () => w.fn(trx));
          done.push({ w, ...r });
          if (r.ok) for (const [key, work] of mine) if (!later.has(key)) later.set(key, work);
        } finally {
          pendingWork.delete(trx);
        }
        current = null;
      }
      await runBatchEndWork(ctx, trx, [...later.values()]);
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

/**
 * The writers' left work, after all of them. It is secondary to what they wrote (index upkeep), so a
 * failure here must not undo their posts: the work runs in a savepoint, and if that fails, item by item
 * with each failure logged and skipped.
 */
async function runBatchEndWork(ctx: Context, trx: Executor, work: BatchEndWork[]): Promise<void> {
  if (work.length === 0) return;
  const all = await inSavepoint(trx, "rostra_batch_end", async () => {
    for (const w of work) await w(trx);
  });
  if (all.ok) return;
  ctx.log.warn({ err: all.value }, "batch-end work failed; retrying it item by item");
  for (const w of work) {
    const one = await inSavepoint(trx, "rostra_batch_end", () => w(trx));
    if (!one.ok) ctx.log.warn({ err: one.value }, "batch-end work item failed and was skipped");
  }
}

/**
 * Run `fn` inside a savepoint: kept when it succeeds, rolled back when it throws (the error is returned,
 * not thrown). A failure of the savepoint statements themselves does throw: the transaction is broken.
 */
async function inSavepoint<T>(trx: Executor, name: string, fn: () => Promise<T>): Promise<{ ok: true; value: T } | { ok: false; value: unknown }> {
  await rawRows(trx, `savepoint ${name}`, []);
  let value: T;
  try {
    value = await fn();
  } catch (err) {
    await rawRows(trx, `rollback to savepoint ${name}`, []);
    await rawRows(trx, `release savepoint ${name}`, []);
    return { ok: false, value: err };
  }
  await rawRows(trx, `release savepoint ${name}`, []);
  return { ok: true, value };
}
