import type { mastodon } from "masto";
import { useState } from "react";
import { api, errorMessage } from "../api/client";
import { useI18n } from "../i18n";
import { renderSafeHtml } from "../lib/sanitize";
import { fullDate } from "../lib/time";
import { Link } from "../router";
import { ConfirmDialog } from "./Dialog";
import { EditProfileDialog } from "./EditProfileDialog";
import { FollowButton, useRelationship } from "./FollowButton";
import { Icon } from "./icons";
import { Menu } from "./Menu";
import { ReportDialog } from "./ReportDialog";
import { showToast } from "./toast";
import { useQueryClient } from "@tanstack/react-query";

type Pending = null | "block" | "mute" | "report" | "edit";

export function ProfileHeader({ account: a, me }: { account: mastodon.v1.Account; me: mastodon.v1.CredentialAccount | null }) {
  const { t, locale } = useI18n();
  const qc = useQueryClient();
  const [pending, setPending] = useState<Pending>(null);
  const mine = me?.id === a.id;
  const rel = useRelationship(a.id, !!me && !mine);
  const sel = api().v1.accounts.$select(a.id);
  const act = async (fn: () => Promise<mastodon.v1.Relationship>, done: string) => {
    try {
      qc.setQueryData(["relationship", a.id], await fn());
      showToast(done);
    } catch (err) {
      showToast(errorMessage(err), true);
    }
  };
  const menu = me && !mine
    ? [
        rel.data?.muting ? { label: t("account.unmute"), onSelect: () => void act(() => sel.unmute(), t("account.unmuted")) } : { label: t("account.muteNamed", { acct: a.acct }), onSelect: () => setPending("mute") },
        rel.data?.blocking ? { label: t("account.unblock"), onSelect: () => void act(() => sel.unblock(), t("account.unblocked")) } : { label: t("account.blockNamed", { acct: a.acct }), onSelect: () => setPending("block"), danger: true },
        { label: t("report.reportNamed", { acct: a.acct }), onSelect: () => setPending("report"), danger: true },
      ]
    : [];

  return (
    <section className="profile" aria-labelledby="profile-name">
      <img className="profile-header-image" src={a.headerStatic || a.header} alt="" />
      <div className="profile-top">
        <img className="avatar large" src={a.avatarStatic || a.avatar} alt="" width={96} height={96} />
        <div className="profile-buttons">
          {mine && (
            <button type="button" className="button secondary" onClick={() => setPending("edit")}>
              {t("profile.edit")}
            </button>
          )}
          {me && !mine && <FollowButton account={a} />}
          {menu.length > 0 && <Menu label={t("profile.more")} icon={<Icon name="more" />} items={menu} />}
        </div>
      </div>
      <h1 id="profile-name" className="profile-name">
        <bdi>{a.displayName || a.username}</bdi>
        {a.bot && <span className="pill">{t("profile.bot")}</span>}
        {a.locked && <span className="pill">{t("profile.locked")}</span>}
      </h1>
      <p className="acct">@{a.acct}</p>
      {rel.data?.followedBy && <p className="pill">{t("profile.followsYou")}</p>}
      <div className="profile-note">{renderSafeHtml(a.note)}</div>
      {a.fields.length > 0 && (
        <dl className="profile-fields">
          {a.fields.map((f, i) => (
            <div key={i} className={f.verifiedAt ? "verified" : undefined}>
              <dt>{f.name}</dt>
              <dd>
                {renderSafeHtml(f.value)}
                {f.verifiedAt && <span className="visually-hidden"> ({t("profile.verified")})</span>}
              </dd>
            </div>
          ))}
        </dl>
      )}
      <p className="profile-counts small">
        <span>{t(a.statusesCount === 1 ? "profile.postsOne" : "profile.posts", { count: a.statusesCount })}</span>
        <Link to={`/@${a.acct}?tab=following`}>{t("profile.following", { count: a.followingCount })}</Link>
        <Link to={`/@${a.acct}?tab=followers`}>{t(a.followersCount === 1 ? "profile.followersOne" : "profile.followers", { count: a.followersCount })}</Link>
        <span className="muted">{t("profile.joined", { date: fullDate(a.createdAt, locale).split(",")[0] })}</span>
        <a href={`/@${a.acct}.rss`} className="rss-link">RSS</a>
      </p>
      {pending === "block" && <ConfirmDialog title={t("account.blockNamed", { acct: a.acct })} message={t("account.blockConfirm")} confirmLabel={t("account.block")} danger onClose={() => setPending(null)} onConfirm={() => void act(() => sel.block(), t("account.blocked"))} />}
      {pending === "mute" && <ConfirmDialog title={t("account.muteNamed", { acct: a.acct })} message={t("account.muteConfirm")} confirmLabel={t("account.mute")} onClose={() => setPending(null)} onConfirm={() => void act(() => sel.mute(), t("account.muted"))} />}
      {pending === "report" && <ReportDialog account={a} onClose={() => setPending(null)} />}
      {pending === "edit" && me && <EditProfileDialog me={me} onClose={() => setPending(null)} />}
    </section>
  );
}
