// Who may quote: Mastodon's quote_approval_policy. Rostra has no manual approval, so a post whose policy
// is "followers" can be quoted by its author's followers and is denied to everyone else.
import type { Executor } from "../../db/types.js";
import { isFollowing } from "../relationships/queries.js";
import type { StatusRow } from "../statuses/queries.js";

export async function mayQuote(db: Executor, quoted: StatusRow, accountId: string): Promise<boolean> {
  if (quoted.account_id === accountId) return true;
  if (quoted.visibility === "private" || quoted.visibility === "direct" || quoted.quote_approval === "nobody") return false;
  if (quoted.quote_approval !== "followers") return true;
  return isFollowing(db, accountId, quoted.account_id);
}
