import { api } from "../api/client";
import { PageTitle } from "../components/PageTitle";
import { PAGE_SIZE, Timeline } from "../components/Timeline";
import { useI18n } from "../i18n";
import { RequireSignIn } from "../components/RequireSignIn";

export default function BookmarksPage() {
  const { t } = useI18n();
  return (
    <RequireSignIn>
      <PageTitle title={t("nav.bookmarks")} />
      <Timeline queryKey={["timeline", "bookmarks"]} label={t("nav.bookmarks")} empty="timeline.bookmarksEmpty" fetchPage={(maxId) => api().v1.bookmarks.list({ maxId, limit: PAGE_SIZE })} />
    </RequireSignIn>
  );
}
