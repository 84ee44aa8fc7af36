// A list of posts with infinite scroll (max_id paging) and live updates that wait behind a
// "new posts" button, so the list never jumps under the reader.
import { type InfiniteData, type QueryKey, useInfiniteQuery, useQueryClient } from "@tanstack/react-query";
import type { mastodon } from "masto";
import { useEffect, useRef, useState } from "react";
import { fetchStatuses, forgetStatus, isDeleted, rememberStatus } from "../api/status-store";
import { type StreamSpec, useStream } from "../api/streaming";
import { type MessageKey, useI18n } from "../i18n";
import { StatusCard } from "./status/StatusCard";

export type Page = mastodon.v1.Status[];
export const PAGE_SIZE = 20;

/**
 * The reader's own new posts per timeline, kept until the server's pages include them: a page fetched
 * before the post was made (still in flight when it was posted, or a refetch racing the fan-out) would
 * otherwise drop it from view.
 */
const ownRecent = new Map<string, Page>();

export function prependStatus(qc: ReturnType<typeof useQueryClient>, key: QueryKey, statuses: Page, own = false): void {
  if (own) {
    const k = JSON.stringify(key);
    ownRecent.set(k, [...statuses, ...(ownRecent.get(k) ?? [])].slice(0, 20));
  }
  qc.setQueryData<InfiniteData<Page, string | undefined>>(key, (data) => {
    if (!data) return data;
    const ids = new Set(statuses.map((s) => s.id));
    const first = [...statuses, ...(data.pages[0] ?? []).filter((s) => !ids.has(s.id))];
    return { ...data, pages: [first, ...data.pages.slice(1)] };
  });
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

  // posts that arrived while the stream was (re)connecting: fetch everything newer than the newest shown
  const catchUp = async () => {
    const data = qc.getQueryData<InfiniteData<Page, string | undefined>>(props.queryKey);
    const newest = data?.pages[0]?.[0]?.id;
    if (newest && props.fetchNewer) {
      try {
        const fetchNewer = props.fetchNewer;
        const newer = await fetchStatuses(() => fetchNewer(newest), (page) => page);
        if (newer.length) addPending(newer);
      } catch {
        // the next stream event or a reload brings them
      }
    }
    setLive(true);
  };

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

  const seen = new Set<string>();
  const loaded = (q.data?.pages ?? []).flat();
  const newestLoaded = loaded[0]?.id ?? "";
  const own = q.isSuccess ? (ownRecent.get(JSON.stringify(props.queryKey)) ?? []).filter((s) => s.id > newestLoaded && !isDeleted(s.id)) : [];
  const items = [...own, ...loaded].filter((s) => !seen.has(s.id) && seen.add(s.id));
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
