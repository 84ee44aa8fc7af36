// Edit display name, bio, avatar, header and "approve followers" through update_credentials.
import { useQueryClient } from "@tanstack/react-query";
import type { mastodon } from "masto";
import { type FormEvent, useState } from "react";
import { api, errorMessage } from "../api/client";
import { useI18n } from "../i18n";
import { Dialog } from "./Dialog";
import { showToast } from "./toast";

export function EditProfileDialog({ me, onClose }: { me: mastodon.v1.CredentialAccount; onClose: () => void }) {
  const { t } = useI18n();
  const qc = useQueryClient();
  const [displayName, setDisplayName] = useState(me.displayName);
  const [note, setNote] = useState(me.source?.note ?? "");
  const [locked, setLocked] = useState(me.locked);
  const [avatar, setAvatar] = useState<File | null>(null);
  const [header, setHeader] = useState<File | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    try {
      await api().v1.accounts.updateCredentials({ displayName, note, locked, ...(avatar ? { avatar } : {}), ...(header ? { header } : {}) });
      await qc.invalidateQueries({ queryKey: ["me"] });
      await qc.invalidateQueries({ queryKey: ["account", me.acct] });
      showToast(t("profile.saved"));
      onClose();
    } catch (err) {
      showToast(errorMessage(err), true);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Dialog title={t("profile.edit")} onClose={onClose}>
      <form className="stack" onSubmit={submit}>
        <label className="field">
          <span>{t("profile.displayName")}</span>
          <input type="text" value={displayName} maxLength={30} onChange={(e) => setDisplayName(e.target.value)} />
        </label>
        <label className="field">
          <span>{t("profile.bio")}</span>
          <textarea value={note} maxLength={500} rows={4} onChange={(e) => setNote(e.target.value)} />
        </label>
        <label className="field">
          <span>{t("profile.avatar")}</span>
          <input type="file" accept="image/png,image/jpeg,image/webp,image/gif" onChange={(e) => setAvatar(e.target.files?.[0] ?? null)} />
        </label>
        <label className="field">
          <span>{t("profile.headerImage")}</span>
          <input type="file" accept="image/png,image/jpeg,image/webp,image/gif" onChange={(e) => setHeader(e.target.files?.[0] ?? null)} />
        </label>
        <label className="check">
          <input type="checkbox" checked={locked} onChange={(e) => setLocked(e.target.checked)} />
          {t("profile.lockedLabel")}
        </label>
        <div className="dialog-actions">
          <button type="button" className="button secondary" onClick={onClose}>
            {t("common.cancel")}
          </button>
          <button type="submit" className="button" disabled={busy}>
            {t("common.save")}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
