// Keyword filters (v2): words to warn about, hide or blur, in chosen contexts, optionally expiring.
import { useQuery, useQueryClient } from "@tanstack/react-query";
import type { mastodon } from "masto";
import { type FormEvent, useState } from "react";
import { api, errorMessage } from "../api/client";
import { ConfirmDialog } from "../components/Dialog";
import { PageTitle } from "../components/PageTitle";
import { RequireSignIn } from "../components/RequireSignIn";
import { showToast } from "../components/toast";
import { useI18n } from "../i18n";

const CONTEXTS = ["home", "notifications", "public", "thread", "account"] as const;
const ACTIONS = ["warn", "hide", "blur"] as const;

export default function FiltersPage() {
  const { t } = useI18n();
  const qc = useQueryClient();
  const filters = useQuery({ queryKey: ["filters"], queryFn: async () => await api().v2.filters.list() });
  const [title, setTitle] = useState("");
  const [keywords, setKeywords] = useState("");
  const [contexts, setContexts] = useState<string[]>(["home", "public", "thread"]);
  const [action, setAction] = useState<(typeof ACTIONS)[number]>("warn");
  const [expiresIn, setExpiresIn] = useState(0);
  const [deleting, setDeleting] = useState<string | null>(null);

  const create = async (e: FormEvent) => {
    e.preventDefault();
    try {
      await api().v2.filters.create({
        title,
        context: contexts as mastodon.v2.FilterContext[],
        filterAction: action as mastodon.v2.FilterAction,
        expiresIn: expiresIn || undefined,
        keywordsAttributes: keywords.split(",").map((k) => k.trim()).filter(Boolean).map((keyword) => ({ keyword, wholeWord: true })),
      });
      setTitle("");
      setKeywords("");
      await qc.invalidateQueries({ queryKey: ["filters"] });
    } catch (err) {
      showToast(errorMessage(err), true);
    }
  };

  return (
    <RequireSignIn>
      <PageTitle title={t("filters.title")} />
      <form className="panel stack" onSubmit={create}>
        <h2>{t("filters.new")}</h2>
        <label className="field"><span>{t("filters.name")}</span><input type="text" required maxLength={100} value={title} onChange={(e) => setTitle(e.target.value)} /></label>
        <label className="field"><span>{t("filters.keywords")}</span><input type="text" required value={keywords} onChange={(e) => setKeywords(e.target.value)} /></label>
        <fieldset>
          <legend>{t("filters.contexts")}</legend>
          {CONTEXTS.map((c) => (
            <label key={c} className="check"><input type="checkbox" checked={contexts.includes(c)} onChange={(e) => setContexts(e.target.checked ? [...contexts, c] : contexts.filter((x) => x !== c))} />{t(`filters.context.${c}`)}</label>
          ))}
        </fieldset>
        <fieldset>
          <legend>{t("filters.action")}</legend>
          {ACTIONS.map((a) => (
            <label key={a} className="check"><input type="radio" name="filter-action" checked={action === a} onChange={() => setAction(a)} />{t(`filters.action.${a}`)}</label>
          ))}
        </fieldset>
        <div className="field">
          <label htmlFor="filter-select-1">{t("filters.expires")}</label>
          <select id="filter-select-1" value={expiresIn} onChange={(e) => setExpiresIn(Number(e.target.value))}>
            <option value={0}>{t("filters.never")}</option>
            <option value={3600}>{t("duration.hours", { n: 1 })}</option>
            <option value={86_400}>{t("duration.days", { n: 1 })}</option>
            <option value={604_800}>{t("duration.days", { n: 7 })}</option>
          </select>
        </div>
        <button type="submit" className="button" disabled={contexts.length === 0}>{t("filters.create")}</button>
      </form>
      {filters.isSuccess && filters.data.length === 0 && <p className="empty">{t("filters.empty")}</p>}
      <ul className="plain-list">
        {(filters.data ?? []).map((f) => (
          <li key={f.id} className="row">
            <span className="grow">
              <strong>{f.title}</strong> · {t(`filters.action.${f.filterAction as (typeof ACTIONS)[number]}`)}
              <br />
              <span className="muted small">{(f.keywords ?? []).map((k) => k.keyword).join(", ")}</span>
            </span>
            <button type="button" className="button small secondary" onClick={() => setDeleting(f.id)}>{t("common.delete")}</button>
          </li>
        ))}
      </ul>
      {deleting && (
        <ConfirmDialog title={t("filters.deleteTitle")} message={t("filters.deleteConfirm")} confirmLabel={t("common.delete")} danger onClose={() => setDeleting(null)}
          onConfirm={() => void api().v2.filters.$select(deleting).remove().then(() => qc.invalidateQueries({ queryKey: ["filters"] }), (err) => showToast(errorMessage(err), true))} />
      )}
    </RequireSignIn>
  );
}
