// Held and rejected posts are visible only to their author; say why in plain words.
import type { mastodon } from "masto";
import { useI18n } from "../../i18n";
import { Link } from "../../router";

export type ModerationState = "published" | "held" | "rejected" | "removed";

export function moderationStateOf(s: mastodon.v1.Status): ModerationState {
  const state = (s as { moderationState?: string }).moderationState;
  return state === "held" || state === "rejected" || state === "removed" ? state : "published";
}

export function ModerationNotice({ status }: { status: mastodon.v1.Status }) {
  const { t } = useI18n();
  const state = moderationStateOf(status);
  if (state === "published") return null;
  return (
    <div className={`moderation-notice ${state}`} role="note">
      <strong>{t(`moderation.${state}.title`)}</strong>
      <p>{t(`moderation.${state}.body`)}</p>
      {state !== "held" && <Link to={`/statements?status=${encodeURIComponent(status.id)}`}>{t("moderation.seeReasons")}</Link>}
    </div>
  );
}
