// Public information about the server: instance (v1 and v2), rules, descriptions, peers, activity.
import type { FastifyInstance } from "fastify";
import { renderAccount } from "../../api/mastodon/entities/account.js";
import { tagUrl } from "../../api/mastodon/entities/urls.js";
import { type InstanceView, renderInstanceV1, renderInstanceV2, renderRule } from "../../api/mastodon/entities/instance.js";
import type { Context } from "../../context.js";
import { textToHtml } from "../../core/text/render.js";
import { accountByAcct } from "../accounts/queries.js";
import { effectiveSettings, withEffectiveConfig } from "../instance-admin/settings.js";
import { instanceRules, readSettings, usage, weeklyActivity } from "./info.js";
import { preferenceRoutes } from "./preferences.js";
import { trendRoutes } from "./trends.js";
import { wellKnownRoutes } from "./well-known.js";

const SETTING_KEYS = ["closed_registrations_message", "contact_username", "languages", "source_url", "vapid_public_key"];

async function contactAccount(ctx: Context, username: unknown): Promise<Record<string, unknown> | null> {
  let row = typeof username === "string" && username ? await accountByAcct(ctx.db, username, ctx.config.domain) : undefined;
  if (!row) {
    // without a configured contact, the earliest admin speaks for the server
    row = await ctx.db
      .selectFrom("accounts")
      .innerJoin("users", "users.account_id", "accounts.id")
      .selectAll("accounts")
      .where("users.role", "=", "admin")
      .where("accounts.suspended_at", "is", null)
      .orderBy("accounts.id")
      .executeTakeFirst();
  }
  return row && !row.domain ? renderAccount(ctx, row) : null;
}

async function instanceView(ctx: Context): Promise<InstanceView> {
  const settings = await readSettings(ctx, SETTING_KEYS);
  const [u, rules, contact] = await Promise.all([usage(ctx), instanceRules(ctx), contactAccount(ctx, settings.contact_username)]);
  // a message stored from the web app's instance settings wins over the free-form settings table
  const stored = await effectiveSettings(ctx);
  if (stored.closed_registrations_message) settings.closed_registrations_message = stored.closed_registrations_message;
  return { usage: u, rules, contactAccount: contact, settings };
}

const activityCache = new WeakMap<Context, { at: number; value: unknown }>();

export async function instanceRoutes(app: FastifyInstance, ctx: Context): Promise<void> {
  // name, description and registration mode as stored by an admin, else from the environment
  app.get("/api/v2/instance", async () => renderInstanceV2(await withEffectiveConfig(ctx), await instanceView(ctx)));
  app.get("/api/v1/instance", async () => renderInstanceV1(await withEffectiveConfig(ctx), await instanceView(ctx)));
  app.get("/api/v1/instance/rules", async () => (await instanceRules(ctx)).map(renderRule));

  app.get("/api/v1/instance/extended_description", async () => {
    const settings = await readSettings(ctx, ["extended_description", "extended_description_updated_at"]);
    const text = typeof settings.extended_description === "string" ? settings.extended_description : (await effectiveSettings(ctx)).description;
    const updatedAt = typeof settings.extended_description_updated_at === "string" ? settings.extended_description_updated_at : new Date(0).toISOString();
    // operator text is escaped and linkified like any other text, never trusted as HTML
    return { updated_at: updatedAt, content: textToHtml(text, { mention: () => null, hashtagUrl: (t) => tagUrl(ctx.config, t) }) };
  });

  app.get("/api/v1/instance/translation_languages", async () => ({}));
  app.get("/api/v1/instance/peers", async () => {
    const rows = await ctx.db.selectFrom("accounts").select("domain").distinct().where("domain", "is not", null).orderBy("domain").limit(10_000).execute();
    return rows.map((r) => r.domain);
  });
  app.get("/api/v1/instance/domain_blocks", async () => []);
  app.get("/api/v1/instance/activity", async () => {
    const hit = activityCache.get(ctx);
    if (hit && Date.now() - hit.at < 3600_000) return hit.value;
    const value = await weeklyActivity(ctx);
    activityCache.set(ctx, { at: Date.now(), value });
    return value;
  });

  app.get("/api/v1/custom_emojis", async () => []);

  await preferenceRoutes(app, ctx);
  await trendRoutes(app, ctx);
  await wellKnownRoutes(app, ctx);
}
