// Boosts: a reblog is a status row pointing at its original (reblog_of_id), distributed like a post.
import type { Context } from "../../context.js";
import { ForbiddenError, NotFoundError } from "../../core/errors.js";
import { newId } from "../../core/ids.js";
import { parseJson } from "../../core/json.js";
import { statusUri } from "../../api/mastodon/entities/urls.js";
import { createNotifications, deliverNotifications } from "../notifications/create.js";
import { assertNotBlocking } from "./interactions.js";
import { type StatusRow, statusById } from "./queries.js";

export type ReblogVisibility = "public" | "unlisted" | "private";
const REBLOG_VISIBILITIES: readonly string[] = ["public", "unlisted", "private"];

async function activeReblog(ctx: Context, actorId: string, originalId: string): Promise<StatusRow | undefined> {
  return ctx.db
    .selectFrom("statuses")
    .selectAll()
    .where("account_id", "=", actorId)
    .where("reblog_of_id", "=", originalId)
    .where("deleted_at", "is", null)
    .executeTakeFirst();
}

/** Boost `original` (never itself a reblog); boosting twice returns the existing boost. */
export async function reblog(ctx: Context, actorId: string, original: StatusRow, requested?: ReblogVisibility): Promise<StatusRow> {
  // Mastodon's policy: direct never, followers-only only by its author, nothing unpublished
  const own = original.account_id === actorId;
  if (original.visibility === "direct" || (original.visibility === "private" && !own) || original.moderation_state !== "published") {
    throw new ForbiddenError();
  }
  await assertNotBlocking(ctx.db, actorId, original.account_id);
  const existing = await activeReblog(ctx, actorId, original.id);
  if (existing) return existing;

  const user = await ctx.db.selectFrom("users").select("settings").where("account_id", "=", actorId).executeTakeFirst();
  const preferred = parseJson<Record<string, unknown>>(user?.settings, {})["posting:default:visibility"];
  const fallback = typeof preferred === "string" && REBLOG_VISIBILITIES.includes(preferred) ? (preferred as ReblogVisibility) : "public";
  // a boost of a followers-only post keeps that audience
  const visibility = original.visibility === "private" ? "private" : (requested ?? fallback);
  const account = await ctx.db.selectFrom("accounts").select("username").where("id", "=", actorId).executeTakeFirstOrThrow();

  const now = ctx.clock.now();
  const id = newId(now.getTime());
  const at = now.toISOString();
  const uri = `${statusUri(ctx.config, account.username, id)}/activity`;
  const row: StatusRow = {
    id, uri, url: uri, account_id: actorId, text: "", content: "", spoiler_text: "", visibility, sensitive: 0,
    language: null, in_reply_to_id: null, in_reply_to_account_id: null, reblog_of_id: original.id, quote_of_id: null,
    conversation_id: original.conversation_id, poll_id: null, application_id: null, local: 1, created_at: at,
    edited_at: null, deleted_at: null, replies_count: 0, reblogs_count: 0, favourites_count: 0, quotes_count: 0,
    moderation_state: "published", quote_approval: "nobody", reply_policy: "everyone",
  };
  const result = await ctx.db.transaction().execute(async (trx) => {
    // re-checked inside the transaction so a double tap does not create two boosts
    const again = await trx.selectFrom("statuses").selectAll().where("account_id", "=", actorId).where("reblog_of_id", "=", original.id).where("deleted_at", "is", null).executeTakeFirst();
    if (again) return { row: again, notes: [] as string[] };
    await trx.insertInto("statuses").values(row).execute();
    await trx.updateTable("accounts").set((eb) => ({ statuses_count: eb("statuses_count", "+", 1), last_status_at: at })).where("id", "=", actorId).execute();
    await trx.updateTable("statuses").set((eb) => ({ reblogs_count: eb("reblogs_count", "+", 1) })).where("id", "=", original.id).execute();
    const notes = await createNotifications(trx, [{ accountId: original.account_id, fromAccountId: actorId, type: "reblog", statusId: original.id }]);
    await ctx.jobs.enqueue(trx, "status.distribute", { statusId: id });
    return { row, notes };
  });
  ctx.jobs.kick();
  await deliverNotifications(ctx, result.notes);
  return result.row;
}

/** Undo the actor's boost of `originalId`, if any. Returns whether a boost was removed. */
export async function unreblog(ctx: Context, actorId: string, originalId: string): Promise<boolean> {
  const existing = await activeReblog(ctx, actorId, originalId);
  if (!existing) return false;
  const removed = await ctx.db.transaction().execute(async (trx) => {
    const res = await trx.updateTable("statuses").set({ deleted_at: ctx.clock.now().toISOString() }).where("id", "=", existing.id).where("deleted_at", "is", null).executeTakeFirst();
    if (Number(res.numUpdatedRows) === 0) return false;
    await trx.updateTable("accounts").set((eb) => ({ statuses_count: eb("statuses_count", "-", 1) })).where("id", "=", actorId).where("statuses_count", ">", 0).execute();
    await trx.updateTable("statuses").set((eb) => ({ reblogs_count: eb("reblogs_count", "-", 1) })).where("id", "=", originalId).where("reblogs_count", ">", 0).execute();
    await trx.deleteFrom("notifications").where("type", "=", "reblog").where("status_id", "=", originalId).where("from_account_id", "=", actorId).execute();
    await ctx.jobs.enqueue(trx, "status.undistribute", { statusId: existing.id, accountId: actorId, reblogIds: [] });
    return true;
  });
  ctx.jobs.kick();
  return removed;
}

/** The row again after a change, for rendering fresh counters. */
export async function reloadStatus(ctx: Context, id: string): Promise<StatusRow> {
  const row = await statusById(ctx.db, id);
  if (!row) throw new NotFoundError();
  return row;
}
