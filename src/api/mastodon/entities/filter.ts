// Filter (v2), FilterKeyword, FilterStatus, FilterResult and the v1 Filter, as Mastodon renders them.
import { parseJson } from "../../../core/json.js";
import type { FilterKeywordsTable, FiltersTable, FilterStatusesTable } from "../../../db/types.js";
import type { LoadedFilter } from "../../../features/filters/queries.js";

export function renderFilterKeyword(k: FilterKeywordsTable): Record<string, unknown> {
  return { id: k.id, keyword: k.keyword, whole_word: k.whole_word === 1 };
}

export function renderFilterStatus(s: FilterStatusesTable): Record<string, unknown> {
  return { id: s.id, status_id: s.status_id };
}

export function filterContexts(row: FiltersTable): string[] {
  return parseJson<string[]>(row.context, []);
}

export function renderFilter(f: LoadedFilter): Record<string, unknown> {
  return {
    id: f.row.id,
    title: f.row.title,
    context: filterContexts(f.row),
    expires_at: f.row.expires_at,
    filter_action: f.row.action,
    keywords: f.keywords.map(renderFilterKeyword),
    statuses: f.statuses.map(renderFilterStatus),
  };
}

/** v1 filters are single keywords: the id is the keyword's id, `irreversible` means action "hide". */
export function renderV1Filter(row: FiltersTable, k: FilterKeywordsTable): Record<string, unknown> {
  return {
    id: k.id,
    phrase: k.keyword,
    context: filterContexts(row),
    whole_word: k.whole_word === 1,
    expires_at: row.expires_at,
    irreversible: row.action === "hide",
  };
}
