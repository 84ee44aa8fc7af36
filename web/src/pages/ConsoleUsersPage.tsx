// Users and roles: search accounts, approve or reject pending sign-ups, take a moderation decision about
// an account (warn, strike, limit, mark sensitive, freeze, suspend — always with a statement of reasons
// the person can read and appeal), lift a suspension, and (for admins) change a person's role. Every
// change is recorded in the audit log by the server.
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useId, useState } from "react";
import { ACCOUNT_STATUSES, type AccountStatus, type AdminAccount, accountAction, changeRole, decideAboutAccount, listAccounts, type StaffRole } from "../api/admin";
import { errorMessage } from "../api/client";
import type { ErrorOverrides } from "../i18n/errors";
import { useMe } from "../api/me";
import { ConsoleNav, isAdmin } from "../components/ConsoleNav";
import { DecisionForm } from "../components/DecisionForm";
import { ConfirmDialog, Dialog } from "../components/Dialog";
import { PageTitle } from "../components/PageTitle";
import { StaffGate } from "../components/StaffGate";
import { showToast } from "../components/toast";
import { useI18n } from "../i18n";
import { fullDate, relativeTime } from "../lib/time";
import { Link } from "../router";

const ROLES: StaffRole[] = ["user", "moderator", "admin"];

function statusOf(a: AdminAccount): AccountStatus {
  if (a.suspended) return "suspended";
  if (!a.approved) return "pending";
  if (a.disabled) return "disabled";
  if (a.silenced) return "silenced";
  return "active";
}

type Pending = null | { kind: "decide" | "reject"; account: AdminAccount };

/** What a refusal means for each button: the server's 422 says the account is no longer in that state. */
const LIFT_ERRORS: ErrorOverrides = { 403: "admin.error.staffTarget", 422: "admin.error.notSuspended" };
const PENDING_ERRORS: ErrorOverrides = { 403: "admin.error.staffTarget", 422: "admin.error.notPending" };

function AccountRow({ a, canChangeRoles, meId, onAsk }: { a: AdminAccount; canChangeRoles: boolean; meId: string | undefined; onAsk: (p: Pending) => void }) {
  const { t, locale } = useI18n();
  const qc = useQueryClient();
  const roleId = useId();
  const act = useMutation({
    mutationFn: (job: { run: () => Promise<unknown>; errors?: ErrorOverrides }) => job.run(),
    onSuccess: () => void qc.invalidateQueries({ queryKey: ["admin-accounts"] }),
    // in the reader's language, keyed on the status and the error's details (a lift's 409 names the decision)
    onError: (err, job) => showToast(errorMessage(err, job.errors), true),
  });
  const status = statusOf(a);
  const self = a.id === meId;
  const acct = a.domain ? `${a.username}@${a.domain}` : a.username;
  return (
    <li className="admin-account" data-username={a.username}>
      <div className="admin-account-main">
        <Link to={`/@${a.account?.acct ?? acct}`} className="admin-account-name">
          {a.account?.display_name || a.username} <span className="muted">@{acct}</span>
        </Link>
        <span className={`pill status-${status}`}>{t(`admin.status.${status}`)}</span>
        {a.silenced && status !== "silenced" && <span className="pill status-silenced">{t("admin.status.silenced")}</span>}
        {a.sensitized && <span className="pill status-silenced">{t("admin.sensitized")}</span>}
        {a.rostra.role !== "user" && <span className="pill">{t(`admin.role.${a.rostra.role}`)}</span>}
        <p className="muted small">
          {a.email && <>{a.email} · </>}
          {t("admin.joined")} <time dateTime={a.created_at} title={fullDate(a.created_at, locale)}>{relativeTime(a.created_at, locale)}</time>
        </p>
        {status === "pending" && a.invite_request && <p className="admin-reason"><span className="muted small">{t("admin.reason")}</span> {a.invite_request}</p>}
      </div>
      <div className="admin-account-actions">
        {status === "pending" && (
          <>
            <button type="button" className="button small" disabled={act.isPending} onClick={() => act.mutate({ run: () => accountAction(a.id, "approve").then(() => showToast(t("admin.approved", { name: a.username }))), errors: PENDING_ERRORS })}>
              {t("admin.approve")}
            </button>
            <button type="button" className="button small secondary" disabled={act.isPending} onClick={() => onAsk({ kind: "reject", account: a })}>
              {t("admin.reject")}
            </button>
          </>
        )}
        {canChangeRoles && !a.domain && !self && (
          <span className="inline-field">
            <label htmlFor={roleId}>{t("admin.roleLabel", { name: a.username })}</label>
            <select id={roleId} value={a.rostra.role} disabled={act.isPending} onChange={(e) => {
              const role = e.target.value as StaffRole;
              act.mutate({ run: () => changeRole(a.id, role).then(() => showToast(t("admin.roleChanged", { name: a.username, role: t(`admin.role.${role}`) }))) });
            }}>
              {ROLES.map((r) => <option key={r} value={r}>{t(`admin.role.${r}`)}</option>)}
            </select>
          </span>
        )}
        {!self && status !== "pending" && (a.suspended ? (
          <button type="button" className="button small secondary" disabled={act.isPending} onClick={() => act.mutate({ run: () => accountAction(a.id, "unsuspend").then(() => showToast(t("admin.unsuspended", { name: a.username }))), errors: LIFT_ERRORS })}>
            {t("admin.unsuspend")}
          </button>
        ) : null)}
        {!self && status !== "pending" && (
          <button type="button" className="button small danger" disabled={act.isPending} aria-label={t("admin.takeActionOn", { name: a.username })} onClick={() => onAsk({ kind: "decide", account: a })}>
            {t("admin.takeAction")}
          </button>
        )}
      </div>
    </li>
  );
}

function Users() {
  const { t } = useI18n();
  const { me } = useMe();
  const qc = useQueryClient();
  const [status, setStatus] = useState<AccountStatus | "">("");
  const [staff, setStaff] = useState(false);
  const [search, setSearch] = useState("");
  const [username, setUsername] = useState("");
  const [pending, setPending] = useState<Pending>(null);
  const q = useQuery({ queryKey: ["admin-accounts", status, staff, username], queryFn: () => listAccounts({ status, staff, username }) });
  const done = (text: string) => {
    showToast(text);
    void qc.invalidateQueries({ queryKey: ["admin-accounts"] });
  };
  const fail = (err: unknown) => showToast(errorMessage(err, PENDING_ERRORS), true);
  return (
    <section aria-labelledby="users-title">
      <h2 id="users-title" className="visually-hidden">{t("admin.users")}</h2>
      <form className="panel filter-bar" role="search" onSubmit={(e) => {
        e.preventDefault();
        setUsername(search.trim());
      }}>
        <label className="field grow">
          <span>{t("admin.search")}</span>
          <input type="search" value={search} onChange={(e) => setSearch(e.target.value)} placeholder={t("admin.searchPlaceholder")} />
        </label>
        <label className="field">
          <span>{t("admin.statusFilter")}</span>
          <select value={status} onChange={(e) => setStatus(e.target.value as AccountStatus | "")}>
            <option value="">{t("admin.status.all")}</option>
            {ACCOUNT_STATUSES.map((s) => <option key={s} value={s}>{t(`admin.status.${s}`)}</option>)}
          </select>
        </label>
        <label className="check"><input type="checkbox" checked={staff} onChange={(e) => setStaff(e.target.checked)} />{t("admin.staffOnly")}</label>
        <button type="submit" className="button small">{t("admin.searchButton")}</button>
      </form>
      {q.isPending && <p className="loading" role="status">{t("common.loading")}</p>}
      {q.isError && <p className="error" role="alert">{errorMessage(q.error)}</p>}
      {q.data?.length === 0 && <p className="empty">{t("admin.noAccounts")}</p>}
      <ul className="plain-list" aria-label={t("admin.accountList")}>
        {(q.data ?? []).map((a) => <AccountRow key={a.id} a={a} canChangeRoles={isAdmin(me)} meId={me?.id} onAsk={setPending} />)}
      </ul>
      {pending?.kind === "decide" && (
        <Dialog title={t("admin.actionTitle", { name: pending.account.username })} onClose={() => setPending(null)}>
          <p className="muted small">{t("admin.actionIntro", { name: pending.account.username })}</p>
          <DecisionForm
            subject="account"
            initialActions={[]}
            submitLabel={t("console.decideButton")}
            onCancel={() => setPending(null)}
            onSubmit={async (body) => {
              await decideAboutAccount(pending.account.id, body);
              setPending(null);
              done(t("admin.decided", { name: pending.account.username }));
            }}
          />
        </Dialog>
      )}
      {pending?.kind === "reject" && (
        <ConfirmDialog
          title={t("admin.rejectTitle", { name: pending.account.username })}
          message={t("admin.rejectConfirm")}
          confirmLabel={t("admin.reject")}
          danger
          onClose={() => setPending(null)}
          onConfirm={() => void accountAction(pending.account.id, "reject").then(() => done(t("admin.rejected", { name: pending.account.username })), fail)}
        />
      )}
    </section>
  );
}

export default function ConsoleUsersPage() {
  const { t } = useI18n();
  return (
    <>
      <PageTitle title={t("admin.users")} />
      <StaffGate>
        <ConsoleNav />
        <Users />
      </StaffGate>
    </>
  );
}
