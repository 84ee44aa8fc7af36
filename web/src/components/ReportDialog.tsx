// Report an account or post: a category, the instance rules it breaks, and a comment for moderators.
import type { mastodon } from "masto";
import { type FormEvent, useState } from "react";
import { api, errorMessage } from "../api/client";
import { useInstance } from "../api/me";
import { useI18n } from "../i18n";
import { Dialog } from "./Dialog";
import { showToast } from "./toast";

type Category = "spam" | "legal" | "violation" | "other";
const CATEGORIES: Category[] = ["spam", "violation", "legal", "other"];

export function ReportDialog({ account, status, onClose }: { account: mastodon.v1.Account; status?: mastodon.v1.Status; onClose: () => void }) {
  const { t } = useI18n();
  const [category, setCategory] = useState<Category>("spam");
  const [rules, setRules] = useState<string[]>([]);
  const [comment, setComment] = useState("");
  const [busy, setBusy] = useState(false);
  const instance = useInstance();
  const instanceRules = { data: instance.data?.rules };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    try {
      await api().v1.reports.create({
        accountId: account.id,
        statusIds: status ? [status.id] : [],
        comment,
        category,
        ruleIds: category === "violation" ? rules : undefined,
        forward: false,
      });
      showToast(t("report.sent"));
      onClose();
    } catch (err) {
      showToast(errorMessage(err), true);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Dialog title={t("report.reportNamed", { acct: account.acct })} onClose={onClose}>
      <form onSubmit={submit} className="stack">
        <fieldset>
          <legend>{t("report.category")}</legend>
          {CATEGORIES.map((c) => (
            <label key={c} className="check">
              <input type="radio" name="category" value={c} checked={category === c} onChange={() => setCategory(c)} />
              {t(`report.category.${c}`)}
            </label>
          ))}
        </fieldset>
        {category === "violation" && (
          <fieldset>
            <legend>{t("report.rules")}</legend>
            {(instanceRules.data ?? []).map((r) => (
              <label key={r.id} className="check">
                <input type="checkbox" checked={rules.includes(r.id)} onChange={(e) => setRules(e.target.checked ? [...rules, r.id] : rules.filter((x) => x !== r.id))} />
                {r.text}
              </label>
            ))}
            {instanceRules.data?.length === 0 && <p className="muted">{t("report.noRules")}</p>}
          </fieldset>
        )}
        <label className="field">
          <span>{t("report.comment")}</span>
          <textarea value={comment} maxLength={1000} rows={3} onChange={(e) => setComment(e.target.value)} />
        </label>
        <div className="dialog-actions">
          <button type="button" className="button secondary" onClick={onClose}>
            {t("common.cancel")}
          </button>
          <button type="submit" className="button danger" disabled={busy || (category === "violation" && rules.length === 0 && (instanceRules.data?.length ?? 0) > 0)}>
            {t("report.submit")}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
