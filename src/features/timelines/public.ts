// Public, hashtag and link timelines: database range scans over public statuses (index on
// local, visibility, id), visible to the viewer and without accounts the viewer blocks or mutes.
import { type ExpressionBuilder, type SelectQueryBuilder, sql } from "kysely";
import type { Database, Executor, StatusesTable } from "../../db/types.js";
import type { StatusRow } from "../statuses/queries.js";
import { visibleTo } from "../statuses/visibility.js";
import type { RangeQuery } from "./store.js";
import { notHiddenAuthor } from "./viewer-filter.js";

type Eb = ExpressionBuilder<Database, "statuses">;
type Q = SelectQueryBuilder<Database, "statuses", StatusesTable>;

export interface PublicOptions {
  local?: boolean;
  remote?: boolean;
  onlyMedia?: boolean;
}

export interface TagOptions extends PublicOptions {
  any?: string[];
  all?: string[];
  none?: string[];
}

function base(db: Executor, viewerId: string | null, o: PublicOptions): Q {
  let q = db
    .selectFrom("statuses")
    .selectAll("statuses")
    .where("statuses.visibility", "=", "public")
    .where("statuses.reblog_of_id", "is", null)
    .where(visibleTo(viewerId ? { accountId: viewerId } : null))
    // limited (silenced) accounts only reach public timelines of their followers
    // (correlated lookups by key per candidate row: a list of all silenced accounts would scan the accounts table every time)
    .where((eb) => eb.or([
      eb.not(eb.exists(eb.selectFrom("accounts").select("accounts.id").whereRef("accounts.id", "=", "statuses.account_id").where("accounts.silenced_at", "is not", null))),
      ...(viewerId ? [eb.exists(eb.selectFrom("follows").select("follows.id").where("follows.account_id", "=", viewerId).whereRef("follows.target_account_id", "=", "statuses.account_id"))] : []),
    ]));
  if (viewerId) q = q.where((eb) => notHiddenAuthor(eb, viewerId));
  if (o.local) q = q.where("statuses.local", "=", 1);
  else if (o.remote) q = q.where("statuses.local", "=", 0);
  if (o.onlyMedia) q = q.where((eb) => eb.exists(eb.selectFrom("media_attachments").select("media_attachments.id").whereRef("media_attachments.status_id", "=", "statuses.id")));
  return q;
}

async function range(q: Q, r: RangeQuery): Promise<StatusRow[]> {
  if (r.maxId) q = q.where("statuses.id", "<", r.maxId);
  if (r.sinceId) q = q.where("statuses.id", ">", r.sinceId);
  if (r.minId) {
    const rows = await q.where("statuses.id", ">", r.minId).orderBy("statuses.id", "asc").limit(r.limit).execute();
    return rows.reverse();
  }
  return q.orderBy("statuses.id", "desc").limit(r.limit).execute();
}

/** Public statuses that are not replies to someone else (Mastodon's default for the public timeline). */
export async function publicTimeline(db: Executor, viewerId: string | null, o: PublicOptions, r: RangeQuery): Promise<StatusRow[]> {
  const q = base(db, viewerId, o).where((eb: Eb) =>
    eb.or([eb("statuses.in_reply_to_account_id", "is", null), eb("statuses.in_reply_to_account_id", "=", eb.ref("statuses.account_id"))]),
  );
  return range(q, r);
}

async function tagIds(db: Executor, names: string[]): Promise<string[]> {
  if (names.length === 0) return [];
  const rows = await db.selectFrom("tags").select("id").where("name_lower", "in", names.map((n) => n.toLowerCase())).execute();
  return rows.map((r) => r.id);
}

const tagged = (eb: Eb, ids: string[]) => eb("statuses.id", "in", eb.selectFrom("status_tags").select("status_tags.status_id").where("status_tags.tag_id", "in", ids));

/** Statuses with `tag` or any of `any`, all of `all`, none of `none`. */
export async function tagTimeline(db: Executor, viewerId: string | null, tag: string, o: TagOptions, r: RangeQuery): Promise<StatusRow[]> {
  const anyIds = await tagIds(db, [tag, ...(o.any ?? [])]);
  if (anyIds.length === 0) return [];
  let q = base(db, viewerId, o).where((eb) => tagged(eb, anyIds));
  for (const name of o.all ?? []) {
    const ids = await tagIds(db, [name]);
    if (ids.length === 0) return [];
    q = q.where((eb) => tagged(eb, ids));
  }
  const noneIds = await tagIds(db, o.none ?? []);
  if (noneIds.length) q = q.where((eb) => eb.not(tagged(eb, noneIds)));
  return range(q, r);
}

/**
 * Statuses linking to `url`. A plain substring match on the source text for now (no preview cards or
 * link index yet), so it scans public statuses: fine for small servers, to be replaced by a link table.
 */
export async function linkTimeline(db: Executor, viewerId: string | null, url: string, r: RangeQuery): Promise<StatusRow[]> {
  const pattern = `%${url.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  const q = base(db, viewerId, {}).where(sql<boolean>`statuses.text LIKE ${pattern} ESCAPE '\\'`);
  return range(q, r);
}
