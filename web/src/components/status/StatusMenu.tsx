// The "…" menu of a post: quote, copy link, edit, delete (with confirmation), mute, block, report.
import { useQueryClient } from "@tanstack/react-query";
import type { mastodon } from "masto";
import { useState } from "react";
import { api, errorMessage } from "../../api/client";
import { forgetStatus } from "../../api/status-store";
import { openCompose } from "../../compose/compose-store";
import { useI18n } from "../../i18n";
import { ConfirmDialog } from "../Dialog";
import { Icon } from "../icons";
import { Menu } from "../Menu";
import { ReportDialog } from "../ReportDialog";
import { showToast } from "../toast";
import { statusPath } from "./paths";

type Pending = null | "delete" | "block" | "mute" | "report";

export function StatusMenu({ status, me }: { status: mastodon.v1.Status; me: mastodon.v1.Account | null }) {
  const { t } = useI18n();
  const qc = useQueryClient();
  const [pending, setPending] = useState<Pending>(null);
  const mine = me?.id === status.account.id;
  const acct = status.account.acct;

  const run = async (fn: () => Promise<unknown>, done: string) => {
    try {
      await fn();
      showToast(done);
      void qc.invalidateQueries({ queryKey: ["relationship"] });
    } catch (err) {
      showToast(errorMessage(err), true);
    }
  };

  const items = [
    { label: t("status.copyLink"), onSelect: () => void navigator.clipboard?.writeText(status.url ?? location.origin + statusPath(status)).then(() => showToast(t("status.linkCopied"))) },
    ...(me && (status.visibility === "public" || status.visibility === "unlisted") ? [{ label: t("status.quote"), onSelect: () => openCompose({ quote: status }) }] : []),
    ...(mine
      ? [
          { label: t("status.edit"), onSelect: () => openCompose({ edit: status }) },
          { label: t("status.delete"), onSelect: () => setPending("delete"), danger: true },
        ]
      : me
        ? [
            { label: t("account.muteNamed", { acct }), onSelect: () => setPending("mute") },
            { label: t("account.blockNamed", { acct }), onSelect: () => setPending("block"), danger: true },
            { label: t("report.reportNamed", { acct }), onSelect: () => setPending("report"), danger: true },
          ]
        : []),
  ];

  return (
    <>
      <Menu label={t("status.more")} icon={<Icon name="more" />} items={items} />
      {pending === "delete" && (
        <ConfirmDialog
          title={t("status.deleteTitle")}
          message={t("status.deleteConfirm")}
          confirmLabel={t("status.delete")}
          danger
          onClose={() => setPending(null)}
          onConfirm={() =>
            void run(async () => {
              await api().v1.statuses.$select(status.id).remove();
              forgetStatus(status.id);
            }, t("status.deleted"))
          }
        />
      )}
      {pending === "block" && (
        <ConfirmDialog
          title={t("account.blockNamed", { acct })}
          message={t("account.blockConfirm")}
          confirmLabel={t("account.block")}
          danger
          onClose={() => setPending(null)}
          onConfirm={() => void run(() => api().v1.accounts.$select(status.account.id).block(), t("account.blocked"))}
        />
      )}
      {pending === "mute" && (
        <ConfirmDialog
          title={t("account.muteNamed", { acct })}
          message={t("account.muteConfirm")}
          confirmLabel={t("account.mute")}
          onClose={() => setPending(null)}
          onConfirm={() => void run(() => api().v1.accounts.$select(status.account.id).mute(), t("account.muted"))}
        />
      )}
      {pending === "report" && <ReportDialog account={status.account} status={status} onClose={() => setPending(null)} />}
    </>
  );
}
