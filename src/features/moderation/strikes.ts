// Strikes count while unexpired and while the decision that gave them stands (a reversal ends them
// without editing the strike row). The escalation ladder reads the count.
import type { Executor } from "../../db/types.js";
import { mdb } from "./db.js";
import type { Action } from "./actions.js";
import type { Policy } from "./policy-store.js";

export async function activeStrikes(exec: Executor, accountId: string, nowIso: string) {
  return mdb(exec)
    .selectFrom("moderation_strikes")
    .selectAll()
    .where("account_id", "=", accountId)
    .where("expires_at", ">", nowIso)
    .where((eb) =>
      eb.not(
        eb.exists(
          eb.selectFrom("moderation_decisions as r").select("r.id").whereRef("r.supersedes_id", "=", "moderation_strikes.decision_id").where("r.kind", "=", "reversal"),
        ),
      ),
    )
    .orderBy("created_at")
    .execute();
}

/** The ladder step reached with `count` active strikes, if any, as an extra action. */
export function ladderAction(policy: Policy, count: number, chosen: Action[]): Action | null {
  const step = [...policy.ladder].reverse().find((s) => count >= s.strikes);
  if (!step) return null;
  const has = (t: string) => chosen.some((a) => a.type === t);
  if (step.action === "suspend") {
    const existing = chosen.find((a) => a.type === "suspend");
    // a chosen suspension at least as long as the ladder's wins
    if (existing && (!existing.days || (step.days && existing.days >= step.days))) return null;
    return { type: "suspend", ...(step.days ? { days: step.days } : {}), ladder: true };
  }
  if (has("limit") || has("suspend")) return null;
  return { type: "limit", ladder: true };
}
