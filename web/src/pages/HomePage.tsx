import { useMe } from "../api/me";
import { Composer } from "../compose/Composer";
import { Timeline, PAGE_SIZE } from "../components/Timeline";
import { api } from "../api/client";
import { useI18n } from "../i18n";
import { LandingPage } from "./LandingPage";
import { PageTitle } from "../components/PageTitle";

export default function HomePage() {
  const { me, loading } = useMe();
  const { t } = useI18n();
  if (loading) return <p className="loading" role="status">{t("common.loading")}</p>;
  if (!me) return <LandingPage />;
  return (
    <>
      <PageTitle title={t("nav.home")} />
      <Composer me={me} />
      <Timeline
        queryKey={["timeline", "home"]}
        label={t("nav.home")}
        fetchPage={(maxId) => api().v1.timelines.home.list({ maxId, limit: PAGE_SIZE })}
        fetchNewer={(minId) => api().v1.timelines.home.list({ minId, limit: 40 })}
        stream={{ kind: "user" }}
        empty="timeline.homeEmpty"
      />
    </>
  );
}
