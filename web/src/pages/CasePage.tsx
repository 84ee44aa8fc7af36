// One case: the evidence (post or profile), the detector's explanation, reports and history, and a
// decision form that records a statement of reasons with one click per action.
import { useQuery } from "@tanstack/react-query";
import { type CaseView, rostra } from "../api/rostra";
import { DecisionForm } from "../components/DecisionForm";
import { PageTitle } from "../components/PageTitle";
import { StaffGate } from "../components/StaffGate";
import { showToast } from "../components/toast";
import { type Translate, useI18n } from "../i18n";
import { actionLabel, appealOutcomeLabel, caseStateLabel, categoryLabel, decisionKindLabel, detectorLabel, eventLabel, outcomeLabel, postStateLabel, sourceLabel } from "../i18n/labels";
import { fullDate } from "../lib/time";
import { Link } from "../router";

function Decide({ view, onDone }: { view: CaseView; onDone: () => void }) {
  const { t } = useI18n();
  const onStatus = !!view.subject.status;
  return (
    <DecisionForm
      className="panel stack"
      labelledBy="decide-title"
      heading={<h2 id="decide-title">{t("console.decide")}</h2>}
      subject={onStatus ? "status" : "account"}
      initialActions={onStatus ? ["remove"] : ["warn"]}
      initialCategory={view.case.category}
      submitLabel={t("console.decideButton")}
      onSubmit={async (body) => {
        await rostra(`/api/v1/rostra/admin/cases/${view.case.id}/decisions`, { method: "POST", body });
        showToast(t("console.decided"));
        onDone();
      }}
    />
  );
}

/** What happened on the case, in words: the kind of event and the details a moderator needs. */
function eventText(t: Translate, e: CaseView["events"][number]): string {
  const p = e.payload;
  const parts = [eventLabel(t, e.type)];
  if (typeof p.source === "string" && e.type === "signal") parts.push(sourceLabel(t, p.source));
  if (typeof p.category === "string") parts.push(categoryLabel(t, p.category));
  if (Array.isArray(p.actions) && p.actions.length) parts.push(p.actions.map((a) => actionLabel(t, typeof a === "string" ? a : String((a as { type?: unknown }).type))).join(", "));
  if (typeof p.outcome === "string" && e.type === "appeal_decision") parts.push(appealOutcomeLabel(t, p.outcome));
  // the words of a person (a reporter's comment, a note, a reason); a detector's reason is in the explanations
  const said = [p.comment, p.text, e.type === "signal" ? undefined : p.reason].find((x) => typeof x === "string" && x.trim());
  return `${parts.join(" · ")}${said ? ` — “${said as string}”` : ""}`;
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
                {caseStateLabel(t, v.case.status)}
                {v.case.category && <> · {categoryLabel(t, v.case.category)}</>} · {t("console.severity")} {v.case.severity}
                {v.case.due_at && <> · {t("console.due")} {fullDate(v.case.due_at, locale)}</>}
              </p>
              {v.subject.account && <p><strong>@{v.subject.account.username}</strong> · {t(v.subject.account.statuses_count === 1 ? "profile.postsOne" : "profile.posts", { count: v.subject.account.statuses_count })} · {t(v.subject.account.followers_count === 1 ? "profile.followersOne" : "profile.followers", { count: v.subject.account.followers_count })}</p>}
              {v.subject.status && (
                <blockquote className="quote evidence">
                  {v.subject.status.spoiler_text && <p><strong>{v.subject.status.spoiler_text}</strong></p>}
                  <p>{v.subject.status.text}</p>
                  <p className="muted small">{t(`visibility.${v.subject.status.visibility as "public"}`)} · {postStateLabel(t, v.subject.status.moderation_state)}</p>
                </blockquote>
              )}
              {v.explanations.length > 0 && (
                <>
                  <h3>{t("console.explanations")}</h3>
                  <ul>
                    {v.explanations.map((e, i) => (
                      <li key={i}>
                        <span title={t("console.detectorId", { id: e.detector })}>{detectorLabel(t, e.detector)}</span> <code className="small" translate="no">{e.detector}</code>: {categoryLabel(t, e.category)} — {t("console.score", { score: Number(e.score).toFixed(2), threshold: Number(e.threshold).toFixed(2) })}{e.outcome ? ` → ${outcomeLabel(t, e.outcome)}` : ""}
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
                    <span className="muted small">{fullDate(e.created_at, locale)}</span> {eventText(t, e)}
                  </li>
                ))}
              </ol>
            </section>
            {v.decisions.length > 0 && (
              <section className="panel stack" aria-labelledby="decisions-title">
                <h2 id="decisions-title">{t("console.decisions")}</h2>
                <ul className="plain-list">
                  {v.decisions.map((d) => (
                    <li key={d.id}>
                      <span className="muted small">{fullDate(d.created_at, locale)}</span> {decisionKindLabel(t, d.kind)}
                      {d.category && <> · {categoryLabel(t, d.category)}</>}
                      {d.actionList.length > 0 && <> · {d.actionList.map((a) => (a.days ? `${actionLabel(t, a.type)} (${t("duration.days", { n: a.days })})` : actionLabel(t, a.type))).join(", ")}</>}
                      {" · "}<Link to={`/statements/${d.id}`}>{t("console.openStatement")}</Link>
                    </li>
                  ))}
                </ul>
              </section>
            )}
            <Decide key={v.decisions.length} view={v} onDone={() => void q.refetch()} />
          </>
        )}
      </StaffGate>
    </>
  );
}
