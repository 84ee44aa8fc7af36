// Counts characters the way Mastodon does: every URL counts as 23, a remote mention counts only its
// local part, and characters are code points (an emoji is one), so the counter matches the server.
export const URL_LENGTH = 23;

const URL_RE = /\bhttps?:\/\/[^\s<>"']+/gi;
const REMOTE_MENTION_RE = /(^|[^\w/])@(\w+)@[\w.-]+\w/g;

export function countCharacters(text: string, urlLength = URL_LENGTH): number {
  const withUrls = text.replace(URL_RE, "x".repeat(urlLength));
  const withMentions = withUrls.replace(REMOTE_MENTION_RE, (_m, pre: string, user: string) => `${pre}@${user}`);
  return Array.from(withMentions).length;
}
