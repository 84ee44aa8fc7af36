// What the server says about itself: version strings, limits, operator settings and usage counts.
// Counts are cached per context for a minute: every client calls the instance endpoints on start.
import type { Context } from "../../context.js";
import { parseJson } from "../../core/json.js";
import type { RulesTable } from "../../db/types.js";

export const ROSTRA_VERSION = "0.1.0";
/** Mastodon-compatible version first: Ice Cubes parses the leading number, Phanpy runs semver on it. */
export const MASTODON_VERSION = "4.5.0";
export const VERSION = `${MASTODON_VERSION} (compatible; Rostra ${ROSTRA_VERSION})`;
/** Advertise exactly what is implemented: 2 = grouped notifications (Mastodon 4.3). */
export const API_VERSIONS = { mastodon: 2 };

export const LIMITS = {
  maxMediaAttachments: 4,
  charactersReservedPerUrl: 23,
  maxFeaturedTags: 10,
  maxPinnedStatuses: 5,
  maxProfileFields: 4,
  polls: { max_options: 4, max_characters_per_option: 50, min_expiration: 300, max_expiration: 2629746 },
};

/**
 * Operator settings kept in the `settings` table (JSON values), all optional:
 * extended_description, closed_registrations_message, contact_username, languages, source_url,
 * announcements (array), vapid_public_key.
 */
export async function readSettings(ctx: Context, keys: string[]): Promise<Record<string, unknown>> {
  const rows = await ctx.db.selectFrom("settings").select(["key", "value"]).where("key", "in", keys).execute();
  const out: Record<string, unknown> = {};
  for (const r of rows) out[r.key] = parseJson<unknown>(r.value, null);
  return out;
}

export function streamingUrl(ctx: Context): string {
  return ctx.config.url.replace(/^http/, "ws");
}

export async function instanceRules(ctx: Context): Promise<RulesTable[]> {
  return ctx.db.selectFrom("rules").selectAll().orderBy("position").orderBy("id").execute();
}

export interface Usage {
  userCount: number;
  statusCount: number;
  domainCount: number;
  activeMonth: number;
  activeHalfyear: number;
}

const cache = new WeakMap<Context, { at: number; usage: Usage }>();
const TTL_MS = 60_000;

async function count(q: { executeTakeFirst(): Promise<{ n: unknown } | undefined> }): Promise<number> {
  return Number((await q.executeTakeFirst())?.n ?? 0);
}

async function activeSince(ctx: Context, cutoff: string): Promise<number> {
  return count(
    ctx.db
      .selectFrom("users")
      .innerJoin("accounts", "accounts.id", "users.account_id")
      .select((eb) => eb.fn.countAll<number>().as("n"))
      .where("accounts.suspended_at", "is", null)
      .where("users.disabled", "=", 0)
      .where((eb) => eb.or([eb("users.last_sign_in_at", ">=", cutoff), eb("accounts.last_status_at", ">=", cutoff)])),
  );
}

export async function usage(ctx: Context): Promise<Usage> {
  const hit = cache.get(ctx);
  if (hit && Date.now() - hit.at < TTL_MS) return hit.usage;
  const now = ctx.clock.now().getTime();
  const users = count(
    ctx.db
      .selectFrom("users")
      .innerJoin("accounts", "accounts.id", "users.account_id")
      .select((eb) => eb.fn.countAll<number>().as("n"))
      .where("users.approved", "=", 1)
      .where("accounts.suspended_at", "is", null),
  );
  const statuses = count(ctx.db.selectFrom("accounts").select((eb) => eb.fn.sum<number>("statuses_count").as("n")).where("domain", "is", null));
  const domains = count(ctx.db.selectFrom("accounts").select((eb) => eb.fn.count<number>("domain").distinct().as("n")).where("domain", "is not", null));
  const [userCount, statusCount, domainCount, activeMonth, activeHalfyear] = await Promise.all([
    users,
    statuses,
    domains,
    activeSince(ctx, new Date(now - 30 * 86_400_000).toISOString()),
    activeSince(ctx, new Date(now - 180 * 86_400_000).toISOString()),
  ]);
  const result = { userCount, statusCount, domainCount, activeMonth, activeHalfyear };
  cache.set(ctx, { at: Date.now(), usage: result });
  return result;
}

/** Weekly activity for the last 12 weeks, newest first, as Mastodon's /api/v1/instance/activity. */
export async function weeklyActivity(ctx: Context): Promise<{ week: string; statuses: string; logins: string; registrations: string }[]> {
  const WEEK = 7 * 86_400_000;
  const now = ctx.clock.now().getTime();
  // weeks start on Monday 00:00 UTC (1970-01-01 was a Thursday, hence the 3-day shift)
  const thisWeek = Math.floor((now + 3 * 86_400_000) / WEEK) * WEEK - 3 * 86_400_000;
  const out = [];
  for (let i = 0; i < 12; i++) {
    const start = new Date(thisWeek - i * WEEK).toISOString();
    const end = new Date(thisWeek - (i - 1) * WEEK).toISOString();
    const [statuses, logins, registrations] = await Promise.all([
      count(ctx.db.selectFrom("statuses").select((eb) => eb.fn.countAll<number>().as("n")).where("local", "=", 1).where("created_at", ">=", start).where("created_at", "<", end)),
      count(ctx.db.selectFrom("users").select((eb) => eb.fn.countAll<number>().as("n")).where("last_sign_in_at", ">=", start).where("last_sign_in_at", "<", end)),
      count(ctx.db.selectFrom("users").select((eb) => eb.fn.countAll<number>().as("n")).where("created_at", ">=", start).where("created_at", "<", end)),
    ]);
    out.push({ week: String(Math.floor(Date.parse(start) / 1000)), statuses: String(statuses), logins: String(logins), registrations: String(registrations) });
  }
  return out;
}
