// Timed suspensions end by a durable job. Idempotent: it re-checks that the decision still stands and
// that no later suspension (permanent or longer) applies before lifting.
import type { Context } from "../../context.js";
import { audit } from "./audit.js";
import { mdb } from "./db.js";
import { toDecision } from "./decisions.js";

export async function liftExpiredSuspension(ctx: Context, p: { decisionId: string; accountId: string }): Promise<boolean> {
  return ctx.db.transaction().execute(async (trx) => {
    const db = mdb(trx);
    const decisions = (await db.selectFrom("moderation_decisions").selectAll().where("account_id", "=", p.accountId).orderBy("id").execute()).map(toDecision);
    const superseded = new Set(decisions.map((d) => d.supersedes_id).filter(Boolean));
    const nowIso = ctx.clock.now().toISOString();
    const stillSuspending = decisions.some(
      (d) => !superseded.has(d.id) && d.kind !== "reversal" && d.actionList.some((a) => a.type === "suspend") && (!d.ends_at || d.ends_at > nowIso),
    );
    if (stillSuspending) return false;
    const res = await trx.updateTable("accounts").set({ suspended_at: null }).where("id", "=", p.accountId).where("suspended_at", "is not", null).executeTakeFirst();
    if (Number(res.numUpdatedRows) === 0) return false;
    await audit(ctx, trx, { actorId: null, action: "suspension.expired", subjectType: "account", subjectId: p.accountId, payload: { decision_id: p.decisionId } });
    return true;
  });
}
