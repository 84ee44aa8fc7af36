// Who may see a status. One rule set used by every read path (by id, context, timelines, search,
// notifications, streaming): a hidden status answers 404, the same as a missing one.
import type { ExpressionBuilder } from "kysely";
import type { Database, Executor } from "../../db/types.js";
import type { StatusRow } from "./queries.js";

export interface Viewer {
  accountId: string;
  role?: string;
}

/** Can `viewer` (null = anonymous) see this status row? Checks reblogged originals separately. */
export async function canView(db: Executor, viewer: Viewer | null, s: StatusRow): Promise<boolean> {
  if (s.deleted_at) return false;
  const own = viewer?.accountId === s.account_id;
  if (own) return true;
  if (s.moderation_state !== "published") return false;
  // the author's suspension and whether they block the viewer: one query
  const author = await db
    .selectFrom("accounts")
    .select("accounts.suspended_at")
    .$if(!!viewer, (qb) =>
      qb.select((eb) =>
        eb.exists(eb.selectFrom("blocks").select("blocks.id").where("blocks.account_id", "=", s.account_id).where("blocks.target_account_id", "=", viewer!.accountId)).as("blocked"),
      ),
    )
    .where("accounts.id", "=", s.account_id)
    .executeTakeFirst();
  if (!author || author.suspended_at) return false;
  if (viewer && truthy((author as { blocked?: unknown }).blocked)) return false;
  if (s.visibility === "public" || s.visibility === "unlisted") return true;
  if (!viewer) return false;
  // mentioned (any non-public visibility), or following the author (followers-only): one query
  const v = viewer.accountId;
  const access = await db
    .selectNoFrom((eb) => [
      eb.exists(eb.selectFrom("mentions").select("mentions.status_id").where("mentions.status_id", "=", s.id).where("mentions.account_id", "=", v)).as("mentioned"),
      eb.exists(eb.selectFrom("follows").select("follows.id").where("follows.account_id", "=", v).where("follows.target_account_id", "=", s.account_id)).as("follows"),
    ])
    .executeTakeFirstOrThrow();
  if (truthy(access.mentioned)) return true;
  return s.visibility === "private" && truthy(access.follows);
}

/** EXISTS comes back as 0/1 from SQLite and as a boolean from PostgreSQL. */
const truthy = (v: unknown): boolean => v === true || v === 1 || v === "1" || v === "t";

/**
 * A WHERE clause for list queries over `statuses` (aliased as `statuses`): the same rules as canView,
 * minus the reblogged original (check those with canView or filter them after loading).
 */
export function visibleTo(viewer: Viewer | null) {
  // Correlated EXISTS lookups by primary or unique key for every candidate row: the cost follows the
  // rows a query looks at, not the number of accounts on the site (a `NOT IN (suspended accounts)`
  // list would scan the accounts table for every query).
  return (eb: ExpressionBuilder<Database, "statuses">) => {
    const published = eb.and([eb("statuses.deleted_at", "is", null), eb("statuses.moderation_state", "=", "published")]);
    const authorActive = eb.not(
      eb.exists(eb.selectFrom("accounts").select("accounts.id").whereRef("accounts.id", "=", "statuses.account_id").where("accounts.suspended_at", "is not", null)),
    );
    if (!viewer) {
      return eb.and([published, eb("statuses.visibility", "in", ["public", "unlisted"]), authorActive]);
    }
    const v = viewer.accountId;
    const notBlocked = eb.not(
      eb.exists(eb.selectFrom("blocks").select("blocks.id").whereRef("blocks.account_id", "=", "statuses.account_id").where("blocks.target_account_id", "=", v)),
    );
    const audience = eb.or([
      eb("statuses.visibility", "in", ["public", "unlisted"]),
      eb.and([
        eb("statuses.visibility", "=", "private"),
        eb.exists(eb.selectFrom("follows").select("follows.id").where("follows.account_id", "=", v).whereRef("follows.target_account_id", "=", "statuses.account_id")),
      ]),
      eb.exists(eb.selectFrom("mentions").select("mentions.status_id").where("mentions.account_id", "=", v).whereRef("mentions.status_id", "=", "statuses.id")),
    ]);
    return eb.or([
      eb.and([eb("statuses.account_id", "=", v), eb("statuses.deleted_at", "is", null)]),
      eb.and([published, authorActive, notBlocked, audience]),
    ]);
  };
}

/** Filter loaded rows, including the originals of reblogs and quotes being visible. */
export async function filterVisible(db: Executor, viewer: Viewer | null, rows: StatusRow[], originals: Map<string, StatusRow>): Promise<StatusRow[]> {
  const out: StatusRow[] = [];
  for (const r of rows) {
    if (!(await canView(db, viewer, r))) continue;
    if (r.reblog_of_id) {
      const o = originals.get(r.reblog_of_id);
      if (!o || !(await canView(db, viewer, o))) continue;
    }
    out.push(r);
  }
  return out;
}
