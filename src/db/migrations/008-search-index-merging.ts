// The full-text index (SQLite FTS5) merges a level of its b-tree segments once it holds `automerge`
// of them (default 4), inline, in whichever commit trips it. At 10⁶ statuses those merges were the
// write path's largest cost and its latency spikes. With 8, each merge combines twice as many segments
// and the index is rewritten fewer times: 1,500 group commits of 32 posts on a 10⁶-post index took
// 2.6 s of index work with 4 and 1.6 s with 8, batch p99 33 → 11 ms. Searches read at most a few more
// segments per level. Crisis merging (a
// level reaching 16 segments is merged at once) keeps its default as the backstop.
import { type Kysely, sql } from "kysely";
import type { Dialect } from "../connect.js";

export const SEARCH_INDEX_AUTOMERGE = 8;

// a literal: FTS5 wants an integer here, and a bound JS number arrives as a real
export async function up(db: Kysely<any>, dialect: Dialect): Promise<void> {
  if (dialect !== "sqlite") return;
  await sql`INSERT INTO statuses_fts (statuses_fts, rank) VALUES ('automerge', ${sql.lit(SEARCH_INDEX_AUTOMERGE)})`.execute(db);
}
