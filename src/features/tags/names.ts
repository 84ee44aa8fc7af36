// Hashtag names: the same characters the status text parser accepts (core/text/extract.ts), compared
// case-insensitively through tags.name_lower. The key must stay identical to the one statuses/compose.ts
// writes (plain toLowerCase), or followed tags and tag pages would miss posts; use tagKey for both.
const TAG_NAME = /^[\p{L}\p{M}\p{N}_]*[\p{L}\p{M}_][\p{L}\p{M}\p{N}_]*$/u;
export const TAG_NAME_MAX = 100;

/** The display form of a tag name (without '#'), or null when it is not a valid hashtag. */
export function normalizeTagName(raw: string): string | null {
  const name = raw.replace(/^#/, "");
  if (name.length === 0 || name.length > TAG_NAME_MAX || !TAG_NAME.test(name)) return null;
  return name;
}

/** The unique key stored in tags.name_lower. */
export function tagKey(name: string): string {
  return name.toLowerCase();
}
