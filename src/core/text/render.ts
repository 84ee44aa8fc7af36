// Turning user text into Mastodon-style HTML. Everything the user wrote is escaped; only the tags we
// build here (p, br, a, span) appear in the output, so no user input can inject markup.
import { type Entity, extractEntities } from "./extract.js";

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);
}

export interface RenderLinks {
  /** Resolve a mention to its profile URL, or null to leave it as plain text. */
  mention(username: string, domain: string | null): { url: string; username: string } | null;
  hashtagUrl(tag: string): string;
}

function renderUrl(url: string): string {
  const m = /^(https?:\/\/(?:www\.)?)(.*)$/i.exec(url)!;
  const [, prefix, rest] = m;
  const visible = rest.slice(0, 30);
  const hidden = rest.slice(30);
  const ellipsis = hidden ? ' class="ellipsis"' : "";
  return (
    `<a href="${escapeHtml(url)}" target="_blank" rel="nofollow noopener" translate="no">` +
    `<span class="invisible">${escapeHtml(prefix)}</span><span${ellipsis}>${escapeHtml(visible)}</span>` +
    `<span class="invisible">${escapeHtml(hidden)}</span></a>`
  );
}

function renderEntity(e: Entity, raw: string, links: RenderLinks): string {
  if (e.kind === "url") return renderUrl(e.value);
  if (e.kind === "mention") {
    const target = links.mention(e.value, e.domain ?? null);
    if (!target) return escapeHtml(raw);
    return `<span class="h-card" translate="no"><a href="${escapeHtml(target.url)}" class="u-url mention">@<span>${escapeHtml(target.username)}</span></a></span>`;
  }
  return `<a href="${escapeHtml(links.hashtagUrl(e.value))}" class="mention hashtag" rel="tag">#<span>${escapeHtml(e.value)}</span></a>`;
}

function renderLine(line: string, offset: number, entities: Entity[], links: RenderLinks): string {
  let out = "";
  let pos = 0;
  for (const e of entities) {
    const s = e.start - offset;
    const t = e.end - offset;
    if (s < pos || t > line.length) continue;
    out += escapeHtml(line.slice(pos, s)) + renderEntity(e, line.slice(s, t), links);
    pos = t;
  }
  return out + escapeHtml(line.slice(pos));
}

/** Paragraphs on blank lines, <br /> on single newlines, links for URLs, mentions and hashtags. */
export function textToHtml(text: string, links: RenderLinks): string {
  const normalized = text.replace(/\r\n?/g, "\n").trim();
  if (normalized === "") return "";
  const entities = extractEntities(normalized);
  const paragraphs: string[] = [];
  const re = /\n{2,}/g;
  let start = 0;
  const pieces: [string, number][] = [];
  for (const m of normalized.matchAll(re)) {
    pieces.push([normalized.slice(start, m.index), start]);
    start = m.index! + m[0].length;
  }
  pieces.push([normalized.slice(start), start]);
  for (const [para, paraStart] of pieces) {
    const lines: string[] = [];
    let lineStart = 0;
    for (const line of para.split("\n")) {
      const abs = paraStart + lineStart;
      const inLine = entities.filter((e) => e.start >= abs && e.end <= abs + line.length);
      lines.push(renderLine(line, abs, inLine, links));
      lineStart += line.length + 1;
    }
    paragraphs.push(`<p>${lines.join("<br />")}</p>`);
  }
  return paragraphs.join("");
}

/** Plain text with no links (display names, field names). */
export function plainToHtml(text: string): string {
  return escapeHtml(text);
}
