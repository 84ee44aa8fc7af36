// A list of posts with infinite scroll (max_id paging) and live updates that wait behind a
// "new posts" button, so the list never jumps under the reader.
import { type InfiniteData, type QueryKey, useInfiniteQuery, useQueryClient } from "@tanstack/react-query";
import type { mastodon } from "masto";
import { useEffect, useRef, useState, useSyncExternalStore } from "react";
import { fetchStatuses, forgetStatus, isDeleted, rememberStatus } from "../api/status-store";
import { type StreamSpec, useStream } from "../api/streaming";
import { type MessageKey, useI18n } from "../i18n";
import { StatusCard } from "./status/StatusCard";

export type Page = mastodon.v1.Status[];
export const PAGE_SIZE = 20;

/** Compare two status ids: numeric strings, so a longer id is newer; equal lengths compare as text. */
export function compareIds(a: string, b: string): number {
  return a.length - b.length || (a < b ? -1 : a > b ? 1 : 0);
}

/**
 * Posts put at the top of a timeline here rather than by the server: the reader's own new posts, and
 * live posts shown with the "new posts" button. They are kept beside the fetched pages, not written into
 * them, because a page fetched before the post was made (in flight when it was posted, a refetch racing
 * the fan-out, a "load more" that rebuilds the pages from the copy it started with) would drop them, and
 * a timeline still loading or that failed to load has no page to put them in. Each one is forgotten once
 * a fetched page has it. Observable, so the list re-renders when one is added.
 */
const addedHere = new Map<string, { status: mastodon.v1.Status; own: boolean }[]>();
const addedListeners = new Set<() => void>();
let addedVersion = 0;
const subscribeAdded = (l: () => void) => {
  addedListeners.add(l);
  return () => addedListeners.delete(l);
};
const getAddedVersion = () => addedVersion;
const added = (key: QueryKey) => addedHere.get(JSON.stringify(key)) ?? [];

function setAdded(key: QueryKey, list: { status: mastodon.v1.Status; own: boolean }[]): void {
  addedHere.set(JSON.stringify(key), list);
  addedVersion++;
  for (const l of addedListeners) l();
}

export function prependStatus(qc: ReturnType<typeof useQueryClient>, key: QueryKey, statuses: Page, own = false): void {
  const ids = new Set(statuses.map((s) => s.id));
  setAdded(key, [...statuses.map((status) => ({ status, own })), ...added(key).filter((x) => !ids.has(x.status.id))].slice(0, 40));
  // the server just answered: a timeline that failed to load gets another try
  if (own && qc.getQueryState(key)?.status === "error") void qc.refetchQueries({ queryKey: key, exact: true });
}

/**
 * The list to show: the loaded pages with the posts added here that the pages lack, in id order. One
 * older than everything loaded waits for "load more" (while there is more to load).
 */
export function withAddedPosts(loaded: Page, extra: Page, moreToLoad: boolean): Page {
  const seen = new Set<string>();
  const items = loaded.filter((s) => !seen.has(s.id) && seen.add(s.id));
  const oldest = items.at(-1)?.id;
  for (const s of extra) {
    if (seen.has(s.id) || isDeleted(s.id)) continue;
    if (moreToLoad && oldest && compareIds(s.id, oldest) < 0) continue;
    seen.add(s.id);
    const at = items.findIndex((x) => compareIds(x.id, s.id) < 0);
    items.splice(at < 0 ? items.length : at, 0, s);
  }
  return items;
}

export function Timeline(props: {
  queryKey: QueryKey;
  fetchPage: (maxId: string | undefined) => PromiseLike<Page>;
  /** Posts newer than an id (min_id), for catching up after the stream (re)connects. */
  fetchNewer?: (minId: string) => PromiseLike<Page>;
  stream?: StreamSpec | null;
  empty: MessageKey;
  label: string;
}) {
  const { t } = useI18n();
  const qc = useQueryClient();
  const [pending, setPending] = useState<Page>([]);
  const sentinel = useRef<HTMLDivElement>(null);
  const q = useInfiniteQuery({
    queryKey: props.queryKey,
    queryFn: ({ pageParam }) => fetchStatuses(() => props.fetchPage(pageParam), (page) => page),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last: Page) => (last.length > 0 ? last[last.length - 1].id : undefined),
  });

  const [live, setLive] = useState(false);
  const addPending = (statuses: Page) => setPending((p) => [...statuses, ...p.filter((x) => !statuses.some((s) => s.id === x.id))]);

  // posts that arrived while the stream was (re)connecting: fetch everything newer than the newest the
  // server or the stream has sent (not the reader's own new post: someone else may have posted just
  // before it). While the first page is still loading (its request may have left before the stream was
  // live) there is nothing to compare with: catch up once it is in.
  const catchUpAfterLoad = useRef(false);
  const catchUp = async () => {
    const data = qc.getQueryData<InfiniteData<Page, string | undefined>>(props.queryKey);
    if (!data) {
      catchUpAfterLoad.current = true;
      setLive(true);
      return;
    }
    // the newest the server sent, or a live post received since (the stream was connected then)
    const liveIds = [...added(props.queryKey).filter((x) => !x.own).map((x) => x.status.id), ...pending.map((s) => s.id)];
    const newest = [data.pages[0]?.[0]?.id, ...liveIds].filter((id): id is string => !!id).sort(compareIds).at(-1);
    try {
      const { fetchNewer, fetchPage } = props;
      const newer = newest && fetchNewer ? await fetchStatuses(() => fetchNewer(newest), (page) => page) : !newest ? await fetchStatuses(() => fetchPage(undefined), (page) => page) : [];
      if (newer.length) addPending(newer);
    } catch {
      // the next stream event or a reload brings them
    }
    setLive(true);
  };
  useEffect(() => {
    if (q.isSuccess && catchUpAfterLoad.current) {
      catchUpAfterLoad.current = false;
      void catchUp();
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [q.isSuccess, q.dataUpdatedAt]);

  useStream(
    props.stream ?? null,
    (e) => {
      if (e.event === "update") addPending([e.payload]);
      else if (e.event === "status.update") rememberStatus(e.payload);
      else if (e.event === "delete") {
        forgetStatus(e.payload);
        setPending((p) => p.filter((x) => x.id !== e.payload));
      }
    },
    () => void catchUp(),
  );

  const { hasNextPage, isFetchingNextPage, fetchNextPage } = q;
  useEffect(() => {
    const el = sentinel.current;
    if (!el || !hasNextPage) return;
    const io = new IntersectionObserver((entries) => {
      if (entries.some((en) => en.isIntersecting) && !isFetchingNextPage) void fetchNextPage();
    }, { rootMargin: "600px" });
    io.observe(el);
    return () => io.disconnect();
  }, [hasNextPage, isFetchingNextPage, fetchNextPage]);

  const showPending = () => {
    prependStatus(qc, props.queryKey, pending);
    setPending([]);
    window.scrollTo({ top: 0 });
  };

  useSyncExternalStore(subscribeAdded, getAddedVersion);
  const loaded = (q.data?.pages ?? []).flat();
  // a fetched page that has a post added here takes over: a later refetch may then drop it (an unfollow)
  useEffect(() => {
    const fetched = new Set((q.data?.pages ?? []).flat().map((s) => s.id));
    const mine = added(props.queryKey);
    if (mine.some((x) => fetched.has(x.status.id))) setAdded(props.queryKey, mine.filter((x) => !fetched.has(x.status.id)));
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [q.data]);
  const items = withAddedPosts(loaded, added(props.queryKey).map((x) => x.status), !!hasNextPage);
  const known = new Set(items.map((s) => s.id));
  const fresh = pending.filter((s) => !known.has(s.id));

  return (
    <section aria-label={props.label} data-live={props.stream ? live : undefined}>
      {fresh.length > 0 && (
        <button type="button" className="new-posts" onClick={showPending}>
          {t(fresh.length === 1 ? "timeline.newPost" : "timeline.newPosts", { count: fresh.length })}
        </button>
      )}
      {q.isPending && <p className="loading" role="status">{t("common.loading")}</p>}
      {q.isError && (
        <p className="error" role="alert">
          {t("common.loadFailed")}{" "}
          <button type="button" className="button small secondary" onClick={() => void q.refetch()}>
            {t("common.retry")}
          </button>
        </p>
      )}
      {q.isSuccess && items.length === 0 && <p className="empty">{t(props.empty)}</p>}
      <div role="feed" aria-busy={q.isFetching} className="feed">
        {items.map((s) => (
          <StatusCard key={s.id} status={s} />
        ))}
      </div>
      <div ref={sentinel} />
      {hasNextPage && items.length > 0 && (
        <button type="button" className="button secondary load-more" disabled={isFetchingNextPage} onClick={() => void fetchNextPage()}>
          {isFetchingNextPage ? t("common.loading") : t("timeline.loadMore")}
        </button>
      )}
    </section>
  );
}
