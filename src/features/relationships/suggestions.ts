// Follow suggestions: the most-followed discoverable local accounts the viewer has no relationship
// with yet. Exclusions are NOT EXISTS probes on the (account_id, target_account_id) indexes, so a
// viewer following thousands costs no more than one following none.
import type { Context } from "../../context.js";
import type { AccountRow } from "../accounts/queries.js";
import { graphDb } from "./tables.js";

export async function suggestedAccounts(ctx: Context, viewerId: string, limit: number): Promise<AccountRow[]> {
  const now = ctx.clock.now().toISOString();
  const rows = await graphDb(ctx.db)
    .selectFrom("accounts")
    .innerJoin("users", "users.account_id", "accounts.id")
    .selectAll("accounts")
    .where("accounts.domain", "is", null)
    .where("accounts.discoverable", "=", 1)
    .where("accounts.suspended_at", "is", null)
    .where("accounts.silenced_at", "is", null)
    .where("accounts.moved_to_account_id", "is", null)
    .where("users.approved", "=", 1)
    .where("users.disabled", "=", 0)
    .where("accounts.id", "!=", viewerId)
    .where(({ not, exists, selectFrom, and }) => {
      const edge = (table: "follows" | "follow_requests" | "blocks" | "suggestion_dismissals") =>
        not(exists(selectFrom(table).select("account_id").whereRef(`${table}.target_account_id`, "=", "accounts.id").where(`${table}.account_id`, "=", viewerId)));
      return and([
        edge("follows"),
        edge("follow_requests"),
        edge("blocks"),
        edge("suggestion_dismissals"),
        not(exists(selectFrom("blocks as b2").select("b2.id").whereRef("b2.account_id", "=", "accounts.id").where("b2.target_account_id", "=", viewerId))),
        not(exists(
          selectFrom("mutes").select("mutes.id").whereRef("mutes.target_account_id", "=", "accounts.id").where("mutes.account_id", "=", viewerId)
            .where((m) => m.or([m("mutes.expires_at", "is", null), m("mutes.expires_at", ">", now)])),
        )),
      ]);
    })
    .orderBy("accounts.followers_count", "desc")
    .orderBy("accounts.id", "desc")
    .limit(limit)
    .execute();
  return rows;
}

/** Remember that the viewer does not want `targetId` suggested again. */
export async function dismissSuggestion(ctx: Context, viewerId: string, targetId: string): Promise<void> {
  await graphDb(ctx.db)
    .insertInto("suggestion_dismissals")
    .values({ account_id: viewerId, target_account_id: targetId, created_at: ctx.clock.now().toISOString() })
    .onConflict((oc) => oc.columns(["account_id", "target_account_id"]).doNothing())
    .execute();
}
