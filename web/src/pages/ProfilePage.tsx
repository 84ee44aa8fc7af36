// A profile: header, bio, counts, follow/mute/block/report, and tabs for posts, replies, media,
// followers and following (the tab lives in ?tab= so it can be linked).
import { useQuery } from "@tanstack/react-query";
import { api, errorStatus } from "../api/client";
import { useMe } from "../api/me";
import { AccountList } from "../components/AccountList";
import { PageTitle } from "../components/PageTitle";
import { ProfileHeader } from "../components/ProfileHeader";
import { PAGE_SIZE, Timeline } from "../components/Timeline";
import { type MessageKey, useI18n } from "../i18n";
import { Link, useLocation } from "../router";

const TABS = ["posts", "replies", "media", "followers", "following"] as const;
type Tab = (typeof TABS)[number];

export default function ProfilePage({ params }: { params: Record<string, string> }) {
  const { t } = useI18n();
  const { me } = useMe();
  const { query } = useLocation();
  const acct = params.acct.replace(/\.rss$/, "");
  const tab: Tab = (TABS as readonly string[]).includes(query.get("tab") ?? "") ? (query.get("tab") as Tab) : "posts";
  const account = useQuery({ queryKey: ["account", acct], queryFn: () => api().v1.accounts.lookup({ acct }), retry: (n, err) => errorStatus(err) !== 404 && n < 1 });

  if (account.isPending) return <p className="loading" role="status">{t("common.loading")}</p>;
  if (account.isError) return <PageTitle title={errorStatus(account.error) === 404 ? t("profile.notFound") : t("common.loadFailed")} />;
  const a = account.data;
  const sel = api().v1.accounts.$select(a.id);
  const signedIn = !!me;

  return (
    <>
      <ProfileHeader account={a} me={me} />
      <nav className="tabs" aria-label={t("profile.tabs")}>
        {TABS.map((tb) => (
          <Link key={tb} to={tb === "posts" ? `/@${acct}` : `/@${acct}?tab=${tb}`} aria-current={tab === tb ? "page" : undefined}>
            {t(`profile.tab.${tb}` as MessageKey)}
          </Link>
        ))}
      </nav>
      {tab === "posts" && (
        <Timeline queryKey={["timeline", "account", a.id, "posts", signedIn]} label={t("profile.tab.posts")} empty="profile.noPosts" fetchPage={(maxId) => sel.statuses.list({ maxId, limit: PAGE_SIZE, excludeReplies: true })} />
      )}
      {tab === "replies" && (
        <Timeline queryKey={["timeline", "account", a.id, "replies", signedIn]} label={t("profile.tab.replies")} empty="profile.noPosts" fetchPage={(maxId) => sel.statuses.list({ maxId, limit: PAGE_SIZE })} />
      )}
      {tab === "media" && (
        <Timeline queryKey={["timeline", "account", a.id, "media", signedIn]} label={t("profile.tab.media")} empty="profile.noMedia" fetchPage={(maxId) => sel.statuses.list({ maxId, limit: PAGE_SIZE, onlyMedia: true })} />
      )}
      {tab === "followers" && <AccountList queryKey={["followers", a.id]} label={t("profile.tab.followers")} empty="profile.noFollowers" fetchPage={(maxId) => sel.followers.list({ maxId, limit: 40 })} />}
      {tab === "following" && <AccountList queryKey={["following", a.id]} label={t("profile.tab.following")} empty="profile.noFollowing" fetchPage={(maxId) => sel.following.list({ maxId, limit: 40 })} />}
    </>
  );
}
