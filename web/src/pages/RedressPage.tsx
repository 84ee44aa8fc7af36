// For a suspended or frozen account, which can't sign in: the password gives a short-lived redress
// token (kept only in this page's memory) that reads the account's moderation decisions and files
// appeals, and nothing else.
import { useQuery } from "@tanstack/react-query";
import { type FormEvent, useId, useState } from "react";
import { type ModerationMessage, RostraApiError, rostra, type Statement } from "../api/rostra";
import { beginSignIn } from "../api/oauth";
import { PageTitle } from "../components/PageTitle";
import { useI18n } from "../i18n";
import { fullDate } from "../lib/time";
import { AppealForm, StatementView } from "./StatementPage";

interface Access {
  token: string;
  expiresAt: string;
}

function SignInForm({ onAccess }: { onAccess: (a: Access) => void }) {
  const { t, locale } = useI18n();
  const id = useId();
  const [login, setLogin] = useState("");
  const [password, setPassword] = useState("");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<null | "wrong" | "notRestricted" | "tooMany" | "failed">(null);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const res = await rostra<{ access_token: string; expires_at: string }>("/api/v1/rostra/redress/sign_in", { method: "POST", body: { username: login.trim(), password }, token: null });
      setPassword("");
      onAccess({ token: res.access_token, expiresAt: res.expires_at });
    } catch (err) {
      const status = err instanceof RostraApiError ? err.status : 0;
      setError(status === 401 ? "wrong" : status === 422 ? "notRestricted" : status === 429 ? "tooMany" : "failed");
    } finally {
      setBusy(false);
    }
  };
  return (
    <form className="panel stack" onSubmit={submit} aria-describedby={`${id}-intro`}>
      <p id={`${id}-intro`}>{t("redress.intro")}</p>
      <label className="field">
        <span>{t("redress.login")}</span>
        <input type="text" autoComplete="username" required maxLength={320} value={login} onChange={(e) => setLogin(e.target.value)} />
      </label>
      <label className="field">
        <span>{t("redress.password")}</span>
        <input type="password" autoComplete="current-password" required maxLength={1024} value={password} onChange={(e) => setPassword(e.target.value)} />
      </label>
      {error && (
        <p className="error" role="alert">
          {error === "failed" ? t("common.loadFailed") : t(`redress.${error}`)}
          {error === "notRestricted" && (
            <>
              {" "}
              <button type="button" className="button small secondary" onClick={() => void beginSignIn("/", locale)}>{t("nav.signIn")}</button>
            </>
          )}
        </p>
      )}
      <div>
        <button type="submit" className="button" disabled={busy || !login.trim() || !password}>{t("redress.submit")}</button>
      </div>
    </form>
  );
}

function Decision({ id, token, onBack }: { id: string; token: string; onBack: () => void }) {
  const { t, locale } = useI18n();
  const q = useQuery({ queryKey: ["redress-statement", id, locale, token], retry: false, queryFn: () => rostra<Statement>(`/api/v1/rostra/decisions/${encodeURIComponent(id)}?lang=${locale}`, { token }) });
  return (
    <section className="panel stack" aria-labelledby="redress-statement">
      <h2 id="redress-statement">{t("statement.title")}</h2>
      {q.isPending && <p className="loading" role="status">{t("common.loading")}</p>}
      {q.isError && <p className="error" role="alert">{expired(q.error) ? t("redress.expired") : t("common.loadFailed")}</p>}
      {q.data && <StatementView s={q.data} />}
      {q.data?.can_appeal && <AppealForm decisionId={id} token={token} onSent={() => void q.refetch()} />}
      <div>
        <button type="button" className="button small secondary" onClick={onBack}>{t("redress.back")}</button>
      </div>
    </section>
  );
}

const expired = (err: unknown) => err instanceof RostraApiError && err.status === 401;

function Decisions({ access, onLeave }: { access: Access; onLeave: () => void }) {
  const { t, locale } = useI18n();
  const [open, setOpen] = useState<string | null>(null);
  const q = useQuery({ queryKey: ["redress-messages", access.token], retry: false, queryFn: () => rostra<ModerationMessage[]>("/api/v1/rostra/moderation/messages", { token: access.token }) });
  const decisions = (q.data ?? []).filter((m) => m.kind === "statement" && m.decision_id);
  if (expired(q.error)) {
    return (
      <p className="panel error" role="alert">
        {t("redress.expired")} <button type="button" className="button small secondary" onClick={onLeave}>{t("redress.submit")}</button>
      </p>
    );
  }
  return (
    <>
      <p className="muted small panel">
        {t("redress.expires", { time: fullDate(access.expiresAt, locale) })}{" "}
        <button type="button" className="button small secondary" onClick={onLeave}>{t("redress.leave")}</button>
      </p>
      {open ? (
        <Decision id={open} token={access.token} onBack={() => setOpen(null)} />
      ) : (
        <section className="panel stack" aria-labelledby="redress-list">
          <h2 id="redress-list">{t("statements.title")}</h2>
          {q.isPending && <p className="loading" role="status">{t("common.loading")}</p>}
          {q.isError && <p className="error" role="alert">{t("common.loadFailed")}</p>}
          {q.isSuccess && decisions.length === 0 && <p className="empty">{t("statements.none")}</p>}
          <ul className="plain-list">
            {decisions.map((m) => (
              <li key={m.id}>
                <span className="muted small">{fullDate(m.created_at, locale)}</span>
                <br />
                <button type="button" className="text-link" onClick={() => setOpen(m.decision_id)}>{t("statements.decisionAboutYou")}</button>
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}

export default function RedressPage() {
  const { t } = useI18n();
  const [access, setAccess] = useState<Access | null>(null);
  return (
    <>
      <PageTitle title={t("redress.title")} />
      {access ? <Decisions access={access} onLeave={() => setAccess(null)} /> : <SignInForm onAccess={setAccess} />}
    </>
  );
}
