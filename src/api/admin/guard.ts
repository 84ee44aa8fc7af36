// Staff authorisation for the admin API: moderators and admins review and decide; only admins change
// the policy, operator rules and sign-up blocks. Roles are checked on the server for every route.
import type { FastifyRequest } from "fastify";
import type { Context } from "../../context.js";
import { ValidationError } from "../../core/errors.js";
import { requireRole, type UserAuth } from "../mastodon/auth.js";
import { type Action, CHOOSABLE } from "../../features/moderation/actions.js";

export const staffRead = (ctx: Context, req: FastifyRequest): Promise<UserAuth> => requireRole(ctx, req, "admin:read", ["moderator", "admin"]);
export const staffWrite = (ctx: Context, req: FastifyRequest): Promise<UserAuth> => requireRole(ctx, req, "admin:write", ["moderator", "admin"]);
export const adminWrite = (ctx: Context, req: FastifyRequest): Promise<UserAuth> => requireRole(ctx, req, "admin:write", ["admin"]);

/** Actions as ["remove", {"type": "suspend", "days": 7}] or "remove,suspend". */
export function parseActions(raw: unknown): Action[] {
  if (raw === undefined || raw === null || raw === "") return [];
  const list = typeof raw === "string" ? raw.split(",") : Array.isArray(raw) ? raw : typeof raw === "object" ? Object.values(raw as object) : [raw];
  if (list.length > 12) throw new ValidationError("actions must have at most 12 items", { field: "actions" });
  return list.map((item, i) => {
    const obj = typeof item === "string" ? { type: item.trim() } : (item as Record<string, unknown> | null);
    if (!obj || typeof obj !== "object" || typeof obj.type !== "string" || !(CHOOSABLE as readonly string[]).includes(obj.type)) {
      throw new ValidationError(`actions[${i}] must be one of: ${CHOOSABLE.join(", ")}`, { field: `actions[${i}]` });
    }
    const days = obj.days === undefined || obj.days === null || obj.days === "" ? undefined : Number(obj.days);
    if (days !== undefined && (!Number.isInteger(days) || days < 1 || days > 3650)) throw new ValidationError(`actions[${i}].days must be 1..3650`, { field: `actions[${i}].days` });
    return { type: obj.type as Action["type"], ...(days ? { days } : {}) };
  });
}
