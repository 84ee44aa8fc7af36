import type { mastodon } from "masto";

/** Avatars are decorative next to the visible name, hence the empty alt text. */
export function Avatar({ account, size = 46 }: { account: Pick<mastodon.v1.Account, "avatar" | "avatarStatic">; size?: number }) {
  return <img className="avatar" src={account.avatarStatic || account.avatar} alt="" width={size} height={size} loading="lazy" decoding="async" />;
}

export function DisplayName({ account }: { account: Pick<mastodon.v1.Account, "displayName" | "username" | "acct"> }) {
  return (
    <span className="names">
      <bdi className="display-name">{account.displayName || account.username}</bdi>
      <span className="acct">@{account.acct}</span>
    </span>
  );
}
