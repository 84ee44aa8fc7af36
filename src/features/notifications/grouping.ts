// Grouped notifications (v2): a page holds up to `limit` groups, scanning notifications newest first;
// a group's counts and samples cover the whole group, its page_min_id/page_max_id the part in this page.
import type { Page } from "../../api/mastodon/paging.js";
import type { Context } from "../../context.js";
import { type NotificationParts, notificationParts, type NotificationRow } from "../../api/mastodon/entities/notification.js";
import type { PolicyState } from "./policy.js";
import { type NotificationFilter, notificationPage, notificationQuery } from "./queries.js";

export const GROUPABLE = ["favourite", "reblog", "follow"];
const SCAN_BATCH = 200;
const SCAN_MAX = 2000;
const SAMPLE = 8;

export interface Group {
  key: string;
  rows: NotificationRow[];
}

export function effectiveKey(row: NotificationRow, groupedTypes: string[]): string {
  return groupedTypes.includes(row.type) && !row.group_key.startsWith("ungrouped-") ? row.group_key : `ungrouped-${row.id}`;
}

/** The groups of one page, most recent first, and every notification the page covers. */
export async function groupPage(ctx: Context, me: string, policy: PolicyState, f: NotificationFilter, page: Page, groupedTypes: string[]): Promise<{ groups: Group[]; covered: NotificationRow[] }> {
  const groups = new Map<string, Group>();
  const covered: NotificationRow[] = [];
  const ascending = !!page.minId;
  let cursor: Page = { ...page, limit: SCAN_BATCH };
  let scanned = 0;
  scan: while (scanned < SCAN_MAX) {
    const rows = await notificationPage(ctx.db, me, policy, f, cursor);
    const ordered = ascending ? [...rows].reverse() : rows;
    for (const r of ordered) {
      const key = effectiveKey(r, groupedTypes);
      let g = groups.get(key);
      if (!g) {
        if (groups.size >= page.limit) break scan;
        groups.set(key, (g = { key, rows: [] }));
      }
      g.rows.push(r);
      covered.push(r);
    }
    scanned += rows.length;
    if (rows.length < SCAN_BATCH) break;
    const edge = ordered[ordered.length - 1].id;
    cursor = ascending ? { ...cursor, minId: edge } : { ...cursor, maxId: edge };
  }
  const list = [...groups.values()];
  for (const g of list) g.rows.sort((a, b) => (a.id < b.id ? 1 : -1));
  list.sort((a, b) => (a.rows[0].id < b.rows[0].id ? 1 : -1));
  covered.sort((a, b) => (a.id < b.id ? 1 : -1));
  return { groups: list, covered };
}

/** Whole-group counts and newest sample senders for grouped keys. */
async function groupStats(ctx: Context, me: string, policy: PolicyState, f: NotificationFilter, keys: string[]): Promise<Map<string, { count: number; latestId: string; samples: string[] }>> {
  const out = new Map<string, { count: number; latestId: string; samples: string[] }>();
  if (keys.length === 0) return out;
  const rows = await notificationQuery(ctx.db, me, policy, f)
    .clearSelect()
    .select(["notifications.group_key", "notifications.from_account_id", "notifications.id"])
    .where("notifications.group_key", "in", keys)
    .orderBy("notifications.id", "desc")
    .limit(5000)
    .execute();
  for (const r of rows) {
    let s = out.get(r.group_key);
    if (!s) out.set(r.group_key, (s = { count: 0, latestId: r.id, samples: [] }));
    s.count++;
    if (s.samples.length < SAMPLE && !s.samples.includes(r.from_account_id)) s.samples.push(r.from_account_id);
  }
  return out;
}

export interface GroupedResult {
  accounts: Record<string, unknown>[];
  statuses: Record<string, unknown>[];
  notification_groups: Record<string, unknown>[];
}

export async function renderGroups(ctx: Context, me: string, policy: PolicyState, f: NotificationFilter, groups: Group[]): Promise<GroupedResult> {
  const grouped = groups.filter((g) => !g.key.startsWith("ungrouped-")).map((g) => g.key);
  const stats = await groupStats(ctx, me, policy, f, grouped);
  const sampleIds = [...stats.values()].flatMap((s) => s.samples);
  const parts: NotificationParts = await notificationParts(ctx, groups.flatMap((g) => g.rows), me, sampleIds);
  const shown = new Set(parts.rows.map((r) => r.id));
  const accountIds = new Set<string>();
  const statusIds = new Set<string>();
  const out: Record<string, unknown>[] = [];
  for (const g of groups) {
    const rows = g.rows.filter((r) => shown.has(r.id));
    if (rows.length === 0) continue;
    const s = stats.get(g.key);
    const samples = (s?.samples ?? [...new Set(rows.map((r) => r.from_account_id))].slice(0, SAMPLE)).filter((id) => parts.accounts.has(id));
    for (const id of samples) accountIds.add(id);
    const newest = rows[0];
    if (newest.status_id) statusIds.add(newest.status_id);
    out.push({
      group_key: g.key,
      notifications_count: s?.count ?? rows.length,
      type: newest.type,
      most_recent_notification_id: s?.latestId ?? newest.id,
      page_min_id: rows[rows.length - 1].id,
      page_max_id: newest.id,
      latest_page_notification_at: newest.created_at,
      sample_account_ids: samples,
      ...(newest.status_id ? { status_id: newest.status_id } : {}),
      ...parts.payloads.get(newest.id),
    });
  }
  return {
    accounts: [...accountIds].map((id) => parts.accounts.get(id)!),
    statuses: [...statusIds].map((id) => parts.statuses.get(id)!).filter(Boolean),
    notification_groups: out,
  };
}
