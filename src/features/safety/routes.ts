// The v1 notification policy (Mastodon 4.3's V1::NotificationPolicy, still called by older clients):
// booleans over the same per-category setting the v2 policy edits; true = filter, false = accept.
import type { FastifyInstance } from "fastify";
import { requireUser } from "../../api/mastodon/auth.js";
import type { Context } from "../../context.js";
import { parse, v } from "../../core/validate.js";
import { type Policy, updatePolicy } from "../notifications/policy.js";
import { renderPolicy } from "../notifications/routes-v2.js";

const V1_KEYS = { filter_not_following: "for_not_following", filter_not_followers: "for_not_followers", filter_new_accounts: "for_new_accounts", filter_private_mentions: "for_private_mentions" } as const;
type V1Key = keyof typeof V1_KEYS;

const shape = Object.fromEntries(Object.keys(V1_KEYS).map((k) => [k, v.boolean()])) as Record<V1Key, ReturnType<typeof v.boolean>>;

async function renderV1(ctx: Context, accountId: string): Promise<Record<string, unknown>> {
  const v2 = await renderPolicy(ctx, accountId);
  const out: Record<string, unknown> = {};
  for (const [k1, k2] of Object.entries(V1_KEYS)) out[k1] = v2[k2] !== "accept";
  return { ...out, summary: v2.summary };
}

export async function safetyRoutes(app: FastifyInstance, ctx: Context): Promise<void> {
  app.get("/api/v1/notifications/policy", async (req) => {
    const auth = await requireUser(ctx, req, "read:notifications");
    return renderV1(ctx, auth.accountId);
  });

  app.put("/api/v1/notifications/policy", async (req) => {
    const auth = await requireUser(ctx, req, "write:notifications");
    const body = parse(shape, req.body ?? {});
    const patch: Partial<Policy> = {};
    for (const [k1, k2] of Object.entries(V1_KEYS)) {
      const on = body[k1 as V1Key];
      if (on !== undefined) patch[k2] = on ? "filter" : "accept";
    }
    await updatePolicy(ctx, auth.accountId, patch);
    return renderV1(ctx, auth.accountId);
  });
}
