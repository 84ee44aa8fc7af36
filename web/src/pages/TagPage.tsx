import { useQuery, useQueryClient } from "@tanstack/react-query";
import { api, errorMessage, useSession } from "../api/client";
import { PageTitle } from "../components/PageTitle";
import { PAGE_SIZE, Timeline } from "../components/Timeline";
import { showToast } from "../components/toast";
import { useI18n } from "../i18n";

export default function TagPage({ params }: { params: Record<string, string> }) {
  const { t } = useI18n();
  const tag = params.tag.replace(/^#/, "").replace(/\.rss$/, "");
  const session = useSession();
  const qc = useQueryClient();
  const info = useQuery({ queryKey: ["tag", tag, !!session], enabled: !!session, queryFn: () => api().v1.tags.$select(tag).fetch() });
  const toggle = async () => {
    try {
      const res = info.data?.following ? await api().v1.tags.$select(tag).unfollow() : await api().v1.tags.$select(tag).follow();
      qc.setQueryData(["tag", tag, true], res);
    } catch (err) {
      showToast(errorMessage(err), true);
    }
  };
  return (
    <>
      <PageTitle title={`#${tag}`}>
        {session && info.data && (
          <button type="button" className={info.data.following ? "button secondary small" : "button small"} onClick={() => void toggle()}>
            {info.data.following ? t("tag.unfollow") : t("tag.follow")}
          </button>
        )}
        <a className="rss-link small" href={`/tags/${encodeURIComponent(tag)}.rss`}>RSS</a>
      </PageTitle>
      <Timeline
        queryKey={["timeline", "tag", tag, !!session]}
        label={`#${tag}`}
        fetchPage={(maxId) => api().v1.timelines.tag.$select(tag).list({ maxId, limit: PAGE_SIZE })}
        fetchNewer={(minId) => api().v1.timelines.tag.$select(tag).list({ minId, limit: 40 })}
        stream={session ? { kind: "hashtag", tag } : null}
        empty="timeline.tagEmpty"
      />
    </>
  );
}
