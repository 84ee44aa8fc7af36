// The transparency report inside the console: the same public numbers as /transparency, as bar charts,
// for a chosen period, with the CSV for download.
import { useQuery } from "@tanstack/react-query";
import { useId, useState } from "react";
import type { TransparencyReport } from "../api/admin";
import { errorMessage } from "../api/client";
import { rostra } from "../api/rostra";
import { ConsoleNav } from "../components/ConsoleNav";
import { PageTitle } from "../components/PageTitle";
import { StaffGate } from "../components/StaffGate";
import { type Translate, useI18n } from "../i18n";
import { actionLabel, appealOutcomeLabel, automationLabel, categoryLabel, sourceLabel } from "../i18n/labels";

const DAY = 86_400_000;
const PERIODS = [7, 30, 90, 365] as const;

type Kind = "category" | "action" | "automation" | "source" | "outcome";
const LABEL: Record<Kind, (t: Translate, key: string) => string> = {
  category: categoryLabel,
  action: actionLabel,
  automation: automationLabel,
  source: sourceLabel,
  outcome: appealOutcomeLabel,
};

/** A horizontal bar chart as a list: readable by screen readers, and the bars scale to the largest value. */
function BarChart({ title, counts, kind }: { title: string; counts: Record<string, number>; kind: Kind }) {
  const { t, locale } = useI18n();
  const id = useId();
  const entries = Object.entries(counts).sort((a, b) => b[1] - a[1]);
  const max = Math.max(1, ...entries.map(([, n]) => n));
  const fmt = new Intl.NumberFormat(locale);
  return (
    <figure className="chart" aria-labelledby={id}>
      <figcaption id={id}>{title}</figcaption>
      {entries.length === 0 ? (
        <p className="muted small">{t("transparency.none")}</p>
      ) : (
        <ul className="bars">
          {entries.map(([k, n]) => (
            <li key={k} data-key={k}>
              <span className="bar-label">{LABEL[kind](t, k)}</span>
              <span className="bar-track" aria-hidden="true"><span className="bar" style={{ width: `${(n / max) * 100}%` }} /></span>
              <span className="bar-value">{fmt.format(n)}</span>
            </li>
          ))}
        </ul>
      )}
    </figure>
  );
}

function Report() {
  const { t, locale } = useI18n();
  const [days, setDays] = useState<(typeof PERIODS)[number]>(30);
  const [to] = useState(() => new Date());
  const from = new Date(to.getTime() - days * DAY);
  const range = `from=${encodeURIComponent(from.toISOString())}&to=${encodeURIComponent(to.toISOString())}`;
  const q = useQuery({ queryKey: ["transparency", days], refetchOnMount: "always", queryFn: () => rostra<TransparencyReport>(`/api/v1/rostra/transparency?${range}`) });
  const fmt = new Intl.NumberFormat(locale);
  const r = q.data;
  return (
    <section aria-labelledby="report-title">
      <h2 id="report-title" className="visually-hidden">{t("console.transparency")}</h2>
      <div className="panel filter-bar">
        <label className="field">
          <span>{t("transparency.period")}</span>
          <select value={days} onChange={(e) => setDays(Number(e.target.value) as (typeof PERIODS)[number])}>
            {PERIODS.map((d) => <option key={d} value={d}>{t("transparency.lastDays", { n: d })}</option>)}
          </select>
        </label>
        <a className="button small secondary" href={`/api/v1/rostra/transparency.csv?${range}`} download="transparency.csv">{t("transparency.csv")}</a>
        <a className="small" href="/transparency">{t("transparency.public")}</a>
      </div>
      {q.isPending && <p className="loading" role="status">{t("common.loading")}</p>}
      {q.isError && <p className="error" role="alert">{errorMessage(q.error)}</p>}
      {r && (
        <>
          <dl className="stats panel">
            <div><dt>{t("transparency.decisions")}</dt><dd>{fmt.format(r.decisions.total)}</dd></div>
            <div><dt>{t("transparency.reports")}</dt><dd>{fmt.format(r.reports)}</dd></div>
            <div><dt>{t("transparency.signals")}</dt><dd>{fmt.format(r.signals.total)}</dd></div>
            <div><dt>{t("transparency.rejected")}</dt><dd>{fmt.format(r.rejected_before_publication.total)}</dd></div>
            <div><dt>{t("transparency.appeals")}</dt><dd>{fmt.format(r.appeals.filed)}</dd></div>
            <div><dt>{t("transparency.reversals")}</dt><dd>{fmt.format(r.reversals)}</dd></div>
            <div><dt>{t("transparency.median")}</dt><dd>{r.median_time_to_action_seconds === null ? "—" : t("transparency.minutes", { n: fmt.format(Math.round(r.median_time_to_action_seconds / 60)) })}</dd></div>
          </dl>
          <div className="charts panel">
            <BarChart title={t("transparency.byCategory")} counts={r.decisions.by_category} kind="category" />
            <BarChart title={t("transparency.byAction")} counts={r.decisions.by_action} kind="action" />
            <BarChart title={t("transparency.byAutomation")} counts={r.decisions.by_automation} kind="automation" />
            <BarChart title={t("transparency.signalsBySource")} counts={r.signals.by_source} kind="source" />
            <BarChart title={t("transparency.appealOutcomes")} counts={r.appeals.outcomes} kind="outcome" />
          </div>
        </>
      )}
    </section>
  );
}

export default function ConsoleTransparencyPage() {
  const { t } = useI18n();
  return (
    <>
      <PageTitle title={t("console.transparency")} />
      <StaffGate>
        <ConsoleNav />
        <Report />
      </StaffGate>
    </>
  );
}
