// POST /api/v1/statuses with scheduled_at (through the statuses feature's schedule hook) and
// GET/PUT/DELETE /api/v1/scheduled_statuses[/:id]. Only the owner ever sees a scheduled status.
import type { FastifyInstance, FastifyRequest } from "fastify";
import { requireUser } from "../../api/mastodon/auth.js";
import { renderMediaAttachments } from "../../api/mastodon/entities/media.js";
import { readPage, setLinkHeader } from "../../api/mastodon/paging.js";
import type { Context } from "../../context.js";
import { NotFoundError, ValidationError } from "../../core/errors.js";
import { parseJson } from "../../core/json.js";
import { parse, v } from "../../core/validate.js";
import { keysetPage } from "../relationships/page.js";
import { setScheduleHandler } from "../statuses/routes.js";
import { cancelScheduled, ownScheduled, reschedule, type ScheduledParams, type ScheduledRow, scheduleStatus } from "./service.js";

type IdRequest = FastifyRequest<{ Params: { id: string } }>;

/** ScheduledStatus JSON for several rows, with one query for all their media. */
async function renderScheduled(ctx: Context, rows: ScheduledRow[]): Promise<Record<string, unknown>[]> {
  const params = rows.map((r) => parseJson<Partial<ScheduledParams>>(r.params, {}));
  const mediaIds = [...new Set(params.flatMap((p) => p.media_ids ?? []))];
  const media = mediaIds.length ? await ctx.db.selectFrom("media_attachments").selectAll().where("id", "in", mediaIds).execute() : [];
  const byId = new Map(media.map((m) => [m.id, m]));
  return rows.map((r, i) => ({
    id: r.id,
    scheduled_at: r.scheduled_at,
    params: params[i],
    media_attachments: renderMediaAttachments(ctx, (params[i].media_ids ?? []).map((id) => byId.get(id)).filter((m) => m !== undefined)),
  }));
}

async function findOwn(ctx: Context, accountId: string, id: string): Promise<ScheduledRow> {
  const row = /^[0-9A-Za-z_-]{1,64}$/.test(id) ? await ownScheduled(ctx.db, accountId, id) : undefined;
  if (!row) throw new NotFoundError();
  return row;
}

export async function scheduledRoutes(app: FastifyInstance, ctx: Context): Promise<void> {
  setScheduleHandler(async (c, accountId, input, applicationId) => {
    const row = await scheduleStatus(c, accountId, input, applicationId);
    return (await renderScheduled(c, [row]))[0];
  });

  app.get("/api/v1/scheduled_statuses", async (req, reply) => {
    const auth = await requireUser(ctx, req, "read:statuses");
    const page = readPage(req.query, 20, 40);
    const qb = ctx.db.selectFrom("scheduled_statuses").selectAll().where("account_id", "=", auth.accountId);
    const rows = await keysetPage(qb, "id", page);
    setLinkHeader(ctx, req, reply, rows.map((r) => r.id));
    return renderScheduled(ctx, rows);
  });

  app.get("/api/v1/scheduled_statuses/:id", async (req: IdRequest) => {
    const auth = await requireUser(ctx, req, "read:statuses");
    return (await renderScheduled(ctx, [await findOwn(ctx, auth.accountId, req.params.id)]))[0];
  });

  app.put("/api/v1/scheduled_statuses/:id", async (req: IdRequest) => {
    const auth = await requireUser(ctx, req, "write:statuses");
    const input = parse({ scheduled_at: v.date() }, req.body);
    const row = await findOwn(ctx, auth.accountId, req.params.id);
    if (!input.scheduled_at) throw new ValidationError("scheduled_at is required", { field: "scheduled_at" });
    return (await renderScheduled(ctx, [await reschedule(ctx, row, input.scheduled_at)]))[0];
  });

  app.delete("/api/v1/scheduled_statuses/:id", async (req: IdRequest) => {
    const auth = await requireUser(ctx, req, "write:statuses");
    await cancelScheduled(ctx, await findOwn(ctx, auth.accountId, req.params.id));
    return {};
  });
}
