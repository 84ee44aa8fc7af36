// Mastodon Conversation JSON ({id, unread, accounts, last_status}), rendered in batches for one viewer.
import type { Context } from "../../../context.js";
import { parseJson } from "../../../core/json.js";
import type { AccountConversationsTable } from "../../../db/types.js";
import { visibleInOrder } from "../../../features/timelines/viewer-filter.js";
import { renderAccounts } from "./account.js";
import { renderStatuses } from "./status.js";

type Json = Record<string, unknown>;

export async function renderConversations(ctx: Context, rows: AccountConversationsTable[], viewerId: string): Promise<Json[]> {
  if (rows.length === 0) return [];
  const participants = new Map(rows.map((r) => [r.id, parseJson<string[]>(r.participant_ids, [])]));
  const accountIds = new Set<string>([viewerId]);
  for (const list of participants.values()) for (const id of list) accountIds.add(id);
  const accountRows = await ctx.db.selectFrom("accounts").selectAll().where("id", "in", [...accountIds]).where("suspended_at", "is", null).execute();
  const accounts = await renderAccounts(ctx, accountRows);
  const statusRows = await visibleInOrder(ctx.db, viewerId, rows.map((r) => r.last_status_id));
  const rendered = await renderStatuses(ctx, statusRows, viewerId, "thread");
  const statuses = new Map(rendered.map((s) => [s.id as string, s]));
  return rows.map((r) => {
    const others = (participants.get(r.id) ?? []).map((id) => accounts.get(id)).filter((a): a is Json => !!a);
    return {
      id: r.id,
      unread: r.unread === 1,
      accounts: others.length > 0 ? others : [accounts.get(viewerId)].filter(Boolean),
      last_status: statuses.get(r.last_status_id) ?? null,
    };
  });
}

export async function renderConversation(ctx: Context, row: AccountConversationsTable, viewerId: string): Promise<Json> {
  return (await renderConversations(ctx, [row], viewerId))[0];
}
