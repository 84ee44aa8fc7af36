// Paginated lists around statuses: who favourited or boosted one, the viewer's favourites and bookmarks,
// and the quotes of a status. Pages are keyed by the edge row id (favourite, bookmark, boost), as in
// Mastodon, and only statuses the viewer may see are returned.
import type { Page } from "../../api/mastodon/paging.js";
import type { Context } from "../../context.js";
import type { AccountRow } from "../accounts/queries.js";
import { keysetPage } from "../relationships/page.js";
import type { StatusRow } from "./queries.js";
import { type Viewer, visibleTo } from "./visibility.js";

export interface Keyed<T> {
  key: string;
  item: T;
}

function split<T extends { page_key: string }>(rows: T[]): Keyed<Omit<T, "page_key">>[] {
  return rows.map(({ page_key, ...item }) => ({ key: page_key, item }));
}

export async function favouritedBy(ctx: Context, statusId: string, page: Page): Promise<Keyed<AccountRow>[]> {
  const qb = ctx.db
    .selectFrom("favourites")
    .innerJoin("accounts", "accounts.id", "favourites.account_id")
    .selectAll("accounts")
    .select("favourites.id as page_key")
    .where("favourites.status_id", "=", statusId)
    .where("accounts.suspended_at", "is", null);
  return split(await keysetPage(qb, "favourites.id", page));
}

/** Boosters, through boosts the viewer may see (a followers-only self-boost is not everyone's business). */
export async function rebloggedBy(ctx: Context, viewer: Viewer | null, statusId: string, page: Page): Promise<Keyed<AccountRow>[]> {
  const qb = ctx.db
    .selectFrom("statuses")
    .innerJoin("accounts", "accounts.id", "statuses.account_id")
    .selectAll("accounts")
    .select("statuses.id as page_key")
    .where("statuses.reblog_of_id", "=", statusId)
    .where(visibleTo(viewer) as never);
  return split(await keysetPage(qb, "statuses.id", page));
}

/** The viewer's favourites or bookmarks, newest edge first. */
export async function savedStatuses(ctx: Context, table: "favourites" | "bookmarks", viewer: Viewer, page: Page): Promise<Keyed<StatusRow>[]> {
  const qb = ctx.db
    .selectFrom(table)
    .innerJoin("statuses", "statuses.id", `${table}.status_id`)
    .selectAll("statuses")
    .select(`${table}.id as page_key`)
    .where(`${table}.account_id`, "=", viewer.accountId)
    .where(visibleTo(viewer) as never);
  return split(await keysetPage(qb, `${table}.id`, page)) as Keyed<StatusRow>[];
}

/** Statuses quoting `statusId` that the viewer may see, newest first. */
export async function quotesOf(ctx: Context, viewer: Viewer, statusId: string, page: Page): Promise<StatusRow[]> {
  const qb = ctx.db.selectFrom("statuses").selectAll().where("statuses.quote_of_id", "=", statusId).where(visibleTo(viewer));
  return keysetPage(qb, "statuses.id", page);
}
