// Instance administration: the operator's settings edited from the web app (name, description,
// registration mode), each with who changed it and when, and indexes for the staff account list
// (pending sign-ups, staff members).
import { type Kysely, sql } from "kysely";
import type { Dialect } from "../connect.js";

export async function up(db: Kysely<any>, _dialect: Dialect): Promise<void> {
  await db.schema
    .createTable("instance_settings")
    .ifNotExists()
    .addColumn("key", "text", (c) => c.notNull().primaryKey())
    .addColumn("value", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .addColumn("updated_by", "text")
    .execute();
  await sql`CREATE INDEX IF NOT EXISTS idx_users_pending ON users (created_at) WHERE approved = 0`.execute(db);
  await sql`CREATE INDEX IF NOT EXISTS idx_users_role ON users (role)`.execute(db);
}
