// Publishing streaming events. Channel names: `timeline:<stream key>` for the stream keys Mastodon
// uses (user:<account id>, public, public:local, hashtag:<tag>, list:<id>, direct:<account id>, ...).
// The message is the JSON of { event, payload } where payload is already a string (Mastodon's wire form).
import type { Context } from "../../context.js";

export interface StreamMessage {
  event: string;
  payload?: string;
  /** stream names to report to the client, e.g. ["user"] or ["hashtag", "foo"] */
  stream: string[];
  /** account that caused it; the subscriber side drops it for viewers who block or mute that account */
  fromAccountId?: string;
  /** other accounts the event is about (a boost's original author): dropped the same way */
  involvedAccountIds?: string[];
}

export async function publishStream(ctx: Context, key: string, message: StreamMessage): Promise<void> {
  await ctx.pubsub.publish(`timeline:${key}`, JSON.stringify(message));
}

/** Publish one pre-serialised message to many stream keys (the same bytes for every key). */
export async function publishToMany(ctx: Context, keys: readonly string[], raw: string): Promise<void> {
  for (let i = 0; i < keys.length; i += 256) {
    await Promise.all(keys.slice(i, i + 256).map((key) => ctx.pubsub.publish(`timeline:${key}`, raw)));
  }
}
