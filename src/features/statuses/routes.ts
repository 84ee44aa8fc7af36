// Status routes: create, fetch (one or many), delete. Interactions, edits, context and polls live
// in their own route files in this folder.
import { renderTimelinePage } from "../timelines/page-render.js";
import type { FastifyInstance } from "fastify";
import type { Context } from "../../context.js";
import { NotFoundError, ValidationError } from "../../core/errors.js";
import { parse, v } from "../../core/validate.js";
import { optionalUser, requireUser } from "../../api/mastodon/auth.js";
import { renderStatus, renderStatuses } from "../../api/mastodon/entities/status.js";
import { REPLY_POLICIES } from "../safety/settings.js";
import { createStatus } from "./create.js";
import { deleteStatus } from "./delete.js";
import { statusById, statusesInOrder } from "./queries.js";
import { canView, filterVisible } from "./visibility.js";
import { statusesByIds } from "./queries.js";

export const createShape = {
  status: v.string({ max: 100_000 }),
  media_ids: v.array(v.id(), { max: 4 }),
  poll: v.object({
    options: v.array(v.string({ max: 1000 }), { max: 20 }),
    expires_in: v.int({ min: 0, max: 100_000_000 }),
    multiple: v.boolean(),
    hide_totals: v.boolean(),
  }),
  in_reply_to_id: v.id(),
  quoted_status_id: v.id(),
  quote_id: v.id(),
  sensitive: v.boolean(),
  spoiler_text: v.string({ max: 100_000 }),
  visibility: v.oneOf(["public", "unlisted", "private", "direct"] as const),
  language: v.string({ max: 16 }),
  scheduled_at: v.date(),
  quote_approval_policy: v.oneOf(["public", "followers", "nobody"] as const),
  reply_policy: v.oneOf(REPLY_POLICIES),
};

export type CreateInput = ReturnType<typeof parse<typeof createShape>>;

export function toNewStatus(input: CreateInput, applicationId: string | null, idempotencyKey: string | null) {
  if (input.poll && (!input.poll.options || input.poll.expires_in === undefined)) {
    throw new ValidationError("poll needs options and expires_in");
  }
  return {
    text: input.status ?? "",
    spoilerText: input.spoiler_text,
    sensitive: input.sensitive,
    visibility: input.visibility,
    language: input.language || null,
    inReplyToId: input.in_reply_to_id ?? null,
    quoteOfId: input.quoted_status_id ?? input.quote_id ?? null,
    mediaIds: input.media_ids,
    poll: input.poll ? { options: input.poll.options ?? [], expiresIn: input.poll.expires_in ?? 0, multiple: input.poll.multiple, hideTotals: input.poll.hide_totals } : null,
    applicationId,
    idempotencyKey,
    quoteApproval: input.quote_approval_policy,
    replyPolicy: input.reply_policy,
  };
}

/** Route hook for scheduled statuses: the scheduled feature installs it. */
export type ScheduleHandler = (ctx: Context, accountId: string, input: CreateInput, applicationId: string | null) => Promise<Record<string, unknown>>;
let scheduleHandler: ScheduleHandler | null = null;
export function setScheduleHandler(fn: ScheduleHandler): void {
  scheduleHandler = fn;
}

export async function statusRoutes(app: FastifyInstance, ctx: Context): Promise<void> {
  app.post("/api/v1/statuses", async (req) => {
    const auth = await requireUser(ctx, req, "write:statuses");
    const input = parse(createShape, req.body);
    if (input.scheduled_at && scheduleHandler) return scheduleHandler(ctx, auth.accountId, input, auth.appId);
    const key = req.headers["idempotency-key"];
    const row = await createStatus(ctx, auth.accountId, toNewStatus(input, auth.appId, typeof key === "string" && key !== "" ? key.slice(0, 200) : null));
    return renderStatus(ctx, row, auth.accountId);
  });

  app.get<{ Params: { id: string } }>("/api/v1/statuses/:id", async (req) => {
    const auth = await optionalUser(ctx, req, "read:statuses");
    const viewer = auth ? { accountId: auth.accountId } : null;
    const row = await statusById(ctx.db, req.params.id);
    if (!row) throw new NotFoundError();
    const originals = row.reblog_of_id ? await statusesByIds(ctx.db, [row.reblog_of_id]) : new Map();
    if ((await filterVisible(ctx.db, viewer, [row], originals)).length === 0) throw new NotFoundError();
    // the cached renderer (same JSON as renderStatus): popular statuses are read far more than written
    const [json] = await renderTimelinePage(ctx, [row], auth?.accountId ?? null, "thread");
    if (!json) throw new NotFoundError();
    return json;
  });

  app.get("/api/v1/statuses", async (req) => {
    const auth = await optionalUser(ctx, req, "read:statuses");
    const { id } = parse({ id: v.array(v.id(), { max: 40 }) }, req.query);
    const rows = await statusesInOrder(ctx.db, id ?? []);
    const originals = await statusesByIds(ctx.db, rows.map((r) => r.reblog_of_id).filter((x): x is string => !!x));
    const visible = await filterVisible(ctx.db, auth ? { accountId: auth.accountId } : null, rows, originals);
    return renderStatuses(ctx, visible, auth?.accountId ?? null);
  });

  app.delete<{ Params: { id: string } }>("/api/v1/statuses/:id", async (req) => {
    const auth = await requireUser(ctx, req, "write:statuses");
    const row = await statusById(ctx.db, req.params.id);
    if (!row || !(await canView(ctx.db, { accountId: auth.accountId }, row))) throw new NotFoundError();
    const rendered = await renderStatus(ctx, row, auth.accountId);
    await deleteStatus(ctx, auth.accountId, row.id);
    // the source comes back for delete-and-redraft
    return { ...rendered, text: row.text };
  });
}
