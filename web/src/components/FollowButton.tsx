// Follow, unfollow, cancel a request, or unblock, depending on the relationship.
import { useQuery, useQueryClient } from "@tanstack/react-query";
import type { mastodon } from "masto";
import { api, errorMessage } from "../api/client";
import { useI18n } from "../i18n";
import { showToast } from "./toast";

export function useRelationship(accountId: string, enabled: boolean) {
  return useQuery({
    queryKey: ["relationship", accountId],
    enabled,
    queryFn: async () => (await api().v1.accounts.relationships.fetch({ id: [accountId] }))[0] ?? null,
  });
}

export function FollowButton({ account }: { account: mastodon.v1.Account }) {
  const { t } = useI18n();
  const qc = useQueryClient();
  const rel = useRelationship(account.id, true);
  const r = rel.data;
  if (!r) return null;
  const sel = api().v1.accounts.$select(account.id);
  const act = async (fn: () => Promise<mastodon.v1.Relationship>) => {
    try {
      qc.setQueryData(["relationship", account.id], await fn());
      void qc.invalidateQueries({ queryKey: ["account", account.acct] });
      // following merges their posts into home; unfollowing removes them
      void qc.invalidateQueries({ queryKey: ["timeline", "home"] });
    } catch (err) {
      showToast(errorMessage(err), true);
    }
  };
  if (r.blocking) return <button type="button" className="button secondary" onClick={() => void act(() => sel.unblock())}>{t("account.unblock")}</button>;
  if (r.following) return <button type="button" className="button secondary" onClick={() => void act(() => sel.unfollow())}>{t("account.unfollow")}</button>;
  if (r.requested) return <button type="button" className="button secondary" onClick={() => void act(() => sel.unfollow())}>{t("account.cancelRequest")}</button>;
  return (
    <button type="button" className="button" onClick={() => void act(() => sel.follow())}>
      {r.followedBy ? t("account.followBack") : t("account.follow")}
    </button>
  );
}
