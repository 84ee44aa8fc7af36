// Policy thresholds (versioned), operator rules, sign-up blocks, decisions and the audit log.
import type { FastifyInstance } from "fastify";
import type { Context } from "../../context.js";
import { NotFoundError } from "../../core/errors.js";
import { parse, v } from "../../core/validate.js";
import { listAudit, verifyAuditChain } from "../../features/moderation/audit.js";
import { mdb } from "../../features/moderation/db.js";
import { toDecision } from "../../features/moderation/decisions.js";
import { currentPolicy, type PolicyBody, updatePolicy } from "../../features/moderation/policy-store.js";
import { createRule, listRules, updateRule } from "../../features/moderation/rules-store.js";
import { addSignupBlock, listSignupBlocks, removeSignupBlock } from "../../features/moderation/signup-blocks.js";
import { adminWrite, staffRead } from "./guard.js";

const P = "/api/v1/rostra/admin";
const ruleShape = { name: v.string({ max: 200, trim: true }), category: v.string({ max: 40 }), pattern: v.string({ max: 500 }), score: v.number({ min: 0, max: 1 }), enabled: v.boolean() };

export async function configRoutes(app: FastifyInstance, ctx: Context): Promise<void> {
  app.get(`${P}/policy`, async (req) => {
    await staffRead(ctx, req);
    return currentPolicy(ctx);
  });

  app.put(`${P}/policy`, async (req) => {
    const auth = await adminWrite(ctx, req);
    // `version`: the version the admin's form was loaded from (optional); a newer one on the server is a 409
    const body = parse({ thresholds: v.any(), severity: v.any(), dueMinutes: v.any(), strikeDays: v.int({ min: 1, max: 3650 }), ladder: v.any(), classifierCanHold: v.boolean(), finalActions: v.any(), version: v.int({ min: 0 }) }, req.body);
    const objectOrUndefined = (x: unknown) => (x && typeof x === "object" && !Array.isArray(x) ? x : undefined);
    const change: Partial<PolicyBody> = {
      thresholds: objectOrUndefined(body.thresholds) as PolicyBody["thresholds"], severity: objectOrUndefined(body.severity) as PolicyBody["severity"],
      dueMinutes: objectOrUndefined(body.dueMinutes) as PolicyBody["dueMinutes"], strikeDays: body.strikeDays,
      ladder: body.ladder === undefined ? undefined : (body.ladder as PolicyBody["ladder"]), classifierCanHold: body.classifierCanHold,
      finalActions: body.finalActions === undefined ? undefined : (body.finalActions as string[]),
    };
    return updatePolicy(ctx, change, auth.accountId, { expectedVersion: body.version });
  });

  app.get(`${P}/rules`, async (req) => {
    await staffRead(ctx, req);
    return listRules(ctx);
  });
  app.post(`${P}/rules`, async (req) => {
    const auth = await adminWrite(ctx, req);
    return createRule(ctx, auth.accountId, parse(ruleShape, req.body));
  });
  app.put<{ Params: { id: string } }>(`${P}/rules/:id`, async (req) => {
    const auth = await adminWrite(ctx, req);
    return updateRule(ctx, auth.accountId, req.params.id, parse(ruleShape, req.body));
  });

  app.get(`${P}/signup_blocks`, async (req) => {
    await staffRead(ctx, req);
    return listSignupBlocks(ctx);
  });
  app.post(`${P}/signup_blocks`, async (req) => {
    const auth = await adminWrite(ctx, req);
    const b = parse({ kind: v.requiredString({ max: 20 }), value: v.requiredString({ max: 300 }), note: v.string({ max: 1000 }) }, req.body);
    return addSignupBlock(ctx, auth.accountId, b.kind, b.value, b.note ?? "");
  });
  app.delete<{ Params: { id: string } }>(`${P}/signup_blocks/:id`, async (req) => {
    const auth = await adminWrite(ctx, req);
    if (!(await removeSignupBlock(ctx, auth.accountId, req.params.id))) throw new NotFoundError();
    return {};
  });

  app.get(`${P}/decisions`, async (req) => {
    await staffRead(ctx, req);
    const q = parse({ account_id: v.id(), case_id: v.id(), max_id: v.id(), limit: v.int({ min: 1, max: 200 }) }, req.query);
    let query = mdb(ctx.db).selectFrom("moderation_decisions").selectAll().orderBy("id", "desc").limit(q.limit ?? 40);
    if (q.account_id) query = query.where("account_id", "=", q.account_id);
    if (q.case_id) query = query.where("case_id", "=", q.case_id);
    if (q.max_id) query = query.where("id", "<", q.max_id);
    return (await query.execute()).map((d) => {
      const { actions: _raw, ...rest } = toDecision(d);
      return { ...rest, actions: rest.actionList, actionList: undefined };
    });
  });

  app.get(`${P}/audit`, async (req) => {
    await staffRead(ctx, req);
    const q = parse({ before_seq: v.int({ min: 1 }), actor_id: v.id(), limit: v.int({ min: 1, max: 200 }) }, req.query);
    return listAudit(ctx, { beforeSeq: q.before_seq, actorId: q.actor_id, limit: q.limit });
  });
  app.get(`${P}/audit/verify`, async (req) => {
    await staffRead(ctx, req);
    return verifyAuditChain(ctx);
  });
}
