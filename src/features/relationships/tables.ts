// Typed access to the tables added by migration 002-relationships, without widening the shared
// Database type that other features compile against.
import type { Kysely } from "kysely";
import type { Database, Executor } from "../../db/types.js";

export interface AccountDomainBlocksTable {
  id: string;
  account_id: string;
  domain: string;
  created_at: string;
}

export interface SuggestionDismissalsTable {
  account_id: string;
  target_account_id: string;
  created_at: string;
}

export interface GraphDatabase extends Database {
  account_domain_blocks: AccountDomainBlocksTable;
  suggestion_dismissals: SuggestionDismissalsTable;
}

/** The same connection or transaction, typed with the relationship tables. */
export function graphDb(exec: Executor): Kysely<GraphDatabase> {
  return exec as unknown as Kysely<GraphDatabase>;
}
