// Mastodon Tag and FeaturedTag JSON.
import type { Config } from "../../../config.js";
import { tagUrl } from "./urls.js";

export interface TagHistoryDay {
  /** UNIX time of the day's midnight UTC */
  day: number;
  uses: number;
  accounts: number;
}

export interface TagView {
  /** "" for a tag nobody has used yet (Mastodon renders an unsaved tag the same way) */
  id: string;
  name: string;
  history: TagHistoryDay[];
  /** undefined for anonymous viewers: the keys are then left out */
  following?: boolean;
  featuring?: boolean;
}

export function renderTag(config: Config, t: TagView): Record<string, unknown> {
  return {
    id: t.id,
    name: t.name,
    url: tagUrl(config, t.name),
    history: t.history.map((h) => ({ day: String(h.day), uses: String(h.uses), accounts: String(h.accounts) })),
    ...(t.following !== undefined ? { following: t.following } : {}),
    ...(t.featuring !== undefined ? { featuring: t.featuring } : {}),
  };
}

export interface FeaturedTagView {
  id: string;
  name: string;
  /** the owner's profile URL; the tag page is under it */
  accountUrl: string;
  statusesCount: number;
  lastStatusAt: string | null;
}

export function renderFeaturedTag(t: FeaturedTagView): Record<string, unknown> {
  return {
    id: t.id,
    name: t.name,
    url: `${t.accountUrl}/tagged/${encodeURIComponent(t.name)}`,
    // Mastodon sends the count as a string and the date without time
    statuses_count: String(t.statusesCount),
    last_status_at: t.lastStatusAt ? t.lastStatusAt.slice(0, 10) : null,
  };
}
