// "Hide likely abuse": posts the pipeline scored at or above the policy's queue threshold for an abuse
// category keep that score in statuses.abuse_score; users who keep the control on do not see them among
// replies and mention/quote notifications, unless they follow the author. Elsewhere the post stays.
import type { Executor } from "../../db/types.js";
import { sdb } from "./db.js";
import { loadSafetySettings } from "./settings.js";

export const ABUSE_CATEGORIES = ["harassment", "hate", "violence_threat", "violence_incitement"];
const FLAGGED_OUTCOMES = ["queue", "hold", "reject"];

/** The score to store: the highest abuse-category score that reached the queue threshold, else 0. */
export function likelyAbuseScore(evidence: readonly { category: string; outcome: string; score: number }[]): number {
  let max = 0;
  for (const e of evidence) if (ABUSE_CATEGORIES.includes(e.category) && FLAGGED_OUTCOMES.includes(e.outcome)) max = Math.max(max, e.score);
  return max;
}

export async function setAbuseScore(exec: Executor, statusId: string, score: number): Promise<void> {
  await sdb(exec).updateTable("statuses").set({ abuse_score: score }).where("id", "=", statusId).execute();
}

export const abuseScoreOf = (row: object): number => Number((row as { abuse_score?: unknown }).abuse_score ?? 0);

/**
 * Ids among `rows` (loaded with selectAll, so abuse_score is present) to hide from `viewerId`: flagged
 * posts by anyone but the viewer, the `exempt` accounts and accounts the viewer follows.
 */
export async function likelyAbuseHidden(db: Executor, viewerId: string, rows: readonly { id: string; account_id: string }[], exempt: readonly string[] = []): Promise<Set<string>> {
  const flagged = rows.filter((r) => abuseScoreOf(r) > 0 && r.account_id !== viewerId && !exempt.includes(r.account_id));
  if (flagged.length === 0 || !(await loadSafetySettings(db, viewerId)).hideLikelyAbuse) return new Set();
  const authors = [...new Set(flagged.map((r) => r.account_id))];
  const followRows = await db.selectFrom("follows").select("target_account_id").where("account_id", "=", viewerId).where("target_account_id", "in", authors).execute();
  const followed = new Set(followRows.map((r) => r.target_account_id));
  return new Set(flagged.filter((r) => !followed.has(r.account_id)).map((r) => r.id));
}

/** For createNotifications: drop a mention/quote about a flagged post if the recipient hides likely abuse. */
export async function hiddenNotification(exec: Executor, n: { accountId: string; fromAccountId: string; type: string; statusId?: string | null }): Promise<boolean> {
  if (!n.statusId || (n.type !== "mention" && n.type !== "quote")) return false;
  const s = await sdb(exec).selectFrom("statuses").select(["id", "account_id", "abuse_score"]).where("id", "=", n.statusId).executeTakeFirst();
  return !!s && (await likelyAbuseHidden(exec, n.accountId, [s])).has(s.id);
}
