// A post with the replies above it (ancestors) and below it (descendants, indented by depth).
import { useQuery } from "@tanstack/react-query";
import type { mastodon } from "masto";
import { useEffect } from "react";
import { api, errorStatus } from "../api/client";
import { fetchStatuses } from "../api/status-store";
import { useMe } from "../api/me";
import { Composer } from "../compose/Composer";
import { PageTitle } from "../components/PageTitle";
import { StatusCard } from "../components/status/StatusCard";
import { useI18n } from "../i18n";
import { htmlToText } from "../lib/sanitize";

function depths(root: string, descendants: mastodon.v1.Status[]): Map<string, number> {
  const depth = new Map<string, number>([[root, 0]]);
  for (const s of descendants) depth.set(s.id, Math.min((depth.get(s.inReplyToId ?? "") ?? 0) + 1, 6));
  return depth;
}

export default function ThreadPage({ params }: { params: Record<string, string> }) {
  const { t } = useI18n();
  const { me } = useMe();
  const id = params.id;
  const status = useQuery({ queryKey: ["status", id, !!me], queryFn: () => fetchStatuses(() => api().v1.statuses.$select(id).fetch(), (st) => [st]), retry: (n, err) => errorStatus(err) !== 404 && n < 1 });
  const context = useQuery({ queryKey: ["context", id, !!me], queryFn: () => fetchStatuses(() => api().v1.statuses.$select(id).context.fetch(), (c) => [...c.ancestors, ...c.descendants]), enabled: status.isSuccess });

  useEffect(() => {
    if (status.data) document.title = `${status.data.account.displayName || status.data.account.username}: “${htmlToText(status.data.content).slice(0, 60)}” · Rostra`;
  }, [status.data]);

  if (status.isPending) return <p className="loading" role="status">{t("common.loading")}</p>;
  if (status.isError) return <PageTitle title={errorStatus(status.error) === 404 ? t("thread.notFound") : t("common.loadFailed")} />;
  const s = status.data;
  const d = depths(s.id, context.data?.descendants ?? []);
  return (
    <>
      <PageTitle title={t("thread.title")} />
      <div className="thread">
        {(context.data?.ancestors ?? []).map((a) => (
          <StatusCard key={a.id} status={a} />
        ))}
        <StatusCard status={s} focused />
        {me && <Composer key={`reply-${s.id}`} target={{ replyTo: s }} me={me} onDone={() => void context.refetch()} />}
        <section aria-label={t("thread.replies")}>
          {(context.data?.descendants ?? []).map((r) => (
            <div key={r.id} className={`reply depth-${d.get(r.id) ?? 1}`}>
              <StatusCard status={r} />
            </div>
          ))}
        </section>
      </div>
    </>
  );
}
