// RSS 2.0 feeds of public posts, per profile and per hashtag. Post HTML goes in <description> as
// escaped text, the way feed readers expect it.
import type { Context } from "../../context.js";
import { escapeHtml } from "../../core/text/render.js";
import type { AccountRow } from "../accounts/queries.js";
import type { StatusRow } from "../statuses/queries.js";
import { mediaOf } from "./public-data.js";

export interface FeedInfo {
  title: string;
  description: string;
  link: string;
  selfUrl: string;
  image?: string;
}

const x = escapeHtml;

export async function renderRss(ctx: Context, feed: FeedInfo, rows: StatusRow[], authors: Map<string, AccountRow>): Promise<string> {
  const media = await mediaOf(ctx, rows.map((r) => r.id));
  const items = rows.map((r) => {
    const author = authors.get(r.account_id);
    const link = r.url ?? `${ctx.config.url}/@${author?.username ?? "unknown"}/${r.id}`;
    const body = r.spoiler_text ? `<p><strong>${x(r.spoiler_text)}</strong></p>${r.content}` : r.content;
    const enclosures = (media.get(r.id) ?? [])
      .filter((m) => m.file_name && m.state !== "processing")
      .map((m) => `<enclosure url="${x(`${ctx.config.url}/system/media/${m.file_name}`)}" type="${x(m.mime)}" length="${m.size}"/>`)
      .join("");
    return [
      "<item>",
      `<guid isPermaLink="true">${x(link)}</guid>`,
      `<link>${x(link)}</link>`,
      `<pubDate>${new Date(r.created_at).toUTCString()}</pubDate>`,
      author ? `<dc:creator>${x(`@${author.username}`)}</dc:creator>` : "",
      `<description>${x(body)}</description>`,
      enclosures,
      "</item>",
    ].join("");
  });
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:dc="http://purl.org/dc/elements/1.1/">',
    "<channel>",
    `<title>${x(feed.title)}</title>`,
    `<description>${x(feed.description)}</description>`,
    `<link>${x(feed.link)}</link>`,
    `<atom:link href="${x(feed.selfUrl)}" rel="self" type="application/rss+xml"/>`,
    feed.image ? `<image><url>${x(feed.image)}</url><title>${x(feed.title)}</title><link>${x(feed.link)}</link></image>` : "",
    `<generator>Rostra</generator>`,
    ...items,
    "</channel>",
    "</rss>",
  ].join("\n");
}
