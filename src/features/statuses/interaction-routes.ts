// POST /api/v1/statuses/:id/{favourite,unfavourite,reblog,unreblog,bookmark,unbookmark,pin,unpin,mute,unmute}.
// Every action answers with the (original) Status as the actor now sees it.
import type { FastifyInstance, FastifyRequest } from "fastify";
import { requireUser } from "../../api/mastodon/auth.js";
import { renderStatus } from "../../api/mastodon/entities/status.js";
import type { Context } from "../../context.js";
import { NotFoundError } from "../../core/errors.js";
import { parse, v } from "../../core/validate.js";
import { bookmark, favourite, muteConversation, pin, unbookmark, unfavourite, unmuteConversation, unpin } from "./interactions.js";
import { visibleOriginal, visibleStatus } from "./lookup.js";
import type { StatusRow } from "./queries.js";
import { reblog, reloadStatus, unreblog } from "./reblog.js";

type IdRequest = FastifyRequest<{ Params: { id: string } }>;

const reblogShape = { visibility: v.oneOf(["public", "unlisted", "private"] as const) };
const PLAUSIBLE_ID = /^[0-9A-Za-z_-]{1,64}$/;

/** The visible original, or null when hidden (undo actions still remove the actor's own row then). */
async function maybeVisible(ctx: Context, accountId: string, id: string): Promise<StatusRow | null> {
  try {
    return await visibleOriginal(ctx, { accountId }, id);
  } catch (err) {
    if (err instanceof NotFoundError) return null;
    throw err;
  }
}

export async function interactionRoutes(app: FastifyInstance, ctx: Context): Promise<void> {
  const action = (name: string, scope: string, run: (actorId: string, req: IdRequest) => Promise<StatusRow>) => {
    app.post(`/api/v1/statuses/:id/${name}`, async (req: IdRequest) => {
      const auth = await requireUser(ctx, req, scope);
      const row = await run(auth.accountId, req);
      return renderStatus(ctx, row, auth.accountId);
    });
  };
  /** Undo actions: remove the row even if the status became hidden since, then answer 404 in that case. */
  const undo = (name: string, scope: string, remove: (actorId: string, statusId: string) => Promise<unknown>) => {
    action(name, scope, async (actorId, req) => {
      const target = await maybeVisible(ctx, actorId, req.params.id);
      if (target) await remove(actorId, target.id);
      else if (PLAUSIBLE_ID.test(req.params.id)) await remove(actorId, req.params.id);
      if (!target) throw new NotFoundError();
      return reloadStatus(ctx, target.id);
    });
  };

  action("favourite", "write:favourites", async (actorId, req) => {
    const target = await visibleOriginal(ctx, { accountId: actorId }, req.params.id);
    await favourite(ctx, actorId, target);
    return reloadStatus(ctx, target.id);
  });
  undo("unfavourite", "write:favourites", (actorId, statusId) => unfavourite(ctx, actorId, statusId));

  action("reblog", "write:statuses", async (actorId, req) => {
    const input = parse(reblogShape, req.body);
    const target = await visibleOriginal(ctx, { accountId: actorId }, req.params.id);
    return reblog(ctx, actorId, target, input.visibility);
  });
  undo("unreblog", "write:statuses", (actorId, statusId) => unreblog(ctx, actorId, statusId));

  action("bookmark", "write:bookmarks", async (actorId, req) => {
    const target = await visibleOriginal(ctx, { accountId: actorId }, req.params.id);
    await bookmark(ctx, actorId, target);
    return target;
  });
  undo("unbookmark", "write:bookmarks", (actorId, statusId) => unbookmark(ctx, actorId, statusId));

  action("pin", "write:accounts", async (actorId, req) => {
    const target = await visibleStatus(ctx, { accountId: actorId }, req.params.id);
    await pin(ctx, actorId, target);
    return target;
  });
  action("unpin", "write:accounts", async (actorId, req) => {
    const target = await visibleStatus(ctx, { accountId: actorId }, req.params.id);
    await unpin(ctx, actorId, target.id);
    return target;
  });

  action("mute", "write:mutes", async (actorId, req) => {
    const target = await visibleStatus(ctx, { accountId: actorId }, req.params.id);
    await muteConversation(ctx, actorId, target);
    return target;
  });
  action("unmute", "write:mutes", async (actorId, req) => {
    const target = await visibleStatus(ctx, { accountId: actorId }, req.params.id);
    await unmuteConversation(ctx, actorId, target);
    return target;
  });
}
