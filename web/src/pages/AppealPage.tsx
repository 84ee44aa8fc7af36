// A second moderator reviews an appeal: the original statement, the appeal, and uphold or reverse.
import { useQuery } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { errorMessage } from "../api/client";
import { type PendingAppeal, rostra, type Statement } from "../api/rostra";
import { PageTitle } from "../components/PageTitle";
import { StaffGate } from "../components/StaffGate";
import { showToast } from "../components/toast";
import { useI18n } from "../i18n";
import { navigate, useLocation } from "../router";
import { StatementView } from "./StatementPage";

export default function AppealPage({ params }: { params: Record<string, string> }) {
  const { t, locale } = useI18n();
  const { query } = useLocation();
  const decisionId = query.get("decision") ?? "";
  const statement = useQuery({ queryKey: ["statement", decisionId, locale], enabled: !!decisionId, queryFn: () => rostra<Statement>(`/api/v1/rostra/decisions/${encodeURIComponent(decisionId)}?lang=${locale}`) });
  const appeals = useQuery({ queryKey: ["console-appeals"], queryFn: () => rostra<PendingAppeal[]>("/api/v1/rostra/admin/appeals") });
  const appeal = appeals.data?.find((a) => a.id === params.id);
  const [reason, setReason] = useState("");
  const resolve = async (e: FormEvent, outcome: "upheld" | "reversed") => {
    e.preventDefault();
    try {
      await rostra(`/api/v1/rostra/admin/appeals/${encodeURIComponent(params.id)}/resolve`, { method: "POST", body: { outcome, reason } });
      showToast(t("console.appealResolved"));
      navigate("/console");
    } catch (err) {
      // 403: the deciding moderator or the appellant; 409/422: answered already, or the decision was replaced
      showToast(errorMessage(err, { 403: "console.error.appealReviewer", 409: "console.error.appealAnswered", 422: "console.error.appealAnswered" }), true);
    }
  };
  return (
    <>
      <PageTitle title={t("console.appealTitle")} />
      <StaffGate>
        <div className="panel stack">
          {statement.data && <StatementView s={statement.data} />}
          {appeal && <blockquote className="quote"><strong>{t("statement.appeal")}:</strong> {appeal.text}</blockquote>}
          <form className="stack" onSubmit={(e) => void resolve(e, "upheld")}>
            <div className="field">
              <label htmlFor="appeal-reason">{t("console.appealReason")}</label>
              <textarea id="appeal-reason" required rows={3} maxLength={5000} value={reason} onChange={(e) => setReason(e.target.value)} />
            </div>
            <div className="row">
              <button type="submit" className="button secondary" disabled={!reason.trim()}>{t("console.uphold")}</button>
              <button type="button" className="button" disabled={!reason.trim()} onClick={(e) => void resolve(e as unknown as FormEvent, "reversed")}>{t("console.reverse")}</button>
            </div>
          </form>
        </div>
      </StaffGate>
    </>
  );
}
