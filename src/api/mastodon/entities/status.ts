// Mastodon Status JSON, rendered in batches: the parts only an edit changes come from a versioned cache
// (status-parts.ts), polls and accounts are read fresh for the whole page, then per-viewer flags
// (favourited, reblogged, bookmarked, pinned, muted, poll votes) from one query, and filters, on top.
import type { Context } from "../../../context.js";
import { inList, rawRows } from "../../../db/raw.js";
import type { AccountsTable, PollsTable } from "../../../db/types.js";
import type { StatusRow } from "../../../features/statuses/queries.js";
import { statusesByIds } from "../../../features/statuses/queries.js";
import { shownSensitive } from "../../../features/moderation/sensitive.js";
import { visibleTo } from "../../../features/statuses/visibility.js";
import { emptyFlags, loadFlags } from "../../../features/streaming/render.js";
import { renderAccounts } from "./account.js";
import { renderMediaAttachments } from "./media.js";
import { renderPoll } from "./poll.js";
import { loadApps, loadStatusParts } from "./status-parts.js";
import { tagUrl } from "./urls.js";

type Json = Record<string, unknown>;

/** Filters hook: the filters feature installs a function that adds `filtered` for a viewer. */
export type FilterApplier = (ctx: Context, viewerId: string, statuses: { id: string; text: string; spoiler: string }[], context: string) => Promise<Map<string, unknown[]>>;
let applyFilters: FilterApplier | null = null;
export function setFilterApplier(fn: FilterApplier): void {
  applyFilters = fn;
}

/**
 * Render status rows for a viewer (null = anonymous). Reblogs embed their original; quotes embed the
 * quoted status one level deep. `context` selects which filters apply (home, public, thread, account, notifications).
 */
export async function renderStatuses(ctx: Context, rows: StatusRow[], viewerId: string | null, context = "home"): Promise<Json[]> {
  if (rows.length === 0) return [];
  const db = ctx.db;
  // originals of reblogs and quoted statuses
  const extraIds = rows.flatMap((r) => [r.reblog_of_id, r.quote_of_id]).filter((x): x is string => !!x);
  const extra = extraIds.length ? await statusesByIds(db, extraIds) : new Map<string, StatusRow>();
  const quoteIds = [...extra.values()].map((r) => r.quote_of_id).filter((x): x is string => !!x && !extra.has(x));
  if (quoteIds.length) for (const [k, v] of await statusesByIds(db, quoteIds)) extra.set(k, v);
  const all = [...rows, ...extra.values()];
  const ids = [...new Set(all.map((r) => r.id))];
  // a quote must not reveal a post its reader may not see (followers-only, blocked, held): one query per page
  const quotedIds = [...new Set(all.map((r) => r.quote_of_id).filter((x): x is string => !!x && extra.has(x)))];
  const quoteVisible = new Set<string>();
  if (quotedIds.length) {
    const visible = await db.selectFrom("statuses").select("statuses.id").where("statuses.id", "in", quotedIds).where(visibleTo(viewerId ? { accountId: viewerId } : null)).execute();
    for (const r of visible) quoteVisible.add(r.id);
  }

  const [parts, polls, apps] = await Promise.all([
    loadStatusParts(ctx, all),
    (async () => {
      const pollIds = all.map((r) => r.poll_id).filter((x): x is string => !!x);
      const m = new Map<string, PollsTable>();
      if (pollIds.length) {
        const list = inList(pollIds);
        for (const p of await rawRows<PollsTable>(db, `select * from polls where id in (${list.sql})`, list.params)) m.set(p.id, p);
      }
      return m;
    })(),
    loadApps(ctx, all.map((r) => r.application_id).filter((x): x is string => !!x)),
  ]);

  const accountIds = new Set(all.map((r) => r.account_id));
  for (const p of parts.values()) for (const id of p.mentions) accountIds.add(id);
  const accountList = inList([...accountIds]);
  const accountRows = await rawRows<AccountsTable>(db, `select * from accounts where id in (${accountList.sql})`, accountList.params);
  const accounts = await renderAccounts(ctx, accountRows);
  const authors = new Map(accountRows.map((a) => [a.id, a]));

  let flags = emptyFlags();
  let filtered = new Map<string, unknown[]>();
  if (viewerId) {
    // every per-viewer relation to these statuses (favourites, bookmarks, pins, boosts, muted
    // conversations, poll votes) in one query, next to the viewer's filters
    const convs = new Map(all.map((r) => [r.id, r.conversation_id]));
    const [byViewer, f] = await Promise.all([
      loadFlags(db, [viewerId], ids, convs, [...polls.keys()]),
      applyFilters ? applyFilters(ctx, viewerId, all.map((r) => ({ id: r.id, text: r.text, spoiler: r.spoiler_text })), context) : Promise.resolve(filtered),
    ]);
    flags = byViewer.get(viewerId) ?? flags;
    filtered = f;
  }
  const { fav, book, pin: pins, reblogged, mutedConvs, votes } = flags; // mutedConvs holds status ids

  const now = new Date();
  const one = (r: StatusRow, depth: number): Json => {
    const account = accounts.get(r.account_id);
    const quoted = r.quote_of_id ? extra.get(r.quote_of_id) : undefined;
    const poll = r.poll_id ? polls.get(r.poll_id) : undefined;
    const app = r.application_id ? apps.get(r.application_id) : undefined;
    const part = parts.get(r.id);
    const json: Json = {
      id: r.id,
      uri: r.uri,
      url: r.url,
      created_at: r.created_at,
      edited_at: r.edited_at,
      account,
      content: r.reblog_of_id ? "" : r.content,
      visibility: r.visibility,
      // a force_sensitive account action marks the author's media posts (moderation/sensitive.ts)
      sensitive: shownSensitive(r, authors.get(r.account_id), part?.media.length ?? 0),
      spoiler_text: r.spoiler_text,
      media_attachments: renderMediaAttachments(ctx, part?.media ?? []),
      application: app ? { name: app.name, website: app.website } : null,
      mentions: (part?.mentions ?? []).map((id) => {
        const a = accounts.get(id) as Json | undefined;
        return { id, username: a?.username, url: a?.url, acct: a?.acct };
      }),
      tags: (part?.tags ?? []).map((name) => ({ name: name.toLowerCase(), url: tagUrl(ctx.config, name.toLowerCase()) })),
      emojis: [],
      reblogs_count: r.reblogs_count,
      favourites_count: r.favourites_count,
      replies_count: r.replies_count,
      quotes_count: r.quotes_count,
      in_reply_to_id: r.in_reply_to_id,
      in_reply_to_account_id: r.in_reply_to_account_id,
      reblog: null,
      poll: poll ? renderPoll(poll, viewerId ? (votes.get(poll.id) ?? []) : null, now) : null,
      card: null,
      language: r.language,
      text: null,
      quote: null,
      quote_approval: { automatic: r.quote_approval === "nobody" ? [] : [r.quote_approval], manual: [], current_user: quotePermission(r, viewerId) },
      // Rostra extension (src/features/safety/README.md): who may reply
      rostra: { reply_policy: r.reply_policy },
      ...(viewerId
        ? {
            favourited: fav.has(r.id),
            reblogged: reblogged.has(r.id),
            muted: mutedConvs.has(r.id),
            bookmarked: book.has(r.id),
            pinned: pins.has(r.id),
            filtered: filtered.get(r.id) ?? [],
          }
        : {}),
    };
    if (r.moderation_state !== "published") json.moderation_state = r.moderation_state;
    if (r.reblog_of_id) {
      const original = extra.get(r.reblog_of_id);
      json.reblog = original ? one(original, depth) : null;
    }
    if (quoted && !quoteVisible.has(quoted.id)) json.quote = { state: "unauthorized", quoted_status: null };
    else if (quoted && depth < 1) json.quote = { state: "accepted", quoted_status: one(quoted, depth + 1) };
    else if (r.quote_of_id) json.quote = { state: quoted ? "accepted" : "deleted", quoted_status: null };
    return json;
  };
  return rows.map((r) => one(r, 0));
}

function quotePermission(r: StatusRow, viewerId: string | null): string {
  if (!viewerId) return "unknown";
  if (r.account_id === viewerId) return "automatic";
  if (r.visibility === "private" || r.visibility === "direct" || r.quote_approval === "nobody") return "denied";
  return r.quote_approval === "public" ? "automatic" : "unknown";
}

export async function renderStatus(ctx: Context, row: StatusRow, viewerId: string | null, context = "thread"): Promise<Json> {
  return (await renderStatuses(ctx, [row], viewerId, context))[0];
}
