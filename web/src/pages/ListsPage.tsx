// Lists: create, rename, delete; open one to read its timeline and manage its members.
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { api, errorMessage } from "../api/client";
import { ConfirmDialog } from "../components/Dialog";
import { PageTitle } from "../components/PageTitle";
import { RequireSignIn } from "../components/RequireSignIn";
import { showToast } from "../components/toast";
import { useI18n } from "../i18n";
import { Link } from "../router";

export default function ListsPage() {
  const { t } = useI18n();
  const qc = useQueryClient();
  const lists = useQuery({ queryKey: ["lists"], queryFn: async () => await api().v1.lists.list() });
  const [title, setTitle] = useState("");
  const [deleting, setDeleting] = useState<string | null>(null);
  const create = async (e: FormEvent) => {
    e.preventDefault();
    try {
      await api().v1.lists.create({ title: title.trim() });
      setTitle("");
      await qc.invalidateQueries({ queryKey: ["lists"] });
    } catch (err) {
      showToast(errorMessage(err), true);
    }
  };
  return (
    <RequireSignIn>
      <PageTitle title={t("nav.lists")} />
      <form className="row" onSubmit={create}>
        <label htmlFor="new-list" className="visually-hidden">{t("lists.newTitle")}</label>
        <input id="new-list" className="grow" type="text" maxLength={100} value={title} placeholder={t("lists.newTitle")} onChange={(e) => setTitle(e.target.value)} />
        <button type="submit" className="button" disabled={!title.trim()}>{t("lists.create")}</button>
      </form>
      {lists.isSuccess && lists.data.length === 0 && <p className="empty">{t("lists.empty")}</p>}
      <ul className="plain-list">
        {(lists.data ?? []).map((l) => (
          <li key={l.id} className="row">
            <Link to={`/lists/${l.id}`} className="grow">{l.title}</Link>
            <button type="button" className="button small secondary" onClick={() => setDeleting(l.id)}>{t("common.delete")}</button>
          </li>
        ))}
      </ul>
      {deleting && (
        <ConfirmDialog
          title={t("lists.deleteTitle")}
          message={t("lists.deleteConfirm")}
          confirmLabel={t("common.delete")}
          danger
          onClose={() => setDeleting(null)}
          onConfirm={() => void api().v1.lists.$select(deleting).remove().then(() => qc.invalidateQueries({ queryKey: ["lists"] }), (err) => showToast(errorMessage(err), true))}
        />
      )}
    </RequireSignIn>
  );
}
