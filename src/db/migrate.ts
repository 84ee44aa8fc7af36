// Ordered migrations, recorded in rostra_migrations. Each migration receives the dialect so the few
// places that must differ (full-text search) can.
import { type Kysely, sql } from "kysely";
import type { Dialect } from "./connect.js";
import * as m001 from "./migrations/001-core.js";
import * as m002 from "./migrations/002-relationships.js";
import * as m003 from "./migrations/003-moderation.js";
import * as m004 from "./migrations/004-user-controls.js";
import * as m005 from "./migrations/005-instance-admin.js";
import * as m006 from "./migrations/006-follower-covering-index.js";
import * as m007 from "./migrations/007-boosts-by-viewer-index.js";
import * as m008 from "./migrations/008-search-index-merging.js";

interface Migration {
  name: string;
  up(db: Kysely<any>, dialect: Dialect): Promise<void>;
}

export const migrations: Migration[] = [
  { name: "001-core", up: m001.up },
  { name: "002-relationships", up: m002.up },
  { name: "003-moderation", up: m003.up },
  { name: "004-user-controls", up: m004.up },
  { name: "005-instance-admin", up: m005.up },
  { name: "006-follower-covering-index", up: m006.up },
  { name: "007-boosts-by-viewer-index", up: m007.up },
  { name: "008-search-index-merging", up: m008.up },
];

export async function migrate(db: Kysely<any>, dialect: Dialect, onStep?: (name: string) => void): Promise<string[]> {
  if (dialect === "sqlite") return migrateOn(db, dialect, onStep);
  // several web/worker processes may start at once: one migrates, the others wait on the lock
  return db.connection().execute(async (conn) => {
    await sql`SELECT pg_advisory_lock(${MIGRATION_LOCK})`.execute(conn);
    try {
      return await migrateOn(conn, dialect, onStep);
    } finally {
      await sql`SELECT pg_advisory_unlock(${MIGRATION_LOCK})`.execute(conn);
    }
  });
}

const MIGRATION_LOCK = 727_070_001;

async function migrateOn(db: Kysely<any>, dialect: Dialect, onStep?: (name: string) => void): Promise<string[]> {
  await sql`CREATE TABLE IF NOT EXISTS rostra_migrations (name text PRIMARY KEY, applied_at text NOT NULL)`.execute(db);
  const done = new Set(
    (await sql<{ name: string }>`SELECT name FROM rostra_migrations`.execute(db)).rows.map((r) => r.name),
  );
  const applied: string[] = [];
  for (const m of migrations) {
    if (done.has(m.name)) continue;
    onStep?.(m.name);
    await db.transaction().execute(async (trx) => {
      await m.up(trx, dialect);
      await sql`INSERT INTO rostra_migrations (name, applied_at) VALUES (${m.name}, ${new Date().toISOString()})`.execute(trx);
    });
    applied.push(m.name);
  }
  return applied;
}
