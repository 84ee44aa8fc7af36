// Account routes: registration, own profile, lookup and fetch by id.
import type { FastifyInstance } from "fastify";
import type { Context } from "../../context.js";
import { ForbiddenError, NotFoundError, UnprocessableError } from "../../core/errors.js";
import { parse, v } from "../../core/validate.js";
import { renderAccount, renderCredentialAccount } from "../../api/mastodon/entities/account.js";
import { requireApp, requireUser, optionalUser } from "../../api/mastodon/auth.js";
import { issueToken } from "../auth/tokens.js";
import { registrationMode } from "../instance-admin/settings.js";
import { accountByAcct, accountById } from "./queries.js";
import { createLocalUser } from "./register.js";
import { updateProfile } from "./profile.js";

const registerShape = {
  username: v.requiredString({ max: 30 }),
  email: v.requiredString({ max: 320 }),
  password: v.requiredString({ max: 1024 }),
  agreement: v.boolean(),
  locale: v.string({ max: 16 }),
  reason: v.string({ max: 1000 }),
};

export async function accountRoutes(app: FastifyInstance, ctx: Context): Promise<void> {
  app.post("/api/v1/accounts", async (req) => {
    const auth = await requireApp(ctx, req, "write:accounts");
    if ((await registrationMode(ctx)) === "closed") throw new ForbiddenError("Registrations are closed on this server");
    const input = parse(registerShape, req.body);
    if (input.agreement !== true) throw new UnprocessableError("Validation failed: Agreement must be accepted", { agreement: [{ error: "ERR_ACCEPTED", description: "must be accepted" }] });
    const id = await createLocalUser(ctx, { ...input, ip: req.ip });
    const token = await issueToken(ctx.db, { appId: auth.appId, accountId: id, scopes: auth.scopes });
    return { access_token: token.token, token_type: "Bearer", scope: auth.scopes.join(" "), created_at: Math.floor(Date.parse(token.createdAt) / 1000) };
  });

  app.get("/api/v1/accounts/verify_credentials", async (req) => {
    const auth = await requireUser(ctx, req, ["read:accounts", "profile"]);
    const row = await accountById(ctx.db, auth.accountId);
    if (!row) throw new NotFoundError();
    return renderCredentialAccount(ctx, row);
  });

  app.patch("/api/v1/accounts/update_credentials", async (req) => {
    const auth = await requireUser(ctx, req, "write:accounts");
    await updateProfile(ctx, auth.accountId, req.body, req.uploads ?? {});
    const row = await accountById(ctx.db, auth.accountId);
    return renderCredentialAccount(ctx, row!);
  });

  app.get("/api/v1/accounts/lookup", async (req) => {
    await optionalUser(ctx, req, "read:accounts");
    const { acct } = parse({ acct: v.requiredString({ max: 400 }) }, req.query);
    const row = await accountByAcct(ctx.db, acct, ctx.config.domain);
    if (!row) throw new NotFoundError();
    return renderAccount(ctx, row);
  });

  app.get<{ Params: { id: string } }>("/api/v1/accounts/:id", async (req) => {
    await optionalUser(ctx, req, "read:accounts");
    const row = await accountById(ctx.db, req.params.id);
    if (!row) throw new NotFoundError();
    return renderAccount(ctx, row);
  });
}
