// Keeping the full-text index in step with statuses. SQLite: FTS5 contentless table keyed by the
// numeric value of the status id. PostgreSQL: an expression index on statuses.text covers it.
import { sql } from "kysely";
import type { Dialect } from "../../db/connect.js";
import type { Executor } from "../../db/types.js";

export async function indexStatusForSearch(exec: Executor, dialect: Dialect, id: string, text: string): Promise<void> {
  if (dialect !== "sqlite" || text.trim() === "") return;
  await sql`INSERT INTO statuses_fts (rowid, text) VALUES (${BigInt(id)}, ${text})`.execute(exec);
}

export async function unindexStatus(exec: Executor, dialect: Dialect, id: string): Promise<void> {
  if (dialect !== "sqlite") return;
  await sql`DELETE FROM statuses_fts WHERE rowid = ${BigInt(id)}`.execute(exec);
}
