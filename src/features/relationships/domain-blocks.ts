// Per-user domain blocks: hide a whole remote server. Blocking severs existing follows and pending
// requests with that server's accounts, both ways, as Mastodon does.
import { domainToASCII } from "node:url";
import type { Page } from "../../api/mastodon/paging.js";
import type { Context } from "../../context.js";
import { UnprocessableError } from "../../core/errors.js";
import { newId } from "../../core/ids.js";
import { inTransaction } from "../../db/tx.js";
import { deleteFollow, deleteFollowRequest } from "./follow.js";
import { keysetPage } from "./page.js";
import { graphDb } from "./tables.js";
import { onUnfollow } from "../timelines/home.js";

const HOST = /^(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)(\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)+(:\d{1,5})?$/;

/** Lower-case ASCII (punycode) host, or null when it is not a domain name. */
export function normalizeDomain(raw: string): string | null {
  const trimmed = raw.trim().replace(/^\*\./, "").replace(/\.$/, "");
  if (trimmed === "" || trimmed.length > 253) return null;
  const ascii = domainToASCII(trimmed.toLowerCase());
  return HOST.test(ascii) ? ascii : null;
}

export async function addDomainBlock(ctx: Context, actorId: string, rawDomain: string): Promise<void> {
  const domain = normalizeDomain(rawDomain);
  if (!domain) throw new UnprocessableError("Validation failed: Domain is invalid");
  if (domain === ctx.config.domain.toLowerCase()) throw new UnprocessableError("Validation failed: Domain cannot be your own server");
  const severed: [string, string][] = [];
  await inTransaction(ctx.db, async (trx) => {
    const gdb = graphDb(trx);
    await gdb
      .insertInto("account_domain_blocks")
      .values({ id: newId(), account_id: actorId, domain, created_at: ctx.clock.now().toISOString() })
      .onConflict((oc) => oc.columns(["account_id", "domain"]).doNothing())
      .execute();
    const remote = (table: "follows" | "follow_requests", side: "account_id" | "target_account_id", mine: "account_id" | "target_account_id") =>
      trx.selectFrom(table).innerJoin("accounts", "accounts.id", `${table}.${side}`).select("accounts.id as id")
        .where(`${table}.${mine}`, "=", actorId).where("accounts.domain", "=", domain).execute();
    for (const r of await remote("follows", "target_account_id", "account_id")) {
      await deleteFollow(trx, actorId, r.id);
      severed.push([actorId, r.id]);
    }
    for (const r of await remote("follows", "account_id", "target_account_id")) {
      await deleteFollow(trx, r.id, actorId);
      severed.push([r.id, actorId]);
    }
    for (const r of await remote("follow_requests", "target_account_id", "account_id")) await deleteFollowRequest(trx, actorId, r.id);
    for (const r of await remote("follow_requests", "account_id", "target_account_id")) await deleteFollowRequest(trx, r.id, actorId);
  });
  // after commit: the severed accounts' posts leave the home timelines
  for (const [follower, target] of severed) await onUnfollow(ctx, follower, target);
}

export async function removeDomainBlock(ctx: Context, actorId: string, rawDomain: string): Promise<void> {
  const domain = normalizeDomain(rawDomain);
  if (!domain) throw new UnprocessableError("Validation failed: Domain is invalid");
  await graphDb(ctx.db).deleteFrom("account_domain_blocks").where("account_id", "=", actorId).where("domain", "=", domain).execute();
}

/** One page of blocked domains, newest first, with the row ids used for the Link header. */
export async function domainBlockPage(ctx: Context, actorId: string, page: Page): Promise<{ id: string; domain: string }[]> {
  const qb = graphDb(ctx.db).selectFrom("account_domain_blocks").select(["id", "domain"]).where("account_id", "=", actorId);
  return keysetPage(qb, "id", page);
}
