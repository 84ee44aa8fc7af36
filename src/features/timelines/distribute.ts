// Durable job handlers that fan a status out (status.distribute), take it back (status.undistribute)
// and announce edits (status.updated). Idempotent: sorted-set adds and removals can be repeated, and a
// repeated streaming event is harmless to clients.
import type { Context } from "../../context.js";
import { timeSlicer } from "../../jobs/yield.js";
import { renderConversation } from "../../api/mastodon/entities/conversation.js";
import { recordDirectStatus, removeDirectStatus } from "../conversations/service.js";
import { installNotificationDeliverer } from "../notifications/deliver.js";
import { notifySubscribers } from "../safety/status-notifications.js";
import { type StatusRow, statusById, statusesByIds } from "../statuses/queries.js";
import { hasListeners, hasSharedListeners } from "../streaming/presence.js";
import { publishStream, publishToMany } from "../streaming/publish.js";
import { renderForViewers } from "../streaming/render.js";
import { type Audience, type AuthorInfo, audienceOf, authorInfo, mentionedIds } from "./audience.js";
import { publicTargets } from "./broadcast.js";
import { HOME_PREFIX, homeKey, LIST_PREFIX, listKey, removeFromTimelines, TIMELINE_CAP } from "./store.js";

/**
 * Fan out a batch of new statuses (the durable `status.distribute` jobs of one worker round): rows read
 * at once, every timeline touched once per batch with all its new ids, and the streaming payload of each
 * status rendered once and shared by all its viewers. Streaming work is skipped for streams nobody
 * listens to (in embedded mode the process knows exactly who is connected).
 */
export async function distributeStatuses(ctx: Context, statusIds: readonly string[]): Promise<void> {
  const rows = await statusesByIds(ctx.db, statusIds);
  const originalIds = [...rows.values()].map((r) => r.reblog_of_id).filter((x): x is string => !!x);
  const originals = originalIds.length ? await statusesByIds(ctx.db, originalIds) : new Map<string, StatusRow>();
  const slice = timeSlicer();
  const planned: { s: StatusRow; original: StatusRow | undefined; audience: Audience; author: AuthorInfo | undefined }[] = [];
  // oldest first: each timeline then gets its new ids in order, so every add is an append
  for (const id of [...new Set(statusIds)].sort()) {
    const s = rows.get(id);
    if (!s || s.moderation_state !== "published") continue;
    const original = s.reblog_of_id ? originals.get(s.reblog_of_id) : undefined;
    if (s.reblog_of_id && !original) continue; // boost of something already gone
    // SQLite answers synchronously: without a macrotask break a batch would hold the event loop throughout
    await slice();
    const author = await authorInfo(ctx, s.account_id);
    const audience = await audienceOf(ctx, s, original, { author });
    planned.push({ s, original, audience, author });
  }
  for (const p of planned) {
    // in process these return nothing to wait for: the whole batch lands in one synchronous pass
    const homes = ctx.kv.zaddToMany(HOME_PREFIX, p.audience.homes, p.s.id, TIMELINE_CAP);
    if (homes) await homes;
    const lists = p.audience.lists.length ? ctx.kv.zaddToMany(LIST_PREFIX, p.audience.lists.map((l) => l.id), p.s.id, TIMELINE_CAP) : undefined;
    if (lists) await lists;
  }
  for (const p of planned) {
    await slice();
    await announceNew(ctx, p.s, p.original, p.audience, p.author);
  }
}

/** Streaming events, bell notifications and direct conversations for one new status. */
async function announceNew(ctx: Context, s: StatusRow, original: StatusRow | undefined, audience: Audience, author: AuthorInfo | undefined): Promise<void> {
  const users = audience.live.filter((v) => hasListeners(ctx, `user:${v}`));
  const lists = audience.lists.filter((l) => hasListeners(ctx, `list:${l.id}`));
  const shared = hasSharedListeners(ctx) ? await publicTargets(ctx.db, s, author) : [];
  if (users.length || lists.length || shared.length) {
    const payloads = await renderForViewers(ctx, s);
    const from = { fromAccountId: s.account_id, ...(original ? { involvedAccountIds: [original.account_id] } : {}) };
    const sharedMessage = JSON.stringify({ event: "update", payload: payloads.shared, stream: ["user"], ...from });
    const sharedUsers: string[] = [];
    for (const v of users) {
      const payload = payloads.forViewer(v);
      if (payload === payloads.shared) sharedUsers.push(`user:${v}`);
      else await publishStream(ctx, `user:${v}`, { event: "update", payload, stream: ["user"], ...from });
    }
    await publishToMany(ctx, sharedUsers, sharedMessage);
    for (const l of lists) await publishStream(ctx, `list:${l.id}`, { event: "update", payload: payloads.forViewer(l.ownerId), stream: ["list", l.id], ...from });
    for (const t of shared) await publishStream(ctx, t.key, { event: "update", payload: payloads.anonymous, stream: t.stream, ...from });
  }
  if (audience.notify !== false) await notifySubscribers(ctx, s);

  if (s.visibility === "direct") {
    const rows = await recordDirectStatus(ctx, s, audience.directRecipients);
    for (const row of rows) {
      if (!hasListeners(ctx, `direct:${row.account_id}`)) continue;
      const payload = JSON.stringify(await renderConversation(ctx, row, row.account_id));
      await publishStream(ctx, `direct:${row.account_id}`, { event: "conversation", payload, stream: ["direct"], fromAccountId: s.account_id });
    }
  }
}

export async function distributeStatus(ctx: Context, statusId: string): Promise<void> {
  await distributeStatuses(ctx, [statusId]);
}

export interface UndistributePayload {
  statusId: string;
  accountId: string;
  reblogIds?: string[];
}

async function deletedRow(ctx: Context, id: string): Promise<StatusRow | undefined> {
  return ctx.db.selectFrom("statuses").selectAll().where("id", "=", id).executeTakeFirst();
}

export async function undistributeStatus(ctx: Context, p: UndistributePayload): Promise<void> {
  const s = await deletedRow(ctx, p.statusId);
  const reblogIds = p.reblogIds ?? [];
  const targets: { row: StatusRow; homes: string[]; lists: string[] }[] = [];
  for (const row of [s, ...(await Promise.all(reblogIds.map((id) => deletedRow(ctx, id))))]) {
    if (!row) continue;
    // the audience as it would be now, plus everyone mentioned: they may have had it pushed
    const a = await audienceOf(ctx, { ...row, deleted_at: null }, undefined);
    const homes = [...new Set([...a.live, ...(await mentionedIds(ctx.db, row.id))])];
    targets.push({ row, homes, lists: a.lists.map((l) => l.id) });
  }
  for (const t of targets) {
    await removeFromTimelines(ctx.kv, t.homes.map(homeKey), [t.row.id]);
    await removeFromTimelines(ctx.kv, t.lists.map(listKey), [t.row.id]);
    const msg = { event: "delete", payload: t.row.id, fromAccountId: t.row.account_id };
    for (const v of t.homes) await publishStream(ctx, `user:${v}`, { ...msg, stream: ["user"] });
    for (const l of t.lists) await publishStream(ctx, `list:${l}`, { ...msg, stream: ["list", l] });
    for (const target of await publicTargets(ctx.db, t.row)) await publishStream(ctx, target.key, { ...msg, stream: target.stream });
  }
  if (s && s.visibility === "direct") await removeDirectStatus(ctx, s);
}

/**
 * An edited status: `status.update` rendered for each viewer to the author's and followers' user
 * streams, the lists and the public/hashtag streams that had it. (`sharedOnly` skips the user streams
 * for callers that publish those themselves.)
 */
export async function announceUpdate(ctx: Context, statusId: string, opts: { sharedOnly?: boolean } = {}): Promise<void> {
  const s = await statusById(ctx.db, statusId);
  if (!s || s.moderation_state !== "published") return;
  const audience = await audienceOf(ctx, s, undefined);
  const users = opts.sharedOnly ? [] : audience.live.filter((v) => hasListeners(ctx, `user:${v}`));
  const lists = audience.lists.filter((l) => hasListeners(ctx, `list:${l.id}`));
  const shared = hasSharedListeners(ctx) ? await publicTargets(ctx.db, s) : [];
  if (users.length === 0 && lists.length === 0 && shared.length === 0) return;
  const payloads = await renderForViewers(ctx, s);
  const base = { event: "status.update", fromAccountId: s.account_id };
  for (const v of users) await publishStream(ctx, `user:${v}`, { ...base, payload: payloads.forViewer(v), stream: ["user"] });
  for (const l of lists) await publishStream(ctx, `list:${l.id}`, { ...base, payload: payloads.forViewer(l.ownerId), stream: ["list", l.id] });
  for (const t of shared) await publishStream(ctx, t.key, { ...base, payload: payloads.anonymous, stream: t.stream });
}

/** Job handlers, one per kind, for src/jobs/handlers.ts. */
export function timelineJobs(ctx: Context) {
  installNotificationDeliverer();
  return {
    distribute: (p: { statusId: string }) => distributeStatus(ctx, p.statusId),
    distributeMany: (ps: { statusId: string }[]) => distributeStatuses(ctx, ps.map((p) => p.statusId)),
    undistribute: (p: UndistributePayload) => undistributeStatus(ctx, p),
  };
}
