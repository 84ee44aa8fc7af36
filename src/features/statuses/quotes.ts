// Quote controls for the quoted author: revoking one quote, and choosing who may quote from now on.
import type { Context } from "../../context.js";
import { ForbiddenError, NotFoundError } from "../../core/errors.js";
import { type StatusRow, statusById } from "./queries.js";

/**
 * Detach `quotingId` from `quoted`. Without a per-quote state column the link itself is removed, so the
 * quoting post renders without its quote (Mastodon shows it as `revoked`).
 */
export async function revokeQuote(ctx: Context, actorId: string, quoted: StatusRow, quotingId: string): Promise<StatusRow> {
  if (quoted.account_id !== actorId) throw new ForbiddenError();
  const quoting = await statusById(ctx.db, quotingId);
  if (!quoting || quoting.quote_of_id !== quoted.id) throw new NotFoundError();
  await ctx.db.transaction().execute(async (trx) => {
    const res = await trx.updateTable("statuses").set({ quote_of_id: null }).where("id", "=", quoting.id).where("quote_of_id", "=", quoted.id).executeTakeFirst();
    if (Number(res.numUpdatedRows) === 0) return;
    if (quoting.moderation_state === "published") {
      await trx.updateTable("statuses").set((eb) => ({ quotes_count: eb("quotes_count", "-", 1) })).where("id", "=", quoted.id).where("quotes_count", ">", 0).execute();
    }
    await ctx.jobs.enqueue(trx, "status.updated", { statusId: quoting.id });
  });
  ctx.jobs.kick();
  return (await statusById(ctx.db, quoting.id)) ?? quoting;
}

/** Followers-only and direct posts can never be quoted by others, whatever is asked. */
export async function setQuotePolicy(ctx: Context, status: StatusRow, policy: "public" | "followers" | "nobody" | undefined): Promise<StatusRow> {
  const next = status.visibility === "private" || status.visibility === "direct" ? "nobody" : (policy ?? status.quote_approval);
  if (next === status.quote_approval) return status;
  await ctx.db.updateTable("statuses").set({ quote_approval: next }).where("id", "=", status.id).execute();
  return { ...status, quote_approval: next };
}
