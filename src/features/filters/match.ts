// Applying a user's filters to statuses, with Mastodon's semantics: keywords match case-insensitively;
// whole-word keywords only match at word boundaries (Unicode-aware, so Vietnamese words work too);
// the result is the `filtered` array of the Status entity.
import type { Context } from "../../context.js";
import { nowIso } from "../../core/clock.js";
import { filterContexts, renderFilter } from "../../api/mastodon/entities/filter.js";
import { filtersOf, type FilterContext, type LoadedFilter } from "./queries.js";

export interface ActiveFilter {
  filter: LoadedFilter;
  contexts: Set<string>;
  keywords: { keyword: string; regex: RegExp }[];
  statusIds: Set<string>;
  rendered: Record<string, unknown>;
}

export interface FilterResult {
  filter: Record<string, unknown>;
  keyword_matches: string[] | null;
  status_matches: string[] | null;
}

const WORD = /[\p{L}\p{N}_]/u;

function escapeRegex(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
}

/** A literal pattern with optional lookaround boundaries: linear time, no backtracking blow-up. */
export function keywordRegex(keyword: string, wholeWord: boolean): RegExp {
  let source = escapeRegex(keyword);
  if (wholeWord) {
    // like Mastodon, a boundary is only required on a side where the keyword itself has a word character
    if (WORD.test(keyword[0] ?? "")) source = `(?<![\\p{L}\\p{N}_])${source}`;
    if (WORD.test(keyword.slice(-1))) source = `${source}(?![\\p{L}\\p{N}_])`;
  }
  return new RegExp(source, "iu");
}

export function compileFilters(filters: LoadedFilter[]): ActiveFilter[] {
  return filters.map((f) => ({
    filter: f,
    contexts: new Set(filterContexts(f.row)),
    keywords: f.keywords.filter((k) => k.keyword !== "").map((k) => ({ keyword: k.keyword, regex: keywordRegex(k.keyword, k.whole_word === 1) })),
    statusIds: new Set(f.statuses.map((s) => s.status_id)),
    rendered: renderFilter(f),
  }));
}

/** The account's unexpired filters, compiled for matching. */
export async function loadActiveFilters(ctx: Context, accountId: string): Promise<ActiveFilter[]> {
  return compileFilters(await filtersOf(ctx.db, accountId, nowIso(ctx.clock)));
}

/**
 * Which filters match a status in a context. `statusText` is the plain text (spoiler included);
 * `statusId` enables per-status filters.
 */
export function matchFilters(filters: ActiveFilter[], statusText: string, context: FilterContext | string, statusId?: string): FilterResult[] {
  const out: FilterResult[] = [];
  for (const f of filters) {
    if (!f.contexts.has(context)) continue;
    const keywordMatches: string[] = [];
    for (const k of f.keywords) {
      const m = k.regex.exec(statusText);
      if (m) keywordMatches.push(m[0]);
    }
    const statusMatches = statusId && f.statusIds.has(statusId) ? [statusId] : [];
    if (keywordMatches.length === 0 && statusMatches.length === 0) continue;
    out.push({ filter: f.rendered, keyword_matches: keywordMatches.length ? keywordMatches : null, status_matches: statusMatches.length ? statusMatches : null });
  }
  return out;
}

/** A status with a matching "hide" filter is left out of timelines altogether. */
export function isHiddenByFilters(results: FilterResult[]): boolean {
  return results.some((r) => r.filter.filter_action === "hide");
}

/** The hook the status renderer calls: `filtered` for every status of a page, by id. */
export async function applyFiltersForViewer(
  ctx: Context,
  viewerId: string,
  statuses: { id: string; text: string; spoiler: string }[],
  context: string,
): Promise<Map<string, FilterResult[]>> {
  const out = new Map<string, FilterResult[]>();
  const filters = await loadActiveFilters(ctx, viewerId);
  if (filters.length === 0) return out;
  for (const s of statuses) {
    const results = matchFilters(filters, s.spoiler ? `${s.spoiler}\n\n${s.text}` : s.text, context, s.id);
    if (results.length) out.set(s.id, results);
  }
  return out;
}
