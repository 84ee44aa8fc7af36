// Mastodon Notification JSON (v1) and the accounts/statuses a page of notifications refers to (also
// used by grouped v2 notifications). A notification whose status the recipient can no longer see, or
// whose account is gone, is left out. Warnings and reports ride along as `moderation_warning`/`report`.
import type { Context } from "../../../context.js";
import type { NotificationsTable } from "../../../db/types.js";
import { notificationPayloads } from "../../../features/safety/notification-payloads.js";
import { visibleInOrder } from "../../../features/timelines/viewer-filter.js";
import { renderAccounts } from "./account.js";
import { renderStatuses } from "./status.js";

type Json = Record<string, unknown>;
export type NotificationRow = NotificationsTable;

export interface NotificationParts {
  accounts: Map<string, Json>;
  statuses: Map<string, Json>;
  /** rows that can be shown: account present, status (if any) visible */
  rows: NotificationRow[];
  /** per notification id: `moderation_warning` or `report` */
  payloads: Map<string, Json>;
}

export async function notificationParts(ctx: Context, rows: NotificationRow[], viewerId: string, extraAccountIds: string[] = []): Promise<NotificationParts> {
  const accountIds = [...new Set([...rows.map((r) => r.from_account_id), ...extraAccountIds])];
  const accountRows = accountIds.length ? await ctx.db.selectFrom("accounts").selectAll().where("id", "in", accountIds).where("suspended_at", "is", null).execute() : [];
  const accounts = await renderAccounts(ctx, accountRows);
  const statusIds = [...new Set(rows.map((r) => r.status_id).filter((x): x is string => !!x))];
  const statusRows = await visibleInOrder(ctx.db, viewerId, statusIds);
  const rendered = await renderStatuses(ctx, statusRows, viewerId, "notifications");
  const statuses = new Map(rendered.map((s) => [s.id as string, s]));
  const shown = rows.filter((r) => accounts.has(r.from_account_id) && (!r.status_id || statuses.has(r.status_id)));
  return { accounts, statuses, rows: shown, payloads: await notificationPayloads(ctx, shown) };
}

export function notificationJson(r: NotificationRow, parts: NotificationParts): Json {
  const json: Json = {
    id: r.id,
    type: r.type,
    created_at: r.created_at,
    group_key: r.group_key,
    account: parts.accounts.get(r.from_account_id),
  };
  if (r.status_id) json.status = parts.statuses.get(r.status_id) ?? null;
  return { ...json, ...parts.payloads.get(r.id) };
}

export async function renderNotifications(ctx: Context, rows: NotificationRow[], viewerId: string): Promise<Json[]> {
  if (rows.length === 0) return [];
  const parts = await notificationParts(ctx, rows, viewerId);
  return parts.rows.map((r) => notificationJson(r, parts));
}
