// One case: the evidence (post or profile), the detector's explanation, reports and history, and a
// decision form that records a statement of reasons with one click per action.
import { useQuery } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { type CaseView, MOD_ACTIONS, MOD_CATEGORIES, RostraApiError, rostra } from "../api/rostra";
import { PageTitle } from "../components/PageTitle";
import { StaffGate } from "../components/StaffGate";
import { showToast } from "../components/toast";
import { useI18n } from "../i18n";
import { fullDate } from "../lib/time";

function DecisionForm({ view, onDone }: { view: CaseView; onDone: () => void }) {
  const { t } = useI18n();
  const [actions, setActions] = useState<string[]>(view.subject.status ? ["remove"] : ["warn"]);
  const [category, setCategory] = useState<string>(view.case.category ?? "spam");
  const [ground, setGround] = useState<"terms" | "illegal">("terms");
  const [facts, setFacts] = useState("");
  const [busy, setBusy] = useState(false);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    try {
      await rostra(`/api/v1/rostra/admin/cases/${view.case.id}/decisions`, { method: "POST", body: { actions, category, ground, facts } });
      showToast(t("console.decided"));
      onDone();
    } catch (err) {
      showToast(err instanceof RostraApiError ? err.message : String(err), true);
    } finally {
      setBusy(false);
    }
  };
  return (
    <form className="panel stack" onSubmit={submit} aria-labelledby="decide-title">
      <h2 id="decide-title">{t("console.decide")}</h2>
      <fieldset>
        <legend>{t("console.actions")}</legend>
        <div className="chips">
          {MOD_ACTIONS.map((a) => (
            <label key={a} className="check">
              <input type="checkbox" checked={actions.includes(a)} onChange={(e) => setActions(e.target.checked ? [...actions.filter((x) => x !== "none" && a !== "none"), a] : actions.filter((x) => x !== a))} />
              {a.replace(/_/g, " ")}
            </label>
          ))}
        </div>
      </fieldset>
      <div className="field">
        <label htmlFor="decide-category">{t("console.category")}</label>
        <select id="decide-category" value={category} onChange={(e) => setCategory(e.target.value)}>
          {MOD_CATEGORIES.map((c) => <option key={c} value={c}>{c.replace(/_/g, " ")}</option>)}
        </select>
      </div>
      <fieldset>
        <legend>{t("console.ground")}</legend>
        <label className="check"><input type="radio" name="ground" checked={ground === "terms"} onChange={() => setGround("terms")} />{t("console.groundTerms")}</label>
        <label className="check"><input type="radio" name="ground" checked={ground === "illegal"} onChange={() => setGround("illegal")} />{t("console.groundIllegal")}</label>
      </fieldset>
      <div className="field">
        <label htmlFor="decide-facts">{t("console.facts")}</label>
        <textarea id="decide-facts" required rows={3} maxLength={5000} value={facts} onChange={(e) => setFacts(e.target.value)} />
      </div>
      <button type="submit" className="button danger" disabled={busy || !facts.trim() || actions.length === 0}>{t("console.decideButton")}</button>
    </form>
  );
}

export default function CasePage({ params }: { params: Record<string, string> }) {
  const { t, locale } = useI18n();
  const q = useQuery({ queryKey: ["console-case", params.id], queryFn: () => rostra<CaseView>(`/api/v1/rostra/admin/cases/${encodeURIComponent(params.id)}`) });
  const v = q.data;
  return (
    <>
      <PageTitle title={t("console.caseTitle", { id: params.id.slice(-6) })} />
      <StaffGate>
        {q.isPending && <p className="loading" role="status">{t("common.loading")}</p>}
        {q.isError && <p className="error" role="alert">{t("common.loadFailed")}</p>}
        {v && (
          <>
            <section className="panel stack" aria-labelledby="evidence-title">
              <h2 id="evidence-title">{t("console.evidence")}</h2>
              <p className="muted small">
                {t(`console.status.${v.case.status as "open"}`)} · {t("console.severity")} {v.case.severity} · {v.case.due_at ? `${t("console.due")} ${fullDate(v.case.due_at, locale)}` : ""}
              </p>
              {v.subject.account && <p><strong>@{v.subject.account.username}</strong> · {t("profile.posts", { count: v.subject.account.statuses_count })} · {t("profile.followers", { count: v.subject.account.followers_count })}</p>}
              {v.subject.status && (
                <blockquote className="quote evidence">
                  {v.subject.status.spoiler_text && <p><strong>{v.subject.status.spoiler_text}</strong></p>}
                  <p>{v.subject.status.text}</p>
                  <p className="muted small">{t(`visibility.${v.subject.status.visibility as "public"}`)} · {v.subject.status.moderation_state}</p>
                </blockquote>
              )}
              {v.explanations.length > 0 && (
                <>
                  <h3>{t("console.explanations")}</h3>
                  <ul>
                    {v.explanations.map((e, i) => (
                      <li key={i}>
                        {e.detector}: {e.category} — {t("console.score", { score: Number(e.score).toFixed(2), threshold: Number(e.threshold).toFixed(2) })} → {e.outcome}
                        {e.spans.length > 0 && v.subject.status && <> · “{e.spans.map((s) => s.text ?? v.subject.status!.text.slice(s.start, s.end)).join("”, “")}”</>}
                        {e.reason ? ` · ${e.reason}` : ""}
                      </li>
                    ))}
                  </ul>
                </>
              )}
              <h3>{t("console.events")}</h3>
              <ol className="events">
                {v.events.map((e) => (
                  <li key={e.id}>
                    <span className="muted small">{fullDate(e.created_at, locale)}</span> {e.type}
                    {typeof e.payload.comment === "string" && e.payload.comment ? ` — “${e.payload.comment}”` : ""}
                    {typeof e.payload.category === "string" ? ` (${e.payload.category})` : ""}
                  </li>
                ))}
              </ol>
            </section>
            <DecisionForm view={v} onDone={() => void q.refetch()} />
          </>
        )}
      </StaffGate>
    </>
  );
}
