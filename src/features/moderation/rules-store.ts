// Operator rules (AutoModerator-like patterns) stored for the detection engine. Saving one rebuilds the
// detector; a pattern outside the safe regex subset is refused before it can stall publishing.
import type { Context } from "../../context.js";
import { NotFoundError, ValidationError } from "../../core/errors.js";
import { newId } from "../../core/ids.js";
import { audit } from "./audit.js";
import { mdb } from "./db.js";
import { compileOperatorRules } from "./detection/operator-rules.js";
import type { Category } from "./detection/types.js";
import { invalidateDetector } from "./detector.js";
import { MOD_CATEGORIES } from "./policy-store.js";

export interface RuleInput {
  name?: string;
  category?: string;
  pattern?: string;
  score?: number;
  enabled?: boolean;
}

function check(r: Required<Omit<RuleInput, "enabled">>) {
  if (!(MOD_CATEGORIES as readonly string[]).includes(r.category)) throw new ValidationError(`category must be one of: ${MOD_CATEGORIES.join(", ")}`, { field: "category" });
  if (!(r.score >= 0 && r.score <= 1)) throw new ValidationError("score must be between 0 and 1", { field: "score" });
  try {
    compileOperatorRules([{ id: "check", pattern: r.pattern, category: r.category as Category }]);
  } catch (err) {
    throw new ValidationError(`pattern is not accepted: ${(err as Error).message}`, { field: "pattern" });
  }
}

export const listRules = (ctx: Context) => mdb(ctx.db).selectFrom("moderation_rules").selectAll().orderBy("id").execute();

export async function createRule(ctx: Context, actorId: string, input: RuleInput) {
  const r = { name: input.name ?? "", category: input.category ?? "", pattern: input.pattern ?? "", score: input.score ?? 0.9 };
  if (!r.name || !r.pattern) throw new ValidationError("name and pattern are required");
  check(r);
  const id = newId();
  const at = ctx.clock.now().toISOString();
  await ctx.db.transaction().execute(async (trx) => {
    await mdb(trx).insertInto("moderation_rules").values({ id, ...r, enabled: input.enabled === false ? 0 : 1, created_at: at, updated_at: at, created_by: actorId }).execute();
    await audit(ctx, trx, { actorId, action: "rule.create", subjectType: "rule", subjectId: id, payload: r });
  });
  invalidateDetector(ctx);
  return mdb(ctx.db).selectFrom("moderation_rules").selectAll().where("id", "=", id).executeTakeFirstOrThrow();
}

export async function updateRule(ctx: Context, actorId: string, id: string, input: RuleInput) {
  const row = await mdb(ctx.db).selectFrom("moderation_rules").selectAll().where("id", "=", id).executeTakeFirst();
  if (!row) throw new NotFoundError("Rule not found");
  const next = { name: input.name ?? row.name, category: input.category ?? row.category, pattern: input.pattern ?? row.pattern, score: input.score ?? Number(row.score) };
  check(next);
  const enabled = input.enabled === undefined ? row.enabled : input.enabled ? 1 : 0;
  await ctx.db.transaction().execute(async (trx) => {
    await mdb(trx).updateTable("moderation_rules").set({ ...next, enabled, updated_at: ctx.clock.now().toISOString() }).where("id", "=", id).execute();
    // the audit log keeps the old version, so rule history is never lost
    await audit(ctx, trx, { actorId, action: "rule.update", subjectType: "rule", subjectId: id, payload: { before: { ...row, score: Number(row.score) }, after: { ...next, enabled } } });
  });
  invalidateDetector(ctx);
  return mdb(ctx.db).selectFrom("moderation_rules").selectAll().where("id", "=", id).executeTakeFirstOrThrow();
}
