// Discovery documents: NodeInfo (megalodon needs metadata.upstream.name = "mastodon"; Elk fetches
// /nodeinfo/2.0 directly), host-meta and WebFinger for local accounts.
import type { FastifyInstance } from "fastify";
import { escapeHtml } from "../../core/text/render.js";
import type { Context } from "../../context.js";
import { BadRequestError, GoneError, NotFoundError } from "../../core/errors.js";
import { parse, v } from "../../core/validate.js";
import type { AccountRow } from "../accounts/queries.js";
import { effectiveSettings } from "../instance-admin/settings.js";
import { MASTODON_VERSION, ROSTRA_VERSION, usage } from "./info.js";

const NODEINFO_NS = "http://nodeinfo.diaspora.software/ns/schema";

async function nodeinfo(ctx: Context, version: "2.0" | "2.1"): Promise<Record<string, unknown>> {
  const [u, s] = await Promise.all([usage(ctx), effectiveSettings(ctx)]);
  const software: Record<string, unknown> = { name: "rostra", version: ROSTRA_VERSION };
  if (version === "2.1") software.homepage = ctx.config.url;
  return {
    version,
    software,
    protocols: ["activitypub"],
    services: { outbound: [], inbound: [] },
    usage: { users: { total: u.userCount, activeMonth: u.activeMonth, activeHalfyear: u.activeHalfyear }, localPosts: u.statusCount },
    openRegistrations: s.registrations !== "closed",
    metadata: { nodeName: s.name, nodeDescription: s.description, upstream: { name: "mastodon", version: MASTODON_VERSION } },
  };
}

/** acct:user@domain, user@domain, or the profile/actor URL of a local account. */
async function findLocalAccount(ctx: Context, resource: string): Promise<AccountRow | undefined> {
  const local = ctx.config.domain.toLowerCase();
  let username: string | null = null;
  if (/^https?:\/\//i.test(resource)) {
    const byUrl = await ctx.db.selectFrom("accounts").selectAll().where("domain", "is", null).where((eb) => eb.or([eb("url", "=", resource), eb("uri", "=", resource)])).executeTakeFirst();
    if (byUrl) return byUrl;
    let url: URL;
    try {
      url = new URL(resource);
    } catch {
      return undefined;
    }
    if (url.host.toLowerCase() !== local) return undefined;
    const m = /^\/(?:@|users\/)([A-Za-z0-9_]+)\/?$/.exec(url.pathname);
    username = m ? m[1] : null;
  } else {
    const acct = resource.replace(/^acct:/i, "").replace(/^@/, "");
    const at = acct.lastIndexOf("@");
    const domain = at >= 0 ? acct.slice(at + 1).toLowerCase() : local;
    if (domain !== local) return undefined;
    username = at >= 0 ? acct.slice(0, at) : acct;
  }
  if (!username || !/^[A-Za-z0-9_]{1,64}$/.test(username)) return undefined;
  return ctx.db.selectFrom("accounts").selectAll().where("domain", "is", null).where("acct_lower", "=", username.toLowerCase()).executeTakeFirst();
}

export async function wellKnownRoutes(app: FastifyInstance, ctx: Context): Promise<void> {
  app.get("/.well-known/nodeinfo", async () => ({
    links: [
      { rel: `${NODEINFO_NS}/2.0`, href: `${ctx.config.url}/nodeinfo/2.0` },
      { rel: `${NODEINFO_NS}/2.1`, href: `${ctx.config.url}/nodeinfo/2.1` },
    ],
  }));
  for (const version of ["2.0", "2.1"] as const) {
    app.get(`/nodeinfo/${version}`, async (_req, reply) => {
      const body = await nodeinfo(ctx, version);
      return reply.header("Cache-Control", "public, max-age=1800").type(`application/json; profile="${NODEINFO_NS}/${version}#"`).send(body);
    });
  }

  app.get("/.well-known/host-meta", async (_req, reply) => {
    const template = escapeHtml(`${ctx.config.url}/.well-known/webfinger?resource={uri}`);
    const xml = `<?xml version="1.0" encoding="UTF-8"?>\n<XRD xmlns="http://docs.oasis-open.org/ns/xri/xrd-1.0">\n  <Link rel="lrdd" template="${template}"/>\n</XRD>\n`;
    return reply.header("Cache-Control", "public, max-age=259200").type("application/xrd+xml; charset=utf-8").send(xml);
  });

  app.get("/.well-known/webfinger", async (req, reply) => {
    const { resource } = parse({ resource: v.string({ max: 2048 }) }, req.query);
    if (!resource?.trim()) throw new BadRequestError("resource parameter is required");
    const account = await findLocalAccount(ctx, resource.trim());
    if (!account) throw new NotFoundError();
    if (account.suspended_at) throw new GoneError();
    const base = ctx.config.url;
    return reply
      .header("Cache-Control", "public, max-age=259200")
      .type("application/jrd+json; charset=utf-8")
      .send({
        subject: `acct:${account.username}@${ctx.config.domain}`,
        aliases: [account.url, account.uri],
        links: [
          { rel: "http://webfinger.net/rel/profile-page", type: "text/html", href: account.url },
          { rel: "self", type: "application/activity+json", href: account.uri },
          { rel: "http://ostatus.org/schema/1.0/subscribe", template: `${base}/authorize_interaction?uri={uri}` },
        ],
      });
  });
}
