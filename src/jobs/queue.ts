// Durable jobs in the database (transactional outbox): a job is inserted in the same transaction as the
// change that causes it, so it runs at least once even after a crash. Handlers must be idempotent.
import { CompiledQuery, sql } from "kysely";
import type { Logger } from "pino";
import { newId } from "../core/ids.js";
import type { Dialect } from "../db/connect.js";
import type { Db, Executor } from "../db/types.js";
import { timeSlicer } from "./yield.js";

export type JobHandler = (payload: any) => Promise<void>;
/** Runs many jobs of one kind at once (in claim order); must be as idempotent as the single handler. */
export type BatchJobHandler = (payloads: any[]) => Promise<void>;

export interface JobQueue {
  register(kind: string, handler: JobHandler): void;
  /**
   * Also handle consecutive claimed jobs of this kind together (e.g. fan-out: followers read once,
   * each timeline touched once). When the batch fails, each job is retried on its own.
   */
  registerBatch(kind: string, handler: BatchJobHandler): void;
  /** Insert a job; pass the open transaction so it commits with the change. */
  enqueue(exec: Executor, kind: string, payload: unknown, opts?: { runAt?: Date; maxAttempts?: number }): Promise<string>;
  /** Wake the worker (call after the enqueuing transaction committed). */
  kick(): void;
  /** Run every due job until none is left (tests, CLI). Returns how many ran. */
  drain(maxRounds?: number): Promise<number>;
  start(): void;
  stop(): Promise<void>;
  pending(): Promise<number>;
}

const LOCK_MS = 60_000;
const BATCH = 100;

const INSERT_JOB = "insert into jobs (id, kind, payload, run_at, attempts, max_attempts, locked_until, last_error, created_at) values (?, ?, ?, ?, 0, ?, null, null, ?)";
const INSERT_JOB_PG = "insert into jobs (id, kind, payload, run_at, attempts, max_attempts, locked_until, last_error, created_at) values ($1, $2, $3, $4, 0, $5, null, null, $6)";

export function backoffMs(attempts: number): number {
  // 2s, 8s, 32s … capped at 6 hours
  return Math.min(2000 * 4 ** (attempts - 1), 6 * 3600_000);
}

export function createJobQueue(opts: { db: Db; dialect: Dialect; log: Logger; pollMs?: number }): JobQueue {
  const { db, dialect, log } = opts;
  const handlers = new Map<string, JobHandler>();
  const batchHandlers = new Map<string, BatchJobHandler>();
  let timer: NodeJS.Timeout | null = null;
  let running: Promise<number> | null = null;
  let stopped = true;
  let again = false;

  async function claim(): Promise<{ id: string; kind: string; payload: string; attempts: number; max_attempts: number }[]> {
    const now = new Date();
    const nowIso = now.toISOString();
    const lockIso = new Date(now.getTime() + LOCK_MS).toISOString();
    return db.transaction().execute(async (trx) => {
      let q = trx
        .selectFrom("jobs")
        .select(["id", "kind", "payload", "attempts", "max_attempts"])
        .where("run_at", "<=", nowIso)
        .where((eb) => eb.or([eb("locked_until", "is", null), eb("locked_until", "<", nowIso)]))
        .orderBy("run_at")
        .limit(BATCH);
      if (dialect === "postgres") q = q.forUpdate().skipLocked();
      const rows = await q.execute();
      if (rows.length === 0) return [];
      await trx
        .updateTable("jobs")
        .set({ locked_until: lockIso })
        .where(
          "id",
          "in",
          rows.map((r) => r.id),
        )
        .execute();
      return rows;
    });
  }

  type Claimed = Awaited<ReturnType<typeof claim>>[number];

  async function fail(job: Claimed, err: unknown): Promise<void> {
    const attempts = job.attempts + 1;
    log.warn({ err, job: job.id, kind: job.kind, attempts }, "job failed");
    if (attempts >= job.max_attempts) {
      // keep the dead job for inspection: far-future run_at, error kept
      await db
        .updateTable("jobs")
        .set({ attempts, last_error: String(err).slice(0, 2000), run_at: "9999-12-31T00:00:00.000Z", locked_until: null })
        .where("id", "=", job.id)
        .execute();
    } else {
      await db
        .updateTable("jobs")
        .set({
          attempts,
          last_error: String(err).slice(0, 2000),
          run_at: new Date(Date.now() + backoffMs(attempts)).toISOString(),
          locked_until: null,
        })
        .where("id", "=", job.id)
        .execute();
    }
  }

  async function runOne(job: Claimed): Promise<void> {
    const handler = handlers.get(job.kind);
    const batch = batchHandlers.get(job.kind);
    try {
      if (handler) await handler(JSON.parse(job.payload));
      else if (batch) await batch([JSON.parse(job.payload)]);
      else throw new Error(`no handler for job kind ${job.kind}`);
      await db.deleteFrom("jobs").where("id", "=", job.id).execute();
    } catch (err) {
      await fail(job, err);
    }
  }

  async function runBatch(group: Claimed[], handler: BatchJobHandler): Promise<void> {
    try {
      await handler(group.map((j) => JSON.parse(j.payload)));
    } catch (err) {
      log.warn({ err, kind: group[0].kind, jobs: group.length }, "job batch failed; running its jobs one by one");
      for (const job of group) await runOne(job);
      return;
    }
    const ids = group.map((j) => j.id);
    for (let i = 0; i < ids.length; i += 500) await db.deleteFrom("jobs").where("id", "in", ids.slice(i, i + 500)).execute();
  }

  async function runOnce(): Promise<number> {
    const jobs = await claim();
    const slice = timeSlicer();
    // in claim order; consecutive jobs of a kind with a batch handler run together
    for (let i = 0; i < jobs.length; ) {
      // handlers on SQLite complete synchronously: let requests in between jobs
      await slice();
      const batch = batchHandlers.get(jobs[i].kind);
      let j = i + 1;
      if (batch) while (j < jobs.length && jobs[j].kind === jobs[i].kind) j++;
      if (batch && j - i > 1) await runBatch(jobs.slice(i, j), batch);
      else await runOne(jobs[i]);
      i = j;
    }
    return jobs.length;
  }

  async function loop(): Promise<number> {
    let total = 0;
    do {
      again = false;
      let n: number;
      do {
        n = await runOnce();
        total += n;
      } while (n > 0);
    } while (again);
    return total;
  }

  function schedule(delay: number) {
    if (stopped) return;
    if (timer) clearTimeout(timer);
    timer = setTimeout(tick, delay);
    timer.unref?.();
  }

  function tick() {
    if (running) {
      again = true;
      return;
    }
    running = loop()
      .catch((err) => {
        log.error({ err }, "job loop failed");
        return 0;
      })
      .finally(() => {
        running = null;
        schedule(opts.pollMs ?? 1000);
      });
  }

  return {
    register(kind, handler) {
      handlers.set(kind, handler);
    },
    registerBatch(kind, handler) {
      batchHandlers.set(kind, handler);
    },
    async enqueue(exec, kind, payload, o = {}) {
      const id = newId();
      const now = new Date().toISOString();
      await exec.executeQuery(CompiledQuery.raw(dialect === "postgres" ? INSERT_JOB_PG : INSERT_JOB, [
        id, kind, JSON.stringify(payload), o.runAt ? o.runAt.toISOString() : now, o.maxAttempts ?? 8, now,
      ]));
      return id;
    },
    kick() {
      if (stopped) return;
      if (running) again = true;
      else schedule(0);
    },
    async drain(maxRounds = 100) {
      let total = 0;
      for (let i = 0; i < maxRounds; i++) {
        if (running) await running;
        const n = await runOnce();
        total += n;
        if (n === 0) break;
      }
      return total;
    },
    start() {
      stopped = false;
      schedule(0);
    },
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      if (running) await running;
    },
    async pending() {
      const r = await db
        .selectFrom("jobs")
        .select(sql<number>`count(*)`.as("n"))
        .where("run_at", "<", "9999")
        .executeTakeFirst();
      return Number(r?.n ?? 0);
    },
  };
}
