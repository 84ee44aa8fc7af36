// Link-preview tags (Open Graph) put into index.html on the server, so crawlers that run no script
// still see a title, description and image. Every value is escaped as an HTML attribute.
import { escapeHtml } from "../../core/text/render.js";

export interface HeadTags {
  title: string;
  description: string;
  url: string;
  type: "website" | "profile" | "article";
  image?: string | null;
  siteName: string;
  rss?: string;
  publishedAt?: string;
  /** Keep search engines off pages of people who opted out of discovery. */
  noindex?: boolean;
}

export const HEAD_MARKER = "<!--rostra-head-->";

/** Minimal shell used when the web app has not been built (server tests, API-only installs). */
export const FALLBACK_INDEX = `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Rostra</title>${HEAD_MARKER}</head><body><p>The Rostra web app has not been built. Run <code>npm run build:web</code>.</p></body></html>`;

/** Collapse whitespace and cut at a word boundary, for descriptions. */
export function summarize(text: string, max = 200): string {
  const flat = text.replace(/\s+/g, " ").trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max - 1);
  const space = cut.lastIndexOf(" ");
  return `${space > max * 0.6 ? cut.slice(0, space) : cut}…`;
}

export function renderHeadTags(tags: HeadTags): string {
  const meta = (property: string, content: string) => `<meta property="${property}" content="${escapeHtml(content)}">`;
  const parts = [
    meta("og:site_name", tags.siteName),
    meta("og:title", tags.title),
    meta("og:description", tags.description),
    meta("og:url", tags.url),
    meta("og:type", tags.type),
    `<meta name="description" content="${escapeHtml(tags.description)}">`,
    `<meta name="twitter:card" content="${tags.image ? "summary_large_image" : "summary"}">`,
    `<link rel="canonical" href="${escapeHtml(tags.url)}">`,
  ];
  if (tags.image) parts.push(meta("og:image", tags.image));
  if (tags.publishedAt) parts.push(meta("article:published_time", tags.publishedAt));
  if (tags.rss) parts.push(`<link rel="alternate" type="application/rss+xml" title="${escapeHtml(tags.title)}" href="${escapeHtml(tags.rss)}">`);
  if (tags.noindex) parts.push(`<meta name="robots" content="noindex, noarchive">`);
  return parts.join("\n    ");
}

/** index.html with the page's title and preview tags; the default description is dropped. */
export function injectHead(indexHtml: string, tags: HeadTags | null): string {
  // replacer functions, not strings: a "$&" in a display name must stay literal text
  if (!tags) return indexHtml.replace(HEAD_MARKER, () => "");
  return indexHtml
    .replace(/<title>[^<]*<\/title>/, () => `<title>${escapeHtml(tags.title)} · ${escapeHtml(tags.siteName)}</title>`)
    .replace(/<meta name="description"[^>]*>/, () => "")
    .replace(HEAD_MARKER, () => renderHeadTags(tags));
}
