// GET /api/v1/polls/:id and POST /api/v1/polls/:id/votes. A poll is visible exactly when its status is.
import type { FastifyInstance, FastifyRequest } from "fastify";
import { optionalUser, requireUser } from "../../api/mastodon/auth.js";
import { renderPoll } from "../../api/mastodon/entities/poll.js";
import type { Context } from "../../context.js";
import { NotFoundError, ValidationError } from "../../core/errors.js";
import { parse, v } from "../../core/validate.js";
import type { PollsTable } from "../../db/types.js";
import { viewerOf, visibleStatus } from "../statuses/lookup.js";
import type { Viewer } from "../statuses/visibility.js";
import { ownVotes, pollById, vote } from "./vote.js";

type IdRequest = FastifyRequest<{ Params: { id: string } }>;

const voteShape = { choices: v.array(v.int({ min: 0, max: 1000 }), { max: 100 }) };

async function visiblePoll(ctx: Context, viewer: Viewer | null, id: string): Promise<PollsTable> {
  const poll = /^[0-9A-Za-z_-]{1,64}$/.test(id) ? await pollById(ctx.db, id) : undefined;
  if (!poll?.status_id) throw new NotFoundError();
  await visibleStatus(ctx, viewer, poll.status_id);
  return poll;
}

export async function pollRoutes(app: FastifyInstance, ctx: Context): Promise<void> {
  app.get("/api/v1/polls/:id", async (req: IdRequest) => {
    const viewer = viewerOf(await optionalUser(ctx, req, "read:statuses"));
    const poll = await visiblePoll(ctx, viewer, req.params.id);
    return renderPoll(poll, viewer ? await ownVotes(ctx.db, poll.id, viewer.accountId) : null, ctx.clock.now());
  });

  app.post("/api/v1/polls/:id/votes", async (req: IdRequest) => {
    const auth = await requireUser(ctx, req, "write:statuses");
    const input = parse(voteShape, req.body);
    if (!input.choices || input.choices.length === 0) throw new ValidationError("choices is required", { field: "choices" });
    const poll = await visiblePoll(ctx, { accountId: auth.accountId }, req.params.id);
    const updated = await vote(ctx, auth.accountId, poll.id, input.choices);
    return renderPoll(updated, await ownVotes(ctx.db, poll.id, auth.accountId), ctx.clock.now());
  });
}
