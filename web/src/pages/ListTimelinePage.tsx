import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { api, errorMessage } from "../api/client";
import { AccountList } from "../components/AccountList";
import { PageTitle } from "../components/PageTitle";
import { RequireSignIn } from "../components/RequireSignIn";
import { PAGE_SIZE, Timeline } from "../components/Timeline";
import { showToast } from "../components/toast";
import { useI18n } from "../i18n";

export default function ListTimelinePage({ params }: { params: Record<string, string> }) {
  const { t } = useI18n();
  const qc = useQueryClient();
  const id = params.id;
  const list = useQuery({ queryKey: ["list", id], queryFn: () => api().v1.lists.$select(id).fetch() });
  const [managing, setManaging] = useState(false);
  const [acct, setAcct] = useState("");
  const add = async () => {
    try {
      const a = await api().v1.accounts.lookup({ acct: acct.replace(/^@/, "") });
      await api().v1.lists.$select(id).accounts.create({ accountIds: [a.id] });
      setAcct("");
      await qc.invalidateQueries({ queryKey: ["list-members", id] });
    } catch (err) {
      showToast(errorMessage(err), true);
    }
  };
  return (
    <RequireSignIn>
      <PageTitle title={list.data?.title ?? t("nav.lists")}>
        <button type="button" className="button small secondary" aria-expanded={managing} onClick={() => setManaging(!managing)}>{t("lists.members")}</button>
      </PageTitle>
      {managing && (
        <section className="panel">
          <form className="row" onSubmit={(e) => { e.preventDefault(); void add(); }}>
            <label htmlFor="list-add" className="visually-hidden">{t("lists.addPerson")}</label>
            <input id="list-add" className="grow" type="text" value={acct} placeholder="@username" onChange={(e) => setAcct(e.target.value)} />
            <button type="submit" className="button small">{t("lists.add")}</button>
          </form>
          <AccountList
            queryKey={["list-members", id]}
            label={t("lists.members")}
            empty="lists.noMembers"
            fetchPage={(maxId) => api().v1.lists.$select(id).accounts.list({ maxId, limit: 40 })}
            actions={(a) => (
              <button type="button" className="button small secondary" onClick={() => void api().v1.lists.$select(id).accounts.remove({ accountIds: [a.id] }).then(() => qc.invalidateQueries({ queryKey: ["list-members", id] }))}>
                {t("lists.remove")}
              </button>
            )}
          />
        </section>
      )}
      <Timeline queryKey={["timeline", "list", id]} label={list.data?.title ?? ""} empty="timeline.listEmpty" stream={{ kind: "list", list: id }} fetchPage={(maxId) => api().v1.timelines.list.$select(id).list({ maxId, limit: PAGE_SIZE })} fetchNewer={(minId) => api().v1.timelines.list.$select(id).list({ minId, limit: 40 })} />
    </RequireSignIn>
  );
}
