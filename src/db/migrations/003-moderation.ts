// Moderation: cases with a derived status, an append-only event log, immutable decisions, strikes,
// appeals, anonymous notices, operator rules, versioned policy, sign-up blocks and the hash-chained audit log.
import type { Kysely } from "kysely";
import type { Dialect } from "../connect.js";

type Col = [name: string, type: "text" | "integer" | "real", nullable?: boolean];

async function table(db: Kysely<any>, name: string, cols: Col[], pk: string[] = ["id"]) {
  let t = db.schema.createTable(name).ifNotExists();
  for (const [col, type, nullable] of cols) {
    const sqlType = type === "integer" ? "bigint" : type === "real" ? "double precision" : "text";
    t = t.addColumn(col, sqlType as any, (c) => (nullable ? c : c.notNull()));
  }
  await t.addPrimaryKeyConstraint(`${name}_pkey`, pk as any).execute();
}

async function index(db: Kysely<any>, name: string, cols: string[], unique = false) {
  let b = db.schema.createIndex(`idx_${name}_${cols.join("_")}`).ifNotExists().on(name).columns(cols);
  if (unique) b = b.unique();
  await b.execute();
}

export async function up(db: Kysely<any>, _dialect: Dialect): Promise<void> {
  await table(db, "moderation_policies", [["version", "integer"], ["body", "text"], ["created_at", "text"], ["created_by", "text", true]], ["version"]);

  await table(db, "moderation_cases", [
    ["id", "text"], ["subject_type", "text"], ["subject_id", "text"], ["account_id", "text", true],
    ["status", "text"], ["category", "text", true], ["severity", "integer"], ["reach", "integer"], ["priority", "real"],
    ["due_at", "text", true], ["assignee_id", "text", true], ["escalated", "integer"], ["signals_count", "integer"],
    ["reports_count", "integer"], ["opened_at", "text"], ["updated_at", "text"], ["resolved_at", "text", true],
  ]);
  await index(db, "moderation_cases", ["subject_type", "subject_id"], true);
  await index(db, "moderation_cases", ["status", "priority"]);
  await index(db, "moderation_cases", ["account_id"]);

  await table(db, "moderation_events", [
    ["id", "text"], ["case_id", "text"], ["type", "text"], ["actor_id", "text", true], ["payload", "text"], ["created_at", "text"],
  ]);
  await index(db, "moderation_events", ["case_id", "id"]);
  await index(db, "moderation_events", ["type", "created_at"]);

  await table(db, "moderation_decisions", [
    ["id", "text"], ["case_id", "text"], ["subject_type", "text"], ["subject_id", "text"], ["account_id", "text", true],
    ["supersedes_id", "text", true], ["kind", "text"], ["category", "text", true], ["rule_id", "text", true],
    ["policy_version", "integer"], ["ground", "text"], ["legal_ground", "text", true], ["facts", "text"],
    ["automated_detection", "integer"], ["automated_decision", "text"], ["actions", "text"], ["ends_at", "text", true],
    ["redress", "text"], ["decided_by", "text", true], ["source_type", "text"], ["content_language", "text", true],
    ["created_at", "text"],
  ]);
  await index(db, "moderation_decisions", ["case_id"]);
  await index(db, "moderation_decisions", ["account_id"]);
  await index(db, "moderation_decisions", ["created_at"]);
  await index(db, "moderation_decisions", ["supersedes_id"]);

  await table(db, "moderation_strikes", [
    ["id", "text"], ["account_id", "text"], ["decision_id", "text"], ["category", "text", true], ["created_at", "text"], ["expires_at", "text"],
  ]);
  await index(db, "moderation_strikes", ["account_id"]);

  await table(db, "moderation_appeals", [["id", "text"], ["decision_id", "text"], ["account_id", "text"], ["text", "text"], ["created_at", "text"]]);
  await index(db, "moderation_appeals", ["decision_id"], true);
  await table(db, "moderation_appeal_outcomes", [
    ["appeal_id", "text"], ["outcome", "text"], ["reason", "text"], ["decided_by", "text"], ["decision_id", "text", true], ["created_at", "text"],
  ], ["appeal_id"]);

  await table(db, "moderation_notices", [
    ["id", "text"], ["name", "text", true], ["email", "text", true], ["target_url", "text"], ["status_id", "text", true],
    ["account_id", "text", true], ["category", "text"], ["explanation", "text"], ["illegal", "integer"], ["created_at", "text"],
  ]);

  await table(db, "moderation_rules", [
    ["id", "text"], ["name", "text"], ["category", "text"], ["pattern", "text"], ["score", "real"], ["enabled", "integer"],
    ["created_at", "text"], ["updated_at", "text"], ["created_by", "text", true],
  ]);

  await table(db, "moderation_rejections", [
    ["id", "text"], ["account_id", "text"], ["category", "text"], ["policy_version", "integer"], ["language", "text", true],
    ["detectors", "text"], ["created_at", "text"],
  ]);
  await index(db, "moderation_rejections", ["created_at"]);

  await table(db, "moderation_messages", [
    ["id", "text"], ["account_id", "text"], ["kind", "text"], ["decision_id", "text", true], ["report_id", "text", true],
    ["appeal_id", "text", true], ["created_at", "text"],
  ]);
  await index(db, "moderation_messages", ["account_id", "id"]);

  await table(db, "signup_blocks", [["id", "text"], ["kind", "text"], ["value", "text"], ["note", "text"], ["created_by", "text", true], ["created_at", "text"]]);
  await index(db, "signup_blocks", ["kind", "value"], true);

  // suspended and frozen users keep a narrow way in to read statements of reasons and appeal
  await table(db, "moderation_redress_tokens", [["token_hash", "text"], ["account_id", "text"], ["created_at", "text"], ["expires_at", "text"]], ["token_hash"]);

  await table(db, "moderation_audit", [
    ["seq", "integer"], ["id", "text"], ["actor_id", "text", true], ["action", "text"], ["subject_type", "text", true],
    ["subject_id", "text", true], ["payload", "text"], ["created_at", "text"], ["prev_hash", "text"], ["hash", "text"],
  ], ["seq"]);
}
