// Creating a status: validation, moderation gate, one transaction for the row, its mentions, tags,
// media, poll, counters, notifications and the durable distribution job.
import { homeKey, TIMELINE_CAP } from "../timelines/store.js";
import type { Context } from "../../context.js";
import { NotFoundError, UnprocessableError, ValidationError } from "../../core/errors.js";
import { newId } from "../../core/ids.js";
import { parseJson } from "../../core/json.js";
import { countCharacters } from "../../core/text/extract.js";
import type { Executor } from "../../db/types.js";
import { primeStatusParts } from "../../api/mastodon/entities/status-parts.js";
import { statusUri, statusUrl } from "../../api/mastodon/entities/urls.js";
import { createNotifications, deliverNotifications, type NewNotification } from "../notifications/create.js";
import { mayQuote } from "../safety/quote-policy.js";
import { assertMayReply } from "../safety/reply-policy.js";
import { type ReplyPolicy, safetySettingsOf } from "../safety/settings.js";
import { indexStatusForSearch } from "../search/indexer.js";
import { compose, linkTags } from "./compose.js";
import { moderate } from "./moderation-gate.js";
import { type StatusRow, statusById } from "./queries.js";
import { canView } from "./visibility.js";
import { inWriteTransaction } from "./write-batch.js";
import { placeholders, rawQuery } from "./write-sql.js";

export type Visibility = "public" | "unlisted" | "private" | "direct";

export interface NewStatus {
  text: string;
  spoilerText?: string;
  sensitive?: boolean;
  visibility?: Visibility;
  language?: string | null;
  inReplyToId?: string | null;
  quoteOfId?: string | null;
  mediaIds?: string[];
  poll?: { options: string[]; expiresIn: number; multiple?: boolean; hideTotals?: boolean } | null;
  applicationId?: string | null;
  idempotencyKey?: string | null;
  quoteApproval?: "public" | "followers" | "nobody";
  /** who may reply (Rostra extension); the author's default when absent */
  replyPolicy?: ReplyPolicy;
  /** seeding and imports may set the creation time */
  createdAt?: Date;
}

export const POLL_LIMITS = { maxOptions: 4, maxOptionChars: 50, minExpiration: 300, maxExpiration: 2629746 };
export const MAX_MEDIA = 4;

export async function createStatus(ctx: Context, authorId: string, input: NewStatus): Promise<StatusRow> {
  if (input.idempotencyKey) {
    const [seen] = await rawQuery<{ status_id: string }>(ctx.db, ctx.dialect, "select status_id from idempotency_keys where account_id = ? and key = ?", [authorId, input.idempotencyKey]);
    if (seen) {
      const existing = await statusById(ctx.db, seen.status_id);
      if (existing) return existing;
    }
  }
  const text = input.text ?? "";
  const mediaIds = input.mediaIds ?? [];
  if (text.trim() === "" && mediaIds.length === 0 && !input.poll) throw new UnprocessableError("Validation failed: Text can't be blank");
  if (countCharacters(text) > ctx.config.maxStatusChars) throw new UnprocessableError(`Validation failed: Text character limit of ${ctx.config.maxStatusChars} exceeded`);
  if ((input.spoilerText ?? "").length > ctx.config.maxStatusChars) throw new UnprocessableError("Validation failed: Spoiler text is too long");
  if (mediaIds.length > MAX_MEDIA) throw new UnprocessableError(`Validation failed: Media attachments are limited to ${MAX_MEDIA}`);
  if (mediaIds.length && input.poll) throw new UnprocessableError("Validation failed: Cannot attach both media and a poll");
  if (input.poll) validatePoll(input.poll);

  const [author] = await rawQuery<{ username: string; settings: string | null }>(ctx.db, ctx.dialect,
    "select accounts.username, users.settings from accounts left join users on users.account_id = accounts.id where accounts.id = ?", [authorId]);
  const settings = parseJson<Record<string, unknown>>(author?.settings, {});
  let visibility: Visibility = input.visibility ?? ((settings["posting:default:visibility"] as Visibility) || "public");

  let parent: StatusRow | undefined;
  if (input.inReplyToId) {
    parent = await statusById(ctx.db, input.inReplyToId);
    if (!parent || parent.reblog_of_id || !(await canView(ctx.db, { accountId: authorId }, parent))) throw new NotFoundError("The status you are replying to does not exist or is not visible");
    // a reply to a direct message stays direct unless the author widened it on purpose
    if (parent.visibility === "direct" && !input.visibility) visibility = "direct";
    await assertMayReply(ctx.db, parent, authorId);
  }
  let quoted: StatusRow | undefined;
  if (input.quoteOfId) {
    quoted = await statusById(ctx.db, input.quoteOfId);
    if (!quoted || quoted.reblog_of_id || !(await canView(ctx.db, { accountId: authorId }, quoted))) throw new NotFoundError("The quoted status does not exist or is not visible");
    if (!(await mayQuote(ctx.db, quoted, authorId))) throw new UnprocessableError("Validation failed: This status cannot be quoted");
  }

  const verdict = await moderate(ctx, { accountId: authorId, kind: "status", texts: [text, input.spoilerText ?? "", ...(input.poll?.options ?? [])], language: input.language ?? null });

  const created = input.createdAt ?? new Date();
  const id = newId(created.getTime());
  const at = created.toISOString();
  if (!author) throw new NotFoundError("The author does not exist");
  // mentions resolve before the transaction: it holds only writes (and the checks that go with them)
  const composed = await compose(ctx, ctx.db, text);
  const notificationIds: string[] = [];
  const abuseScore = verdict.abuseScore ?? 0;
  let linked: { id: string; name: string }[] = [];

  const row = await inWriteTransaction(ctx, async (trx) => {
    let pollId: string | null = null;
    if (input.poll) {
      pollId = newId();
      const expiresAt = new Date(created.getTime() + input.poll.expiresIn * 1000).toISOString();
      await trx
        .insertInto("polls")
        .values({
          id: pollId, status_id: id, account_id: authorId,
          options: JSON.stringify(input.poll.options.map((title) => ({ title, votes_count: 0 }))),
          multiple: input.poll.multiple ? 1 : 0, hide_totals: input.poll.hideTotals ? 1 : 0,
          votes_count: 0, voters_count: 0, expires_at: expiresAt, created_at: at,
        })
        .execute();
      await ctx.jobs.enqueue(trx, "poll.expire", { pollId }, { runAt: new Date(expiresAt) });
    }
    const row: StatusRow = {
      id,
      uri: statusUri(ctx.config, author.username, id),
      url: statusUrl(ctx.config, author.username, id),
      account_id: authorId,
      text,
      content: composed.html,
      spoiler_text: input.spoilerText ?? "",
      visibility,
      sensitive: input.sensitive || (input.spoilerText ?? "") !== "" || verdict.label ? 1 : 0,
      language: input.language ?? ((settings["posting:default:language"] as string) || null),
      in_reply_to_id: parent?.id ?? null,
      in_reply_to_account_id: parent?.account_id ?? null,
      reblog_of_id: null,
      quote_of_id: quoted?.id ?? null,
      conversation_id: parent?.conversation_id ?? id,
      poll_id: pollId,
      application_id: input.applicationId ?? null,
      local: 1,
      created_at: at,
      edited_at: null,
      deleted_at: null,
      replies_count: 0,
      reblogs_count: 0,
      favourites_count: 0,
      quotes_count: 0,
      moderation_state: verdict.state,
      quote_approval: input.quoteApproval ?? ((settings["posting:default:quote_policy"] as "public") || "public"),
      reply_policy: input.replyPolicy ?? safetySettingsOf(settings).replyPolicy,
    };
    await insertStatusRow(trx, ctx.dialect, row, abuseScore);
    if (composed.mentionIds.length) {
      await rawQuery(trx, ctx.dialect, `insert into mentions (status_id, account_id) values ${composed.mentionIds.map(() => "(?, ?)").join(", ")}`,
        composed.mentionIds.flatMap((accountId) => [id, accountId]));
    }
    linked = await linkTags(trx, id, composed.tags, at, ctx.dialect);
    if (mediaIds.length) await attachMedia(trx, authorId, id, mediaIds);
    await indexStatusForSearch(trx, ctx.dialect, id, `${input.spoilerText ?? ""} ${text}`);
    if (verdict.state === "published") {
      await rawQuery(trx, ctx.dialect, "update accounts set statuses_count = statuses_count + 1, last_status_at = ? where id = ?", [row.created_at, authorId]);
      if (parent) await rawQuery(trx, ctx.dialect, "update statuses set replies_count = replies_count + 1 where id = ?", [parent.id]);
      if (quoted) await rawQuery(trx, ctx.dialect, "update statuses set quotes_count = quotes_count + 1 where id = ?", [quoted.id]);
      const notes: NewNotification[] = composed.mentionIds.map((accountId) => ({ accountId, fromAccountId: authorId, type: "mention", statusId: id }));
      if (quoted && quoted.account_id !== authorId && !composed.mentionIds.includes(quoted.account_id)) notes.push({ accountId: quoted.account_id, fromAccountId: authorId, type: "quote", statusId: id });
      if (notes.length) notificationIds.push(...(await createNotifications(trx, notes, { abuseScores: new Map([[id, abuseScore]]), dialect: ctx.dialect })));
      await ctx.jobs.enqueue(trx, "status.distribute", { statusId: id });
    }
    if (input.idempotencyKey) {
      await trx.insertInto("idempotency_keys").values({ account_id: authorId, key: input.idempotencyKey, status_id: id, created_at: at }).onConflict((oc) => oc.doNothing()).execute();
    }
    await verdict.record?.(trx, id);
    return row;
  });
  ctx.jobs.kick();
  // the creation response renders the post at once: give it the parts just written instead of reading them back
  if (mediaIds.length === 0) primeStatusParts(ctx, row, { mentions: [...new Set(composed.mentionIds)], tags: linked.map((t) => t.name) });
  // the author's own home timeline gets the post at once (as a rebuild would), not after the fan-out
  // job: a client reading its home right after posting must find it
  const ownHome = homeKey(authorId);
  if (await ctx.kv.exists(ownHome)) await ctx.kv.zadd(ownHome, [row.id], TIMELINE_CAP);
  await deliverNotifications(ctx, notificationIds);
  return row;
}

const STATUS_COLUMNS = [
  "id", "uri", "url", "account_id", "text", "content", "spoiler_text", "visibility", "sensitive", "language", "in_reply_to_id",
  "in_reply_to_account_id", "reblog_of_id", "quote_of_id", "conversation_id", "poll_id", "application_id", "local", "created_at",
  "edited_at", "deleted_at", "replies_count", "reblogs_count", "favourites_count", "quotes_count", "moderation_state", "quote_approval",
  "reply_policy",
] as const satisfies readonly (keyof StatusRow)[];
const INSERT_STATUS = `insert into statuses (${STATUS_COLUMNS.join(", ")}, abuse_score) values (${placeholders(STATUS_COLUMNS.length + 1)})`;

async function insertStatusRow(trx: Executor, dialect: Context["dialect"], row: StatusRow, abuseScore: number): Promise<void> {
  const params: unknown[] = STATUS_COLUMNS.map((c) => row[c]);
  params.push(abuseScore);
  await rawQuery(trx, dialect, INSERT_STATUS, params);
}

export function validatePoll(poll: NonNullable<NewStatus["poll"]>) {
  const { maxOptions, maxOptionChars, minExpiration, maxExpiration } = POLL_LIMITS;
  if (poll.options.length < 2) throw new ValidationError("poll must have at least 2 options");
  if (poll.options.length > maxOptions) throw new ValidationError(`poll must have at most ${maxOptions} options`);
  if (poll.options.some((o) => o.trim() === "" || [...o].length > maxOptionChars)) throw new ValidationError(`poll options must be 1 to ${maxOptionChars} characters`);
  if (new Set(poll.options).size !== poll.options.length) throw new ValidationError("poll options must be unique");
  if (!Number.isInteger(poll.expiresIn) || poll.expiresIn < minExpiration || poll.expiresIn > maxExpiration) {
    throw new ValidationError(`poll expires_in must be between ${minExpiration} and ${maxExpiration} seconds`);
  }
}

async function attachMedia(trx: Executor, authorId: string, statusId: string, mediaIds: string[]) {
  const rows = await trx.selectFrom("media_attachments").select(["id", "account_id", "status_id"]).where("id", "in", mediaIds).execute();
  if (rows.length !== new Set(mediaIds).size || rows.some((m) => m.account_id !== authorId || (m.status_id && m.status_id !== statusId))) {
    throw new UnprocessableError("Validation failed: Media attachments are invalid or already attached");
  }
  for (const mid of mediaIds) await trx.updateTable("media_attachments").set({ status_id: statusId }).where("id", "=", mid).execute();
}

/** Counters move with the row that changes them, in the same transaction. */
export async function applyCounters(trx: Executor, row: StatusRow, parent?: StatusRow, quoted?: StatusRow, delta = 1): Promise<void> {
  await trx
    .updateTable("accounts")
    .set((eb) => ({ statuses_count: eb("statuses_count", "+", delta), ...(delta > 0 ? { last_status_at: row.created_at } : {}) }))
    .where("id", "=", row.account_id)
    .execute();
  if (parent) await trx.updateTable("statuses").set((eb) => ({ replies_count: eb("replies_count", "+", delta) })).where("id", "=", parent.id).execute();
  if (quoted) await trx.updateTable("statuses").set((eb) => ({ quotes_count: eb("quotes_count", "+", delta) })).where("id", "=", quoted.id).execute();
}
