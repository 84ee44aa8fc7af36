// StatusEdit and StatusSource JSON for GET /api/v1/statuses/:id/history and /source.
import { renderAccounts } from "../../api/mastodon/entities/account.js";
import { renderMediaAttachments } from "../../api/mastodon/entities/media.js";
import type { Context } from "../../context.js";
import { parseJson } from "../../core/json.js";
import type { MediaAttachmentsTable, StatusEditsTable } from "../../db/types.js";
import type { StatusRow } from "./queries.js";

/** Versions oldest first; a never-edited post has exactly one, its current state (as in Mastodon). */
export async function renderHistory(ctx: Context, status: StatusRow): Promise<Record<string, unknown>[]> {
  let edits: StatusEditsTable[] = await ctx.db.selectFrom("status_edits").selectAll().where("status_id", "=", status.id).orderBy("id", "asc").execute();
  if (edits.length === 0) {
    const media = await ctx.db.selectFrom("media_attachments").select("id").where("status_id", "=", status.id).orderBy("id").execute();
    const poll = status.poll_id ? await ctx.db.selectFrom("polls").select("options").where("id", "=", status.poll_id).executeTakeFirst() : undefined;
    edits = [{
      id: status.id, status_id: status.id, account_id: status.account_id, text: status.text, content: status.content,
      spoiler_text: status.spoiler_text, sensitive: status.sensitive, media_ids: JSON.stringify(media.map((m) => m.id)),
      poll_options: poll ? JSON.stringify(parseJson<{ title: string }[]>(poll.options, []).map((o) => o.title)) : null,
      created_at: status.edited_at ?? status.created_at,
    }];
  }
  const mediaIds = [...new Set(edits.flatMap((e) => parseJson<string[]>(e.media_ids, [])))];
  const accountIds = [...new Set(edits.map((e) => e.account_id))];
  const [mediaRows, accountRows] = await Promise.all([
    mediaIds.length ? ctx.db.selectFrom("media_attachments").selectAll().where("id", "in", mediaIds).execute() : Promise.resolve([] as MediaAttachmentsTable[]),
    ctx.db.selectFrom("accounts").selectAll().where("id", "in", accountIds).execute(),
  ]);
  const media = new Map(mediaRows.map((m) => [m.id, m]));
  const accounts = await renderAccounts(ctx, accountRows);
  return edits.map((e) => {
    const options = parseJson<string[] | null>(e.poll_options, null);
    const attached = parseJson<string[]>(e.media_ids, []).map((id) => media.get(id)).filter((m): m is MediaAttachmentsTable => !!m);
    return {
      content: e.content,
      spoiler_text: e.spoiler_text,
      sensitive: e.sensitive === 1,
      created_at: e.created_at,
      account: accounts.get(e.account_id) ?? null,
      poll: options ? { options: options.map((title) => ({ title })) } : null,
      media_attachments: renderMediaAttachments(ctx, attached),
      emojis: [],
    };
  });
}

export function renderSource(status: StatusRow): Record<string, unknown> {
  return { id: status.id, text: status.text, spoiler_text: status.spoiler_text };
}
