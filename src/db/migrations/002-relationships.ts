// Per-user domain blocks and dismissed follow suggestions (the social-graph tables 001 lacks).
import type { Kysely } from "kysely";
import type { Dialect } from "../connect.js";

export async function up(db: Kysely<any>, _dialect: Dialect): Promise<void> {
  await db.schema
    .createTable("account_domain_blocks")
    .ifNotExists()
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("account_id", "text", (c) => c.notNull())
    .addColumn("domain", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex("idx_account_domain_blocks_account_id_domain")
    .ifNotExists()
    .on("account_domain_blocks")
    .columns(["account_id", "domain"])
    .unique()
    .execute();

  await db.schema
    .createTable("suggestion_dismissals")
    .ifNotExists()
    .addColumn("account_id", "text", (c) => c.notNull())
    .addColumn("target_account_id", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("suggestion_dismissals_pkey", ["account_id", "target_account_id"])
    .execute();

  // domain blocks sever follows with every account of a domain
  await db.schema.createIndex("idx_accounts_domain").ifNotExists().on("accounts").column("domain").execute();
}
