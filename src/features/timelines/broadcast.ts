// Which public streams a status belongs to (Mastodon's rules: public visibility, not a reblog, and for
// the public streams not a reply to someone else; hashtag streams include replies).
import type { Executor } from "../../db/types.js";
import type { StatusRow } from "../statuses/queries.js";

export interface StreamTarget {
  key: string;
  stream: string[];
}

export async function publicTargets(db: Executor, s: StatusRow, known?: { silenced: boolean; suspended: boolean }): Promise<StreamTarget[]> {
  if (s.visibility !== "public" || s.reblog_of_id) return [];
  const author = known ?? (await db.selectFrom("accounts").select(["silenced_at", "suspended_at"]).where("id", "=", s.account_id).executeTakeFirst());
  if (!author || ("silenced_at" in author ? author.silenced_at || author.suspended_at : author.silenced || author.suspended)) return [];
  const out: StreamTarget[] = [];
  const local = s.local === 1;
  const tags = await db.selectFrom("status_tags").innerJoin("tags", "tags.id", "status_tags.tag_id").select("tags.name_lower").where("status_tags.status_id", "=", s.id).execute();
  for (const t of tags) {
    out.push({ key: `hashtag:${t.name_lower}`, stream: ["hashtag", t.name_lower] });
    if (local) out.push({ key: `hashtag:local:${t.name_lower}`, stream: ["hashtag:local", t.name_lower] });
  }
  if (s.in_reply_to_account_id && s.in_reply_to_account_id !== s.account_id) return out;
  const media = await db.selectFrom("media_attachments").select("id").where("status_id", "=", s.id).executeTakeFirst();
  const scopes = ["public", local ? "public:local" : "public:remote"];
  for (const name of scopes) {
    out.push({ key: name, stream: [name] });
    if (media) out.push({ key: `${name}:media`, stream: [`${name}:media`] });
  }
  return out;
}
