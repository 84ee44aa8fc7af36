// Server side of the public pages: /@user, /@user/:id and /tags/:tag answer index.html with link
// preview tags for that page; /@user.rss and /tags/:tag.rss answer feeds.
import type { FastifyInstance, FastifyReply } from "fastify";
import type { Context } from "../../context.js";
import { effectiveSettings } from "../instance-admin/settings.js";
import { shownSensitive } from "../moderation/sensitive.js";
import { type HeadTags, summarize } from "./head-tags.js";
import { accountFeedStatuses, authorsOf, avatarUrl, mediaOf, publicAccount, publicStatus, tagFeedStatuses } from "./public-data.js";
import { renderRss } from "./rss.js";

export interface PageSender {
  /** Send index.html with these preview tags (or none) and this status code. */
  (reply: FastifyReply, tags: HeadTags | null, status?: number): FastifyReply;
}

const TAG = /^[\p{L}\p{N}_]{1,100}$/u;

function sendRss(reply: FastifyReply, xml: string) {
  return reply.type("application/rss+xml; charset=utf-8").header("Cache-Control", "public, max-age=300").send(xml);
}

export function registerPublicPages(app: FastifyInstance, ctx: Context, sendPage: PageSender): void {
  const base = ctx.config.url;
  // the name an admin stored in the instance settings (else ROSTRA_INSTANCE_NAME), read per request
  const siteName = async () => (await effectiveSettings(ctx)).name;

  app.get<{ Params: { username: string } }>("/@:username", async (req, reply) => {
    const raw = req.params.username;
    const rss = raw.endsWith(".rss");
    const account = await publicAccount(ctx, rss ? raw.slice(0, -4) : raw);
    if (rss) {
      if (!account) return reply.callNotFound();
      const rows = await accountFeedStatuses(ctx, account);
      const feed = { title: `${account.display_name || account.username} (@${account.username}@${ctx.config.domain})`, description: summarize(account.note, 300) || `Public posts from @${account.username}`, link: account.url, selfUrl: `${base}/@${account.username}.rss`, image: await avatarUrl(ctx, account) };
      return sendRss(reply, await renderRss(ctx, feed, rows, new Map([[account.id, account]])));
    }
    if (!account) return sendPage(reply, null, 404);
    const site = await siteName();
    return sendPage(reply, {
      siteName: site,
      title: `${account.display_name || account.username} (@${account.username}@${ctx.config.domain})`,
      description: summarize(account.note) || `Posts from @${account.username} on ${site}`,
      url: account.url,
      type: "profile",
      image: await avatarUrl(ctx, account),
      rss: `${base}/@${account.username}.rss`,
      noindex: !account.indexable,
    });
  });

  app.get<{ Params: { username: string; id: string } }>("/@:username/:id", async (req, reply) => {
    const account = await publicAccount(ctx, req.params.username);
    const status = account ? await publicStatus(ctx, account, req.params.id) : null;
    if (!account || !status) return sendPage(reply, null, 404);
    const media = (await mediaOf(ctx, [status.id])).get(status.id) ?? [];
    // no preview image for sensitive media, including an account marked sensitive (moderation/sensitive.ts)
    const firstImage = shownSensitive(status, account, media.length) ? undefined : media.find((m) => m.type === "image" && m.file_name);
    const name = account.display_name || account.username;
    const text = status.spoiler_text ? `Content warning: ${status.spoiler_text}` : summarize(status.text, 300);
    return sendPage(reply, {
      siteName: await siteName(),
      title: `${name}: “${summarize(status.spoiler_text || status.text, 70)}”`,
      description: text || (media.length ? `${media.length} image(s)` : ""),
      url: status.url ?? `${base}/@${account.username}/${status.id}`,
      type: "article",
      image: firstImage ? `${base}/system/media/${firstImage.preview_file_name ?? firstImage.file_name}` : await avatarUrl(ctx, account),
      publishedAt: status.created_at,
      noindex: !account.indexable,
    });
  });

  app.get<{ Params: { tag: string } }>("/tags/:tag", async (req, reply) => {
    const raw = req.params.tag;
    const rss = raw.endsWith(".rss");
    const tag = rss ? raw.slice(0, -4) : raw;
    if (!TAG.test(tag)) return rss ? reply.callNotFound() : sendPage(reply, null, 404);
    const url = `${base}/tags/${encodeURIComponent(tag.toLowerCase())}`;
    const site = await siteName();
    if (rss) {
      const rows = await tagFeedStatuses(ctx, tag);
      const feed = { title: `#${tag} on ${site}`, description: `Public posts tagged #${tag} on ${site}`, link: url, selfUrl: `${url}.rss` };
      return sendRss(reply, await renderRss(ctx, feed, rows, await authorsOf(ctx, rows)));
    }
    return sendPage(reply, { siteName: site, title: `#${tag}`, description: `Public posts tagged #${tag} on ${site}`, url, type: "website", rss: `${url}.rss` });
  });
}
