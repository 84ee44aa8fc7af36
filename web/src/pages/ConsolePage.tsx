// Moderation console: the review queue ordered by priority with due times, and appeals waiting for a
// second moderator.
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { type PendingAppeal, type QueueCase, rostra } from "../api/rostra";
import { ConsoleNav } from "../components/ConsoleNav";
import { PageTitle } from "../components/PageTitle";
import { StaffGate } from "../components/StaffGate";
import { useI18n } from "../i18n";
import { caseStateLabel, categoryLabel } from "../i18n/labels";
import { fullDate, relativeTime } from "../lib/time";
import { Link } from "../router";

const STATUSES = ["active", "open", "escalated", "appealed", "resolved"] as const;

function Queue() {
  const { t, locale } = useI18n();
  const [status, setStatus] = useState<(typeof STATUSES)[number]>("active");
  const q = useQuery({ queryKey: ["console-queue", status], queryFn: () => rostra<QueueCase[]>(`/api/v1/rostra/admin/queue?status=${status}&limit=100`), refetchInterval: 30_000, refetchOnMount: "always" });
  return (
    <section aria-labelledby="queue-title">
      <h2 id="queue-title">{t("console.queue")}</h2>
      <div className="tabs" role="group" aria-label={t("console.filter")}>
        {STATUSES.map((s) => (
          <button key={s} type="button" aria-pressed={status === s} onClick={() => setStatus(s)}>{t(`console.status.${s}`)}</button>
        ))}
      </div>
      {q.isPending && <p className="loading" role="status">{t("common.loading")}</p>}
      {q.isError && <p className="error" role="alert">{t("common.loadFailed")}</p>}
      {q.data?.length === 0 && <p className="empty">{t("console.empty")}</p>}
      {q.data && q.data.length > 0 && (
        <table className="table stack-table" role="table">
          <thead>
            <tr role="row"><th scope="col">{t("console.case")}</th><th scope="col">{t("console.category")}</th><th scope="col">{t("console.severity")}</th><th scope="col">{t("console.due")}</th><th scope="col">{t("console.signals")}</th></tr>
          </thead>
          <tbody>
            {q.data.map((c) => (
              <tr key={c.id} role="row" className={c.overdue ? "overdue" : undefined}>
                <td role="cell"><Link to={`/console/cases/${c.id}`}>{t(c.subject_type === "status" ? "console.subject.status" : "console.subject.account")} #{c.id.slice(-6)}</Link><br /><span className="muted small">{caseStateLabel(t, c.status)}</span></td>
                <td role="cell" data-label={t("console.category")}>{c.category ? categoryLabel(t, c.category) : "—"}</td>
                <td role="cell" data-label={t("console.severity")}>{c.severity}</td>
                <td role="cell" className="due" data-label={t("console.due")}>{c.due_at ? <time dateTime={c.due_at} title={fullDate(c.due_at, locale)}>{c.overdue ? `⚠ ${t("console.overdue")} · ` : ""}{relativeTime(c.due_at, locale)}</time> : "—"}</td>
                <td role="cell" data-label={t("console.signals")}>{c.reports_count} / {c.signals_count}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

function Appeals() {
  const { t, locale } = useI18n();
  const q = useQuery({ queryKey: ["console-appeals"], queryFn: () => rostra<PendingAppeal[]>("/api/v1/rostra/admin/appeals"), refetchOnMount: "always" });
  return (
    <section aria-labelledby="appeals-title">
      <h2 id="appeals-title">{t("console.appeals")}</h2>
      {q.data?.length === 0 && <p className="empty">{t("console.noAppeals")}</p>}
      <ul className="plain-list">
        {(q.data ?? []).map((a) => (
          <li key={a.id}>
            <Link to={`/console/appeals/${a.id}?decision=${a.decision_id}`}>{t("console.appealOn", { id: a.decision_id.slice(-6) })}</Link>
            <span className="muted small"> · {fullDate(a.created_at, locale)}</span>
            <p>{a.text}</p>
          </li>
        ))}
      </ul>
    </section>
  );
}

export default function ConsolePage() {
  const { t } = useI18n();
  return (
    <>
      <PageTitle title={t("console.title")} />
      <StaffGate>
        <ConsoleNav />
        <Queue />
        <Appeals />
      </StaffGate>
    </>
  );
}
