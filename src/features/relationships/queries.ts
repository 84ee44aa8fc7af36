// Social-graph reads shared by every feature (timelines, notifications, search...). Each is an indexed
// lookup on (account_id, target_account_id) or (target_account_id, ...), never a scan.
import { isId } from "../../core/ids.js";
import { parseJson } from "../../core/json.js";
import type { Executor } from "../../db/types.js";
import { graphDb } from "./tables.js";

const CHUNK = 500;

function chunks<T>(list: readonly T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < list.length; i += CHUNK) out.push(list.slice(i, i + CHUNK));
  return out;
}

/** Accounts that block `accountId` or that `accountId` blocks. */
export async function blockedEitherWay(db: Executor, accountId: string): Promise<Set<string>> {
  const mine = await db.selectFrom("blocks").select("target_account_id as id").where("account_id", "=", accountId).execute();
  const theirs = await db.selectFrom("blocks").select("account_id as id").where("target_account_id", "=", accountId).execute();
  return new Set([...mine, ...theirs].map((r) => r.id));
}

/** True when either account blocks the other. */
export async function isBlockedEitherWay(db: Executor, a: string, b: string): Promise<boolean> {
  const row = await db
    .selectFrom("blocks")
    .select("id")
    .where((eb) =>
      eb.or([
        eb.and([eb("account_id", "=", a), eb("target_account_id", "=", b)]),
        eb.and([eb("account_id", "=", b), eb("target_account_id", "=", a)]),
      ]),
    )
    .executeTakeFirst();
  return !!row;
}

/** Accounts `accountId` mutes right now (expired mutes are ignored). */
export async function mutedIds(db: Executor, accountId: string, now: Date = new Date()): Promise<Set<string>> {
  const rows = await db
    .selectFrom("mutes")
    .select("target_account_id")
    .where("account_id", "=", accountId)
    .where((eb) => eb.or([eb("expires_at", "is", null), eb("expires_at", ">", now.toISOString())]))
    .execute();
  return new Set(rows.map((r) => r.target_account_id));
}

/** Does `a` follow `b`? */
export async function isFollowing(db: Executor, a: string, b: string): Promise<boolean> {
  const row = await db.selectFrom("follows").select("id").where("account_id", "=", a).where("target_account_id", "=", b).executeTakeFirst();
  return !!row;
}

/** Everyone following `accountId` (for fan-out). */
export async function followerIds(db: Executor, accountId: string): Promise<string[]> {
  const rows = await db.selectFrom("follows").select("account_id").where("target_account_id", "=", accountId).execute();
  return rows.map((r) => r.account_id);
}

/** Everyone `accountId` follows. */
export async function followingIds(db: Executor, accountId: string): Promise<string[]> {
  const rows = await db.selectFrom("follows").select("target_account_id").where("account_id", "=", accountId).execute();
  return rows.map((r) => r.target_account_id);
}

/** Domains `accountId` has blocked (lower-case). */
export async function blockedDomains(db: Executor, accountId: string): Promise<Set<string>> {
  const rows = await graphDb(db).selectFrom("account_domain_blocks").select("domain").where("account_id", "=", accountId).execute();
  return new Set(rows.map((r) => r.domain));
}

export interface Relationship {
  id: string;
  following: boolean;
  showingReblogs: boolean;
  notifying: boolean;
  languages: string[] | null;
  followedBy: boolean;
  blocking: boolean;
  blockedBy: boolean;
  muting: boolean;
  mutingNotifications: boolean;
  mutingExpiresAt: string | null;
  requested: boolean;
  requestedBy: boolean;
  domainBlocking: boolean;
  endorsed: boolean;
  note: string;
}

/** The relationship of `accountId` towards each of `targetIds`, in the order given. */
export async function relationshipBetween(db: Executor, accountId: string, targetIds: readonly string[], now: Date = new Date()): Promise<Relationship[]> {
  const ids = [...new Set(targetIds)];
  const out = new Map<string, Relationship>();
  for (const id of ids) {
    out.set(id, {
      id, following: false, showingReblogs: false, notifying: false, languages: null, followedBy: false, blocking: false,
      blockedBy: false, muting: false, mutingNotifications: false, mutingExpiresAt: null, requested: false,
      requestedBy: false, domainBlocking: false, endorsed: false, note: "",
    });
  }
  const nowIso = now.toISOString();
  const gdb = graphDb(db);
  for (const part of chunks(ids)) {
    // one connection, one query at a time: a request must not hold ten pool connections at once
    const follows = await db.selectFrom("follows").select(["target_account_id as id", "show_reblogs", "notify", "languages"]).where("account_id", "=", accountId).where("target_account_id", "in", part).execute();
    const followedBy = await db.selectFrom("follows").select("account_id as id").where("target_account_id", "=", accountId).where("account_id", "in", part).execute();
    const requests = await db.selectFrom("follow_requests").select(["target_account_id as id", "show_reblogs", "notify", "languages"]).where("account_id", "=", accountId).where("target_account_id", "in", part).execute();
    const requestedBy = await db.selectFrom("follow_requests").select("account_id as id").where("target_account_id", "=", accountId).where("account_id", "in", part).execute();
    const blocks = await db.selectFrom("blocks").select("target_account_id as id").where("account_id", "=", accountId).where("target_account_id", "in", part).execute();
    const blockedBy = await db.selectFrom("blocks").select("account_id as id").where("target_account_id", "=", accountId).where("account_id", "in", part).execute();
    const mutes = await db.selectFrom("mutes").select(["target_account_id as id", "hide_notifications", "expires_at"]).where("account_id", "=", accountId).where("target_account_id", "in", part)
      .where((eb) => eb.or([eb("expires_at", "is", null), eb("expires_at", ">", nowIso)])).execute();
    const endorsed = await db.selectFrom("endorsements").select("target_account_id as id").where("account_id", "=", accountId).where("target_account_id", "in", part).execute();
    const notes = await db.selectFrom("account_notes").select(["target_account_id as id", "comment"]).where("account_id", "=", accountId).where("target_account_id", "in", part).execute();
    const domains = await gdb.selectFrom("accounts").innerJoin("account_domain_blocks", "account_domain_blocks.domain", "accounts.domain")
      .select("accounts.id as id").where("account_domain_blocks.account_id", "=", accountId).where("accounts.id", "in", part).execute();
    // a pending request reports the options it will apply, as Mastodon does
    for (const r of [...requests, ...follows]) {
      const rel = out.get(r.id)!;
      rel.showingReblogs = r.show_reblogs === 1;
      rel.notifying = r.notify === 1;
      rel.languages = parseJson<string[] | null>(r.languages, null);
    }
    for (const r of follows) out.get(r.id)!.following = true;
    for (const r of requests) out.get(r.id)!.requested = true;
    for (const r of followedBy) out.get(r.id)!.followedBy = true;
    for (const r of requestedBy) out.get(r.id)!.requestedBy = true;
    for (const r of blocks) out.get(r.id)!.blocking = true;
    for (const r of blockedBy) out.get(r.id)!.blockedBy = true;
    for (const r of mutes) Object.assign(out.get(r.id)!, { muting: true, mutingNotifications: r.hide_notifications === 1, mutingExpiresAt: r.expires_at });
    for (const r of endorsed) out.get(r.id)!.endorsed = true;
    for (const r of notes) out.get(r.id)!.note = r.comment;
    for (const r of domains) out.get(r.id)!.domainBlocking = true;
  }
  return ids.map((id) => out.get(id)!);
}

/** Account ids look like our ids; anything else can never match and is answered as not found. */
export function plausibleId(value: unknown): value is string {
  return typeof value === "string" && (isId(value) || /^[0-9A-Za-z_-]{1,64}$/.test(value));
}
