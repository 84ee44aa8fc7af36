// /api/v2/notifications: grouped notifications, one group, its accounts, dismissal, unread count, policy.
import type { FastifyInstance, FastifyRequest } from "fastify";
import { requireUser } from "../../api/mastodon/auth.js";
import { readPage, setLinkHeader } from "../../api/mastodon/paging.js";
import type { Context } from "../../context.js";
import { NotFoundError } from "../../core/errors.js";
import { parse, v } from "../../core/validate.js";
import { renderAccounts } from "../../api/mastodon/entities/account.js";
import { markerOf } from "../markers/service.js";
import { effectiveKey, GROUPABLE, groupPage, renderGroups } from "./grouping.js";
import { loadPolicy, POLICY_KEYS, POLICY_VALUES, type Policy, updatePolicy } from "./policy.js";
import { countSince, groupKeyMatch, notificationQuery } from "./queries.js";
import { filterShape, readFilter } from "./params.js";

const v2Shape = { ...filterShape, grouped_types: v.array(v.string({ max: 64 }), { max: 30 }), expand_accounts: v.oneOf(["full", "partial_avatars"] as const) };
const policyShape = Object.fromEntries(POLICY_KEYS.map((k) => [k, v.oneOf(POLICY_VALUES)])) as Record<keyof Policy, ReturnType<typeof v.oneOf<(typeof POLICY_VALUES)[number]>>>;
const keyPattern = /^[\w.:-]{1,200}$/;

type KeyRequest = FastifyRequest<{ Params: { key: string } }>;

function groupKeyParam(req: KeyRequest): string {
  if (!keyPattern.test(req.params.key)) throw new NotFoundError();
  return req.params.key;
}

export async function notificationV2Routes(app: FastifyInstance, ctx: Context): Promise<void> {
  app.get("/api/v2/notifications", async (req, reply) => {
    const auth = await requireUser(ctx, req, "read:notifications");
    const q = parse(v2Shape, req.query);
    const page = readPage(req.query, 40, 80);
    const policy = await loadPolicy(ctx.db, auth.accountId);
    const f = readFilter(req.query);
    const { groups, covered } = await groupPage(ctx, auth.accountId, policy, f, page, q.grouped_types ?? GROUPABLE);
    setLinkHeader(ctx, req, reply, covered.map((r) => r.id));
    return renderGroups(ctx, auth.accountId, policy, f, groups);
  });

  app.get("/api/v2/notifications/unread_count", async (req) => {
    const auth = await requireUser(ctx, req, "read:notifications");
    const q = parse({ ...v2Shape, limit: v.int({ min: 1 }) }, req.query);
    const cap = Math.min(q.limit ?? 100, 1000);
    const marker = await markerOf(ctx.db, auth.accountId, "notifications");
    const policy = await loadPolicy(ctx.db, auth.accountId);
    const rows = await countSince(ctx.db, auth.accountId, policy, marker?.last_read_id, 5000, readFilter(req.query));
    const keys = new Set(rows.map((r) => effectiveKey(r, q.grouped_types ?? GROUPABLE)));
    return { count: Math.min(keys.size, cap) };
  });

  app.get("/api/v2/notifications/policy", async (req) => {
    const auth = await requireUser(ctx, req, "read:notifications");
    return renderPolicy(ctx, auth.accountId);
  });

  app.patch("/api/v2/notifications/policy", async (req) => {
    const auth = await requireUser(ctx, req, "write:notifications");
    const body = parse(policyShape, req.body);
    const patch: Partial<Policy> = {};
    for (const k of POLICY_KEYS) if (body[k]) patch[k] = body[k];
    await updatePolicy(ctx, auth.accountId, patch);
    return renderPolicy(ctx, auth.accountId);
  });

  app.get("/api/v2/notifications/:key", async (req: KeyRequest) => {
    const auth = await requireUser(ctx, req, "read:notifications");
    const key = groupKeyParam(req);
    const policy = await loadPolicy(ctx.db, auth.accountId);
    const rows = await notificationQuery(ctx.db, auth.accountId, policy, { scope: "all", groupKey: key }).orderBy("notifications.id", "desc").limit(80).execute();
    if (rows.length === 0) throw new NotFoundError();
    const res = await renderGroups(ctx, auth.accountId, policy, { scope: "all" }, [{ key, rows }]);
    if (res.notification_groups.length === 0) throw new NotFoundError();
    return res;
  });

  app.get("/api/v2/notifications/:key/accounts", async (req: KeyRequest) => {
    const auth = await requireUser(ctx, req, "read:notifications");
    const key = groupKeyParam(req);
    const policy = await loadPolicy(ctx.db, auth.accountId);
    const rows = await notificationQuery(ctx.db, auth.accountId, policy, { scope: "all", groupKey: key }).orderBy("notifications.id", "desc").limit(80).execute();
    const ids = [...new Set(rows.map((r) => r.from_account_id))];
    if (ids.length === 0) return [];
    const accounts = await renderAccounts(ctx, await ctx.db.selectFrom("accounts").selectAll().where("id", "in", ids).where("suspended_at", "is", null).execute());
    return ids.map((id) => accounts.get(id)).filter(Boolean);
  });

  app.post("/api/v2/notifications/:key/dismiss", async (req: KeyRequest) => {
    const auth = await requireUser(ctx, req, "write:notifications");
    const key = groupKeyParam(req);
    await ctx.db.deleteFrom("notifications").where("account_id", "=", auth.accountId).where((eb) => groupKeyMatch(eb as never, key)).execute();
    return {};
  });
}

export async function renderPolicy(ctx: Context, accountId: string): Promise<Record<string, unknown>> {
  const policy = await loadPolicy(ctx.db, accountId);
  const filtered = await notificationQuery(ctx.db, accountId, policy, { scope: "filtered" })
    .clearSelect()
    .select(["notifications.from_account_id"])
    .limit(10_000)
    .execute();
  return {
    ...policy.policy,
    summary: { pending_requests_count: new Set(filtered.map((r) => r.from_account_id)).size, pending_notifications_count: filtered.length },
  };
}
