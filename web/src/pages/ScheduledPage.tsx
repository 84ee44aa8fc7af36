// Posts waiting to go out later: when, what, and a way to cancel each (with confirmation).
import { useQuery, useQueryClient } from "@tanstack/react-query";
import type { mastodon } from "masto";
import { useState } from "react";
import { api, errorMessage } from "../api/client";
import { ConfirmDialog } from "../components/Dialog";
import { PageTitle } from "../components/PageTitle";
import { RequireSignIn } from "../components/RequireSignIn";
import { showToast } from "../components/toast";
import { useI18n } from "../i18n";
import { fullDate, relativeTime } from "../lib/time";

function Scheduled() {
  const { t, locale } = useI18n();
  const qc = useQueryClient();
  const [cancelling, setCancelling] = useState<mastodon.v1.ScheduledStatus | null>(null);
  const q = useQuery({ queryKey: ["scheduled"], queryFn: async () => (await api().v1.scheduledStatuses.list({ limit: 40 })).sort((a, b) => a.scheduledAt.localeCompare(b.scheduledAt)) });
  const cancel = async (s: mastodon.v1.ScheduledStatus) => {
    try {
      await api().v1.scheduledStatuses.$select(s.id).remove();
      qc.setQueryData<mastodon.v1.ScheduledStatus[]>(["scheduled"], (list) => list?.filter((x) => x.id !== s.id));
      showToast(t("scheduled.cancelled"));
    } catch (err) {
      showToast(errorMessage(err), true);
    }
  };
  if (q.isPending) return <p className="loading" role="status">{t("common.loading")}</p>;
  if (q.isError) return <p className="error" role="alert">{errorMessage(q.error)}</p>;
  if (q.data.length === 0) return <p className="empty">{t("scheduled.empty")}</p>;
  return (
    <>
      <ul className="plain-list" aria-label={t("scheduled.title")}>
        {q.data.map((s) => (
          <li key={s.id} className="scheduled-item">
            <p className="muted small">
              {t("scheduled.goesOut")} <time dateTime={s.scheduledAt}>{fullDate(s.scheduledAt, locale)}</time> ({relativeTime(s.scheduledAt, locale)}) · {t(`visibility.${s.params.visibility ?? "public"}`)}
            </p>
            {s.params.spoilerText ? <p><strong>{s.params.spoilerText}</strong></p> : null}
            <p className="scheduled-text">{s.params.text}</p>
            {s.mediaAttachments.length > 0 && <p className="muted small">{t("scheduled.media", { n: s.mediaAttachments.length })}</p>}
            <button type="button" className="button small secondary" onClick={() => setCancelling(s)}>{t("scheduled.cancel")}</button>
          </li>
        ))}
      </ul>
      {cancelling && (
        <ConfirmDialog
          title={t("scheduled.cancelTitle")}
          message={t("scheduled.cancelConfirm")}
          confirmLabel={t("scheduled.cancel")}
          danger
          onClose={() => setCancelling(null)}
          onConfirm={() => void cancel(cancelling)}
        />
      )}
    </>
  );
}

export default function ScheduledPage() {
  const { t } = useI18n();
  return (
    <>
      <PageTitle title={t("scheduled.title")} />
      <RequireSignIn>
        <Scheduled />
      </RequireSignIn>
    </>
  );
}
