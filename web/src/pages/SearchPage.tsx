// Search accounts, hashtags and posts (v2 search); the query lives in ?q= so results can be linked.
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { api } from "../api/client";
import { fetchStatuses } from "../api/status-store";
import { AccountRow } from "../components/AccountList";
import { FollowButton } from "../components/FollowButton";
import { PageTitle } from "../components/PageTitle";
import { StatusCard } from "../components/status/StatusCard";
import { tagPath } from "../components/status/paths";
import { useMe } from "../api/me";
import { useI18n } from "../i18n";
import { Link, navigate, useLocation } from "../router";

export default function SearchPage() {
  const { t } = useI18n();
  const { me } = useMe();
  const { query } = useLocation();
  const q = query.get("q") ?? "";
  const [input, setInput] = useState(q);
  const res = useQuery({ queryKey: ["search", q, !!me], enabled: q.trim().length > 0, queryFn: () => fetchStatuses(() => api().v2.search.list({ q, limit: 20, resolve: !!me }), (r) => r.statuses) });
  const data = res.data;
  return (
    <>
      <PageTitle title={t("nav.search")} />
      <form
        role="search"
        className="row"
        onSubmit={(e) => {
          e.preventDefault();
          navigate(`/search?q=${encodeURIComponent(input.trim())}`);
        }}
      >
        <label htmlFor="search-input" className="visually-hidden">
          {t("search.label")}
        </label>
        <input id="search-input" type="search" value={input} onChange={(e) => setInput(e.target.value)} placeholder={t("search.placeholder")} className="grow" />
        <button type="submit" className="button">
          {t("nav.search")}
        </button>
      </form>
      {res.isFetching && <p className="loading" role="status">{t("common.loading")}</p>}
      {res.isError && <p className="error" role="alert">{t("common.loadFailed")}</p>}
      {data && (
        <>
          <section aria-labelledby="search-accounts">
            <h2 id="search-accounts">{t("search.accounts")}</h2>
            {data.accounts.length === 0 ? <p className="empty">{t("search.none")}</p> : (
              <ul className="account-list">
                {data.accounts.map((a) => (
                  <AccountRow key={a.id} account={a}>{me && me.id !== a.id && <FollowButton account={a} />}</AccountRow>
                ))}
              </ul>
            )}
          </section>
          <section aria-labelledby="search-tags">
            <h2 id="search-tags">{t("search.hashtags")}</h2>
            {data.hashtags.length === 0 ? <p className="empty">{t("search.none")}</p> : (
              <ul className="tag-list">
                {data.hashtags.map((h) => (
                  <li key={h.name}><Link to={tagPath(h.name)}>#{h.name}</Link></li>
                ))}
              </ul>
            )}
          </section>
          <section aria-labelledby="search-posts">
            <h2 id="search-posts">{t("search.posts")}</h2>
            {data.statuses.length === 0 ? <p className="empty">{t("search.none")}</p> : data.statuses.map((s) => <StatusCard key={s.id} status={s} />)}
          </section>
        </>
      )}
    </>
  );
}
