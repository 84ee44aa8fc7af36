// Rules and thresholds: the moderation policy's score thresholds per category (versioned on the server)
// and the operator's own pattern rules. Admins edit; moderators read.
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useId, useState } from "react";
import type { OperatorRule, Policy, Thresholds } from "../api/admin";
import { errorMessage } from "../api/client";
import { useMe } from "../api/me";
import { MOD_CATEGORIES, RostraApiError, rostra } from "../api/rostra";
import { ConsoleNav, isAdmin } from "../components/ConsoleNav";
import { PageTitle } from "../components/PageTitle";
import { StaffGate } from "../components/StaffGate";
import { showToast } from "../components/toast";
import { useI18n } from "../i18n";
import { categoryLabel } from "../i18n/labels";

const LEVELS = ["label", "queue", "hold", "reject"] as const;
const P = "/api/v1/rostra/admin";

/** "" means "off" (null on the server). */
const toText = (n: number | null) => (n === null ? "" : String(n));

function ThresholdsForm({ policy, editable }: { policy: Policy; editable: boolean }) {
  const { t } = useI18n();
  const qc = useQueryClient();
  const [values, setValues] = useState<Record<string, Record<string, string>>>(() =>
    Object.fromEntries(Object.entries(policy.thresholds).map(([c, th]) => [c, Object.fromEntries(LEVELS.map((l) => [l, toText(th[l])]))])),
  );
  const [strikeDays, setStrikeDays] = useState(String(policy.strikeDays));
  const [canHold, setCanHold] = useState(policy.classifierCanHold);
  const [error, setError] = useState<string | null>(null);
  const [stale, setStale] = useState(false);
  const [busy, setBusy] = useState(false);
  const id = useId();
  const save = async () => {
    setBusy(true);
    setError(null);
    setStale(false);
    try {
      const thresholds: Record<string, Thresholds> = {};
      for (const [c, th] of Object.entries(values)) {
        thresholds[c] = Object.fromEntries(LEVELS.map((l) => [l, th[l].trim() === "" ? null : Number(th[l])])) as unknown as Thresholds;
      }
      // the version this form was loaded from: if someone saved since, the server answers 409 rather
      // than silently undoing their change with this form's copy of every threshold
      const saved = await rostra<Policy>(`${P}/policy`, { method: "PUT", body: { thresholds, strikeDays: Number(strikeDays), classifierCanHold: canHold, version: policy.version } });
      qc.setQueryData(["policy"], saved);
      showToast(t("policy.saved", { version: saved.version }));
    } catch (err) {
      if (err instanceof RostraApiError && err.status === 409) setStale(true);
      else setError(errorMessage(err));
    } finally {
      setBusy(false);
    }
  };
  return (
    <form className="panel stack" aria-labelledby={`${id}-title`} onSubmit={(e) => {
      e.preventDefault();
      if (editable) void save();
    }}>
      <h2 id={`${id}-title`}>{t("policy.thresholds")} <span className="pill">{t("policy.version", { version: policy.version })}</span></h2>
      <p className="hint">{t("policy.thresholdsHint")}</p>
      <div className="table-scroll">
        <table className="table stack-table threshold-table" role="table">
          <thead>
            <tr role="row"><th scope="col">{t("console.category")}</th>{LEVELS.map((l) => <th key={l} scope="col">{t(`policy.level.${l}`)}</th>)}</tr>
          </thead>
          <tbody>
            {Object.keys(values).map((c) => (
              <tr key={c} role="row">
                <th scope="row" role="rowheader">{categoryLabel(t, c)}</th>
                {LEVELS.map((l) => (
                  <td key={l} role="cell" data-label={t(`policy.level.${l}`)}>
                    <input className="num" type="number" min={0} max={1} step={0.01} value={values[c][l]} disabled={!editable} placeholder={t("policy.off")}
                      aria-label={t("policy.cell", { category: categoryLabel(t, c), level: t(`policy.level.${l}`) })}
                      onChange={(e) => setValues((v) => ({ ...v, [c]: { ...v[c], [l]: e.target.value } }))} />
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <label className="field">
        <span>{t("policy.strikeDays")}</span>
        <input className="num" type="number" min={1} max={3650} value={strikeDays} disabled={!editable} onChange={(e) => setStrikeDays(e.target.value)} />
      </label>
      <label className="check"><input type="checkbox" checked={canHold} disabled={!editable} onChange={(e) => setCanHold(e.target.checked)} />{t("policy.classifierCanHold")}</label>
      {error && <p className="error" role="alert">{error}</p>}
      {stale && (
        <p className="error" role="alert">
          {t("policy.stale")}{" "}
          <button type="button" className="button small secondary" onClick={() => void qc.invalidateQueries({ queryKey: ["policy"] })}>{t("policy.reload")}</button>
        </p>
      )}
      {editable && <div><button type="submit" className="button" disabled={busy}>{t("policy.save")}</button></div>}
    </form>
  );
}

interface RuleDraft {
  name: string;
  category: string;
  pattern: string;
  score: string;
  enabled: boolean;
}

const fromRule = (r: OperatorRule): RuleDraft => ({ name: r.name, category: r.category, pattern: r.pattern, score: String(r.score), enabled: !!r.enabled });

function RuleForm({ rule, editable, onSaved }: { rule: OperatorRule | null; editable: boolean; onSaved: () => void }) {
  const { t } = useI18n();
  const [d, setD] = useState<RuleDraft>(rule ? fromRule(rule) : { name: "", category: "spam", pattern: "", score: "0.9", enabled: true });
  const [error, setError] = useState<string | null>(null);
  const id = useId();
  const save = async () => {
    setError(null);
    try {
      const body = { ...d, score: Number(d.score) };
      if (rule) await rostra(`${P}/rules/${rule.id}`, { method: "PUT", body });
      else await rostra(`${P}/rules`, { method: "POST", body });
      showToast(t("policy.ruleSaved"));
      if (!rule) setD({ name: "", category: "spam", pattern: "", score: "0.9", enabled: true });
      onSaved();
    } catch (err) {
      setError(errorMessage(err));
    }
  };
  return (
    <form className="rule-form" aria-label={rule ? t("policy.ruleNamed", { name: rule.name }) : t("policy.newRule")} onSubmit={(e) => {
      e.preventDefault();
      if (editable) void save();
    }}>
      <label className="field"><span>{t("policy.ruleName")}</span><input type="text" required maxLength={200} value={d.name} disabled={!editable} onChange={(e) => setD({ ...d, name: e.target.value })} /></label>
      <label className="field">
        <span>{t("console.category")}</span>
        <select value={d.category} disabled={!editable} onChange={(e) => setD({ ...d, category: e.target.value })}>
          {MOD_CATEGORIES.map((c) => <option key={c} value={c}>{categoryLabel(t, c)}</option>)}
        </select>
      </label>
      <label className="field grow"><span>{t("policy.pattern")}</span><input type="text" required maxLength={500} value={d.pattern} disabled={!editable} onChange={(e) => setD({ ...d, pattern: e.target.value })} className="mono" /></label>
      <label className="field"><span>{t("policy.score")}</span><input className="num" type="number" min={0} max={1} step={0.01} value={d.score} disabled={!editable} onChange={(e) => setD({ ...d, score: e.target.value })} /></label>
      <label className="check"><input type="checkbox" id={`${id}-on`} checked={d.enabled} disabled={!editable} onChange={(e) => setD({ ...d, enabled: e.target.checked })} />{t("policy.enabled")}</label>
      {editable && <button type="submit" className="button small">{rule ? t("common.save") : t("policy.addRule")}</button>}
      {error && <p className="error full" role="alert">{error}</p>}
    </form>
  );
}

function Rules({ editable }: { editable: boolean }) {
  const { t } = useI18n();
  const qc = useQueryClient();
  const q = useQuery({ queryKey: ["operator-rules"], queryFn: () => rostra<OperatorRule[]>(`${P}/rules`) });
  const refresh = () => void qc.invalidateQueries({ queryKey: ["operator-rules"] });
  return (
    <section className="panel stack" aria-labelledby="rules-title">
      <h2 id="rules-title">{t("policy.rules")}</h2>
      <p className="hint">{t("policy.rulesHint")}</p>
      {q.isPending && <p className="loading" role="status">{t("common.loading")}</p>}
      {q.data?.length === 0 && <p className="muted">{t("policy.noRules")}</p>}
      {(q.data ?? []).map((r) => <RuleForm key={`${r.id}-${r.pattern}-${r.score}-${r.enabled}`} rule={r} editable={editable} onSaved={refresh} />)}
      {editable && (
        <>
          <h3>{t("policy.newRule")}</h3>
          <RuleForm rule={null} editable onSaved={refresh} />
        </>
      )}
    </section>
  );
}

function PolicySection() {
  const { t } = useI18n();
  const { me } = useMe();
  const q = useQuery({ queryKey: ["policy"], queryFn: () => rostra<Policy>(`${P}/policy`) });
  const editable = isAdmin(me);
  return (
    <>
      {!editable && <p className="hint panel">{t("admin.adminOnly")}</p>}
      {q.isPending && <p className="loading" role="status">{t("common.loading")}</p>}
      {q.isError && <p className="error" role="alert">{errorMessage(q.error)}</p>}
      {q.data && <ThresholdsForm key={q.data.version} policy={q.data} editable={editable} />}
      <Rules editable={editable} />
    </>
  );
}

export default function ConsolePolicyPage() {
  const { t } = useI18n();
  return (
    <>
      <PageTitle title={t("policy.title")} />
      <StaffGate>
        <ConsoleNav />
        <PolicySection />
      </StaffGate>
    </>
  );
}
