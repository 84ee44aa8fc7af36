// Row types of the moderation tables (migration 003). The shared Database type stays owned by the core;
// moderation code widens an executor with `mdb()` so its queries stay typed without editing db/types.ts.
import type { Kysely } from "kysely";
import type { Database, Executor } from "../../db/types.js";

export interface ModerationCasesTable {
  id: string;
  subject_type: SubjectType;
  subject_id: string;
  account_id: string | null;
  /** derived from the events: open | escalated | resolved */
  status: string;
  category: string | null;
  severity: number;
  reach: number;
  priority: number;
  due_at: string | null;
  assignee_id: string | null;
  escalated: number;
  signals_count: number;
  reports_count: number;
  opened_at: string;
  updated_at: string;
  resolved_at: string | null;
}

export interface ModerationEventsTable {
  id: string;
  case_id: string;
  type: EventType;
  actor_id: string | null;
  payload: string;
  created_at: string;
}

export interface ModerationDecisionsTable {
  id: string;
  case_id: string;
  subject_type: SubjectType;
  subject_id: string;
  account_id: string | null;
  supersedes_id: string | null;
  /** action | no_action | reversal | modification */
  kind: string;
  category: string | null;
  rule_id: string | null;
  policy_version: number;
  /** terms | illegal */
  ground: string;
  legal_ground: string | null;
  facts: string;
  automated_detection: number;
  /** fully | partially | not */
  automated_decision: string;
  actions: string;
  ends_at: string | null;
  redress: string;
  decided_by: string | null;
  /** automated | report | notice | rule | staff */
  source_type: string;
  content_language: string | null;
  created_at: string;
}

export interface ModerationStrikesTable {
  id: string;
  account_id: string;
  decision_id: string;
  category: string | null;
  created_at: string;
  expires_at: string;
}

export interface ModerationAppealsTable {
  id: string;
  decision_id: string;
  account_id: string;
  text: string;
  created_at: string;
}

export interface ModerationAppealOutcomesTable {
  appeal_id: string;
  /** upheld | reversed */
  outcome: string;
  reason: string;
  decided_by: string;
  decision_id: string | null;
  created_at: string;
}

export interface ModerationNoticesTable {
  id: string;
  name: string | null;
  email: string | null;
  target_url: string;
  status_id: string | null;
  account_id: string | null;
  category: string;
  explanation: string;
  illegal: number;
  created_at: string;
}

export interface ModerationRulesTable {
  id: string;
  name: string;
  category: string;
  /** a regular expression over the normalised text (safe subset or re2) */
  pattern: string;
  /** the score a hit gives; the category's thresholds turn it into an outcome */
  score: number;
  enabled: number;
  created_at: string;
  updated_at: string;
  created_by: string | null;
}

export interface ModerationRejectionsTable {
  id: string;
  account_id: string;
  category: string;
  policy_version: number;
  language: string | null;
  detectors: string;
  created_at: string;
}

export interface ModerationMessagesTable {
  id: string;
  account_id: string;
  /** statement | report_outcome | appeal_outcome */
  kind: string;
  decision_id: string | null;
  report_id: string | null;
  appeal_id: string | null;
  created_at: string;
}

export interface SignupBlocksTable {
  id: string;
  /** ip | email_domain */
  kind: string;
  value: string;
  note: string;
  created_by: string | null;
  created_at: string;
}

export interface ModerationAuditTable {
  seq: number;
  id: string;
  actor_id: string | null;
  action: string;
  subject_type: string | null;
  subject_id: string | null;
  payload: string;
  created_at: string;
  prev_hash: string;
  hash: string;
}

export interface ModerationRedressTokensTable {
  token_hash: string;
  account_id: string;
  created_at: string;
  expires_at: string;
}

export interface ModerationPoliciesTable {
  version: number;
  body: string;
  created_at: string;
  created_by: string | null;
}

export type SubjectType = "status" | "account";
export type EventType =
  | "signal" | "report" | "notice" | "note" | "assignment" | "escalation" | "decision" | "appeal"
  | "appeal_decision" | "reversal" | "reopen";

export interface ModerationDatabase extends Database {
  moderation_policies: ModerationPoliciesTable;
  moderation_cases: ModerationCasesTable;
  moderation_events: ModerationEventsTable;
  moderation_decisions: ModerationDecisionsTable;
  moderation_strikes: ModerationStrikesTable;
  moderation_appeals: ModerationAppealsTable;
  moderation_appeal_outcomes: ModerationAppealOutcomesTable;
  moderation_notices: ModerationNoticesTable;
  moderation_rules: ModerationRulesTable;
  moderation_rejections: ModerationRejectionsTable;
  moderation_messages: ModerationMessagesTable;
  signup_blocks: SignupBlocksTable;
  moderation_audit: ModerationAuditTable;
  moderation_redress_tokens: ModerationRedressTokensTable;
}

export type ModDb = Kysely<ModerationDatabase>;

/** The same connection or transaction, typed with the moderation tables. */
export function mdb(exec: Executor): ModDb {
  return exec as unknown as ModDb;
}
