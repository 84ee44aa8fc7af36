// Instance administration API. Mastodon-compatible where Mastodon has a route (admin accounts and
// their actions, v1 and v2 listing filters); Rostra's own under /api/v1/rostra/admin for role changes
// and instance settings. Moderators review sign-ups and act on accounts; only admins change roles
// and settings.
import type { FastifyInstance, FastifyRequest } from "fastify";
import { readPage, setLinkHeader } from "../../api/mastodon/paging.js";
import { adminWrite, staffRead, staffWrite } from "../../api/admin/guard.js";
import type { Context } from "../../context.js";
import { BadRequestError } from "../../core/errors.js";
import { parse, v } from "../../core/validate.js";
import {
  ACTION_TYPES, type AccountFilter, approve, changeRole, getAccount, listAccounts, performAction, reject, renderAdminAccount,
  renderAdminAccounts, ROLES, STATUS_FILTERS, type StatusFilter, type UndoType, undoAction,
} from "./accounts.js";
import { MOD_CATEGORIES } from "../moderation/policy-store.js";
import { adminView, LIMITS, REGISTRATION_MODES, updateSettings } from "./settings.js";

const P = "/api/v1/rostra/admin";

const searchShape = {
  username: v.string({ max: 100, trim: true }),
  display_name: v.string({ max: 100, trim: true }),
  email: v.string({ max: 320, trim: true }),
  ip: v.string({ max: 64, trim: true }),
  by_domain: v.string({ max: 255, trim: true }),
  role: v.oneOf(ROLES),
};

function v1Filter(query: unknown): AccountFilter {
  const q = parse({
    ...searchShape, local: v.boolean(), remote: v.boolean(), active: v.boolean(), pending: v.boolean(), disabled: v.boolean(),
    silenced: v.boolean(), suspended: v.boolean(), sensitized: v.boolean(), staff: v.boolean(),
  }, query);
  const statuses = (["active", "pending", "disabled", "silenced", "suspended", "sensitized"] as const).filter((s) => q[s]);
  if (statuses.length > 1) throw new BadRequestError("Choose at most one of active, pending, disabled, silenced, suspended, sensitized");
  if (q.local && q.remote) throw new BadRequestError("Choose local or remote, not both");
  return {
    ...common(q), origin: q.local ? "local" : q.remote ? "remote" : undefined, status: statuses[0], staff: q.staff, ...readPage(query, 100, 200),
  };
}

function v2Filter(query: unknown): AccountFilter {
  const q = parse({ ...searchShape, origin: v.oneOf(["local", "remote"] as const), status: v.oneOf(STATUS_FILTERS), permissions: v.oneOf(["staff"] as const) }, query);
  return { ...common(q), origin: q.origin, status: q.status as StatusFilter | undefined, staff: q.permissions === "staff", ...readPage(query, 100, 200) };
}

function common(q: { username?: string; display_name?: string; email?: string; ip?: string; by_domain?: string; role?: (typeof ROLES)[number] }) {
  return { username: q.username || undefined, displayName: q.display_name || undefined, email: q.email || undefined, ip: q.ip || undefined, byDomain: q.by_domain || undefined, role: q.role };
}

type IdReq = FastifyRequest<{ Params: { id: string } }>;

function accountId(req: IdReq): string {
  return parse({ id: v.id() }, req.params).id ?? "";
}

export async function instanceAdminRoutes(app: FastifyInstance, ctx: Context): Promise<void> {
  const list = (filter: (q: unknown) => AccountFilter) => async (req: FastifyRequest, reply: import("fastify").FastifyReply) => {
    await staffRead(ctx, req);
    const f = filter(req.query);
    const rows = await listAccounts(ctx, f);
    setLinkHeader(ctx, req, reply, rows.map((r) => r.id));
    return renderAdminAccounts(ctx, rows);
  };
  app.get("/api/v1/admin/accounts", list(v1Filter));
  app.get("/api/v2/admin/accounts", list(v2Filter));

  app.get<{ Params: { id: string } }>("/api/v1/admin/accounts/:id", async (req) => {
    await staffRead(ctx, req);
    return renderAdminAccount(ctx, await getAccount(ctx, accountId(req)));
  });

  app.post<{ Params: { id: string } }>("/api/v1/admin/accounts/:id/approve", async (req) => {
    const auth = await staffWrite(ctx, req);
    return renderAdminAccount(ctx, await approve(ctx, auth, accountId(req)));
  });

  app.post<{ Params: { id: string } }>("/api/v1/admin/accounts/:id/reject", async (req) => {
    const auth = await staffWrite(ctx, req);
    const id = accountId(req);
    const view = await renderAdminAccount(ctx, await getAccount(ctx, id));
    await reject(ctx, auth, id);
    return view;
  });

  // Mastodon answers {} here. The action becomes a moderation decision (accounts.ts); `category` is a
  // Rostra extension choosing the policy rule. send_email_notification is accepted and has no effect:
  // the person is always told in the app, because the statement of reasons is how they can appeal.
  app.post<{ Params: { id: string } }>("/api/v1/admin/accounts/:id/action", async (req) => {
    const auth = await staffWrite(ctx, req);
    const id = accountId(req);
    const body = parse({
      type: v.oneOf(ACTION_TYPES), text: v.string({ max: 5000 }), report_id: v.id(), warning_preset_id: v.id(), send_email_notification: v.boolean(),
      category: v.oneOf(MOD_CATEGORIES),
    }, req.body);
    await performAction(ctx, auth, id, { type: body.type ?? "none", text: body.text, reportId: body.report_id, warningPresetId: body.warning_preset_id, category: body.category });
    return {};
  });

  for (const type of ["enable", "unsilence", "unsensitive", "unsuspend"] as UndoType[]) {
    app.post<{ Params: { id: string } }>(`/api/v1/admin/accounts/:id/${type}`, async (req) => {
      const auth = await staffWrite(ctx, req);
      const id = accountId(req);
      // Mastodon sends no body; `reason` (Rostra) goes into the reversal the person is told about
      const body = parse({ reason: v.string({ max: 5000 }) }, req.body);
      return renderAdminAccount(ctx, await undoAction(ctx, auth, id, type, body.reason));
    });
  }

  app.post<{ Params: { id: string } }>(`${P}/accounts/:id/role`, async (req) => {
    const auth = await adminWrite(ctx, req);
    const body = parse({ role: v.oneOf(ROLES) }, req.body);
    if (!body.role) throw new BadRequestError(`role is required: one of ${ROLES.join(", ")}`);
    return renderAdminAccount(ctx, await changeRole(ctx, auth, accountId(req), body.role));
  });

  app.get(`${P}/instance`, async (req) => {
    await staffRead(ctx, req);
    return adminView(ctx);
  });

  app.put(`${P}/instance`, async (req) => {
    const auth = await adminWrite(ctx, req);
    const body = parse({
      name: v.string({ max: LIMITS.name, trim: true }),
      description: v.string({ max: LIMITS.description }),
      registrations: v.oneOf(REGISTRATION_MODES),
      closed_registrations_message: v.string({ max: LIMITS.closedMessage }),
      rules: v.array(v.object({ id: v.id(), text: v.requiredString({ max: LIMITS.ruleText }), hint: v.string({ max: LIMITS.ruleHint }) }), { max: LIMITS.rules }),
    }, req.body);
    const rawRules = (req.body as Record<string, unknown> | null)?.rules;
    await updateSettings(ctx, auth.accountId, {
      name: body.name,
      description: body.description,
      registrations: body.registrations,
      closed_registrations_message: body.closed_registrations_message,
      // `rules: []` clears the list; an absent key leaves it alone
      rules: body.rules ? body.rules.map((r) => ({ id: r.id, text: r.text, hint: r.hint ?? "" })) : Array.isArray(rawRules) ? [] : undefined,
    });
    return adminView(ctx);
  });
}
