import { api, useSession } from "../api/client";
import { PAGE_SIZE, Timeline } from "../components/Timeline";
import { PageTitle } from "../components/PageTitle";
import { useI18n } from "../i18n";

export default function LocalPage({ embedded = false }: { embedded?: boolean; params?: Record<string, string> }) {
  const { t } = useI18n();
  const session = useSession();
  return (
    <>
      <PageTitle title={t("nav.local")} section={embedded} />
      <Timeline
        queryKey={["timeline", "local", !!session]}
        label={t("nav.local")}
        fetchPage={(maxId) => api().v1.timelines.public.list({ local: true, maxId, limit: PAGE_SIZE })}
        fetchNewer={(minId) => api().v1.timelines.public.list({ local: true, minId, limit: 40 })}
        stream={session ? { kind: "local" } : null}
        empty="timeline.localEmpty"
      />
    </>
  );
}
