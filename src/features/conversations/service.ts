// The direct-message inbox: one account_conversations row per participant and thread, updated when a
// direct status is distributed or deleted; unread for recipients, read for the sender.
import type { Context } from "../../context.js";
import { NotFoundError } from "../../core/errors.js";
import { newId } from "../../core/ids.js";
import { parseJson } from "../../core/json.js";
import type { AccountConversationsTable } from "../../db/types.js";
import type { StatusRow } from "../statuses/queries.js";

export type ConversationRow = AccountConversationsTable;

/** Record a direct status for its author and recipients; returns the rows touched. Idempotent. */
export async function recordDirectStatus(ctx: Context, s: StatusRow, recipients: string[]): Promise<ConversationRow[]> {
  const participants = [s.account_id, ...recipients.filter((r) => r !== s.account_id)];
  const at = new Date().toISOString();
  const out: ConversationRow[] = [];
  for (const p of participants) {
    const others = participants.filter((x) => x !== p);
    const row = await ctx.db.transaction().execute(async (trx) => {
      const existing = await trx.selectFrom("account_conversations").selectAll().where("account_id", "=", p).where("conversation_id", "=", s.conversation_id).executeTakeFirst();
      const unread = p === s.account_id ? 0 : 1;
      if (!existing) {
        const fresh: ConversationRow = { id: newId(), account_id: p, conversation_id: s.conversation_id, participant_ids: JSON.stringify(others.sort()), last_status_id: s.id, unread, updated_at: at };
        await trx.insertInto("account_conversations").values(fresh).onConflict((oc) => oc.columns(["account_id", "conversation_id"]).doNothing()).execute();
        return fresh;
      }
      if (existing.last_status_id > s.id) return existing;
      const merged = [...new Set([...parseJson<string[]>(existing.participant_ids, []), ...others])].sort();
      const update = { participant_ids: JSON.stringify(merged), last_status_id: s.id, unread: existing.last_status_id === s.id ? existing.unread : unread, updated_at: at };
      await trx.updateTable("account_conversations").set(update).where("id", "=", existing.id).execute();
      return { ...existing, ...update };
    });
    out.push(row);
  }
  return out;
}

/** A direct status was deleted: point each inbox row at the previous message of the thread, or drop it. */
export async function removeDirectStatus(ctx: Context, s: Pick<StatusRow, "id" | "conversation_id">): Promise<void> {
  const rows = await ctx.db.selectFrom("account_conversations").selectAll().where("conversation_id", "=", s.conversation_id).where("last_status_id", "=", s.id).execute();
  for (const row of rows) {
    const prev = await ctx.db
      .selectFrom("statuses")
      .select("statuses.id")
      .where("statuses.conversation_id", "=", s.conversation_id)
      .where("statuses.visibility", "=", "direct")
      .where("statuses.deleted_at", "is", null)
      .where("statuses.id", "<", s.id)
      .where((eb) => eb.or([
        eb("statuses.account_id", "=", row.account_id),
        eb("statuses.id", "in", eb.selectFrom("mentions").select("mentions.status_id").where("mentions.account_id", "=", row.account_id)),
      ]))
      .orderBy("statuses.id", "desc")
      .limit(1)
      .executeTakeFirst();
    if (prev) await ctx.db.updateTable("account_conversations").set({ last_status_id: prev.id }).where("id", "=", row.id).execute();
    else await ctx.db.deleteFrom("account_conversations").where("id", "=", row.id).execute();
  }
}

export async function conversationPage(ctx: Context, accountId: string, page: { maxId?: string; sinceId?: string; minId?: string; limit: number }): Promise<ConversationRow[]> {
  let q = ctx.db.selectFrom("account_conversations").selectAll().where("account_id", "=", accountId);
  if (page.maxId) q = q.where("last_status_id", "<", page.maxId);
  if (page.sinceId) q = q.where("last_status_id", ">", page.sinceId);
  if (page.minId) {
    const rows = await q.where("last_status_id", ">", page.minId).orderBy("last_status_id", "asc").limit(page.limit).execute();
    return rows.reverse();
  }
  return q.orderBy("last_status_id", "desc").limit(page.limit).execute();
}

export async function ownConversation(ctx: Context, accountId: string, id: string): Promise<ConversationRow> {
  const row = await ctx.db.selectFrom("account_conversations").selectAll().where("id", "=", id).where("account_id", "=", accountId).executeTakeFirst();
  if (!row) throw new NotFoundError();
  return row;
}

export async function markConversationRead(ctx: Context, row: ConversationRow): Promise<ConversationRow> {
  await ctx.db.updateTable("account_conversations").set({ unread: 0 }).where("id", "=", row.id).execute();
  return { ...row, unread: 0 };
}

export async function removeConversation(ctx: Context, row: ConversationRow): Promise<void> {
  await ctx.db.deleteFrom("account_conversations").where("id", "=", row.id).execute();
}
