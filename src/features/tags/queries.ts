// Tag rows, their 7-day usage history and the viewer's follow/feature flags, loaded in batches.
import { sql } from "kysely";
import type { TagHistoryDay, TagView } from "../../api/mastodon/entities/tag.js";
import { idAtTime, newId } from "../../core/ids.js";
import type { Executor, TagsTable } from "../../db/types.js";
import { tagKey } from "./names.js";

const DAY_MS = 86_400_000;
const HISTORY_DAYS = 7;

export async function tagByName(db: Executor, name: string): Promise<TagsTable | undefined> {
  return db.selectFrom("tags").selectAll().where("name_lower", "=", tagKey(name)).executeTakeFirst();
}

/** The tag row for `name`, created on first use; safe against a concurrent insert of the same name. */
export async function findOrCreateTag(exec: Executor, name: string, now: Date): Promise<TagsTable> {
  const existing = await tagByName(exec, name);
  if (existing) return existing;
  await exec
    .insertInto("tags")
    .values({ id: newId(), name, name_lower: tagKey(name), created_at: now.toISOString(), last_status_at: null, usable: 1 })
    .onConflict((oc) => oc.column("name_lower").doNothing())
    .execute();
  return (await tagByName(exec, name))!;
}

/** Uses and distinct accounts per UTC day over the last week, newest day first, zero-filled. */
export async function tagHistory(db: Executor, tagIds: string[], now: Date): Promise<Map<string, TagHistoryDay[]>> {
  const today = Math.floor(now.getTime() / DAY_MS) * DAY_MS;
  const start = today - (HISTORY_DAYS - 1) * DAY_MS;
  const counts = new Map<string, { uses: number; accounts: number }>();
  if (tagIds.length > 0) {
    const day = sql<string>`substr(${sql.ref("statuses.created_at")}, 1, 10)`;
    const rows = await db
      .selectFrom("status_tags")
      .innerJoin("statuses", "statuses.id", "status_tags.status_id")
      .select((eb) => [
        "status_tags.tag_id as tag_id",
        day.as("day"),
        eb.fn.countAll<number>().as("uses"),
        eb.fn.count<number>("statuses.account_id").distinct().as("accounts"),
      ])
      .where("status_tags.tag_id", "in", tagIds)
      // status ids are time-sortable, so this bound keeps the scan on the (tag_id, status_id) index
      .where("status_tags.status_id", ">=", idAtTime(start))
      .where("statuses.created_at", ">=", new Date(start).toISOString())
      .where("statuses.deleted_at", "is", null)
      .where("statuses.reblog_of_id", "is", null)
      .where("statuses.visibility", "in", ["public", "unlisted"])
      .where("statuses.moderation_state", "=", "published")
      .groupBy(["status_tags.tag_id", day])
      .execute();
    for (const r of rows) counts.set(`${r.tag_id}|${r.day}`, { uses: Number(r.uses), accounts: Number(r.accounts) });
  }
  const out = new Map<string, TagHistoryDay[]>();
  for (const id of tagIds) {
    const days: TagHistoryDay[] = [];
    for (let t = today; t >= start; t -= DAY_MS) {
      const c = counts.get(`${id}|${new Date(t).toISOString().slice(0, 10)}`);
      days.push({ day: t / 1000, uses: c?.uses ?? 0, accounts: c?.accounts ?? 0 });
    }
    out.set(id, days);
  }
  return out;
}

/** Tag views with history and, for a signed-in viewer, whether they follow / feature each tag. */
export async function tagViews(db: Executor, tags: TagsTable[], viewerId: string | null, now: Date): Promise<TagView[]> {
  const ids = tags.map((t) => t.id);
  const history = await tagHistory(db, ids, now);
  let followed = new Set<string>();
  let featured = new Set<string>();
  if (viewerId && ids.length > 0) {
    const f = await db.selectFrom("followed_tags").select("tag_id").where("account_id", "=", viewerId).where("tag_id", "in", ids).execute();
    const ft = await db.selectFrom("featured_tags").select("tag_id").where("account_id", "=", viewerId).where("tag_id", "in", ids).execute();
    followed = new Set(f.map((r) => r.tag_id));
    featured = new Set(ft.map((r) => r.tag_id));
  }
  return tags.map((t) => ({
    id: t.id,
    name: t.name,
    history: history.get(t.id)!,
    ...(viewerId ? { following: followed.has(t.id), featuring: featured.has(t.id) } : {}),
  }));
}

/** A tag nobody has used yet: rendered without saving it, as Mastodon does for GET /tags/:name. */
export function unsavedTagView(name: string, viewerId: string | null, now: Date): TagView {
  const today = Math.floor(now.getTime() / DAY_MS) * DAY_MS;
  const history = Array.from({ length: HISTORY_DAYS }, (_, i) => ({ day: (today - i * DAY_MS) / 1000, uses: 0, accounts: 0 }));
  return { id: "", name, history, ...(viewerId ? { following: false, featuring: false } : {}) };
}
