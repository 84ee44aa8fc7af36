// Finding mentions, hashtags and links in user text, and counting its length the way Mastodon does:
// every URL counts 23 characters and a remote mention counts only its local part.
import twitter from "twitter-text";

export const URL_LENGTH = 23;

export interface Entity {
  kind: "url" | "mention" | "hashtag";
  start: number;
  end: number;
  /** url: the URL; mention: username; hashtag: tag name without '#' */
  value: string;
  /** mention only: the domain, or null for a local mention */
  domain?: string | null;
}

// A mention starts at a word boundary; a domain part is optional (@alice or @alice@example.social).
const MENTION = /(?<![\p{L}\p{N}_@/.])@([a-z0-9_]+(?:[a-z0-9_.-]*[a-z0-9_])?)(?:@([a-z0-9](?:[a-z0-9.-]*[a-z0-9])?\.[a-z]{2,}(?::\d{1,5})?))?/giu;
// A hashtag has at least one letter or underscore, and is not part of a URL fragment or a word.
const HASHTAG = /(?<![\p{L}\p{N}_&/#])#([\p{L}\p{M}\p{N}_]*[\p{L}\p{M}_][\p{L}\p{M}\p{N}_]*)/gu;

export function extractEntities(text: string): Entity[] {
  const out: Entity[] = [];
  for (const u of twitter.extractUrlsWithIndices(text, { extractUrlsWithoutProtocol: false })) {
    if (!/^https?:\/\//i.test(u.url)) continue;
    out.push({ kind: "url", start: u.indices[0], end: u.indices[1], value: u.url });
  }
  const inUrl = (i: number) => out.some((e) => e.kind === "url" && i >= e.start && i < e.end);
  for (const m of text.matchAll(MENTION)) {
    if (inUrl(m.index!)) continue;
    out.push({ kind: "mention", start: m.index!, end: m.index! + m[0].length, value: m[1], domain: m[2]?.toLowerCase() ?? null });
  }
  for (const m of text.matchAll(HASHTAG)) {
    if (inUrl(m.index!)) continue;
    if (m[1].length > 100) continue;
    out.push({ kind: "hashtag", start: m.index!, end: m.index! + m[0].length, value: m[1] });
  }
  return out.sort((a, b) => a.start - b.start);
}

/** Character count for the status length limit (code points, URLs = 23, remote mentions = local part). */
export function countCharacters(text: string): number {
  let length = [...text].length;
  for (const e of extractEntities(text)) {
    const original = [...text.slice(e.start, e.end)].length;
    if (e.kind === "url") length += URL_LENGTH - original;
    else if (e.kind === "mention" && e.domain) length -= original - (e.value.length + 1);
  }
  return length;
}

export function uniqueHashtags(text: string): string[] {
  const seen = new Map<string, string>();
  for (const e of extractEntities(text)) {
    if (e.kind === "hashtag" && !seen.has(e.value.toLowerCase())) seen.set(e.value.toLowerCase(), e.value);
  }
  return [...seen.values()];
}
