import type { mastodon } from "masto";

export function accountPath(a: Pick<mastodon.v1.Account, "acct">): string {
  return `/@${a.acct}`;
}

export function statusPath(s: Pick<mastodon.v1.Status, "id" | "account">): string {
  return `/@${s.account.acct}/${s.id}`;
}

export function tagPath(name: string): string {
  return `/tags/${encodeURIComponent(name)}`;
}
