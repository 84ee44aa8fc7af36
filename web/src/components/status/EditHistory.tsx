// A post's versions, newest first, from the server's edit history (GET /api/v1/statuses/:id/history).
import { useQuery } from "@tanstack/react-query";
import type { mastodon } from "masto";
import { api, errorMessage } from "../../api/client";
import { useI18n } from "../../i18n";
import { renderSafeHtml } from "../../lib/sanitize";
import { fullDate } from "../../lib/time";
import { Dialog } from "../Dialog";

export function EditHistoryDialog({ status, onClose }: { status: mastodon.v1.Status; onClose: () => void }) {
  const { t, locale } = useI18n();
  const q = useQuery({ queryKey: ["history", status.id, status.editedAt], queryFn: async () => [...(await api().v1.statuses.$select(status.id).history.list())].reverse() });
  return (
    <Dialog title={t("history.title")} onClose={onClose} wide>
      {q.isPending && <p className="loading" role="status">{t("common.loading")}</p>}
      {q.isError && <p className="error" role="alert">{errorMessage(q.error)}</p>}
      {q.data && (
        <ol className="history-list" aria-label={t("history.versions", { n: q.data.length })}>
          {q.data.map((v, i) => (
            <li key={v.createdAt + i} className="history-item">
              <p className="muted small">
                <time dateTime={v.createdAt}>{fullDate(v.createdAt, locale)}</time> · {i === q.data.length - 1 ? t("history.original") : i === 0 ? t("history.current") : t("history.edit")}
              </p>
              {v.spoilerText ? <p><strong>{v.spoilerText}</strong></p> : null}
              <div className="status-content" lang={status.language ?? undefined}>{renderSafeHtml(v.content)}</div>
              {v.mediaAttachments.length > 0 && <p className="muted small">{t("scheduled.media", { n: v.mediaAttachments.length })}</p>}
            </li>
          ))}
        </ol>
      )}
    </Dialog>
  );
}
