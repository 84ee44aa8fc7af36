// Deleting a status: soft delete (the row keeps its id for redraft and moderation records), counters
// corrected, reblogs of it removed, notifications about it dropped, streaming `delete` via a job.
import type { Context } from "../../context.js";
import { ForbiddenError, NotFoundError } from "../../core/errors.js";
import { unindexStatus } from "../search/indexer.js";
import { applyCounters } from "./create.js";
import { type StatusRow, statusById } from "./queries.js";

export async function deleteStatus(ctx: Context, actorId: string, statusId: string, opts: { byModerator?: boolean } = {}): Promise<StatusRow> {
  const row = await statusById(ctx.db, statusId);
  if (!row || (row.account_id !== actorId && !opts.byModerator)) throw new NotFoundError();
  if (row.reblog_of_id && !opts.byModerator) throw new ForbiddenError("Use unreblog to undo a boost");
  const at = new Date().toISOString();
  await ctx.db.transaction().execute(async (trx) => {
    await trx.updateTable("statuses").set({ deleted_at: at }).where("id", "=", row.id).execute();
    if (row.moderation_state === "published") {
      const parent = row.in_reply_to_id ? await statusById(trx, row.in_reply_to_id) : undefined;
      const quoted = row.quote_of_id ? await statusById(trx, row.quote_of_id) : undefined;
      await applyCounters(trx, row, parent, quoted, -1);
    }
    // boosts of a deleted status go with it
    const reblogs = await trx.selectFrom("statuses").select(["id", "account_id"]).where("reblog_of_id", "=", row.id).where("deleted_at", "is", null).execute();
    for (const r of reblogs) {
      await trx.updateTable("statuses").set({ deleted_at: at }).where("id", "=", r.id).execute();
      await trx.updateTable("accounts").set((eb) => ({ statuses_count: eb("statuses_count", "-", 1) })).where("id", "=", r.account_id).execute();
    }
    await trx.deleteFrom("notifications").where("status_id", "in", [row.id, ...reblogs.map((r) => r.id)]).execute();
    await trx.deleteFrom("status_pins").where("status_id", "=", row.id).execute();
    await unindexStatus(trx, ctx.dialect, row.id);
    await ctx.jobs.enqueue(trx, "status.undistribute", { statusId: row.id, accountId: row.account_id, reblogIds: reblogs.map((r) => r.id) });
  });
  ctx.jobs.kick();
  return row;
}
