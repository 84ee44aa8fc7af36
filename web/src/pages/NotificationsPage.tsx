// Grouped notifications (v2): "Ana and 3 others favourited your post". Falls back to grouping v1
// notifications here when the server has no v2 endpoint.
import { useQuery } from "@tanstack/react-query";
import type { mastodon } from "masto";
import { useEffect, useState } from "react";
import { api, errorStatus } from "../api/client";
import { fetchStatuses } from "../api/status-store";
import { Avatar } from "../components/Avatar";
import { clearNotificationBadge } from "../components/notification-badge";
import { PageTitle } from "../components/PageTitle";
import { StatusCard } from "../components/status/StatusCard";
import { accountPath } from "../components/status/paths";
import { type MessageKey, useI18n } from "../i18n";
import { relativeTime } from "../lib/time";
import { Link } from "../router";

interface Group {
  key: string;
  type: string;
  count: number;
  accounts: mastodon.v1.Account[];
  status: mastodon.v1.Status | null;
  at: string;
}

const FILTERS = ["all", "mention"] as const;

async function loadGroups(): Promise<Group[]> {
  try {
    const res = await api().v2.notifications.list({ limit: 40 });
    const accounts = new Map(res.accounts.map((a) => [a.id, a]));
    const statuses = new Map(res.statuses.map((s) => [s.id, s]));
    return res.notificationGroups.map((g) => ({
      key: g.groupKey,
      type: g.type,
      count: g.notificationsCount,
      accounts: (g.sampleAccountIds as unknown as string[]).map((id) => accounts.get(id)).filter((a): a is mastodon.v1.Account => !!a),
      status: ("statusId" in g && g.statusId ? statuses.get(g.statusId) : null) ?? null,
      at: g.latestPageNotificationAt ?? new Date().toISOString(),
    }));
  } catch (err) {
    if (errorStatus(err) !== 404) throw err;
    const list = await api().v1.notifications.list({ limit: 40 });
    const groups = new Map<string, Group>();
    for (const n of list) {
      const status = "status" in n ? (n.status ?? null) : null;
      const key = ["favourite", "reblog"].includes(n.type) && status ? `${n.type}-${status.id}` : n.id;
      const g = groups.get(key);
      if (g) {
        g.count++;
        if (g.accounts.length < 3) g.accounts.push(n.account);
      } else groups.set(key, { key, type: n.type, count: 1, accounts: [n.account], status, at: n.createdAt });
    }
    return [...groups.values()];
  }
}

export default function NotificationsPage() {
  const { t, locale } = useI18n();
  const [filter, setFilter] = useState<(typeof FILTERS)[number]>("all");
  const q = useQuery({ queryKey: ["notifications"], queryFn: () => fetchStatuses(loadGroups, (groups) => groups.map((g) => g.status)) });
  useEffect(() => clearNotificationBadge(), [q.data]);

  const groups = (q.data ?? []).filter((g) => filter === "all" || g.type === filter);
  return (
    <>
      <PageTitle title={t("nav.notifications")} />
      <div className="tabs" role="group" aria-label={t("notifications.filter")}>
        {FILTERS.map((f) => (
          <button key={f} type="button" aria-pressed={filter === f} onClick={() => setFilter(f)}>
            {t(`notifications.filter.${f}`)}
          </button>
        ))}
      </div>
      {q.isPending && <p className="loading" role="status">{t("common.loading")}</p>}
      {q.isError && <p className="error" role="alert">{t("common.loadFailed")}</p>}
      {q.isSuccess && groups.length === 0 && <p className="empty">{t("notifications.empty")}</p>}
      <ul className="notifications">
        {groups.map((g) => {
          const first = g.accounts[0];
          const name = first ? first.displayName || first.username : "";
          const typeKey = `notifications.type.${g.type}` as MessageKey;
          const label = t(typeKey) === typeKey ? g.type : t(typeKey);
          return (
            <li key={g.key} className={`notification type-${g.type}`}>
              {g.type !== "mention" && (
                <p className="notification-head">
                  <span className="avatars">
                    {g.accounts.slice(0, 3).map((a) => (
                      <Link key={a.id} to={accountPath(a)} aria-label={a.displayName || a.username}>
                        <Avatar account={a} size={28} />
                      </Link>
                    ))}
                  </span>
                  <span>
                    {g.count > 1 ? t("notifications.andOthers", { name, count: g.count - 1 }) : name} {label}
                  </span>
                  <span className="muted small"> · {relativeTime(g.at, locale)}</span>
                </p>
              )}
              {g.status && <StatusCard status={g.status} />}
            </li>
          );
        })}
      </ul>
    </>
  );
}
