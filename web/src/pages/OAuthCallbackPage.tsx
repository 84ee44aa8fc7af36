import { useQueryClient } from "@tanstack/react-query";
import { useEffect, useRef, useState } from "react";
import { errorMessage } from "../api/client";
import { completeSignIn, SignInError } from "../api/oauth";
import { PageTitle } from "../components/PageTitle";
import { useI18n } from "../i18n";
import { navigate, useLocation } from "../router";

export default function OAuthCallbackPage() {
  const { t } = useI18n();
  const { query } = useLocation();
  const qc = useQueryClient();
  const [failed, setFailed] = useState<{ error: unknown } | null>(null);
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
      .catch((error: unknown) => setFailed({ error }));
  }, [query, qc]);
  /** In the reader's language: the OAuth code the server sent back, else the token exchange's error. */
  const failureText = (err: unknown) => {
    if (!(err instanceof SignInError)) return errorMessage(err);
    if (err.message === "state") return t("signIn.stateMismatch");
    return err.message === "access_denied" ? t("signIn.denied") : t("signIn.refused");
  };
  return (
    <>
      <PageTitle title={failed ? t("signIn.failed") : t("signIn.finishing")} />
      {failed && <p className="error" role="alert">{failureText(failed.error)}</p>}
    </>
  );
}
