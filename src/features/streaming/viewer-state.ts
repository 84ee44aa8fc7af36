// What a streaming connection needs to know about its viewer to drop or mark events: accounts they
// block, are blocked by, or mute, and their active filters. Reloaded when older than a few seconds,
// and at once when the viewer's filters change.
import type { Context } from "../../context.js";
import { type ActiveFilter, loadActiveFilters, matchFilters } from "../filters/match.js";

const TTL_MS = 5_000;

export interface ViewerState {
  hidden: Set<string>;
  filters: ActiveFilter[];
  loadedAt: number;
}

export async function loadViewerState(ctx: Context, accountId: string): Promise<ViewerState> {
  const now = new Date().toISOString();
  const [blocks, blockedBy, mutes, filters] = await Promise.all([
    ctx.db.selectFrom("blocks").select("target_account_id as id").where("account_id", "=", accountId).execute(),
    ctx.db.selectFrom("blocks").select("account_id as id").where("target_account_id", "=", accountId).execute(),
    ctx.db.selectFrom("mutes").select("target_account_id as id").where("account_id", "=", accountId)
      .where((eb) => eb.or([eb("expires_at", "is", null), eb("expires_at", ">", now)])).execute(),
    loadActiveFilters(ctx, accountId).catch(() => [] as ActiveFilter[]),
  ]);
  return { hidden: new Set([...blocks, ...blockedBy, ...mutes].map((r) => r.id)), filters, loadedAt: Date.now() };
}

export function isStale(state: ViewerState): boolean {
  return Date.now() - state.loadedAt > TTL_MS;
}

function plainText(html: unknown): string {
  return typeof html === "string" ? html.replace(/<br\s*\/?>|<\/p>/gi, "\n").replace(/<[^>]*>/g, "").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, "&") : "";
}

/**
 * Apply the viewer's filters to a status payload for a filter context: null when a "hide" filter
 * matches (drop the event), else the payload with `filtered` set (unchanged when nothing matches).
 */
export function applyViewerFilters(state: ViewerState, payload: string, context: string): string | null {
  if (state.filters.length === 0) return payload;
  let json: Record<string, unknown>;
  try {
    json = JSON.parse(payload);
  } catch {
    return payload;
  }
  const target = (json.reblog as Record<string, unknown> | null) ?? json;
  const spoiler = typeof target.spoiler_text === "string" ? target.spoiler_text : "";
  const text = plainText(target.content);
  const results = matchFilters(state.filters, spoiler ? `${spoiler}\n\n${text}` : text, context, target.id as string);
  if (results.length === 0) return payload;
  if (results.some((r) => (r.filter as { filter_action?: string }).filter_action === "hide")) return null;
  json.filtered = results;
  return JSON.stringify(json);
}
