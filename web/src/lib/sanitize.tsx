// Status and profile HTML comes sanitised from the server; we still pass it through our own strict
// allow-list and build React elements from it, so markup never reaches the DOM as HTML.
// DOMParser documents are inert: scripts don't run and images don't load while we walk the tree.
import { createElement, type ReactNode } from "react";
import { Link } from "../router";

const ALLOWED = new Set(["p", "br", "a", "span"]);
const ALLOWED_CLASSES = new Set(["mention", "hashtag", "u-url", "h-card", "invisible", "ellipsis", "quote-inline"]);

function safeClass(value: string | null): string | undefined {
  if (!value) return undefined;
  const kept = value.split(/\s+/).filter((c) => ALLOWED_CLASSES.has(c));
  return kept.length ? kept.join(" ") : undefined;
}

function safeHref(value: string | null): URL | null {
  if (!value) return null;
  try {
    const url = new URL(value, location.origin);
    return url.protocol === "http:" || url.protocol === "https:" ? url : null;
  } catch {
    return null;
  }
}

function convert(node: Node, key: string): ReactNode {
  if (node.nodeType === Node.TEXT_NODE) return node.textContent;
  if (node.nodeType !== Node.ELEMENT_NODE) return null;
  const el = node as Element;
  const tag = el.tagName.toLowerCase();
  const children = Array.from(el.childNodes).map((c, i) => convert(c, `${key}.${i}`));
  // unknown elements keep only their text, so nothing the server sent is silently lost
  if (!ALLOWED.has(tag)) return children.length ? createElement("span", { key }, ...children) : null;
  if (tag === "br") return createElement("br", { key });
  const className = safeClass(el.getAttribute("class"));
  if (tag === "a") {
    const url = safeHref(el.getAttribute("href"));
    if (!url) return createElement("span", { key, className }, ...children);
    if (url.origin === location.origin) {
      return createElement(Link, { key, to: url.pathname + url.search, className }, ...children);
    }
    const rel = ["nofollow", "noopener", "noreferrer", ...(el.getAttribute("rel")?.split(/\s+/).includes("me") ? ["me"] : [])].join(" ");
    return createElement("a", { key, href: url.href, rel, target: "_blank", className }, ...children);
  }
  return createElement(tag, { key, className }, ...children);
}

export function renderSafeHtml(html: string): ReactNode[] {
  if (!html) return [];
  const doc = new DOMParser().parseFromString(`<body>${html}</body>`, "text/html");
  return Array.from(doc.body.childNodes).map((n, i) => convert(n, String(i)));
}

/** Plain text of server HTML, for alt attributes, titles and share text. */
export function htmlToText(html: string): string {
  const doc = new DOMParser().parseFromString(`<body>${html.replace(/<br\s*\/?>/gi, "\n").replace(/<\/p>/gi, "\n\n")}</body>`, "text/html");
  return (doc.body.textContent ?? "").trim();
}
