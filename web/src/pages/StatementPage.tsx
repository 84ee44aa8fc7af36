// A statement of reasons (what was decided, on which rule, whether automation was involved, how to
// appeal) and the appeal form, for the person the decision is about.
import { useQuery } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { errorMessage } from "../api/client";
import { RostraApiError, rostra, type Statement } from "../api/rostra";
import { PageTitle } from "../components/PageTitle";
import { RequireSignIn } from "../components/RequireSignIn";
import { showToast } from "../components/toast";
import { useI18n } from "../i18n";
import { categoryLabel } from "../i18n/labels";
import { fullDate } from "../lib/time";

export function StatementView({ s }: { s: Statement }) {
  const { t, locale } = useI18n();
  return (
    <dl className="statement">
      <dt>{t("statement.date")}</dt>
      <dd>{fullDate(s.created_at, locale)}</dd>
      {s.status && (
        <>
          <dt>{t("statement.content")}</dt>
          <dd><blockquote className="quote">{s.status.text}</blockquote></dd>
        </>
      )}
      <dt>{t("statement.rule")}</dt>
      <dd>{s.rule?.text ?? (s.category ? categoryLabel(t, s.category) : "—")}</dd>
      <dt>{t("statement.facts")}</dt>
      <dd>{s.facts}</dd>
      <dt>{t("statement.ground")}</dt>
      <dd>{s.ground_text}{s.legal_ground ? ` (${s.legal_ground})` : ""}</dd>
      <dt>{t("statement.actions")}</dt>
      <dd>{s.actions.map((a) => (a.days ? `${a.text} (${t("duration.days", { n: a.days })})` : a.text)).join(", ") || "—"}</dd>
      <dt>{t("statement.automation")}</dt>
      <dd>
        {s.automated_detection ? t("statement.autoDetected") : t("statement.humanDetected")} · {s.automated_decision === "fully" ? t("statement.autoDecided") : s.automated_decision === "partially" ? t("statement.partlyDecided") : t("statement.humanDecided")}
      </dd>
      <dt>{t("statement.redress")}</dt>
      <dd>{s.redress.text}</dd>
      {s.appeal && (
        <>
          <dt>{t("statement.appeal")}</dt>
          <dd>
            {t(`statement.appealState.${s.appeal.state === "upheld" || s.appeal.state === "reversed" ? s.appeal.state : "pending"}`)}
            {s.appeal.reason ? ` — ${s.appeal.reason}` : ""}
          </dd>
        </>
      )}
    </dl>
  );
}

/** The appeal form under a statement; `token` is a redress token when the person cannot sign in. */
export function AppealForm({ decisionId, token, onSent }: { decisionId: string; token?: string; onSent: () => void }) {
  const { t } = useI18n();
  const [text, setText] = useState("");
  const [busy, setBusy] = useState(false);
  const appeal = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    try {
      await rostra(`/api/v1/rostra/decisions/${encodeURIComponent(decisionId)}/appeal`, { method: "POST", body: { text }, token });
      showToast(t("statement.appealSent"));
      setText("");
      onSent();
    } catch (err) {
      // the appeal's refusals come in the appellant's own language from the server; anything else is worded here
      showToast(err instanceof RostraApiError && err.status < 500 ? err.message : errorMessage(err), true);
    } finally {
      setBusy(false);
    }
  };
  return (
    <form className="stack" onSubmit={appeal}>
      <h2>{t("statement.appealTitle")}</h2>
      <p className="muted">{t("statement.appealHelp")}</p>
      <label className="field">
        <span>{t("statement.appealText")}</span>
        <textarea required maxLength={2000} rows={4} value={text} onChange={(e) => setText(e.target.value)} />
      </label>
      <button type="submit" className="button" disabled={busy || !text.trim()}>{t("statement.appealSubmit")}</button>
    </form>
  );
}

export default function StatementPage({ params }: { params: Record<string, string> }) {
  const { t, locale } = useI18n();
  const q = useQuery({ queryKey: ["statement", params.id, locale], queryFn: () => rostra<Statement>(`/api/v1/rostra/decisions/${encodeURIComponent(params.id)}?lang=${locale}`) });
  return (
    <RequireSignIn>
      <PageTitle title={t("statement.title")} />
      {q.isPending && <p className="loading" role="status">{t("common.loading")}</p>}
      {q.isError && <p className="error" role="alert">{t("common.loadFailed")}</p>}
      {q.data && (
        <div className="panel stack">
          <StatementView s={q.data} />
          {q.data.can_appeal && <AppealForm decisionId={params.id} onSent={() => void q.refetch()} />}
        </div>
      )}
    </RequireSignIn>
  );
}
