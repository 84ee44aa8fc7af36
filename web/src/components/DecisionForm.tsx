// A moderation decision with its statement of reasons: actions (only those that fit the subject),
// suspension length, category, ground, and the facts the affected person reads. Used on a case page and
// from the users page, so a suspension or limit is never taken without telling the person why.
import { type FormEvent, type ReactNode, useId, useState } from "react";
import { errorMessage } from "../api/client";
import type { DecisionBody } from "../api/rostra";
import { useI18n } from "../i18n";
import { type ChoosableAction, CATEGORIES, CHOOSABLE_ACTIONS, CONTENT_ACTIONS, actionChoiceLabel, categoryLabel } from "../i18n/labels";

const ACCOUNT_ACTIONS = CHOOSABLE_ACTIONS.filter((a) => a !== "none" && !CONTENT_ACTIONS.includes(a));

export function DecisionForm(props: {
  subject: "status" | "account";
  initialActions: ChoosableAction[];
  initialCategory?: string | null;
  heading?: ReactNode;
  submitLabel: string;
  onSubmit: (body: DecisionBody) => Promise<void>;
  onCancel?: () => void;
  className?: string;
  labelledBy?: string;
}) {
  const { t } = useI18n();
  const id = useId();
  const [actions, setActions] = useState<ChoosableAction[]>(props.initialActions);
  const [days, setDays] = useState("");
  const [category, setCategory] = useState<string>(props.initialCategory && (CATEGORIES as readonly string[]).includes(props.initialCategory) ? props.initialCategory : "spam");
  const [ground, setGround] = useState<"terms" | "illegal">("terms");
  const [legalGround, setLegalGround] = useState("");
  const [facts, setFacts] = useState("");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const toggle = (a: ChoosableAction, on: boolean) => {
    if (!on) setActions(actions.filter((x) => x !== a));
    // "no action" excludes every other action, and any other action excludes "no action"
    else setActions(a === "none" ? ["none"] : [...actions.filter((x) => x !== "none"), a]);
  };
  const daysValue = days.trim() === "" ? undefined : Number(days);
  const daysInvalid = daysValue !== undefined && (!Number.isInteger(daysValue) || daysValue < 1 || daysValue > 3650);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await props.onSubmit({
        actions: actions.map((type) => (type === "suspend" && daysValue ? { type, days: daysValue } : { type })),
        category,
        ground,
        ...(ground === "illegal" && legalGround.trim() ? { legal_ground: legalGround.trim() } : {}),
        facts: facts.trim(),
      });
    } catch (err) {
      // 403: the subject is the moderator's own account or a staff account of the same or a higher role
      setError(errorMessage(err, { 403: "console.error.decisionStaff" }));
    } finally {
      setBusy(false);
    }
  };

  const box = (a: ChoosableAction) => (
    <label key={a} className="check">
      <input type="checkbox" checked={actions.includes(a)} onChange={(e) => toggle(a, e.target.checked)} />
      {actionChoiceLabel(t, a)}
    </label>
  );

  return (
    <form className={props.className ?? "stack"} onSubmit={submit} aria-labelledby={props.labelledBy}>
      {props.heading}
      <fieldset>
        <legend>{t("console.actions")}</legend>
        <div className="chips">{box("none")}</div>
        {props.subject === "status" && (
          <div className="action-group" role="group" aria-labelledby={`${id}-content`}>
            <p id={`${id}-content`} className="muted small">{t("console.contentActions")}</p>
            <div className="chips">{CONTENT_ACTIONS.map(box)}</div>
          </div>
        )}
        <div className="action-group" role="group" aria-labelledby={`${id}-account`}>
          <p id={`${id}-account`} className={props.subject === "status" ? "muted small" : "visually-hidden"}>{t("console.accountActions")}</p>
          <div className="chips">{ACCOUNT_ACTIONS.map(box)}</div>
        </div>
      </fieldset>
      {actions.includes("suspend") && (
        <div className="field">
          <label htmlFor={`${id}-days`}>{t("console.days")}</label>
          <input id={`${id}-days`} className="num" type="number" inputMode="numeric" min={1} max={3650} value={days} aria-invalid={daysInvalid} onChange={(e) => setDays(e.target.value)} />
        </div>
      )}
      <div className="field">
        <label htmlFor={`${id}-category`}>{t("console.category")}</label>
        <select id={`${id}-category`} value={category} onChange={(e) => setCategory(e.target.value)}>
          {CATEGORIES.map((c) => <option key={c} value={c}>{categoryLabel(t, c)}</option>)}
        </select>
      </div>
      <fieldset>
        <legend>{t("console.ground")}</legend>
        <label className="check"><input type="radio" name={`${id}-ground`} checked={ground === "terms"} onChange={() => setGround("terms")} />{t("console.groundTerms")}</label>
        <label className="check"><input type="radio" name={`${id}-ground`} checked={ground === "illegal"} onChange={() => setGround("illegal")} />{t("console.groundIllegal")}</label>
      </fieldset>
      {ground === "illegal" && (
        <div className="field">
          <label htmlFor={`${id}-law`}>{t("console.legalGround")}</label>
          <input id={`${id}-law`} type="text" maxLength={1000} value={legalGround} onChange={(e) => setLegalGround(e.target.value)} />
        </div>
      )}
      <div className="field">
        <label htmlFor={`${id}-facts`}>{t("console.facts")}</label>
        <textarea id={`${id}-facts`} required rows={3} maxLength={5000} value={facts} onChange={(e) => setFacts(e.target.value)} />
      </div>
      {actions.length === 0 && <p className="hint" role="status">{t("admin.chooseAction")}</p>}
      {error && <p className="error" role="alert">{error}</p>}
      <div className={props.onCancel ? "dialog-actions" : undefined}>
        {props.onCancel && <button type="button" className="button secondary" onClick={props.onCancel}>{t("common.cancel")}</button>}
        <button type="submit" className="button danger" disabled={busy || !facts.trim() || actions.length === 0 || daysInvalid}>{props.submitLabel}</button>
      </div>
    </form>
  );
}
