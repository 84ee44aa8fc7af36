// Instance settings: the server's name, description, rules and who may sign up. Admins edit; moderators
// see the current values. The public instance API shows the saved values at once.
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useEffect, useId, useState } from "react";
import { fetchInstanceSettings, type InstanceRule, type InstanceSettings, type Registrations, saveInstanceSettings } from "../api/admin";
import { errorMessage } from "../api/client";
import { useMe } from "../api/me";
import { ConsoleNav, isAdmin } from "../components/ConsoleNav";
import { PageTitle } from "../components/PageTitle";
import { StaffGate } from "../components/StaffGate";
import { showToast } from "../components/toast";
import { useI18n } from "../i18n";
import { isDefaultDescription } from "../lib/instance";

const MODES: Registrations[] = ["open", "approval", "closed"];

function RuleEditor({ rules, onChange, disabled }: { rules: InstanceRule[]; onChange: (r: InstanceRule[]) => void; disabled: boolean }) {
  const { t } = useI18n();
  const id = useId();
  const set = (i: number, patch: Partial<InstanceRule>) => onChange(rules.map((r, j) => (j === i ? { ...r, ...patch } : r)));
  const move = (i: number, by: number) => {
    const next = [...rules];
    const [r] = next.splice(i, 1);
    next.splice(i + by, 0, r);
    onChange(next);
  };
  return (
    <fieldset>
      <legend>{t("admin.rules")}</legend>
      {rules.length === 0 && <p className="muted small">{t("admin.noRules")}</p>}
      <ol className="rule-list">
        {rules.map((r, i) => (
          <li key={r.id ?? `new-${i}`} className="rule-item">
            <label className="field">
              <span>{t("admin.ruleText", { n: i + 1 })}</span>
              <input type="text" id={`${id}-text-${i}`} value={r.text} maxLength={500} required disabled={disabled} onChange={(e) => set(i, { text: e.target.value })} />
            </label>
            <label className="field">
              <span>{t("admin.ruleHint")}</span>
              <input type="text" value={r.hint} maxLength={1000} disabled={disabled} onChange={(e) => set(i, { hint: e.target.value })} />
            </label>
            {!disabled && (
              <div className="row-actions">
                <button type="button" className="button small secondary" disabled={i === 0} onClick={() => move(i, -1)} aria-label={t("admin.ruleUp", { n: i + 1 })}>↑</button>
                <button type="button" className="button small secondary" disabled={i === rules.length - 1} onClick={() => move(i, 1)} aria-label={t("admin.ruleDown", { n: i + 1 })}>↓</button>
                <button type="button" className="button small secondary" onClick={() => onChange(rules.filter((_, j) => j !== i))} aria-label={t("admin.ruleRemove", { n: i + 1 })}>{t("common.delete")}</button>
              </div>
            )}
          </li>
        ))}
      </ol>
      {!disabled && (
        <button type="button" className="button small secondary" onClick={() => {
          onChange([...rules, { text: "", hint: "" }]);
          requestAnimationFrame(() => document.getElementById(`${id}-text-${rules.length}`)?.focus());
        }}>
          {t("admin.addRule")}
        </button>
      )}
    </fieldset>
  );
}

function SettingsForm({ initial, editable }: { initial: InstanceSettings; editable: boolean }) {
  const { t } = useI18n();
  const qc = useQueryClient();
  const [name, setName] = useState(initial.name);
  // with no description set the server reports its English default: leave the box empty, show the
  // translated default as its placeholder, and send nothing unless the admin writes one (lib/instance.ts)
  const descriptionUnset = isDefaultDescription(initial.description);
  const [description, setDescription] = useState(descriptionUnset ? "" : initial.description);
  const [mode, setMode] = useState<Registrations>(initial.registrations);
  const [message, setMessage] = useState(initial.closed_registrations_message ?? "");
  const [rules, setRules] = useState<InstanceRule[]>(initial.rules);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const id = useId();
  useEffect(() => {
    setRules(initial.rules);
  }, [initial.rules]);

  const save = async () => {
    setBusy(true);
    setError(null);
    try {
      const saved = await saveInstanceSettings({ name, ...(descriptionUnset && !description.trim() ? {} : { description }), registrations: mode, closed_registrations_message: message, rules: rules.filter((r) => r.text.trim()) });
      qc.setQueryData(["admin-instance"], saved);
      void qc.invalidateQueries({ queryKey: ["instance"] });
      showToast(t("admin.instanceSaved"));
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="panel stack" aria-labelledby={`${id}-title`} onSubmit={(e) => {
      e.preventDefault();
      if (editable) void save();
    }}>
      <h2 id={`${id}-title`} className="visually-hidden">{t("admin.instance")}</h2>
      {!editable && <p className="hint">{t("admin.adminOnly")}</p>}
      <label className="field">
        <span>{t("admin.instanceName")}</span>
        <input type="text" value={name} maxLength={100} required disabled={!editable} onChange={(e) => setName(e.target.value)} />
      </label>
      <label className="field">
        <span>{t("admin.instanceDescription")}</span>
        <textarea value={description} maxLength={2000} rows={3} disabled={!editable} placeholder={t("instance.defaultDescription")} aria-describedby={descriptionUnset && !description.trim() ? `${id}-description-hint` : undefined} onChange={(e) => setDescription(e.target.value)} />
        {descriptionUnset && !description.trim() && <span id={`${id}-description-hint`} className="hint">{t("admin.descriptionDefault")}</span>}
      </label>
      <fieldset>
        <legend>{t("admin.registrations")}</legend>
        {MODES.map((m) => (
          <div key={m} className="check">
            <input type="radio" id={`${id}-mode-${m}`} name={`${id}-mode`} value={m} checked={mode === m} disabled={!editable} aria-describedby={`${id}-mode-${m}-hint`} onChange={() => setMode(m)} />
            <span>
              <label htmlFor={`${id}-mode-${m}`}>{t(`admin.mode.${m}`)}</label>
              <br />
              <span id={`${id}-mode-${m}-hint`} className="muted small">{t(`admin.modeHint.${m}`)}</span>
            </span>
          </div>
        ))}
        {initial.registrations !== initial.defaults.registrations || initial.stored.registrations ? null : <p className="muted small">{t("admin.fromEnvironment")}</p>}
      </fieldset>
      {mode === "closed" && (
        <label className="field">
          <span>{t("admin.closedMessage")}</span>
          <input type="text" value={message} maxLength={1000} disabled={!editable} onChange={(e) => setMessage(e.target.value)} />
        </label>
      )}
      <RuleEditor rules={rules} onChange={setRules} disabled={!editable} />
      {error && <p className="error" role="alert">{error}</p>}
      {editable && (
        <div>
          <button type="submit" className="button" disabled={busy || !name.trim()}>{t("admin.saveInstance")}</button>
        </div>
      )}
    </form>
  );
}

function InstanceSettingsSection() {
  const { t } = useI18n();
  const { me } = useMe();
  const q = useQuery({ queryKey: ["admin-instance"], queryFn: fetchInstanceSettings });
  if (q.isPending) return <p className="loading" role="status">{t("common.loading")}</p>;
  if (q.isError) return <p className="error" role="alert">{errorMessage(q.error)}</p>;
  return <SettingsForm initial={q.data} editable={isAdmin(me)} />;
}

export default function ConsoleInstancePage() {
  const { t } = useI18n();
  return (
    <>
      <PageTitle title={t("admin.instance")} />
      <StaffGate>
        <ConsoleNav />
        <InstanceSettingsSection />
      </StaffGate>
    </>
  );
}
