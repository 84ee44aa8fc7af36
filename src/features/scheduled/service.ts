// Scheduled statuses: the create parameters are stored as given and a durable job publishes them at
// scheduled_at through createStatus. Limits and messages follow Mastodon (at least 5 minutes ahead,
// at most 25 per day and 300 in total).
import type { Context } from "../../context.js";
import { AppError, UnprocessableError } from "../../core/errors.js";
import { newId } from "../../core/ids.js";
import { parseJson } from "../../core/json.js";
import type { Executor, ScheduledStatusesTable } from "../../db/types.js";
import { createStatus } from "../statuses/create.js";
import { type CreateInput, toNewStatus } from "../statuses/routes.js";

export const MIN_OFFSET_MS = 5 * 60_000;
export const DAILY_LIMIT = 25;
export const TOTAL_LIMIT = 300;

export type ScheduledRow = ScheduledStatusesTable;

export interface ScheduledParams {
  text: string;
  spoiler_text: string | null;
  sensitive: boolean | null;
  visibility: string | null;
  language: string | null;
  in_reply_to_id: string | null;
  quoted_status_id: string | null;
  quote_approval_policy: string | null;
  media_ids: string[] | null;
  poll: { options: string[]; expires_in: number; multiple: boolean; hide_totals: boolean } | null;
  application_id: string | null;
  scheduled_at: null;
  idempotency: null;
  with_rate_limit: boolean;
}

async function checkTime(db: Executor, ctx: Context, accountId: string, at: Date, excludeId?: string): Promise<void> {
  if (at.getTime() < ctx.clock.now().getTime() + MIN_OFFSET_MS) {
    throw new UnprocessableError("Validation failed: Scheduled at The scheduled date must be in the future", { scheduled_at: [{ error: "ERR_INVALID", description: "must be at least 5 minutes in the future" }] });
  }
  let q = db.selectFrom("scheduled_statuses").select(["id", "scheduled_at"]).where("account_id", "=", accountId);
  if (excludeId) q = q.where("id", "!=", excludeId);
  const existing = await q.execute();
  if (existing.length >= TOTAL_LIMIT) throw new UnprocessableError(`Validation failed: You have exceeded the limit of ${TOTAL_LIMIT} scheduled posts`);
  const day = at.toISOString().slice(0, 10);
  if (existing.filter((r) => r.scheduled_at.slice(0, 10) === day).length >= DAILY_LIMIT) {
    throw new UnprocessableError(`Validation failed: You have exceeded the limit of ${DAILY_LIMIT} scheduled posts for that day`);
  }
}

export async function scheduleStatus(ctx: Context, accountId: string, input: CreateInput, applicationId: string | null): Promise<ScheduledRow> {
  const at = input.scheduled_at!;
  const draft = toNewStatus(input, applicationId, null);
  if (draft.text.trim() === "" && (draft.mediaIds ?? []).length === 0 && !draft.poll) throw new UnprocessableError("Validation failed: Text can't be blank");
  if ((draft.mediaIds ?? []).length) {
    const media = await ctx.db.selectFrom("media_attachments").select(["id"]).where("id", "in", draft.mediaIds!).where("account_id", "=", accountId).where("status_id", "is", null).execute();
    if (media.length !== new Set(draft.mediaIds).size) throw new UnprocessableError("Validation failed: Media attachments are invalid or already attached");
  }
  const user = await ctx.db.selectFrom("users").select("settings").where("account_id", "=", accountId).executeTakeFirst();
  const defaultVisibility = parseJson<Record<string, unknown>>(user?.settings, {})["posting:default:visibility"];
  const params: ScheduledParams = {
    text: draft.text,
    spoiler_text: draft.spoilerText ?? null,
    sensitive: draft.sensitive ?? null,
    visibility: draft.visibility ?? (typeof defaultVisibility === "string" ? defaultVisibility : "public"),
    language: draft.language,
    in_reply_to_id: draft.inReplyToId,
    quoted_status_id: draft.quoteOfId,
    quote_approval_policy: draft.quoteApproval ?? null,
    media_ids: draft.mediaIds ?? null,
    poll: draft.poll ? { options: draft.poll.options, expires_in: draft.poll.expiresIn, multiple: !!draft.poll.multiple, hide_totals: !!draft.poll.hideTotals } : null,
    application_id: applicationId,
    scheduled_at: null,
    idempotency: null,
    with_rate_limit: false,
  };
  const row: ScheduledRow = { id: newId(), account_id: accountId, scheduled_at: at.toISOString(), params: JSON.stringify(params), created_at: ctx.clock.now().toISOString() };
  await ctx.db.transaction().execute(async (trx) => {
    await checkTime(trx, ctx, accountId, at);
    await trx.insertInto("scheduled_statuses").values(row).execute();
    await ctx.jobs.enqueue(trx, "status.publish_scheduled", { scheduledId: row.id }, { runAt: at });
  });
  ctx.jobs.kick();
  return row;
}

export async function ownScheduled(db: Executor, accountId: string, id: string): Promise<ScheduledRow | undefined> {
  return db.selectFrom("scheduled_statuses").selectAll().where("id", "=", id).where("account_id", "=", accountId).executeTakeFirst();
}

/** Move the publication time; the job queued for the old time finds the row not yet due and stops. */
export async function reschedule(ctx: Context, row: ScheduledRow, at: Date): Promise<ScheduledRow> {
  await ctx.db.transaction().execute(async (trx) => {
    await checkTime(trx, ctx, row.account_id, at, row.id);
    await trx.updateTable("scheduled_statuses").set({ scheduled_at: at.toISOString() }).where("id", "=", row.id).execute();
    await ctx.jobs.enqueue(trx, "status.publish_scheduled", { scheduledId: row.id }, { runAt: at });
  });
  ctx.jobs.kick();
  return { ...row, scheduled_at: at.toISOString() };
}

export async function cancelScheduled(ctx: Context, row: ScheduledRow): Promise<void> {
  await ctx.db.deleteFrom("scheduled_statuses").where("id", "=", row.id).execute();
}

/**
 * Job "status.publish_scheduled" {scheduledId}. The idempotency key ties the status to the scheduled
 * row, so a retry after a crash between creating and deleting does not post twice. Parameters that
 * became invalid meanwhile (reply target deleted, media reused) drop the post, as Mastodon does.
 */
export async function publishScheduled(ctx: Context, payload: { scheduledId?: unknown }): Promise<void> {
  if (typeof payload?.scheduledId !== "string") return;
  const row = await ctx.db.selectFrom("scheduled_statuses").selectAll().where("id", "=", payload.scheduledId).executeTakeFirst();
  if (!row || Date.parse(row.scheduled_at) > ctx.clock.now().getTime() + 1000) return;
  const p = parseJson<Partial<ScheduledParams>>(row.params, {});
  try {
    await createStatus(ctx, row.account_id, {
      text: p.text ?? "",
      spoilerText: p.spoiler_text ?? undefined,
      sensitive: p.sensitive ?? undefined,
      visibility: (p.visibility as "public") ?? undefined,
      language: p.language ?? null,
      inReplyToId: p.in_reply_to_id ?? null,
      quoteOfId: p.quoted_status_id ?? null,
      quoteApproval: (p.quote_approval_policy as "public") ?? undefined,
      mediaIds: p.media_ids ?? undefined,
      poll: p.poll ? { options: p.poll.options, expiresIn: p.poll.expires_in, multiple: p.poll.multiple, hideTotals: p.poll.hide_totals } : null,
      applicationId: p.application_id ?? null,
      idempotencyKey: `scheduled:${row.id}`,
      createdAt: ctx.clock.now(),
    });
  } catch (err) {
    if (!(err instanceof AppError) || err.status >= 500) throw err;
    ctx.log.info({ err, scheduledId: row.id }, "scheduled status dropped: its parameters are no longer valid");
  }
  await ctx.db.deleteFrom("scheduled_statuses").where("id", "=", row.id).execute();
}
