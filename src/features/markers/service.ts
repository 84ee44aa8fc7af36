// Read positions (Mastodon markers) for the home timeline and notifications; each save bumps `version`.
import type { Context } from "../../context.js";
import type { Executor, MarkersTable } from "../../db/types.js";

export const MARKER_TIMELINES = ["home", "notifications"] as const;
export type MarkerTimeline = (typeof MARKER_TIMELINES)[number];

export async function markerOf(db: Executor, accountId: string, timeline: MarkerTimeline): Promise<MarkersTable | undefined> {
  return db.selectFrom("markers").selectAll().where("account_id", "=", accountId).where("timeline", "=", timeline).executeTakeFirst();
}

export async function getMarkers(ctx: Context, accountId: string, timelines: MarkerTimeline[]): Promise<MarkersTable[]> {
  if (timelines.length === 0) return [];
  return ctx.db.selectFrom("markers").selectAll().where("account_id", "=", accountId).where("timeline", "in", timelines).execute();
}

export async function saveMarkers(ctx: Context, accountId: string, positions: Partial<Record<MarkerTimeline, string>>): Promise<MarkersTable[]> {
  const at = ctx.clock.now().toISOString();
  const out: MarkersTable[] = [];
  for (const timeline of MARKER_TIMELINES) {
    const lastReadId = positions[timeline];
    if (!lastReadId) continue;
    await ctx.db
      .insertInto("markers")
      .values({ account_id: accountId, timeline, last_read_id: lastReadId, version: 1, updated_at: at })
      .onConflict((oc) => oc.columns(["account_id", "timeline"]).doUpdateSet((eb) => ({ last_read_id: lastReadId, version: eb("markers.version", "+", 1), updated_at: at })))
      .execute();
    const row = await markerOf(ctx.db, accountId, timeline);
    if (row) out.push(row);
  }
  return out;
}

export function renderMarkers(rows: MarkersTable[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const r of rows) out[r.timeline] = { last_read_id: r.last_read_id, version: Number(r.version), updated_at: r.updated_at };
  return out;
}
