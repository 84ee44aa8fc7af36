// The app shell: skip link, navigation (side bar on wide screens, tab bar on phones), the page, and
// the compose dialog. Everything else is a page.
import { Suspense, useEffect } from "react";
import { useMe } from "./api/me";
import { useSession } from "./api/client";
import { ComposeDialog } from "./compose/ComposeDialog";
import { Aside } from "./components/Aside";
import { Nav } from "./components/Nav";
import { Toasts } from "./components/toast";
import { useI18n } from "./i18n";
import { syncFromServer } from "./lib/prefs";
import { resolveRoute } from "./routes";
import { useLocation } from "./router";

export function App() {
  const { path } = useLocation();
  const { t } = useI18n();
  const session = useSession();
  const { me } = useMe();
  const { Page, params } = resolveRoute(path);
  useEffect(() => {
    syncFromServer(me?.source as Parameters<typeof syncFromServer>[0]);
  }, [me]);
  return (
    <div className={session ? "app signed-in" : "app"}>
      <a className="skip-link" href="#main">
        {t("nav.skip")}
      </a>
      <Nav me={me} />
      <main id="main" tabIndex={-1}>
        <Suspense fallback={<p className="loading" role="status">{t("common.loading")}</p>}>
          <Page key={path} params={params} />
        </Suspense>
      </main>
      <Aside />
      <ComposeDialog />
      <Toasts />
    </div>
  );
}
