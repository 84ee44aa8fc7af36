// POST /api/v1/accounts/:id/{follow,unfollow,block,unblock,mute,unmute,note,pin,unpin,endorse,unendorse,
// remove_from_followers} and GET /api/v1/accounts/{relationships,familiar_followers}.
import type { FastifyInstance, FastifyRequest } from "fastify";
import { requireUser } from "../../api/mastodon/auth.js";
import { renderRelationship } from "../../api/mastodon/entities/relationship.js";
import type { Context } from "../../context.js";
import { ValidationError } from "../../core/errors.js";
import { parse, v } from "../../core/validate.js";
import { type AccountRow, accountsByIds } from "../accounts/queries.js";
import { block, endorse, mute, NOTE_MAX, setNote, unblock, unendorse, unmute } from "./block-mute.js";
import { follow, removeFromFollowers, unfollow } from "./follow.js";
import { plausibleId, relationshipBetween } from "./queries.js";
import { relationshipJson, renderAccountList, targetAccount } from "./target.js";

type IdRequest = FastifyRequest<{ Params: { id: string } }>;

const followShape = {
  reblogs: v.boolean(),
  notify: v.boolean(),
  languages: v.array(v.string({ max: 16 }), { max: 100 }),
};
const muteShape = { notifications: v.boolean(), duration: v.int({ min: 0, max: 2_147_483_647 }) };
const noteShape = { comment: v.string({ max: NOTE_MAX }) };
const idsShape = { id: v.array(v.string({ max: 64 }), { max: 1000 }), with_suspended: v.boolean() };

const MAX_RELATIONSHIPS = 200;
const MAX_FAMILIAR = 40;

export async function actionRoutes(app: FastifyInstance, ctx: Context): Promise<void> {
  /** Declares one POST action: scope, then the service call, then the resulting Relationship. */
  const action = (name: string, scope: string, run: (actorId: string, target: AccountRow, body: unknown) => Promise<void>) => {
    app.post(`/api/v1/accounts/:id/${name}`, async (req: IdRequest) => {
      const auth = await requireUser(ctx, req, scope);
      const target = await targetAccount(ctx, req.params.id);
      await run(auth.accountId, target, req.body);
      return relationshipJson(ctx, auth.accountId, target.id);
    });
  };

  action("follow", "write:follows", async (actorId, target, body) => {
    const input = parse(followShape, body);
    if ((input.languages ?? []).some((lang) => !/^[a-z]{2,3}(-[A-Za-z0-9]{1,8})?$/.test(lang))) {
      throw new ValidationError("languages must be ISO 639 language codes", { field: "languages" });
    }
    await follow(ctx, actorId, target, { reblogs: input.reblogs, notify: input.notify, languages: input.languages });
  });
  action("unfollow", "write:follows", (actorId, target) => unfollow(ctx, actorId, target.id));
  action("remove_from_followers", "write:follows", (actorId, target) => removeFromFollowers(ctx, actorId, target.id));
  action("block", "write:blocks", (actorId, target) => block(ctx, actorId, target.id));
  action("unblock", "write:blocks", (actorId, target) => unblock(ctx, actorId, target.id));
  action("mute", "write:mutes", async (actorId, target, body) => {
    const input = parse(muteShape, body);
    await mute(ctx, actorId, target.id, { notifications: input.notifications, durationSeconds: input.duration });
  });
  action("unmute", "write:mutes", (actorId, target) => unmute(ctx, actorId, target.id));
  action("note", "write:accounts", async (actorId, target, body) => {
    const input = parse(noteShape, body);
    await setNote(ctx, actorId, target.id, input.comment ?? "");
  });
  // pin/unpin are the pre-4.4 names of endorse/unendorse; clients still call both
  for (const name of ["pin", "endorse"]) action(name, "write:accounts", (actorId, target) => endorse(ctx, actorId, target.id));
  for (const name of ["unpin", "unendorse"]) action(name, "write:accounts", (actorId, target) => unendorse(ctx, actorId, target.id));

  app.get("/api/v1/accounts/relationships", async (req) => {
    const auth = await requireUser(ctx, req, "read:follows");
    const input = parse(idsShape, req.query);
    const ids = [...new Set((input.id ?? []).filter(plausibleId))].slice(0, MAX_RELATIONSHIPS);
    const accounts = await accountsByIds(ctx.db, ids);
    // unknown ids are left out; suspended ones too unless asked for, as in Mastodon
    const visible = ids.filter((id) => {
      const row = accounts.get(id);
      return row && (input.with_suspended || !row.suspended_at);
    });
    const rels = await relationshipBetween(ctx.db, auth.accountId, visible, ctx.clock.now());
    return rels.map(renderRelationship);
  });

  app.get("/api/v1/accounts/familiar_followers", async (req) => {
    const auth = await requireUser(ctx, req, "read:follows");
    const input = parse(idsShape, req.query);
    const ids = [...new Set((input.id ?? []).filter(plausibleId))].slice(0, MAX_FAMILIAR);
    const byTarget = new Map<string, AccountRow[]>(ids.map((id) => [id, []]));
    if (ids.length > 0) {
      // accounts I follow (f1) that follow each target (f2)
      const rows = await ctx.db
        .selectFrom("follows as f2")
        .innerJoin("follows as f1", (join) => join.onRef("f1.target_account_id", "=", "f2.account_id").on("f1.account_id", "=", auth.accountId))
        .innerJoin("accounts", "accounts.id", "f2.account_id")
        .selectAll("accounts")
        .select("f2.target_account_id as familiar_target")
        .where("f2.target_account_id", "in", ids)
        .where("accounts.suspended_at", "is", null)
        .orderBy("f2.id", "desc")
        .execute();
      for (const { familiar_target, ...account } of rows) byTarget.get(familiar_target)?.push(account);
    }
    const out = [];
    for (const [id, accounts] of byTarget) out.push({ id, accounts: await renderAccountList(ctx, accounts) });
    return out;
  });
}
