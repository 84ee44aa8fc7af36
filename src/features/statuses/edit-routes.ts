// PUT /api/v1/statuses/:id, GET /api/v1/statuses/:id/{history,source,context}.
import type { FastifyInstance, FastifyRequest } from "fastify";
import { optionalUser, requireUser } from "../../api/mastodon/auth.js";
import { renderStatus, renderStatuses } from "../../api/mastodon/entities/status.js";
import type { Context } from "../../context.js";
import { ValidationError } from "../../core/errors.js";
import { parse, v } from "../../core/validate.js";
import { setReplyPolicy } from "../safety/reply-policy.js";
import { REPLY_POLICIES } from "../safety/settings.js";
import { editStatus } from "./edit.js";
import { renderHistory, renderSource } from "./history.js";
import { ownStatus, viewerOf, visibleStatus } from "./lookup.js";
import { threadContext } from "./thread.js";

type IdRequest = FastifyRequest<{ Params: { id: string } }>;

/** Mastodon's alt-text limit. */
const DESCRIPTION_LIMIT = 1500;

const editShape = {
  status: v.string({ max: 100_000 }),
  spoiler_text: v.string({ max: 100_000 }),
  sensitive: v.boolean(),
  language: v.string({ max: 16 }),
  media_ids: v.array(v.id(), { max: 4 }),
  media_attributes: v.array(v.object({ id: v.id(), description: v.string({ max: DESCRIPTION_LIMIT }), focus: v.string({ max: 64 }) }), { max: 4 }),
  poll: v.object({
    options: v.array(v.string({ max: 1000 }), { max: 20 }),
    expires_in: v.int({ min: 0, max: 100_000_000 }),
    multiple: v.boolean(),
    hide_totals: v.boolean(),
  }),
  reply_policy: v.oneOf(REPLY_POLICIES),
};

export async function editRoutes(app: FastifyInstance, ctx: Context): Promise<void> {
  app.put("/api/v1/statuses/:id", async (req: IdRequest) => {
    const auth = await requireUser(ctx, req, "write:statuses");
    const input = parse(editShape, req.body);
    if (input.poll && (!input.poll.options || input.poll.expires_in === undefined)) throw new ValidationError("poll needs options and expires_in");
    const status = await ownStatus(ctx, { accountId: auth.accountId }, req.params.id);
    let updated = await editStatus(ctx, auth.accountId, status, {
      text: input.status ?? "",
      spoilerText: input.spoiler_text ?? "",
      sensitive: input.sensitive,
      language: input.language || null,
      mediaIds: input.media_ids ?? [],
      mediaAttributes: (input.media_attributes ?? []).filter((m): m is typeof m & { id: string } => !!m.id),
      poll: input.poll ? { options: input.poll.options ?? [], expiresIn: input.poll.expires_in ?? 0, multiple: input.poll.multiple, hideTotals: input.poll.hide_totals } : null,
    });
    if (input.reply_policy) updated = await setReplyPolicy(ctx.db, updated, input.reply_policy);
    return renderStatus(ctx, updated, auth.accountId);
  });

  app.get("/api/v1/statuses/:id/history", async (req: IdRequest) => {
    const viewer = viewerOf(await optionalUser(ctx, req, "read:statuses"));
    const status = await visibleStatus(ctx, viewer, req.params.id);
    return renderHistory(ctx, status);
  });

  app.get("/api/v1/statuses/:id/source", async (req: IdRequest) => {
    const auth = await requireUser(ctx, req, "read:statuses");
    const status = await visibleStatus(ctx, { accountId: auth.accountId }, req.params.id);
    return renderSource(status);
  });

  app.get("/api/v1/statuses/:id/context", async (req: IdRequest) => {
    const auth = await optionalUser(ctx, req, "read:statuses");
    const viewer = viewerOf(auth);
    const status = await visibleStatus(ctx, viewer, req.params.id);
    const { ancestors, descendants } = await threadContext(ctx, viewer, status);
    const rendered = await renderStatuses(ctx, [...ancestors, ...descendants], auth?.accountId ?? null, "thread");
    return { ancestors: rendered.slice(0, ancestors.length), descendants: rendered.slice(ancestors.length) };
  });
}
