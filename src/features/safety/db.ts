// Row types of the columns migration 004 adds. Like moderation's mdb(), code here widens an executor
// with sdb() so its queries stay typed without editing the core's db/types.ts.
import type { Kysely } from "kysely";
import type { Database, Executor, NotificationsTable, StatusesTable } from "../../db/types.js";

export interface SafetyStatusesTable extends StatusesTable {
  /** highest likely-abuse score the pipeline gave the post (0 = not likely abuse) */
  abuse_score: number;
}

export interface SafetyNotificationsTable extends NotificationsTable {
  /** what a notification is about when that is not a status: a moderation decision, a report */
  target_id: string | null;
}

export interface SafetyDatabase extends Omit<Database, "statuses" | "notifications"> {
  statuses: SafetyStatusesTable;
  notifications: SafetyNotificationsTable;
}

export function sdb(exec: Executor): Kysely<SafetyDatabase> {
  return exec as unknown as Kysely<SafetyDatabase>;
}
