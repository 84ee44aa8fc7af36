// The audit log: every staff action, newest first, and a check that its hash chain is unbroken.
import { useInfiniteQuery, useMutation } from "@tanstack/react-query";
import type { AuditEntry, ChainReport } from "../api/admin";
import { errorMessage } from "../api/client";
import { rostra } from "../api/rostra";
import { ConsoleNav } from "../components/ConsoleNav";
import { PageTitle } from "../components/PageTitle";
import { StaffGate } from "../components/StaffGate";
import { useI18n } from "../i18n";
import { auditActionLabel, describeFields, subjectLabel } from "../i18n/labels";
import { fullDate } from "../lib/time";

const PAGE = 50;

function Verify() {
  const { t } = useI18n();
  const m = useMutation({ mutationFn: () => rostra<ChainReport>("/api/v1/rostra/admin/audit/verify") });
  return (
    <div className="panel">
      <button type="button" className="button small secondary" disabled={m.isPending} onClick={() => m.mutate()}>{t("audit.verify")}</button>
      <p role="status" className={m.data && !m.data.ok ? "error" : undefined}>
        {m.isPending ? t("audit.verifying") : m.data ? (m.data.ok ? t("audit.chainOk", { rows: m.data.rows }) : t("audit.chainBroken", { seq: m.data.brokenAt ?? "?", reason: m.data.reason ?? "" })) : m.isError ? errorMessage(m.error) : ""}
      </p>
    </div>
  );
}

function Log() {
  const { t, locale } = useI18n();
  const q = useInfiniteQuery({
    queryKey: ["audit"],
    refetchOnMount: "always",
    initialPageParam: 0,
    queryFn: ({ pageParam }) => rostra<AuditEntry[]>(`/api/v1/rostra/admin/audit?limit=${PAGE}${pageParam ? `&before_seq=${pageParam}` : ""}`),
    getNextPageParam: (last) => (last.length === PAGE ? last[last.length - 1].seq : undefined),
  });
  const rows = q.data?.pages.flat() ?? [];
  return (
    <section aria-labelledby="audit-list">
      <h2 id="audit-list" className="visually-hidden">{t("audit.title")}</h2>
      {q.isPending && <p className="loading" role="status">{t("common.loading")}</p>}
      {q.isError && <p className="error" role="alert">{errorMessage(q.error)}</p>}
      {rows.length === 0 && q.isSuccess && <p className="empty">{t("audit.empty")}</p>}
      {rows.length > 0 && (
        <div className="table-scroll">
          <table className="table audit-table stack-table" role="table">
            <thead>
              <tr role="row"><th scope="col">#</th><th scope="col">{t("audit.when")}</th><th scope="col">{t("audit.action")}</th><th scope="col">{t("audit.details")}</th></tr>
            </thead>
            <tbody>
              {rows.map((e) => {
                const details = describeFields(t, e.payload).join(" · ");
                return (
                  <tr key={e.seq} role="row">
                    <td role="cell" className="muted small">{e.seq}</td>
                    <td role="cell"><time dateTime={e.created_at}>{fullDate(e.created_at, locale)}</time></td>
                    <td role="cell" title={e.action}>
                      {auditActionLabel(t, e.action)}
                      {e.subject_type && <span className="muted small"><br />{subjectLabel(t, e.subject_type)} <span translate="no">{e.subject_id ?? ""}</span></span>}
                    </td>
                    <td role="cell" className="audit-details" data-label={details ? t("audit.details") : undefined}>{details}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      {q.hasNextPage && (
        <div className="panel"><button type="button" className="button secondary wide" disabled={q.isFetchingNextPage} onClick={() => void q.fetchNextPage()}>{t("timeline.loadMore")}</button></div>
      )}
    </section>
  );
}

export default function ConsoleAuditPage() {
  const { t } = useI18n();
  return (
    <>
      <PageTitle title={t("audit.title")} />
      <StaffGate>
        <ConsoleNav />
        <Verify />
        <Log />
      </StaffGate>
    </>
  );
}
