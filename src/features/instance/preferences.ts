// Per-user preferences (from users.settings) and server announcements. Announcements are written by
// operators into the `announcements` setting (a JSON array of { id, text, starts_at?, ends_at?,
// all_day?, published_at }); a user's dismissals live in their settings under announcements:read.
import type { FastifyInstance } from "fastify";
import { requireUser } from "../../api/mastodon/auth.js";
import { tagUrl } from "../../api/mastodon/entities/urls.js";
import type { Context } from "../../context.js";
import { NotFoundError } from "../../core/errors.js";
import { parseJson } from "../../core/json.js";
import { textToHtml } from "../../core/text/render.js";
import { safetyPreferences } from "../safety/settings.js";
import { readSettings } from "./info.js";

interface StoredAnnouncement {
  id: string;
  text: string;
  starts_at?: string | null;
  ends_at?: string | null;
  all_day?: boolean;
  published_at: string;
  updated_at?: string;
}

async function userSettings(ctx: Context, accountId: string): Promise<Record<string, unknown>> {
  const user = await ctx.db.selectFrom("users").select("settings").where("account_id", "=", accountId).executeTakeFirst();
  return parseJson<Record<string, unknown>>(user?.settings, {});
}

async function activeAnnouncements(ctx: Context): Promise<StoredAnnouncement[]> {
  const { announcements } = await readSettings(ctx, ["announcements"]);
  if (!Array.isArray(announcements)) return [];
  const now = ctx.clock.now().toISOString();
  return (announcements as StoredAnnouncement[]).filter(
    (a) => a && typeof a.id === "string" && typeof a.text === "string" && (!a.ends_at || a.ends_at > now) && (!a.starts_at || a.starts_at <= now || a.all_day),
  );
}

export async function preferenceRoutes(app: FastifyInstance, ctx: Context): Promise<void> {
  app.get("/api/v1/preferences", async (req) => {
    const auth = await requireUser(ctx, req, "read:accounts");
    const s = await userSettings(ctx, auth.accountId);
    return {
      "posting:default:visibility": s["posting:default:visibility"] ?? "public",
      "posting:default:sensitive": s["posting:default:sensitive"] ?? false,
      "posting:default:language": s["posting:default:language"] ?? null,
      "posting:default:quote_policy": s["posting:default:quote_policy"] ?? "public",
      ...safetyPreferences(s),
      "reading:expand:media": s["reading:expand:media"] ?? "default",
      "reading:expand:spoilers": s["reading:expand:spoilers"] ?? false,
      "reading:autoplay:gifs": s["reading:autoplay:gifs"] ?? false,
    };
  });

  app.get("/api/v1/announcements", async (req) => {
    const auth = await requireUser(ctx, req, "read");
    const dismissed = (await userSettings(ctx, auth.accountId))["announcements:read"];
    const read = new Set(Array.isArray(dismissed) ? dismissed : []);
    return (await activeAnnouncements(ctx)).map((a) => ({
      id: a.id,
      content: textToHtml(a.text, { mention: () => null, hashtagUrl: (t) => tagUrl(ctx.config, t) }),
      starts_at: a.starts_at ?? null,
      ends_at: a.ends_at ?? null,
      all_day: a.all_day ?? false,
      published_at: a.published_at,
      updated_at: a.updated_at ?? a.published_at,
      read: read.has(a.id),
      mentions: [],
      statuses: [],
      tags: [],
      emojis: [],
      reactions: [],
    }));
  });

  app.post<{ Params: { id: string } }>("/api/v1/announcements/:id/dismiss", async (req) => {
    const auth = await requireUser(ctx, req, "write:accounts");
    if (!(await activeAnnouncements(ctx)).some((a) => a.id === req.params.id)) throw new NotFoundError();
    const s = await userSettings(ctx, auth.accountId);
    const read = Array.isArray(s["announcements:read"]) ? (s["announcements:read"] as string[]) : [];
    if (!read.includes(req.params.id)) s["announcements:read"] = [...read, req.params.id].slice(-200);
    await ctx.db.updateTable("users").set({ settings: JSON.stringify(s) }).where("account_id", "=", auth.accountId).execute();
    return {};
  });
}
