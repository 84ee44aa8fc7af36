// Pages of accounts on one side of an edge table (followers, following, requests, blocks, mutes,
// endorsements), keyed by the edge row id as Mastodon paginates them. Suspended accounts are left out.
import type { Kysely } from "kysely";
import type { Page } from "../../api/mastodon/paging.js";
import type { Executor } from "../../db/types.js";
import type { AccountRow } from "../accounts/queries.js";
import { keysetPage } from "./page.js";

export type EdgeTable = "follows" | "follow_requests" | "blocks" | "mutes" | "endorsements";

export interface EdgeAccount {
  /** the edge row id: the pagination key for the Link header */
  pageId: string;
  account: AccountRow;
  /** mutes only */
  expiresAt: string | null;
}

/**
 * `outgoing`: accounts that `accountId` points at (whom it follows, blocks...);
 * `incoming`: accounts pointing at `accountId` (its followers, requesters).
 */
export async function edgeAccountPage(
  db: Executor,
  opts: { table: EdgeTable; direction: "outgoing" | "incoming"; accountId: string; page: Page; now: Date },
): Promise<EdgeAccount[]> {
  const { table } = opts;
  const [mine, theirs] = opts.direction === "outgoing" ? ["account_id", "target_account_id"] : ["target_account_id", "account_id"];
  // the table name is one of a closed set, so the untyped builder is safe here
  let qb = (db as unknown as Kysely<any>)
    .selectFrom(table)
    .innerJoin("accounts", "accounts.id", `${table}.${theirs}`)
    .selectAll("accounts")
    .select(`${table}.id as page_id`)
    .where(`${table}.${mine}`, "=", opts.accountId)
    .where("accounts.suspended_at", "is", null);
  if (table === "mutes") {
    const now = opts.now.toISOString();
    qb = qb.select("mutes.expires_at as mute_expires_at").where((eb) => eb.or([eb("mutes.expires_at", "is", null), eb("mutes.expires_at", ">", now)]));
  }
  const rows = await keysetPage(qb, `${table}.id`, opts.page);
  return rows.map((row: Record<string, unknown>) => {
    const { page_id, mute_expires_at, ...account } = row;
    return { pageId: page_id as string, account: account as unknown as AccountRow, expiresAt: (mute_expires_at as string | null | undefined) ?? null };
  });
}
