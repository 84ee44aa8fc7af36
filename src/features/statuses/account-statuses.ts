// GET /api/v1/accounts/:id/statuses with Mastodon's filters (pinned, exclude_replies, exclude_reblogs,
// only_media, tagged). Visibility is part of the query (visibleTo), so followers-only and direct posts
// never reach the page; boosts whose original the viewer may not see are dropped after loading.
import type { FastifyInstance, FastifyRequest } from "fastify";
import type { ExpressionBuilder } from "kysely";
import { optionalUser } from "../../api/mastodon/auth.js";
import { renderTimelinePage } from "../timelines/page-render.js";
import { type Page, readPage, setLinkHeader } from "../../api/mastodon/paging.js";
import type { Context } from "../../context.js";
import { parse, v } from "../../core/validate.js";
import type { Database } from "../../db/types.js";
import type { AccountRow } from "../accounts/queries.js";
import { keysetPage } from "../relationships/page.js";
import { blockedEitherWay } from "../relationships/queries.js";
import { targetAccount } from "../relationships/target.js";
import { viewerOf } from "./lookup.js";
import type { StatusRow } from "./queries.js";
import { type Viewer, visibleTo } from "./visibility.js";

const filterShape = {
  pinned: v.boolean(),
  exclude_replies: v.boolean(),
  exclude_reblogs: v.boolean(),
  only_media: v.boolean(),
  tagged: v.string({ max: 200 }),
};
export type AccountStatusFilters = ReturnType<typeof parse<typeof filterShape>>;

/**
 * visibleTo(viewer) for the statuses of one author who is not suspended and does not block the viewer
 * (accountStatuses checks both first): the same rules, with the author-wide conditions decided once
 * instead of per row, so the query is a plain range scan of the author's statuses.
 */
function authorVisibleTo(viewer: Viewer | null, authorId: string, follows: boolean) {
  return (eb: ExpressionBuilder<Database, "statuses">) => {
    if (viewer?.accountId === authorId) return eb("statuses.deleted_at", "is", null);
    const audience = [eb("statuses.visibility", "in", ["public", "unlisted"])];
    if (viewer) {
      if (follows) audience.push(eb("statuses.visibility", "=", "private"));
      audience.push(eb("statuses.id", "in", eb.selectFrom("mentions").select("mentions.status_id").where("mentions.account_id", "=", viewer.accountId)));
    }
    return eb.and([eb("statuses.deleted_at", "is", null), eb("statuses.moderation_state", "=", "published"), eb.or(audience)]);
  };
}

/** Whether the author blocks the viewer and whether the viewer follows the author, in one query. */
async function relation(ctx: Context, viewer: Viewer | null, authorId: string): Promise<{ blocked: boolean; follows: boolean }> {
  if (!viewer || viewer.accountId === authorId) return { blocked: false, follows: false };
  const v = viewer.accountId;
  const r = await ctx.db
    .selectNoFrom((eb) => [
      eb.exists(eb.selectFrom("blocks").select("blocks.id").where("blocks.account_id", "=", authorId).where("blocks.target_account_id", "=", v)).as("blocked"),
      eb.exists(eb.selectFrom("follows").select("follows.id").where("follows.account_id", "=", v).where("follows.target_account_id", "=", authorId)).as("follows"),
    ])
    .executeTakeFirstOrThrow();
  const truthy = (x: unknown) => x === true || x === 1;
  return { blocked: truthy(r.blocked), follows: truthy(r.follows) };
}

/** One page of `account`'s statuses as `viewer` may see them, plus the raw page keys for Link. */
export async function accountStatuses(ctx: Context, viewer: Viewer | null, account: AccountRow, f: AccountStatusFilters, page: Page): Promise<{ rows: StatusRow[]; keys: string[] }> {
  const accountId = account.id;
  // a suspended author shows nothing; neither does an author who blocks the viewer
  if (account.suspended_at) return { rows: [], keys: [] };
  const { blocked, follows } = await relation(ctx, viewer, accountId);
  if (blocked) return { rows: [], keys: [] };
  let qb = ctx.db.selectFrom("statuses").selectAll("statuses").where("statuses.account_id", "=", accountId).where(authorVisibleTo(viewer, accountId, follows));
  if (f.pinned) qb = qb.where("statuses.id", "in", ctx.db.selectFrom("status_pins").select("status_pins.status_id").where("status_pins.account_id", "=", accountId));
  // replies to oneself (threads) stay, as in Mastodon
  if (f.exclude_replies) qb = qb.where((eb) => eb.or([eb("statuses.in_reply_to_id", "is", null), eb("statuses.in_reply_to_account_id", "=", accountId)]));
  if (f.exclude_reblogs) qb = qb.where("statuses.reblog_of_id", "is", null);
  if (f.only_media) qb = qb.where("statuses.id", "in", ctx.db.selectFrom("media_attachments").select("media_attachments.status_id").where("media_attachments.account_id", "=", accountId).where("media_attachments.status_id", "is not", null) as never);
  if (f.tagged !== undefined) {
    const tag = f.tagged.replace(/^#/, "").toLowerCase();
    qb = qb.where("statuses.id", "in", ctx.db.selectFrom("status_tags").innerJoin("tags", "tags.id", "status_tags.tag_id").select("status_tags.status_id").where("tags.name_lower", "=", tag));
  }
  const rows = await keysetPage(qb, "statuses.id", page);
  const keys = rows.map((r) => r.id);
  const originalIds = [...new Set(rows.map((r) => r.reblog_of_id).filter((x): x is string => !!x))];
  if (originalIds.length === 0) return { rows, keys };
  const [visible, blockedIds] = await Promise.all([
    ctx.db.selectFrom("statuses").select(["statuses.id", "statuses.account_id"]).where("statuses.id", "in", originalIds).where(visibleTo(viewer)).execute(),
    viewer ? blockedEitherWay(ctx.db, viewer.accountId) : Promise.resolve(new Set<string>()),
  ]);
  const ok = new Set(visible.filter((o) => !blockedIds.has(o.account_id)).map((o) => o.id));
  return { rows: rows.filter((r) => !r.reblog_of_id || ok.has(r.reblog_of_id)), keys };
}

export async function accountStatusRoutes(app: FastifyInstance, ctx: Context): Promise<void> {
  app.get("/api/v1/accounts/:id/statuses", async (req: FastifyRequest<{ Params: { id: string } }>, reply) => {
    const auth = await optionalUser(ctx, req, "read:statuses");
    const viewer = viewerOf(auth);
    const page = readPage(req.query, 20, 40);
    const filters = parse(filterShape, req.query);
    const account = await targetAccount(ctx, req.params.id);
    const { rows, keys } = await accountStatuses(ctx, viewer, account, filters, page);
    if (keys.length === 0) return [];
    setLinkHeader(ctx, req, reply, keys);
    // the cached page renderer: the same JSON as renderStatuses, without rendering each status anew
    return renderTimelinePage(ctx, rows, auth?.accountId ?? null, "account");
  });
}
