import { useQueryClient } from "@tanstack/react-query";
import { api, errorMessage } from "../api/client";
import { AccountList } from "../components/AccountList";
import { PageTitle } from "../components/PageTitle";
import { RequireSignIn } from "../components/RequireSignIn";
import { showToast } from "../components/toast";
import { useI18n } from "../i18n";

export default function FollowRequestsPage() {
  const { t } = useI18n();
  const qc = useQueryClient();
  const decide = async (id: string, accept: boolean) => {
    try {
      const sel = api().v1.followRequests.$select(id);
      await (accept ? sel.authorize() : sel.reject());
      await qc.invalidateQueries({ queryKey: ["follow-requests"] });
    } catch (err) {
      showToast(errorMessage(err), true);
    }
  };
  return (
    <RequireSignIn>
      <PageTitle title={t("followRequests.title")} />
      <AccountList
        queryKey={["follow-requests"]}
        label={t("followRequests.title")}
        empty="followRequests.empty"
        fetchPage={(maxId) => api().v1.followRequests.list({ maxId, limit: 40 })}
        actions={(a) => (
          <span className="row">
            <button type="button" className="button small" onClick={() => void decide(a.id, true)}>{t("followRequests.accept")}</button>
            <button type="button" className="button small secondary" onClick={() => void decide(a.id, false)}>{t("followRequests.reject")}</button>
          </span>
        )}
      />
    </RequireSignIn>
  );
}
