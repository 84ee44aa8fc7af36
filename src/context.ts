// The composition root: builds every service once from Config. Tests build it with overrides.
import fs from "node:fs";
import path from "node:path";
import pino, { type Logger } from "pino";
import { createResponseCache, type ResponseCache } from "./api/response-cache.js";
import type { Config } from "./config.js";
import { type Clock, systemClock } from "./core/clock.js";
import { connectDb, type Dialect } from "./db/connect.js";
import type { DataEpoch } from "./db/sqlite-statements.js";
import { migrate } from "./db/migrate.js";
import { closeDetectionThread } from "./features/moderation/detector.js";
import type { Db } from "./db/types.js";
import { createMemoryKv, createRedisKv, type KvStore } from "./infra/kv.js";
import { createMemoryPubSub, createRedisPubSub, type PubSub } from "./infra/pubsub.js";
import { registerJobHandlers } from "./jobs/handlers.js";
import { createJobQueue, type JobQueue } from "./jobs/queue.js";

export interface Context {
  config: Config;
  db: Db;
  dialect: Dialect;
  clock: Clock;
  log: Logger;
  pubsub: PubSub;
  kv: KvStore;
  jobs: JobQueue;
  /** SQLite only: tells in-process caches when what they read may have changed (sqlite-statements.ts). */
  epoch: DataEpoch | null;
  /** Whole timeline responses (api/response-cache.ts); null with PostgreSQL or Redis, or when off. */
  responses: ResponseCache | null;
  mediaDir: string;
  close(): Promise<void>;
}

export interface ContextOverrides {
  clock?: Clock;
  log?: Logger;
  /** Skip migrations (the CLI `migrate` command runs them itself). */
  skipMigrations?: boolean;
}

export async function createContext(config: Config, overrides: ContextOverrides = {}): Promise<Context> {
  const log = overrides.log ?? pino({ level: config.logLevel });
  const { db, dialect, epoch, close: closeDb } = await connectDb(config.database, { sqlStats: config.sqlStats });
  if (!overrides.skipMigrations) await migrate(db, dialect);
  const pubsub = config.redisUrl ? await createRedisPubSub(config.redisUrl) : createMemoryPubSub();
  const kv = config.redisUrl ? await createRedisKv(config.redisUrl) : createMemoryKv();
  const jobs = createJobQueue({ db, dialect, log });
  const clock = overrides.clock ?? systemClock;
  const responses = config.responseCache && epoch ? createResponseCache(epoch, kv, clock) : null;
  const mediaDir = path.join(config.dataDir, "media");
  fs.mkdirSync(mediaDir, { recursive: true });

  const ctx: Context = {
    config,
    db,
    dialect,
    clock,
    log,
    pubsub,
    kv,
    jobs,
    epoch,
    responses,
    mediaDir,
    async close() {
      await jobs.stop();
      await closeDetectionThread(ctx);
      await pubsub.close();
      await kv.close();
      await closeDb();
    },
  };
  registerJobHandlers(ctx);
  return ctx;
}
