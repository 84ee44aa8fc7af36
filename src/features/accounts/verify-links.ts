// Mastodon's verified links: a profile field whose URL points to a page that links back to the
// profile with rel="me" gets verified_at. The check runs as a durable job after profile changes.
import type { Context } from "../../context.js";
import { parseJson } from "../../core/json.js";
import { guardedFetch } from "../../infra/guarded-fetch.js";
import type { ProfileField } from "../../api/mastodon/entities/account.js";

/** Tests set this to reach pages served on loopback; never set from configuration. */
export const linkVerification = { allowPrivate: false };

function attr(tag: string, name: string): string | null {
  const m = new RegExp(`\\s${name}\\s*=\\s*("([^"]*)"|'([^']*)'|([^\\s>]+))`, "i").exec(tag);
  return m ? (m[2] ?? m[3] ?? m[4] ?? "") : null;
}

/** Does the HTML contain <a> or <link> with rel including "me" and href equal to one of `targets`? */
export function linksBack(html: string, targets: string[]): boolean {
  const wanted = new Set(targets.map((t) => t.replace(/\/$/, "").toLowerCase()));
  for (const m of html.slice(0, 1024 * 1024).matchAll(/<(a|link)\b[^>]*>/gi)) {
    const rel = attr(m[0], "rel");
    const href = attr(m[0], "href");
    if (!rel || !href) continue;
    if (!rel.toLowerCase().split(/\s+/).includes("me")) continue;
    if (wanted.has(href.replace(/&amp;/g, "&").replace(/\/$/, "").toLowerCase())) return true;
  }
  return false;
}

export async function verifyProfileLinks(ctx: Context, accountId: string): Promise<number> {
  const account = await ctx.db.selectFrom("accounts").select(["fields", "url", "uri"]).where("id", "=", accountId).executeTakeFirst();
  if (!account) return 0;
  const fields = parseJson<ProfileField[]>(account.fields, []);
  let verified = 0;
  for (const f of fields) {
    if (!/^https?:\/\/\S+$/i.test(f.value)) continue;
    let ok = false;
    try {
      const res = await guardedFetch(f.value, { allowPrivate: linkVerification.allowPrivate, timeoutMs: 5000, maxBytes: 1024 * 1024 });
      ok = res.status === 200 && linksBack(res.body, [account.url, account.uri]);
    } catch (err) {
      ctx.log.debug({ err, url: f.value }, "link verification failed");
    }
    f.verified_at = ok ? (f.verified_at ?? new Date().toISOString()) : null;
    if (ok) verified++;
  }
  // only write back if the fields did not change meanwhile
  await ctx.db.updateTable("accounts").set({ fields: JSON.stringify(fields) }).where("id", "=", accountId).where("fields", "=", account.fields).execute();
  return verified;
}

export function registerLinkVerificationJobs(ctx: Context): void {
  ctx.jobs.register("account.verify_links", async (p: { accountId: string }) => {
    await verifyProfileLinks(ctx, p.accountId);
  });
}
