// GET /api/v1/statuses/:id/context: ancestors (oldest first) and descendants in depth-first order with
// the author's self-replies promoted, like Mastodon. Walks are bounded in size and depth; anonymous
// viewers get Mastodon's smaller limits. The viewer's blocks and mutes hide those accounts' posts, and
// "hide likely abuse" (features/safety) the replies the moderation pipeline flagged.
import { sql } from "kysely";
import type { Context } from "../../context.js";
import type { Executor } from "../../db/types.js";
import { blockedEitherWay, mutedIds } from "../relationships/queries.js";
import { likelyAbuseHidden } from "../safety/abuse.js";
import type { StatusRow } from "./queries.js";
import { type Viewer, visibleTo } from "./visibility.js";

export const LIMITS = {
  signedIn: { ancestors: 4096, descendants: 4096, depth: 4096 },
  anonymous: { ancestors: 40, descendants: 60, depth: 20 },
};

async function ancestorIds(db: Executor, id: string, limit: number): Promise<string[]> {
  const res = await sql<{ id: string; depth: number }>`
    WITH RECURSIVE up(id, parent, depth) AS (
      SELECT id, in_reply_to_id, 0 FROM statuses WHERE id = ${id}
      UNION ALL
      SELECT s.id, s.in_reply_to_id, up.depth + 1 FROM statuses s JOIN up ON s.id = up.parent WHERE up.depth < ${limit}
    )
    SELECT id, depth FROM up WHERE depth > 0`.execute(db);
  const seen = new Set<string>();
  return res.rows
    .sort((a, b) => Number(b.depth) - Number(a.depth))
    .map((r) => r.id)
    .filter((x) => x !== id && !seen.has(x) && seen.add(x));
}

/** Reply tree below `id`, as parent → children (children in id order). Deleted posts keep their place. */
async function descendantTree(db: Executor, id: string, limit: number, depth: number): Promise<Map<string, string[]>> {
  const res = await sql<{ id: string; parent: string }>`
    WITH RECURSIVE down(id, parent, depth) AS (
      SELECT id, in_reply_to_id, 1 FROM statuses WHERE in_reply_to_id = ${id}
      UNION ALL
      SELECT s.id, s.in_reply_to_id, down.depth + 1 FROM statuses s JOIN down ON s.in_reply_to_id = down.id WHERE down.depth < ${depth}
    )
    SELECT id, parent FROM down LIMIT ${limit}`.execute(db);
  const children = new Map<string, string[]>();
  const seen = new Set<string>([id]);
  for (const r of res.rows) {
    if (seen.has(r.id)) continue;
    seen.add(r.id);
    const list = children.get(r.parent);
    if (list) list.push(r.id);
    else children.set(r.parent, [r.id]);
  }
  for (const list of children.values()) list.sort(compareIds);
  return children;
}

function compareIds(a: string, b: string): number {
  return a.length - b.length || (a < b ? -1 : a > b ? 1 : 0);
}

/** Depth-first, iteratively (a 4096-deep chain must not overflow the stack). */
function depthFirst(root: string, children: Map<string, string[]>): string[] {
  const out: string[] = [];
  const stack = [...(children.get(root) ?? [])].reverse();
  while (stack.length) {
    const id = stack.pop()!;
    out.push(id);
    const kids = children.get(id);
    if (kids) for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]);
  }
  return out;
}

/** Mastodon brings self-replies to the front, keeping the relative order within both groups. */
function promoteSelfReplies(rows: StatusRow[]): StatusRow[] {
  const self = rows.filter((r) => r.in_reply_to_account_id === r.account_id);
  return [...self, ...rows.filter((r) => r.in_reply_to_account_id !== r.account_id)];
}

async function loadVisible(ctx: Context, viewer: Viewer | null, ids: string[]): Promise<StatusRow[]> {
  if (ids.length === 0) return [];
  const found = new Map<string, StatusRow>();
  for (let i = 0; i < ids.length; i += 500) {
    const rows = await ctx.db.selectFrom("statuses").selectAll().where("statuses.id", "in", ids.slice(i, i + 500)).where(visibleTo(viewer)).execute();
    for (const r of rows) found.set(r.id, r);
  }
  let hidden = new Set<string>();
  if (viewer) {
    const [blocked, muted] = await Promise.all([blockedEitherWay(ctx.db, viewer.accountId), mutedIds(ctx.db, viewer.accountId, ctx.clock.now())]);
    hidden = new Set([...blocked, ...muted]);
  }
  return ids.map((id) => found.get(id)).filter((r): r is StatusRow => !!r && (r.account_id === viewer?.accountId || !hidden.has(r.account_id)));
}

export async function threadContext(ctx: Context, viewer: Viewer | null, status: StatusRow): Promise<{ ancestors: StatusRow[]; descendants: StatusRow[] }> {
  const limits = viewer ? LIMITS.signedIn : LIMITS.anonymous;
  const upIds = status.in_reply_to_id ? await ancestorIds(ctx.db, status.id, limits.ancestors) : [];
  const tree = await descendantTree(ctx.db, status.id, limits.descendants, limits.depth);
  const downIds = depthFirst(status.id, tree).slice(0, limits.descendants);
  const [ancestors, loaded] = await Promise.all([loadVisible(ctx, viewer, upIds), loadVisible(ctx, viewer, downIds)]);
  // replies scored as likely abuse stay out for viewers who hide it (the post's author is never hidden)
  const abusive = viewer ? await likelyAbuseHidden(ctx.db, viewer.accountId, loaded, [status.account_id]) : new Set<string>();
  const descendants = abusive.size ? loaded.filter((r) => !abusive.has(r.id)) : loaded;
  return { ancestors, descendants: promoteSelfReplies(descendants) };
}
