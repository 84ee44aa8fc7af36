import { useQueryClient } from "@tanstack/react-query";
import { useEffect, useRef, useState } from "react";
import { completeSignIn } from "../api/oauth";
import { PageTitle } from "../components/PageTitle";
import { useI18n } from "../i18n";
import { navigate, useLocation } from "../router";

export default function OAuthCallbackPage() {
  const { t } = useI18n();
  const { query } = useLocation();
  const qc = useQueryClient();
  const [failed, setFailed] = useState<string | null>(null);
  const started = useRef(false);
  useEffect(() => {
    // the code is single-use: StrictMode's double effect must not spend it twice
    if (started.current) return;
    started.current = true;
    completeSignIn(query)
      .then((returnTo) => {
        qc.clear();
        navigate(returnTo, { replace: true });
      })
      .catch((err: Error) => setFailed(err.message));
  }, [query, qc]);
  return (
    <>
      <PageTitle title={failed ? t("signIn.failed") : t("signIn.finishing")} />
      {failed && <p className="error" role="alert">{failed === "state" ? t("signIn.stateMismatch") : failed}</p>}
    </>
  );
}
