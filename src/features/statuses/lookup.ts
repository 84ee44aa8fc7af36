// Resolving the :id of a status route for a viewer. Hidden, deleted and missing statuses all answer
// 404 so that ids are no existence oracle; a reblog is only visible when its original is.
import type { Context } from "../../context.js";
import { NotFoundError } from "../../core/errors.js";
import { type StatusRow, statusById } from "./queries.js";
import { canView, type Viewer } from "./visibility.js";

const ID = /^[0-9A-Za-z_-]{1,64}$/;

export function viewerOf(auth: { accountId: string } | null | undefined): Viewer | null {
  return auth ? { accountId: auth.accountId } : null;
}

/** The status if `viewer` may see it (and the original of a reblog), else NotFoundError. */
export async function visibleStatus(ctx: Context, viewer: Viewer | null, id: unknown): Promise<StatusRow> {
  if (typeof id !== "string" || !ID.test(id)) throw new NotFoundError();
  const row = await statusById(ctx.db, id);
  if (!row || !(await canView(ctx.db, viewer, row))) throw new NotFoundError();
  if (row.reblog_of_id) {
    const original = await statusById(ctx.db, row.reblog_of_id);
    if (!original || !(await canView(ctx.db, viewer, original))) throw new NotFoundError();
  }
  return row;
}

/** Interactions (favourite, bookmark, reblog) apply to the original when given a reblog, as in Mastodon. */
export async function visibleOriginal(ctx: Context, viewer: Viewer | null, id: unknown): Promise<StatusRow> {
  const row = await visibleStatus(ctx, viewer, id);
  if (!row.reblog_of_id) return row;
  const original = await statusById(ctx.db, row.reblog_of_id);
  if (!original) throw new NotFoundError();
  return original;
}

/** The caller's own status (any moderation state); anyone else's is a 404, as Mastodon scopes edits to the owner. */
export async function ownStatus(ctx: Context, viewer: Viewer, id: unknown): Promise<StatusRow> {
  const row = await visibleStatus(ctx, viewer, id);
  if (row.account_id !== viewer.accountId) throw new NotFoundError();
  return row;
}
