// Mastodon List JSON.
import type { ListsTable } from "../../../db/types.js";

export function renderList(row: ListsTable): Record<string, unknown> {
  return { id: row.id, title: row.title, replies_policy: row.replies_policy, exclusive: row.exclusive === 1 };
}
