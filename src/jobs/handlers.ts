// Every durable job kind is registered here, one line per feature, so all of them are discoverable.
import type { Context } from "../context.js";
import { registerLinkVerificationJobs } from "../features/accounts/verify-links.js";
import { expirePoll } from "../features/polls/expire.js";
import { installModeration } from "../features/moderation/pipeline.js";
import { publishScheduled } from "../features/scheduled/service.js";
import { trackStreamingPresence } from "../features/streaming/presence.js";
import { announceUpdate, timelineJobs } from "../features/timelines/distribute.js";

export function registerJobHandlers(ctx: Context): void {
  // counts stream subscriptions so fan-out renders only for streams someone listens to (this belongs
  // with the pub/sub in the composition root; it sits here because it must run before any subscription)
  trackStreamingPresence(ctx);
  registerLinkVerificationJobs(ctx);
  ctx.jobs.register("poll.expire", (p) => expirePoll(ctx, p));
  ctx.jobs.register("status.publish_scheduled", (p) => publishScheduled(ctx, p));
  ctx.jobs.register("status.updated", (p) => announceUpdate(ctx, p.statusId));
  const timelines = timelineJobs(ctx);
  ctx.jobs.register("status.distribute", timelines.distribute);
  ctx.jobs.registerBatch("status.distribute", timelines.distributeMany);
  ctx.jobs.register("status.undistribute", timelines.undistribute);
  installModeration(ctx);
}
