// Users' own controls: the pipeline's likely-abuse score per status (so "hide likely abuse" is a cheap
// WHERE), the object a notification is about when that is not a status (a decision, a report), and an
// index for followers who asked to be notified of new posts.
import { type Kysely, sql } from "kysely";
import type { Dialect } from "../connect.js";

export async function up(db: Kysely<any>, dialect: Dialect): Promise<void> {
  const real = dialect === "sqlite" ? "real" : "double precision";
  await db.schema.alterTable("statuses").addColumn("abuse_score", sql.raw(real) as any, (c) => c.notNull().defaultTo(0)).execute();
  await db.schema.alterTable("notifications").addColumn("target_id", "text").execute();
  // `status` notifications look up the few followers with notify on, not every follower of the author
  await sql`CREATE INDEX IF NOT EXISTS idx_follows_notify ON follows (target_account_id) WHERE notify = 1`.execute(db);
}
