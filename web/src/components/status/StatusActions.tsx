// Reply, boost, favourite, bookmark, share: each toggles on the server and updates every view.
import type { mastodon } from "masto";
import { api, errorMessage } from "../../api/client";
import { rememberStatus } from "../../api/status-store";
import { openCompose } from "../../compose/compose-store";
import { useI18n } from "../../i18n";
import { Icon } from "../icons";
import { showToast } from "../toast";
import { StatusMenu } from "./StatusMenu";
import { statusPath } from "./paths";

type Toggle = "favourite" | "reblog" | "bookmark";

export function StatusActions({ status, me }: { status: mastodon.v1.Status; me: mastodon.v1.Account | null }) {
  const { t } = useI18n();
  const signedIn = !!me;

  const toggle = async (kind: Toggle, on: boolean) => {
    const s = api().v1.statuses.$select(status.id);
    try {
      const result =
        kind === "favourite" ? await (on ? s.unfavourite() : s.favourite()) : kind === "bookmark" ? await (on ? s.unbookmark() : s.bookmark()) : await (on ? s.unreblog() : s.reblog());
      // reblog answers with the new reblog wrapping the original; keep the original's fresh counts
      rememberStatus(kind === "reblog" && result.reblog ? result.reblog : result);
    } catch (err) {
      showToast(errorMessage(err), true);
    }
  };

  const share = async () => {
    const url = status.url ?? `${location.origin}${statusPath(status)}`;
    try {
      if (navigator.share) await navigator.share({ url });
      else {
        await navigator.clipboard.writeText(url);
        showToast(t("status.linkCopied"));
      }
    } catch {
      // the reader cancelled the share sheet
    }
  };

  const canBoost = status.visibility === "public" || status.visibility === "unlisted";
  return (
    <div className="status-actions" role="group" aria-label={t("status.actions")}>
      <button type="button" className="action" disabled={!signedIn} onClick={() => openCompose({ replyTo: status })} aria-label={t("status.reply")}>
        <Icon name="reply" /> <span aria-hidden="true">{status.repliesCount || ""}</span>
      </button>
      <button
        type="button"
        className={status.reblogged ? "action active boost" : "action"}
        disabled={!signedIn || (!canBoost && !status.reblogged)}
        aria-pressed={!!status.reblogged}
        onClick={() => toggle("reblog", !!status.reblogged)}
        aria-label={status.reblogged ? t("status.unboost") : t("status.boost")}
      >
        <Icon name="boost" /> <span aria-hidden="true">{status.reblogsCount || ""}</span>
      </button>
      <button
        type="button"
        className={status.favourited ? "action active fav" : "action"}
        disabled={!signedIn}
        aria-pressed={!!status.favourited}
        onClick={() => toggle("favourite", !!status.favourited)}
        aria-label={status.favourited ? t("status.unfavourite") : t("status.favourite")}
      >
        <Icon name="star" /> <span aria-hidden="true">{status.favouritesCount || ""}</span>
      </button>
      <button
        type="button"
        className={status.bookmarked ? "action active" : "action"}
        disabled={!signedIn}
        aria-pressed={!!status.bookmarked}
        onClick={() => toggle("bookmark", !!status.bookmarked)}
        aria-label={status.bookmarked ? t("status.unbookmark") : t("status.bookmark")}
      >
        <Icon name="bookmark" />
      </button>
      <button type="button" className="action" onClick={share} aria-label={t("status.share")}>
        <Icon name="share" />
      </button>
      <StatusMenu status={status} me={me} />
    </div>
  );
}
