import type { ReactNode } from "react";
import { useMe } from "../api/me";
import { beginSignIn } from "../api/oauth";
import { useI18n } from "../i18n";

export function RequireSignIn({ children }: { children: ReactNode }) {
  const { me, loading } = useMe();
  const { t, locale } = useI18n();
  if (loading) return <p className="loading" role="status">{t("common.loading")}</p>;
  if (!me)
    return (
      <div className="hero">
        <p>{t("common.signInNeeded")}</p>
        <button type="button" className="button" onClick={() => void beginSignIn(location.pathname + location.search, locale)}>
          {t("nav.signIn")}
        </button>
      </div>
    );
  return <>{children}</>;
}
