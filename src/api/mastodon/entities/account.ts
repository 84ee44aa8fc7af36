// Mastodon Account and CredentialAccount JSON, rendered in one place for every route.
import type { Context } from "../../../context.js";
import { parseJson } from "../../../core/json.js";
import { escapeHtml, textToHtml } from "../../../core/text/render.js";
import type { AccountRow } from "../../../features/accounts/queries.js";
import { safetySource } from "../../../features/safety/settings.js";
import { Lru, memoString } from "../../../infra/cache.js";
import { DEFAULT_AVATAR, DEFAULT_HEADER, mediaUrl, tagUrl } from "./urls.js";

export interface ProfileField {
  name: string;
  value: string;
  verified_at: string | null;
}

function dateOnly(iso: string | null): string | null {
  return iso ? `${iso.slice(0, 10)}` : null;
}

function midnight(iso: string): string {
  return `${iso.slice(0, 10)}T00:00:00.000Z`;
}

// A media row's file name never changes once set, so avatar and header files are cached by media id.
const mediaFiles = new WeakMap<Context, Lru<string, string>>();

export async function renderAccounts(ctx: Context, rows: AccountRow[]): Promise<Map<string, Record<string, unknown>>> {
  let known = mediaFiles.get(ctx);
  if (!known) mediaFiles.set(ctx, (known = new Lru(50_000)));
  const files = new Map<string, string>();
  const missing: string[] = [];
  for (const id of rows.flatMap((r) => [r.avatar_media_id, r.header_media_id])) {
    if (!id) continue;
    const file = known.get(id);
    if (file) files.set(id, file);
    else missing.push(id);
  }
  if (missing.length > 0) {
    const media = await ctx.db.selectFrom("media_attachments").select(["id", "file_name"]).where("id", "in", missing).execute();
    for (const m of media) {
      if (!m.file_name) continue;
      files.set(m.id, m.file_name);
      known.set(m.id, m.file_name);
    }
  }
  const out = new Map<string, Record<string, unknown>>();
  for (const row of rows) out.set(row.id, renderAccountRow(ctx, row, files));
  return out;
}

export async function renderAccount(ctx: Context, row: AccountRow): Promise<Record<string, unknown>> {
  return (await renderAccounts(ctx, [row])).get(row.id)!;
}

// Profile notes and fields render the same way every time: memoised by base URL and source text.
const noteHtmlMemo = memoString(20_000, (key) => {
  const cut = key.indexOf("\u0000");
  return renderNote(key.slice(0, cut), key.slice(cut + 1));
});

export function noteHtml(ctx: Context, note: string): string {
  return note === "" ? "" : noteHtmlMemo(`${ctx.config.url}\u0000${note}`);
}

function renderNote(base: string, note: string): string {
  const config = { url: base } as Context["config"];
  return textToHtml(note, {
    mention: (username, domain) => ({ url: domain ? `https://${domain}/@${username}` : `${base}/@${username}`, username }),
    hashtagUrl: (tag) => tagUrl(config, tag),
  });
}

function fieldValueHtml(value: string): string {
  if (/^https?:\/\/\S+$/i.test(value)) {
    const shown = value.replace(/^https?:\/\/(www\.)?/i, "");
    return `<a href="${escapeHtml(value)}" target="_blank" rel="nofollow noopener me" translate="no"><span class="invisible">${escapeHtml(value.slice(0, value.length - shown.length))}</span><span class="">${escapeHtml(shown)}</span><span class="invisible"></span></a>`;
  }
  return escapeHtml(value);
}

const fieldsMemo = memoString(20_000, (json) =>
  JSON.stringify(parseJson<ProfileField[]>(json, []).map((f) => ({ name: escapeHtml(f.name), value: fieldValueHtml(f.value), verified_at: f.verified_at }))),
);

/** Rendered profile fields (a fresh array each time: callers may change it). */
function renderFields(json: string | null): ProfileField[] {
  return !json || json === "[]" ? [] : (JSON.parse(fieldsMemo(json)) as ProfileField[]);
}

function renderAccountRow(ctx: Context, row: AccountRow, files: Map<string, string>): Record<string, unknown> {
  const config = ctx.config;
  const avatarFile = row.avatar_media_id ? files.get(row.avatar_media_id) : undefined;
  const headerFile = row.header_media_id ? files.get(row.header_media_id) : undefined;
  const avatar = avatarFile ? mediaUrl(config, avatarFile) : `${config.url}${DEFAULT_AVATAR}`;
  const header = headerFile ? mediaUrl(config, headerFile) : `${config.url}${DEFAULT_HEADER}`;
  const suspended = !!row.suspended_at;
  return {
    id: row.id,
    username: row.username,
    acct: row.domain ? `${row.username}@${row.domain}` : row.username,
    display_name: suspended ? "" : row.display_name,
    locked: row.locked === 1,
    bot: row.bot === 1,
    discoverable: row.discoverable === 1,
    indexable: row.indexable === 1,
    group: false,
    created_at: midnight(row.created_at),
    note: suspended ? "" : noteHtml(ctx, row.note),
    url: row.url,
    uri: row.uri,
    avatar,
    avatar_static: avatar,
    header,
    header_static: header,
    followers_count: suspended ? 0 : row.followers_count,
    following_count: suspended ? 0 : row.following_count,
    statuses_count: suspended ? 0 : row.statuses_count,
    last_status_at: dateOnly(row.last_status_at),
    hide_collections: false,
    noindex: row.indexable !== 1,
    emojis: [],
    roles: [],
    fields: suspended ? [] : renderFields(row.fields),
    ...(suspended ? { suspended: true } : {}),
    ...(row.silenced_at ? { limited: true } : {}),
    ...(row.moved_to_account_id ? { moved: null } : {}),
  };
}

const ROLES: Record<string, { id: string; name: string; permissions: string; color: string; highlighted: boolean }> = {
  user: { id: "-99", name: "", permissions: "65536", color: "", highlighted: false },
  moderator: { id: "2", name: "Moderator", permissions: "1308", color: "", highlighted: true },
  admin: { id: "3", name: "Admin", permissions: "1048575", color: "", highlighted: true },
};

/** verify_credentials / update_credentials: the account plus `source` and `role`. */
export async function renderCredentialAccount(ctx: Context, row: AccountRow): Promise<Record<string, unknown>> {
  const account = await renderAccount(ctx, row);
  const user = await ctx.db.selectFrom("users").select(["settings", "role", "locale"]).where("account_id", "=", row.id).executeTakeFirst();
  const settings = parseJson<Record<string, unknown>>(user?.settings, {});
  const followRequests = await ctx.db
    .selectFrom("follow_requests")
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .where("target_account_id", "=", row.id)
    .executeTakeFirst();
  return {
    ...account,
    source: {
      privacy: settings["posting:default:visibility"] ?? "public",
      sensitive: settings["posting:default:sensitive"] ?? false,
      language: settings["posting:default:language"] ?? null,
      note: row.note,
      fields: parseJson<ProfileField[]>(row.fields, []),
      follow_requests_count: Number(followRequests?.n ?? 0),
      hide_collections: false,
      discoverable: row.discoverable === 1,
      indexable: row.indexable === 1,
      quote_policy: settings["posting:default:quote_policy"] ?? "public",
      ...safetySource(settings),
    },
    role: ROLES[user?.role ?? "user"] ?? ROLES.user,
  };
}
