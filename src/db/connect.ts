// One Kysely instance per dialect; the rest of the code is dialect-agnostic except where it asks `dialect`.
import fs from "node:fs";
import path from "node:path";
import { Kysely, PostgresDialect, SqliteDialect } from "kysely";
import type { Config } from "../config.js";
import { startCheckpointer } from "./checkpointer.js";
import { cachedStatements, type DataEpoch } from "./sqlite-statements.js";
import type { Database } from "./types.js";

export type Dialect = "sqlite" | "postgres";

export interface DbHandle {
  db: Kysely<Database>;
  dialect: Dialect;
  /** SQLite only: changes whenever what the database reads may have changed (response caches). */
  epoch: DataEpoch | null;
  close(): Promise<void>;
}

export async function connectDb(database: Config["database"], opts: { sqlStats?: boolean } = {}): Promise<DbHandle> {
  if (database.kind === "sqlite") {
    const { default: SQLite } = await import("better-sqlite3");
    fs.mkdirSync(path.dirname(database.file), { recursive: true });
    const sqlite = new SQLite(database.file);
    sqlite.pragma("journal_mode = WAL");
    sqlite.pragma("synchronous = NORMAL");
    sqlite.pragma("busy_timeout = 5000");
    sqlite.pragma("foreign_keys = OFF");
    sqlite.pragma("cache_size = -65536");
    sqlite.pragma("mmap_size = 268435456");
    sqlite.pragma("temp_store = MEMORY");
    // checkpoints run on a worker thread (checkpointer.ts); this threshold (~64 MB of log) is the backstop
    sqlite.pragma("wal_autocheckpoint = 16000");
    const checkpointer = startCheckpointer(database.file);
    // prepared statements are reused by SQL text (Kysely would prepare every query anew)
    const handle = cachedStatements(sqlite, { stats: opts.sqlStats === true });
    const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: handle as never }) });
    return {
      db,
      dialect: "sqlite",
      epoch: handle.epoch,
      close: async () => {
        await checkpointer.stop();
        await db.destroy();
      },
    };
  }
  const pg = await import("pg");
  // Our bigint columns hold counts and 0/1 flags (ids are TEXT), so numbers are exact; SQLite returns numbers too.
  pg.default.types.setTypeParser(20, (v: string) => Number.parseInt(v, 10));
  pg.default.types.setTypeParser(1700, (v: string) => Number.parseFloat(v));
  const pool = new pg.default.Pool({ connectionString: database.url, max: 10 });
  // An idle client whose server connection dies (restart, failover, DROP DATABASE … FORCE) emits on the
  // pool; without a listener that is an unhandled error that kills the process. The next checkout
  // gets a fresh connection, so there is nothing else to do here.
  pool.on("error", () => {});
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  return { db, dialect: "postgres", epoch: null, close: () => db.destroy() };
}
