// One post in a list or thread: who, when, what, and what you can do with it.
import type { mastodon } from "masto";
import { useState } from "react";
import { useMe } from "../../api/me";
import { useLatestStatus } from "../../api/status-store";
import { useI18n } from "../../i18n";
import { usePrefs } from "../../lib/prefs";
import { fullDate, relativeTime } from "../../lib/time";
import { Link } from "../../router";
import { Avatar, DisplayName } from "../Avatar";
import { Icon } from "../icons";
import { EditHistoryDialog } from "./EditHistory";
import { ModerationNotice } from "./ModerationNotice";
import { StatusActions } from "./StatusActions";
import { StatusBody } from "./StatusBody";
import { accountPath, statusPath } from "./paths";

/** Posts flagged by the server's classifier or matched by a "hide"/"warn" filter. */
function filterVerdict(s: mastodon.v1.Status, hideLikelyAbuse: boolean): { hide: boolean; warn: string | null } {
  const results = s.filtered ?? [];
  if (results.some((r) => r.filter.filterAction === "hide")) return { hide: true, warn: null };
  const warn = results.find((r) => r.filter.filterAction !== "hide");
  if (warn) return { hide: false, warn: warn.filter.title };
  const labels = (s as { moderationLabels?: string[] }).moderationLabels ?? [];
  if (hideLikelyAbuse && labels.length > 0) return { hide: false, warn: labels.join(", ") };
  return { hide: false, warn: null };
}

export function StatusCard({ status: initial, focused = false }: { status: mastodon.v1.Status; focused?: boolean }) {
  const { t, locale } = useI18n();
  const { me } = useMe();
  const prefs = usePrefs();
  const latest = useLatestStatus(initial);
  const [revealed, setRevealed] = useState(false);
  const [history, setHistory] = useState(false);
  if (!latest) return null;
  const s = latest.reblog ?? latest;
  const verdict = filterVerdict(s, prefs.hideLikelyAbuse);
  if (verdict.hide) return null;
  const Heading = "h2";

  return (
    <article className={focused ? "status focused" : "status"} aria-labelledby={`status-${latest.id}-author`} data-status-id={s.id}>
      {latest.reblog && (
        <p className="boosted-by">
          <Icon name="boost" size={14} />{" "}
          <Link to={accountPath(latest.account)}>{t("status.boostedBy", { name: latest.account.displayName || latest.account.username })}</Link>
        </p>
      )}
      <div className="status-main">
        <Link to={accountPath(s.account)} className="avatar-link" tabIndex={-1} aria-hidden="true">
          <Avatar account={s.account} />
        </Link>
        <div className="status-inner">
          <header className="status-head">
            <Heading className="status-author" id={`status-${latest.id}-author`}>
              <Link to={accountPath(s.account)}>
                <DisplayName account={s.account} />
              </Link>
            </Heading>
            <Link to={statusPath(s)} className="status-time">
              <time dateTime={s.createdAt} title={fullDate(s.createdAt, locale)}>
                {focused ? fullDate(s.createdAt, locale) : relativeTime(s.createdAt, locale)}
              </time>
              {s.visibility !== "public" ? <span className="muted"> · {t(`visibility.${s.visibility}`)}</span> : null}
            </Link>
            {s.editedAt ? (
              <button type="button" className="link-button muted" onClick={() => setHistory(true)} title={fullDate(s.editedAt, locale)} aria-label={t("history.open", { when: fullDate(s.editedAt, locale) })}>
                · {t("status.edited")}
              </button>
            ) : null}
          </header>
          {s.inReplyToId && !focused && <p className="muted small">{t("status.inReply")}</p>}
          <ModerationNotice status={s} />
          {verdict.warn && !revealed ? (
            <p className="filtered">
              {t("status.filtered", { name: verdict.warn })}{" "}
              <button type="button" className="button small secondary" onClick={() => setRevealed(true)}>
                {t("status.showAnyway")}
              </button>
            </p>
          ) : (
            <StatusBody status={s} signedIn={!!me} />
          )}
          <StatusActions status={s} me={me} />
          {history && <EditHistoryDialog status={s} onClose={() => setHistory(false)} />}
        </div>
      </div>
    </article>
  );
}
