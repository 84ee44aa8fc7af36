// What a visitor without an account sees first: what this is, how to join, and the local timeline.
import { useInstance } from "../api/me";
import { beginSignIn, beginSignUp } from "../api/oauth";
import { useI18n } from "../i18n";
import { isDefaultDescription } from "../lib/instance";
import { PageTitle } from "../components/PageTitle";
import { Link } from "../router";
import LocalPage from "./LocalPage";

export function LandingPage() {
  const { t, locale } = useI18n();
  const instance = useInstance();
  const reg = instance.data?.registrations;
  const description = instance.data?.description;
  return (
    <>
      <PageTitle title={instance.data?.title ?? "Rostra"} />
      <section className="hero">
        {/* no description set: the landing page's own pitch, in the reader's language (lib/instance.ts) */}
        <p>{isDefaultDescription(description) ? t("landing.tagline") : description}</p>
        {reg && !reg.enabled && <p className="muted" role="note">{reg.message || t("landing.closed")}</p>}
        {reg?.enabled && reg.approvalRequired && <p className="muted small" role="note">{t("landing.approval")}</p>}
        <div className="row">
          {reg?.enabled !== false && (
            <button type="button" className="button" onClick={() => void beginSignUp("/", locale)}>
              {t("nav.signUp")}
            </button>
          )}
          <button type="button" className="button secondary" onClick={() => void beginSignIn("/", locale)}>
            {t("nav.signIn")}
          </button>
        </div>
        <p className="small">
          <Link to="/restricted">{t("redress.link")}</Link>
        </p>
      </section>
      <LocalPage embedded />
    </>
  );
}
