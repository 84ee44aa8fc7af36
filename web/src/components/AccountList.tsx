// People in a list (followers, following, search results, follow requests), paged by max_id.
import { useInfiniteQuery } from "@tanstack/react-query";
import type { mastodon } from "masto";
import type { ReactNode } from "react";
import { useI18n, type MessageKey } from "../i18n";
import { renderSafeHtml } from "../lib/sanitize";
import { Link } from "../router";
import { Avatar, DisplayName } from "./Avatar";
import { accountPath } from "./status/paths";

export function AccountRow({ account, children }: { account: mastodon.v1.Account; children?: ReactNode }) {
  return (
    <li className="account-row">
      <Avatar account={account} size={40} />
      <div className="account-row-text">
        <Link to={accountPath(account)}>
          <DisplayName account={account} />
        </Link>
        <div className="account-note small">{renderSafeHtml(account.note)}</div>
      </div>
      {children}
    </li>
  );
}

export function AccountList(props: { queryKey: unknown[]; fetchPage: (maxId: string | undefined) => PromiseLike<mastodon.v1.Account[]>; empty: MessageKey; label: string; actions?: (a: mastodon.v1.Account) => ReactNode }) {
  const { t } = useI18n();
  const q = useInfiniteQuery({
    queryKey: props.queryKey,
    queryFn: async ({ pageParam }) => await props.fetchPage(pageParam),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last: mastodon.v1.Account[]) => (last.length >= 20 ? last[last.length - 1].id : undefined),
  });
  const items = (q.data?.pages ?? []).flat();
  if (q.isPending) return <p className="loading" role="status">{t("common.loading")}</p>;
  if (q.isError) return <p className="error" role="alert">{t("common.loadFailed")}</p>;
  if (items.length === 0) return <p className="empty">{t(props.empty)}</p>;
  return (
    <>
      <ul className="account-list" aria-label={props.label}>
        {items.map((a) => (
          <AccountRow key={a.id} account={a}>
            {props.actions?.(a)}
          </AccountRow>
        ))}
      </ul>
      {q.hasNextPage && (
        <button type="button" className="button secondary load-more" onClick={() => void q.fetchNextPage()}>
          {t("timeline.loadMore")}
        </button>
      )}
    </>
  );
}
