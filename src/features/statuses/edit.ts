// Editing a status (PUT /api/v1/statuses/:id). Like Mastodon, the request replaces the whole editable
// state (text, content warning, media, poll); the first edit also records the original version, an
// edit that changes nothing records nothing, and everyone who boosted or quoted the post is told.
import { forgetStatusParts } from "../../api/mastodon/entities/status-parts.js";
import type { Context } from "../../context.js";
import { UnprocessableError } from "../../core/errors.js";
import { newId } from "../../core/ids.js";
import { countCharacters } from "../../core/text/extract.js";
import type { Executor } from "../../db/types.js";
import { createNotifications, deliverNotifications, type NewNotification } from "../notifications/create.js";
import { indexStatusForSearch, unindexStatus } from "../search/indexer.js";
import { compose, linkTags } from "./compose.js";
import { applyCounters, MAX_MEDIA, validatePoll } from "./create.js";
import { type EditPoll, type MediaAttribute, updateMedia, updatePoll } from "./edit-parts.js";
import { moderate } from "./moderation-gate.js";
import { type StatusRow, statusById } from "./queries.js";

export interface StatusEditInput {
  text: string;
  spoilerText: string;
  sensitive?: boolean;
  language?: string | null;
  mediaIds: string[];
  mediaAttributes: MediaAttribute[];
  poll: EditPoll | null;
}

async function snapshot(trx: Executor, status: StatusRow, at: string, accountId: string): Promise<void> {
  const media = await trx.selectFrom("media_attachments").select("id").where("status_id", "=", status.id).orderBy("id").execute();
  const poll = status.poll_id ? await trx.selectFrom("polls").select("options").where("id", "=", status.poll_id).executeTakeFirst() : undefined;
  const options = poll ? JSON.stringify((JSON.parse(poll.options) as { title: string }[]).map((o) => o.title)) : null;
  await trx
    .insertInto("status_edits")
    .values({
      id: newId(), status_id: status.id, account_id: accountId, text: status.text, content: status.content, spoiler_text: status.spoiler_text,
      sensitive: status.sensitive, media_ids: JSON.stringify(media.map((m) => m.id)), poll_options: options, created_at: at,
    })
    .execute();
}

/** Thrown inside the transaction to roll back an edit that changed nothing. */
class NoChanges extends Error {}

export async function editStatus(ctx: Context, actorId: string, status: StatusRow, input: StatusEditInput): Promise<StatusRow> {
  if (status.reblog_of_id) throw new UnprocessableError("Validation failed: A boost cannot be edited");
  if (status.moderation_state === "rejected" || status.moderation_state === "removed") throw new UnprocessableError("Validation failed: This post can no longer be edited");
  const { text, spoilerText, mediaIds } = input;
  if (text.trim() === "" && mediaIds.length === 0 && !input.poll) throw new UnprocessableError("Validation failed: Text can't be blank");
  if (countCharacters(text) > ctx.config.maxStatusChars) throw new UnprocessableError(`Validation failed: Text character limit of ${ctx.config.maxStatusChars} exceeded`);
  if (spoilerText.length > ctx.config.maxStatusChars) throw new UnprocessableError("Validation failed: Spoiler text is too long");
  if (mediaIds.length > MAX_MEDIA) throw new UnprocessableError(`Validation failed: Media attachments are limited to ${MAX_MEDIA}`);
  if (mediaIds.length && input.poll) throw new UnprocessableError("Validation failed: Cannot attach both media and a poll");
  if (input.poll) validatePoll(input.poll);

  const language = input.language || status.language;
  const descriptions = input.mediaAttributes.map((m) => m.description ?? "");
  const verdict = await moderate(ctx, { accountId: actorId, kind: "status", texts: [text, spoilerText, ...(input.poll?.options ?? []), ...descriptions], language });
  const now = ctx.clock.now();
  const at = now.toISOString();
  const notificationIds: string[] = [];

  try {
    await ctx.db.transaction().execute(async (trx) => {
      const hasHistory = await trx.selectFrom("status_edits").select("id").where("status_id", "=", status.id).executeTakeFirst();
      // the original version is history too, dated when it was posted
      if (!hasHistory) await snapshot(trx, status, status.created_at, status.account_id);
      const mediaChanged = await updateMedia(trx, status, mediaIds, input.mediaAttributes);
      const poll = await updatePoll(ctx, trx, status, input.poll, now);
      const sensitive = input.sensitive || spoilerText !== "" || verdict.label ? 1 : 0;
      const textChanged = text !== status.text || spoilerText !== status.spoiler_text || sensitive !== status.sensitive || language !== status.language;
      if (!textChanged && !mediaChanged && !poll.changed) throw new NoChanges();

      // a published post the gate now holds leaves circulation until a moderator decides
      const state = status.moderation_state === "published" ? verdict.state : status.moderation_state;
      const composed = await compose(ctx, trx, text);
      const updated: Partial<StatusRow> = { text, content: composed.html, spoiler_text: spoilerText, sensitive, language, poll_id: poll.pollId, edited_at: at, moderation_state: state };
      await trx.updateTable("statuses").set(updated).where("id", "=", status.id).execute();
      await replaceMentions(trx, status, composed.mentionIds);
      await trx.deleteFrom("status_tags").where("status_id", "=", status.id).execute();
      await linkTags(trx, status.id, composed.tags, at);
      await unindexStatus(trx, ctx.dialect, status.id);
      await indexStatusForSearch(trx, ctx.dialect, status.id, `${spoilerText} ${text}`);
      await snapshot(trx, { ...status, ...updated }, at, actorId);
      await verdict.record?.(trx, status.id);

      if (status.moderation_state === "published" && state !== "published") {
        const parent = status.in_reply_to_id ? await statusById(trx, status.in_reply_to_id) : undefined;
        const quoted = status.quote_of_id ? await statusById(trx, status.quote_of_id) : undefined;
        await applyCounters(trx, status, parent, quoted, -1);
        await ctx.jobs.enqueue(trx, "status.undistribute", { statusId: status.id, accountId: status.account_id, reblogIds: [] });
        return;
      }
      if (state !== "published") return;
      notificationIds.push(...(await createNotifications(trx, await interested(trx, status.id, actorId))));
      await ctx.jobs.enqueue(trx, "status.updated", { statusId: status.id });
    });
  } catch (err) {
    if (err instanceof NoChanges) return status;
    throw err;
  }
  // two edits can share a timestamp (a fixed clock): do not rely on edited_at alone here
  forgetStatusParts(ctx, status.id);
  ctx.jobs.kick();
  await deliverNotifications(ctx, notificationIds);
  return (await statusById(ctx.db, status.id)) ?? status;
}

/**
 * New mentions are added; dropped ones are removed from public posts only, because on followers-only
 * and direct posts a mention is what grants access (Mastodon keeps them as silent mentions).
 */
async function replaceMentions(trx: Executor, status: StatusRow, mentionIds: string[]): Promise<void> {
  if (status.visibility !== "private" && status.visibility !== "direct") {
    let q = trx.deleteFrom("mentions").where("status_id", "=", status.id);
    if (mentionIds.length) q = q.where("account_id", "not in", mentionIds);
    await q.execute();
  }
  for (const accountId of mentionIds) {
    await trx.insertInto("mentions").values({ status_id: status.id, account_id: accountId }).onConflict((oc) => oc.doNothing()).execute();
  }
}

/** Boosters get `update`, quoting authors `quoted_update` (Mastodon 4.5). */
async function interested(trx: Executor, statusId: string, authorId: string): Promise<NewNotification[]> {
  const [boosts, quotes] = await Promise.all([
    trx.selectFrom("statuses").select("account_id").distinct().where("reblog_of_id", "=", statusId).where("deleted_at", "is", null).execute(),
    trx.selectFrom("statuses").select("account_id").distinct().where("quote_of_id", "=", statusId).where("deleted_at", "is", null).where("moderation_state", "=", "published").execute(),
  ]);
  return [
    ...boosts.map((r) => ({ accountId: r.account_id, fromAccountId: authorId, type: "update" as const, statusId })),
    ...quotes.map((r) => ({ accountId: r.account_id, fromAccountId: authorId, type: "quoted_update" as const, statusId })),
  ];
}
