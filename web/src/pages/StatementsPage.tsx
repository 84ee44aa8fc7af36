// Moderation messages for me: decisions about my posts or account (with links to each statement of
// reasons) and outcomes of reports I filed. With ?status=ID, the decisions about that one post.
import { useQuery } from "@tanstack/react-query";
import { type ModerationMessage, rostra, type StatusModeration } from "../api/rostra";
import { PageTitle } from "../components/PageTitle";
import { RequireSignIn } from "../components/RequireSignIn";
import { useI18n } from "../i18n";
import { fullDate } from "../lib/time";
import { Link, useLocation } from "../router";
import { StatementView } from "./StatementPage";

export default function StatementsPage() {
  const { t, locale } = useI18n();
  const { query } = useLocation();
  const statusId = query.get("status");
  const forStatus = useQuery({ queryKey: ["status-moderation", statusId], enabled: !!statusId, queryFn: () => rostra<StatusModeration>(`/api/v1/rostra/statuses/${encodeURIComponent(statusId!)}/moderation`) });
  const messages = useQuery({ queryKey: ["moderation-messages"], enabled: !statusId, queryFn: () => rostra<ModerationMessage[]>("/api/v1/rostra/moderation/messages") });
  return (
    <RequireSignIn>
      <PageTitle title={t("statements.title")} />
      {(forStatus.isPending && statusId) || (messages.isPending && !statusId) ? <p className="loading" role="status">{t("common.loading")}</p> : null}
      {forStatus.data && (
        <div className="panel stack">
          {forStatus.data.notice && <p className="moderation-notice">{forStatus.data.notice}</p>}
          {forStatus.data.decisions.length === 0 && <p className="empty">{t("statements.none")}</p>}
          {forStatus.data.decisions.map((d) => (
            <section key={d.id} className="stack">
              <StatementView s={d} />
              <Link to={`/statements/${d.id}`}>{d.can_appeal ? t("statement.appealTitle") : t("statements.open")}</Link>
            </section>
          ))}
        </div>
      )}
      {messages.data && (
        <ul className="plain-list">
          {messages.data.length === 0 && <li className="empty">{t("statements.none")}</li>}
          {messages.data.map((m) => (
            <li key={m.id}>
              <span className="muted small">{fullDate(m.created_at, locale)}</span>
              <br />
              {m.outcome ? <span>{t("statements.reportOutcome")}: {m.outcome.text}</span> : m.decision_id ? <Link to={`/statements/${m.decision_id}`}>{t("statements.decisionAboutYou")}</Link> : t("statements.message")}
            </li>
          ))}
        </ul>
      )}
    </RequireSignIn>
  );
}
