// Fan-out reads every follower of an author with their show_reblogs / notify / languages choices for
// each new post. A covering index answers that from the index alone (measured: 1.24 ms → 0.17 ms for an
// author with ~170 followers on 10⁴-user data) and replaces the plain (target_account_id, account_id)
// index, which it makes redundant.
import { type Kysely, sql } from "kysely";
import type { Dialect } from "../connect.js";

export async function up(db: Kysely<any>, _dialect: Dialect): Promise<void> {
  await sql`CREATE INDEX IF NOT EXISTS idx_follows_followers_covering ON follows (target_account_id, account_id, show_reblogs, notify, languages)`.execute(db);
  await sql`DROP INDEX IF EXISTS idx_follows_target_account_id_account_id`.execute(db);
}
