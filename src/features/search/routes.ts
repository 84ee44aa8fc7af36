// GET /api/v2/search and GET /api/v1/accounts/search. Only local data is searched: `resolve` is
// accepted but fetching remote objects is the federation feature's job.
import type { FastifyInstance, FastifyRequest } from "fastify";
import { optionalUser, type UserAuth } from "../../api/mastodon/auth.js";
import { renderAccounts } from "../../api/mastodon/entities/account.js";
import { renderStatuses } from "../../api/mastodon/entities/status.js";
import { renderTag } from "../../api/mastodon/entities/tag.js";
import type { Context } from "../../context.js";
import { UnauthorizedError } from "../../core/errors.js";
import { parse, v } from "../../core/validate.js";
import type { AccountRow } from "../accounts/queries.js";
import { tagViews } from "../tags/queries.js";
import { searchAccounts, type SearchOptions, searchStatuses, searchTags } from "./queries.js";

const searchShape = {
  q: v.requiredString({ max: 1000 }),
  type: v.oneOf(["accounts", "hashtags", "statuses"] as const),
  resolve: v.boolean(),
  following: v.boolean(),
  account_id: v.id(),
  exclude_unreviewed: v.boolean(),
  max_id: v.id(),
  min_id: v.id(),
  limit: v.int({ min: 1 }),
  offset: v.int({ min: 0, max: 10_000 }),
};

const accountSearchShape = {
  q: v.requiredString({ max: 1000 }),
  limit: v.int({ min: 1 }),
  offset: v.int({ min: 0, max: 10_000 }),
  resolve: v.boolean(),
  following: v.boolean(),
};

/** Mastodon refuses paging and remote resolution to anonymous callers (both are costly to serve). */
function guardAnonymous(auth: UserAuth | null, input: { offset?: number; resolve?: boolean; following?: boolean }) {
  if (auth) return;
  if (input.offset) throw new UnauthorizedError("Search queries pagination is not supported without authentication");
  if (input.resolve) throw new UnauthorizedError("Search queries that resolve remote resources are not supported without authentication");
  if (input.following) throw new UnauthorizedError("Search queries with the following parameter require authentication");
}

async function renderAccountList(ctx: Context, rows: AccountRow[]) {
  const rendered = await renderAccounts(ctx, rows);
  return rows.map((r) => rendered.get(r.id)!);
}

async function searchAccountsRoute(ctx: Context, req: FastifyRequest, scope: string) {
  const auth = await optionalUser(ctx, req, scope);
  const input = parse(accountSearchShape, req.query);
  guardAnonymous(auth, input);
  const opts: SearchOptions = { viewerId: auth?.accountId ?? null, limit: Math.min(input.limit ?? 40, 80), offset: input.offset ?? 0, following: input.following };
  return renderAccountList(ctx, await searchAccounts(ctx, input.q, opts));
}

export async function searchRoutes(app: FastifyInstance, ctx: Context): Promise<void> {
  app.get("/api/v2/search", async (req) => {
    const auth = await optionalUser(ctx, req, "read:search");
    const input = parse(searchShape, req.query);
    guardAnonymous(auth, input);
    const viewerId = auth?.accountId ?? null;
    const opts: SearchOptions = {
      viewerId,
      limit: Math.min(input.limit ?? 20, 40),
      offset: input.offset ?? 0,
      following: input.following,
      accountId: input.account_id,
      maxId: input.max_id,
      minId: input.min_id,
    };
    const wants = (t: string) => !input.type || input.type === t;
    // account_id narrows the search to one author's statuses, as in Mastodon
    const [accounts, tags, statuses] = await Promise.all([
      wants("accounts") && !input.account_id ? searchAccounts(ctx, input.q, opts) : [],
      wants("hashtags") && !input.account_id ? searchTags(ctx, input.q, opts) : [],
      wants("statuses") && viewerId ? searchStatuses(ctx, input.q, { ...opts, viewerId }) : [],
    ]);
    const views = await tagViews(ctx.db, tags, viewerId, ctx.clock.now());
    return {
      accounts: await renderAccountList(ctx, accounts),
      statuses: await renderStatuses(ctx, statuses, viewerId, "public"),
      hashtags: views.map((t) => renderTag(ctx.config, t)),
    };
  });

  app.get("/api/v1/accounts/search", async (req) => searchAccountsRoute(ctx, req, "read:accounts"));
}
