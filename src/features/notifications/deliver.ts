// Pushes freshly created notifications to the recipient's `user` and `user:notification` streams,
// rendered for the recipient. Filtered notifications (notification policy) are not pushed.
import type { Context } from "../../context.js";
import { renderNotifications } from "../../api/mastodon/entities/notification.js";
import { hasAnyListeners, hasListeners } from "../streaming/presence.js";
import { publishStream } from "../streaming/publish.js";
import { setNotificationDeliverer } from "./create.js";
import { isFilteredForRecipient } from "./policy.js";

export async function deliverNotificationEvents(ctx: Context, ids: string[]): Promise<void> {
  if (ids.length === 0 || !hasAnyListeners(ctx)) return;
  const rows = await ctx.db.selectFrom("notifications").selectAll().where("id", "in", ids).execute();
  for (const row of rows) {
    // nobody to deliver to: no render (embedded mode knows who is connected)
    if (!hasListeners(ctx, `user:${row.account_id}`) && !hasListeners(ctx, `user:notification:${row.account_id}`)) continue;
    if (await isFilteredForRecipient(ctx, row)) continue;
    const [json] = await renderNotifications(ctx, [row], row.account_id);
    if (!json) continue;
    const payload = JSON.stringify(json);
    const msg = { event: "notification", payload, fromAccountId: row.from_account_id };
    await publishStream(ctx, `user:${row.account_id}`, { ...msg, stream: ["user"] });
    await publishStream(ctx, `user:notification:${row.account_id}`, { ...msg, stream: ["user:notification"] });
  }
}

let installed = false;
/** Install the deliverer once per process (called by the notification routes and the job handlers). */
export function installNotificationDeliverer(): void {
  if (installed) return;
  installed = true;
  setNotificationDeliverer(deliverNotificationEvents);
}
