// The media and poll halves of an edit, each reporting whether it changed anything significant.
import type { Context } from "../../context.js";
import { UnprocessableError } from "../../core/errors.js";
import { newId } from "../../core/ids.js";
import { parseJson } from "../../core/json.js";
import type { Executor, MediaAttachmentsTable, PollsTable } from "../../db/types.js";
import { parseFocus } from "../media/service.js";
import type { StatusRow } from "./queries.js";

export interface MediaAttribute {
  id: string;
  description?: string;
  focus?: string;
}

export interface EditPoll {
  options: string[];
  expiresIn: number;
  multiple?: boolean;
  hideTotals?: boolean;
}

/** Attach the next media set (own media, unattached or already on this status) and apply alt text/focus. */
export async function updateMedia(trx: Executor, status: StatusRow, nextIds: string[], attributes: MediaAttribute[]): Promise<boolean> {
  const current = await trx.selectFrom("media_attachments").select("id").where("status_id", "=", status.id).orderBy("id").execute();
  const wanted = [...new Set(nextIds)];
  const rows: MediaAttachmentsTable[] = wanted.length
    ? await trx.selectFrom("media_attachments").selectAll().where("id", "in", wanted).where("account_id", "=", status.account_id).execute()
    : [];
  if (rows.length !== wanted.length || rows.some((m) => m.status_id !== null && m.status_id !== status.id)) {
    throw new UnprocessableError("Validation failed: Media attachments are invalid or already attached");
  }
  const before = current.map((m) => m.id);
  let changed = before.length !== wanted.length || before.some((id) => !wanted.includes(id));
  // removed attachments are detached; history keeps their ids
  const removed = before.filter((id) => !wanted.includes(id));
  if (removed.length) await trx.updateTable("media_attachments").set({ status_id: null }).where("id", "in", removed).execute();
  const added = wanted.filter((id) => !before.includes(id));
  if (added.length) await trx.updateTable("media_attachments").set({ status_id: status.id }).where("id", "in", added).execute();
  for (const attr of attributes) {
    const media = rows.find((m) => m.id === attr.id);
    if (!media) continue;
    const focus = parseFocus(attr.focus);
    const patch: Partial<MediaAttachmentsTable> = {};
    if (attr.description !== undefined) {
      const description = attr.description.trim() ? attr.description : null;
      if (description !== media.description) patch.description = description;
    }
    if (focus && (focus.x !== media.focus_x || focus.y !== media.focus_y)) Object.assign(patch, { focus_x: focus.x, focus_y: focus.y });
    if (Object.keys(patch).length === 0) continue;
    await trx.updateTable("media_attachments").set(patch).where("id", "=", media.id).execute();
    changed = true;
  }
  return changed;
}

export interface PollOutcome {
  pollId: string | null;
  changed: boolean;
}

/**
 * Replace, keep or remove the poll. Changing the options or the multiple-choice flag invalidates the
 * votes cast so far, as in Mastodon; the expiry is always re-applied from expires_in.
 */
export async function updatePoll(ctx: Context, trx: Executor, status: StatusRow, next: EditPoll | null, now: Date): Promise<PollOutcome> {
  const previous: PollsTable | undefined = status.poll_id ? await trx.selectFrom("polls").selectAll().where("id", "=", status.poll_id).executeTakeFirst() : undefined;
  if (!next) {
    if (!previous) return { pollId: null, changed: false };
    await trx.deleteFrom("poll_votes").where("poll_id", "=", previous.id).execute();
    await trx.deleteFrom("polls").where("id", "=", previous.id).execute();
    return { pollId: null, changed: true };
  }
  const expiresAt = new Date(now.getTime() + next.expiresIn * 1000).toISOString();
  const options = JSON.stringify(next.options.map((title) => ({ title, votes_count: 0 })));
  if (!previous) {
    const id = newId();
    await trx
      .insertInto("polls")
      .values({
        id, status_id: status.id, account_id: status.account_id, options, multiple: next.multiple ? 1 : 0,
        hide_totals: next.hideTotals ? 1 : 0, votes_count: 0, voters_count: 0, expires_at: expiresAt, created_at: now.toISOString(),
      })
      .execute();
    await ctx.jobs.enqueue(trx, "poll.expire", { pollId: id }, { runAt: new Date(expiresAt) });
    return { pollId: id, changed: true };
  }
  const titles = parseJson<{ title: string }[]>(previous.options, []).map((o) => o.title);
  const reset = JSON.stringify(titles) !== JSON.stringify(next.options) || (previous.multiple === 1) !== !!next.multiple;
  await trx
    .updateTable("polls")
    .set({
      multiple: next.multiple ? 1 : 0,
      hide_totals: next.hideTotals ? 1 : 0,
      expires_at: expiresAt,
      ...(reset ? { options, votes_count: 0, voters_count: 0 } : {}),
    })
    .where("id", "=", previous.id)
    .execute();
  if (reset) await trx.deleteFrom("poll_votes").where("poll_id", "=", previous.id).execute();
  // the old expiry job finds the poll not yet expired and does nothing
  await ctx.jobs.enqueue(trx, "poll.expire", { pollId: previous.id }, { runAt: new Date(expiresAt) });
  return { pollId: previous.id, changed: reset || previous.expires_at !== expiresAt || previous.hide_totals !== (next.hideTotals ? 1 : 0) };
}
