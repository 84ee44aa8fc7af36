// Turning the text of a new or edited status into stored form: resolved mentions, hashtags and HTML.
import type { Context } from "../../context.js";
import { newId } from "../../core/ids.js";
import { extractEntities, uniqueHashtags } from "../../core/text/extract.js";
import { textToHtml } from "../../core/text/render.js";
import type { Dialect } from "../../db/connect.js";
import type { Executor } from "../../db/types.js";
import { tagUrl } from "../../api/mastodon/entities/urls.js";
import { inList, rawQuery } from "./write-sql.js";

export interface Composed {
  html: string;
  mentionIds: string[];
  tags: string[];
}

export async function compose(ctx: Context, exec: Executor, text: string): Promise<Composed> {
  const entities = extractEntities(text);
  const wanted = new Set<string>();
  for (const e of entities) {
    if (e.kind !== "mention") continue;
    if (!e.domain || e.domain === ctx.config.domain.toLowerCase()) wanted.add(e.value.toLowerCase());
  }
  const found = new Map<string, { id: string; username: string; url: string }>();
  if (wanted.size) {
    const names = inList([...wanted]);
    const rows = await rawQuery<{ id: string; username: string; url: string; acct_lower: string }>(exec, ctx.dialect,
      `select id, username, url, acct_lower from accounts where acct_lower in (${names.sql}) and suspended_at is null`, names.params);
    for (const r of rows) found.set(r.acct_lower, r);
  }
  const html = textToHtml(text, {
    mention: (username, domain) => {
      if (domain && domain !== ctx.config.domain.toLowerCase()) return null;
      const a = found.get(username.toLowerCase());
      return a ? { url: a.url, username: a.username } : null;
    },
    hashtagUrl: (tag) => tagUrl(ctx.config, tag.toLowerCase()),
  });
  return { html, mentionIds: [...new Set([...found.values()].map((a) => a.id))], tags: uniqueHashtags(text) };
}

/** Upsert the status's hashtags (one statement per tag) and link them (one for all); returns the linked tags as stored, by id. */
export async function linkTags(exec: Executor, statusId: string, names: string[], at: string, dialect?: Dialect): Promise<{ id: string; name: string }[]> {
  const tagIds: string[] = [];
  const stored = new Map<string, string>();
  for (const name of names.slice(0, 30)) {
    if (dialect) {
      const [tag] = await rawQuery<{ id: string; name: string }>(exec, dialect,
        "insert into tags (id, name, name_lower, created_at, last_status_at, usable) values (?, ?, ?, ?, ?, 1) on conflict (name_lower) do update set last_status_at = excluded.last_status_at returning id, name",
        [newId(), name, name.toLowerCase(), at, at]);
      tagIds.push(tag.id);
      stored.set(tag.id, tag.name);
      continue;
    }
    const tag = await exec
      .insertInto("tags")
      .values({ id: newId(), name, name_lower: name.toLowerCase(), created_at: at, last_status_at: at, usable: 1 })
      .onConflict((oc) => oc.column("name_lower").doUpdateSet((eb) => ({ last_status_at: eb.ref("excluded.last_status_at") })))
      .returning(["id", "name"])
      .executeTakeFirstOrThrow();
    tagIds.push(tag.id);
    stored.set(tag.id, tag.name);
  }
  if (tagIds.length === 0) return [];
  const unique = [...new Set(tagIds)];
  const linked = [...stored].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([id, name]) => ({ id, name }));
  if (dialect) {
    await rawQuery(exec, dialect, `insert into status_tags (status_id, tag_id) values ${unique.map(() => "(?, ?)").join(", ")} on conflict do nothing`,
      unique.flatMap((tagId) => [statusId, tagId]));
    return linked;
  }
  await exec
    .insertInto("status_tags")
    .values(unique.map((tagId) => ({ status_id: statusId, tag_id: tagId })))
    .onConflict((oc) => oc.doNothing())
    .execute();
  return linked;
}
