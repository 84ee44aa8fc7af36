// The core schema. Column conventions are described in db/types.ts.
import { type Kysely, sql } from "kysely";
import type { Dialect } from "../connect.js";

type Col = [name: string, type: "text" | "integer" | "real", modifier?: "pk" | "notnull" | "null"];

async function table(db: Kysely<any>, name: string, cols: Col[], primaryKey?: string[]) {
  let t = db.schema.createTable(name).ifNotExists();
  for (const [col, type, mod = "notnull"] of cols) {
    const sqlType = type === "integer" ? "bigint" : type;
    t = t.addColumn(col, sql.raw(sqlType) as any, (c) => (mod === "pk" ? c.primaryKey() : mod === "notnull" ? c.notNull() : c));
  }
  if (primaryKey) t = t.addPrimaryKeyConstraint(`${name}_pkey`, primaryKey as any);
  await t.execute();
}

async function index(db: Kysely<any>, tableName: string, cols: string[], unique = false) {
  let b = db.schema.createIndex(`idx_${tableName}_${cols.join("_")}`).ifNotExists().on(tableName).columns(cols);
  if (unique) b = b.unique();
  await b.execute();
}

export async function up(db: Kysely<any>, dialect: Dialect): Promise<void> {
  await table(db, "accounts", [
    ["id", "text", "pk"], ["username", "text"], ["domain", "text", "null"], ["acct_lower", "text"],
    ["display_name", "text"], ["note", "text"], ["fields", "text"],
    ["avatar_media_id", "text", "null"], ["header_media_id", "text", "null"],
    ["locked", "integer"], ["bot", "integer"], ["discoverable", "integer"], ["indexable", "integer"],
    ["uri", "text"], ["url", "text"], ["created_at", "text"], ["updated_at", "text"],
    ["followers_count", "integer"], ["following_count", "integer"], ["statuses_count", "integer"],
    ["last_status_at", "text", "null"], ["suspended_at", "text", "null"], ["silenced_at", "text", "null"],
    ["sensitized_at", "text", "null"], ["moved_to_account_id", "text", "null"],
  ]);
  await index(db, "accounts", ["acct_lower"], true);
  await index(db, "accounts", ["uri"], true);

  await table(db, "users", [
    ["account_id", "text", "pk"], ["email", "text"], ["email_lower", "text"], ["password_hash", "text"],
    ["role", "text"], ["locale", "text"], ["approved", "integer"], ["disabled", "integer"],
    ["reason", "text", "null"], ["sign_up_ip", "text", "null"], ["settings", "text"], ["created_at", "text"],
    ["last_sign_in_at", "text", "null"],
  ]);
  await index(db, "users", ["email_lower"], true);

  await table(db, "apps", [
    ["id", "text", "pk"], ["name", "text"], ["website", "text", "null"], ["redirect_uris", "text"],
    ["scopes", "text"], ["client_id", "text"], ["client_secret", "text"], ["created_at", "text"],
  ]);
  await index(db, "apps", ["client_id"], true);

  await table(db, "oauth_codes", [
    ["code_hash", "text", "pk"], ["app_id", "text"], ["account_id", "text"], ["redirect_uri", "text"],
    ["scopes", "text"], ["code_challenge", "text", "null"], ["code_challenge_method", "text", "null"],
    ["expires_at", "text"], ["used_at", "text", "null"],
  ]);

  await table(db, "tokens", [
    ["id", "text", "pk"], ["token_hash", "text"], ["app_id", "text", "null"], ["account_id", "text", "null"],
    ["scopes", "text"], ["created_at", "text"], ["revoked_at", "text", "null"], ["last_used_at", "text", "null"],
  ]);
  await index(db, "tokens", ["token_hash"], true);
  await index(db, "tokens", ["account_id"]);

  await table(db, "web_sessions", [
    ["id_hash", "text", "pk"], ["account_id", "text"], ["csrf", "text"], ["created_at", "text"], ["expires_at", "text"],
  ]);

  await table(db, "statuses", [
    ["id", "text", "pk"], ["uri", "text"], ["url", "text", "null"], ["account_id", "text"], ["text", "text"],
    ["content", "text"], ["spoiler_text", "text"], ["visibility", "text"], ["sensitive", "integer"],
    ["language", "text", "null"], ["in_reply_to_id", "text", "null"], ["in_reply_to_account_id", "text", "null"],
    ["reblog_of_id", "text", "null"], ["quote_of_id", "text", "null"], ["conversation_id", "text"],
    ["poll_id", "text", "null"], ["application_id", "text", "null"], ["local", "integer"],
    ["created_at", "text"], ["edited_at", "text", "null"], ["deleted_at", "text", "null"],
    ["replies_count", "integer"], ["reblogs_count", "integer"], ["favourites_count", "integer"],
    ["quotes_count", "integer"], ["moderation_state", "text"], ["quote_approval", "text"], ["reply_policy", "text"],
  ]);
  await index(db, "statuses", ["uri"], true);
  await index(db, "statuses", ["account_id", "id"]);
  await index(db, "statuses", ["in_reply_to_id"]);
  await index(db, "statuses", ["reblog_of_id"]);
  await index(db, "statuses", ["quote_of_id"]);
  await index(db, "statuses", ["conversation_id"]);
  await index(db, "statuses", ["local", "visibility", "id"]);

  await table(db, "status_edits", [
    ["id", "text", "pk"], ["status_id", "text"], ["account_id", "text"], ["text", "text"], ["content", "text"],
    ["spoiler_text", "text"], ["sensitive", "integer"], ["media_ids", "text"], ["poll_options", "text", "null"],
    ["created_at", "text"],
  ]);
  await index(db, "status_edits", ["status_id"]);

  await table(db, "mentions", [["status_id", "text"], ["account_id", "text"]], ["status_id", "account_id"]);
  await index(db, "mentions", ["account_id", "status_id"]);

  await table(db, "tags", [
    ["id", "text", "pk"], ["name", "text"], ["name_lower", "text"], ["created_at", "text"],
    ["last_status_at", "text", "null"], ["usable", "integer"],
  ]);
  await index(db, "tags", ["name_lower"], true);
  await table(db, "status_tags", [["status_id", "text"], ["tag_id", "text"]], ["status_id", "tag_id"]);
  await index(db, "status_tags", ["tag_id", "status_id"]);

  await table(db, "media_attachments", [
    ["id", "text", "pk"], ["account_id", "text"], ["status_id", "text", "null"], ["type", "text"], ["mime", "text"],
    ["file_name", "text", "null"], ["preview_file_name", "text", "null"], ["width", "integer", "null"],
    ["height", "integer", "null"], ["size", "integer"], ["description", "text", "null"], ["focus_x", "real"],
    ["focus_y", "real"], ["blurhash", "text", "null"], ["state", "text"], ["created_at", "text"],
  ]);
  await index(db, "media_attachments", ["status_id"]);
  await index(db, "media_attachments", ["account_id", "id"]);

  await table(db, "polls", [
    ["id", "text", "pk"], ["status_id", "text", "null"], ["account_id", "text"], ["options", "text"],
    ["multiple", "integer"], ["hide_totals", "integer"], ["votes_count", "integer"], ["voters_count", "integer"],
    ["expires_at", "text", "null"], ["created_at", "text"],
  ]);
  await table(db, "poll_votes", [
    ["id", "text", "pk"], ["poll_id", "text"], ["account_id", "text"], ["choice", "integer"], ["created_at", "text"],
  ]);
  await index(db, "poll_votes", ["poll_id", "account_id", "choice"], true);

  for (const name of ["favourites", "bookmarks", "status_pins"]) {
    await table(db, name, [["id", "text", "pk"], ["account_id", "text"], ["status_id", "text"], ["created_at", "text"]]);
    await index(db, name, ["account_id", "status_id"], true);
    await index(db, name, ["status_id"]);
  }
  await table(db, "conversation_mutes", [["account_id", "text"], ["conversation_id", "text"]], ["account_id", "conversation_id"]);

  for (const name of ["follows", "follow_requests"]) {
    await table(db, name, [
      ["id", "text", "pk"], ["account_id", "text"], ["target_account_id", "text"], ["show_reblogs", "integer"],
      ["notify", "integer"], ["languages", "text", "null"], ["created_at", "text"],
    ]);
    await index(db, name, ["account_id", "target_account_id"], true);
    await index(db, name, ["target_account_id", "account_id"]);
  }
  for (const name of ["blocks", "endorsements"]) {
    await table(db, name, [["id", "text", "pk"], ["account_id", "text"], ["target_account_id", "text"], ["created_at", "text"]]);
    await index(db, name, ["account_id", "target_account_id"], true);
    await index(db, name, ["target_account_id"]);
  }
  await table(db, "mutes", [
    ["id", "text", "pk"], ["account_id", "text"], ["target_account_id", "text"], ["created_at", "text"],
    ["hide_notifications", "integer"], ["expires_at", "text", "null"],
  ]);
  await index(db, "mutes", ["account_id", "target_account_id"], true);
  await table(db, "account_notes", [["account_id", "text"], ["target_account_id", "text"], ["comment", "text"]], ["account_id", "target_account_id"]);

  await table(db, "lists", [
    ["id", "text", "pk"], ["account_id", "text"], ["title", "text"], ["replies_policy", "text"],
    ["exclusive", "integer"], ["created_at", "text"],
  ]);
  await index(db, "lists", ["account_id"]);
  await table(db, "list_accounts", [["list_id", "text"], ["account_id", "text"]], ["list_id", "account_id"]);
  await index(db, "list_accounts", ["account_id"]);
  for (const name of ["featured_tags", "followed_tags"]) {
    await table(db, name, [["id", "text", "pk"], ["account_id", "text"], ["tag_id", "text"], ["created_at", "text"]]);
    await index(db, name, ["account_id", "tag_id"], true);
  }

  await table(db, "notifications", [
    ["id", "text", "pk"], ["account_id", "text"], ["from_account_id", "text"], ["type", "text"],
    ["status_id", "text", "null"], ["group_key", "text"], ["created_at", "text"],
  ]);
  await index(db, "notifications", ["account_id", "id"]);
  await index(db, "notifications", ["status_id"]);

  await table(db, "markers", [
    ["account_id", "text"], ["timeline", "text"], ["last_read_id", "text"], ["version", "integer"], ["updated_at", "text"],
  ], ["account_id", "timeline"]);

  await table(db, "filters", [
    ["id", "text", "pk"], ["account_id", "text"], ["title", "text"], ["context", "text"], ["action", "text"],
    ["expires_at", "text", "null"], ["created_at", "text"],
  ]);
  await index(db, "filters", ["account_id"]);
  await table(db, "filter_keywords", [["id", "text", "pk"], ["filter_id", "text"], ["keyword", "text"], ["whole_word", "integer"]]);
  await index(db, "filter_keywords", ["filter_id"]);
  await table(db, "filter_statuses", [["id", "text", "pk"], ["filter_id", "text"], ["status_id", "text"]]);
  await index(db, "filter_statuses", ["filter_id"]);

  await table(db, "account_conversations", [
    ["id", "text", "pk"], ["account_id", "text"], ["conversation_id", "text"], ["participant_ids", "text"],
    ["last_status_id", "text"], ["unread", "integer"], ["updated_at", "text"],
  ]);
  await index(db, "account_conversations", ["account_id", "conversation_id"], true);

  await table(db, "scheduled_statuses", [
    ["id", "text", "pk"], ["account_id", "text"], ["scheduled_at", "text"], ["params", "text"], ["created_at", "text"],
  ]);
  await index(db, "scheduled_statuses", ["account_id"]);
  await table(db, "idempotency_keys", [
    ["account_id", "text"], ["key", "text"], ["status_id", "text"], ["created_at", "text"],
  ], ["account_id", "key"]);

  await table(db, "reports", [
    ["id", "text", "pk"], ["account_id", "text", "null"], ["target_account_id", "text"], ["status_ids", "text"],
    ["rule_ids", "text"], ["comment", "text"], ["category", "text"], ["forward", "integer"], ["created_at", "text"],
    ["action_taken_at", "text", "null"],
  ]);
  await table(db, "rules", [["id", "text", "pk"], ["text", "text"], ["hint", "text"], ["position", "integer"], ["created_at", "text"]]);
  await table(db, "settings", [["key", "text", "pk"], ["value", "text"]]);

  await table(db, "jobs", [
    ["id", "text", "pk"], ["kind", "text"], ["payload", "text"], ["run_at", "text"], ["attempts", "integer"],
    ["max_attempts", "integer"], ["locked_until", "text", "null"], ["last_error", "text", "null"], ["created_at", "text"],
  ]);
  await index(db, "jobs", ["run_at"]);

  // Full-text search over statuses: FTS5 on SQLite, a tsvector expression index on PostgreSQL.
  if (dialect === "sqlite") {
    await sql`CREATE VIRTUAL TABLE IF NOT EXISTS statuses_fts USING fts5(text, content='', contentless_delete=1, tokenize='unicode61 remove_diacritics 2')`.execute(db);
  } else {
    await sql`CREATE INDEX IF NOT EXISTS idx_statuses_fts ON statuses USING gin (to_tsvector('simple', text))`.execute(db);
  }
}
