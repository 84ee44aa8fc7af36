// Newest known copy of each status, by id. A favourite or edit in one view updates every list that
// shows the status without walking every cached query. Fetched lists are written here too, stamped
// with the moment the request *started*: a copy learned after that (say, from a boost that finished
// while the list was loading) is newer and is kept.
import type { mastodon } from "masto";
import { useSyncExternalStore } from "react";

const latest = new Map<string, { status: mastodon.v1.Status; tick: number }>();
const deleted = new Set<string>();
const listeners = new Set<() => void>();
let tick = 0;
let version = 0;

function changed() {
  version++;
  for (const l of listeners) l();
}

function put(s: mastodon.v1.Status, at: number) {
  const cur = latest.get(s.id);
  if (!cur || cur.tick < at) latest.set(s.id, { status: s, tick: at });
  if (s.reblog) put(s.reblog, at);
}

/** The result of an action on a status (favourite, edit, vote…): the newest copy there is. */
export function rememberStatus(s: mastodon.v1.Status): void {
  put(s, ++tick);
  changed();
}

/** Fetch statuses and record them as of the moment the request started. */
export async function fetchStatuses<T>(load: () => PromiseLike<T>, pick: (result: T) => (mastodon.v1.Status | null | undefined)[]): Promise<T> {
  const startedAt = ++tick;
  const result = await load();
  for (const s of pick(result)) if (s) put(s, startedAt);
  changed();
  return result;
}

export function forgetStatus(id: string): void {
  deleted.add(id);
  changed();
}

export function isDeleted(id: string): boolean {
  return deleted.has(id);
}

function subscribe(l: () => void) {
  listeners.add(l);
  return () => listeners.delete(l);
}

/** The freshest copy of `s` (and of its reblogged original), or null once deleted. */
export function useLatestStatus(s: mastodon.v1.Status): mastodon.v1.Status | null {
  useSyncExternalStore(subscribe, () => version);
  if (deleted.has(s.id) || (s.reblog && deleted.has(s.reblog.id))) return null;
  const own = latest.get(s.id)?.status ?? s;
  if (own.reblog) {
    const original = latest.get(own.reblog.id)?.status;
    if (original && original !== own.reblog) return { ...own, reblog: original };
  }
  return own;
}
