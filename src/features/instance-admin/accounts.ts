// Staff management of local and known remote accounts, as Mastodon's admin API: listing with filters,
// approving or rejecting pending sign-ups, account actions (disable, silence, sensitive, suspend) and
// their reversals, and role changes. Every change is written to the moderation audit log in the same
// transaction as the change itself.
import type { Context } from "../../context.js";
import { ForbiddenError, NotFoundError, UnprocessableError } from "../../core/errors.js";
import { inTransaction } from "../../db/tx.js";
import type { AccountsTable, Executor, UsersTable } from "../../db/types.js";
import { renderAccounts } from "../../api/mastodon/entities/account.js";
import { invalidateTokenCache, revokeTokens } from "../auth/tokens.js";
import { audit } from "../moderation/audit.js";

export const ROLES = ["user", "moderator", "admin"] as const;
export type StaffRole = (typeof ROLES)[number];
export const ACTION_TYPES = ["none", "sensitive", "disable", "silence", "suspend"] as const;
export type ActionType = (typeof ACTION_TYPES)[number];
export const STATUS_FILTERS = ["active", "pending", "disabled", "silenced", "suspended", "sensitized"] as const;
export type StatusFilter = (typeof STATUS_FILTERS)[number];

export interface AccountFilter {
  origin?: "local" | "remote";
  status?: StatusFilter;
  staff?: boolean;
  role?: StaffRole;
  byDomain?: string;
  username?: string;
  displayName?: string;
  email?: string;
  ip?: string;
  maxId?: string;
  sinceId?: string;
  minId?: string;
  limit: number;
}

type Row = AccountsTable & Partial<Pick<UsersTable, "email" | "role" | "locale" | "approved" | "disabled" | "reason" | "sign_up_ip" | "last_sign_in_at">> & { user_created_at: string | null };

/** Mastodon's role permission bits: administrator (0x1); moderators review, manage users, appeals and the audit log. */
const ROLE_INFO: Record<StaffRole, { id: string; name: string; permissions: string; color: string; highlighted: boolean }> = {
  user: { id: "-99", name: "", permissions: "65536", color: "", highlighted: false },
  moderator: { id: "2", name: "Moderator", permissions: "1820", color: "", highlighted: true },
  admin: { id: "3", name: "Admin", permissions: "1", color: "", highlighted: true },
};

const likeEscape = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

function baseQuery(exec: Executor) {
  return exec
    .selectFrom("accounts")
    .leftJoin("users", "users.account_id", "accounts.id")
    .selectAll("accounts")
    .select(["users.email", "users.role", "users.locale", "users.approved", "users.disabled", "users.reason", "users.sign_up_ip", "users.last_sign_in_at", "users.created_at as user_created_at"]);
}

export async function listAccounts(ctx: Context, f: AccountFilter): Promise<Row[]> {
  let q = baseQuery(ctx.db);
  if (f.origin === "local") q = q.where("accounts.domain", "is", null);
  if (f.origin === "remote") q = q.where("accounts.domain", "is not", null);
  if (f.byDomain) q = q.where("accounts.domain", "=", f.byDomain.toLowerCase());
  switch (f.status) {
    case "active":
      q = q.where("accounts.suspended_at", "is", null).where((eb) => eb.or([eb("users.account_id", "is", null), eb.and([eb("users.approved", "=", 1), eb("users.disabled", "=", 0)])]));
      break;
    case "pending":
      q = q.where("users.approved", "=", 0).where("accounts.suspended_at", "is", null);
      break;
    case "disabled":
      q = q.where("users.disabled", "=", 1);
      break;
    case "silenced":
      q = q.where("accounts.silenced_at", "is not", null);
      break;
    case "suspended":
      q = q.where("accounts.suspended_at", "is not", null);
      break;
    case "sensitized":
      q = q.where("accounts.sensitized_at", "is not", null);
      break;
  }
  if (f.staff) q = q.where("users.role", "in", ["moderator", "admin"]);
  if (f.role) q = f.role === "user" ? q.where("users.role", "=", "user") : q.where("users.role", "=", f.role);
  if (f.username) q = q.where("accounts.acct_lower", "like", `%${likeEscape(f.username.toLowerCase())}%`);
  if (f.displayName) q = q.where("accounts.display_name", "like", `%${likeEscape(f.displayName)}%`);
  if (f.email) q = q.where("users.email_lower", "like", `%${likeEscape(f.email.toLowerCase())}%`);
  if (f.ip) q = q.where("users.sign_up_ip", "=", f.ip);
  if (f.maxId) q = q.where("accounts.id", "<", f.maxId);
  if (f.sinceId) q = q.where("accounts.id", ">", f.sinceId);
  if (f.minId) {
    // min_id pages forward from the oldest side: fetch ascending, return newest first
    const rows = (await q.where("accounts.id", ">", f.minId).orderBy("accounts.id", "asc").limit(f.limit).execute()) as Row[];
    return rows.reverse();
  }
  return (await q.orderBy("accounts.id", "desc").limit(f.limit).execute()) as Row[];
}

async function rowById(exec: Executor, id: string): Promise<Row | undefined> {
  return (await baseQuery(exec).where("accounts.id", "=", id).executeTakeFirst()) as Row | undefined;
}

export async function renderAdminAccounts(ctx: Context, rows: Row[]): Promise<Record<string, unknown>[]> {
  const accounts = await renderAccounts(ctx, rows);
  return rows.map((r) => {
    const local = !r.domain;
    const role = (ROLES as readonly string[]).includes(r.role ?? "") ? (r.role as StaffRole) : "user";
    return {
      id: r.id,
      username: r.username,
      domain: r.domain,
      created_at: r.user_created_at ?? r.created_at,
      email: local ? (r.email ?? "") : "",
      ip: local ? (r.sign_up_ip ?? null) : null,
      ips: local && r.sign_up_ip ? [{ ip: r.sign_up_ip, used_at: r.user_created_at ?? r.created_at }] : [],
      locale: r.locale ?? null,
      invite_request: r.reason ?? null,
      role: { ...ROLE_INFO[role], id: ROLE_INFO[role].id },
      confirmed: local,
      approved: local ? r.approved === 1 : true,
      disabled: r.disabled === 1,
      silenced: !!r.silenced_at,
      suspended: !!r.suspended_at,
      sensitized: !!r.sensitized_at,
      account: accounts.get(r.id),
      created_by_application_id: null,
      invited_by_account_id: null,
      // Rostra: the role as a plain name, and when the user last signed in
      rostra: { role, last_sign_in_at: r.last_sign_in_at ?? null },
    };
  });
}

export async function renderAdminAccount(ctx: Context, row: Row): Promise<Record<string, unknown>> {
  return (await renderAdminAccounts(ctx, [row]))[0];
}

export async function getAccount(ctx: Context, id: string): Promise<Row> {
  const row = await rowById(ctx.db, id);
  if (!row) throw new NotFoundError();
  return row;
}

export interface Actor {
  accountId: string;
  role: string;
}

/** Staff may not act on themselves; moderators may not act on other staff. */
function checkTarget(actor: Actor, target: Row): void {
  if (target.id === actor.accountId) throw new ForbiddenError("You cannot perform this action on your own account");
  if (actor.role !== "admin" && (target.role === "admin" || target.role === "moderator")) throw new ForbiddenError("Only an admin can act on a staff account");
}

function needLocalUser(row: Row): void {
  if (row.domain || row.approved === undefined || row.approved === null) throw new UnprocessableError("This action applies to local accounts only");
}

export async function approve(ctx: Context, actor: Actor, id: string): Promise<Row> {
  const row = await getAccount(ctx, id);
  needLocalUser(row);
  if (row.approved === 1) throw new UnprocessableError("This account is not pending approval");
  await inTransaction(ctx.db, async (trx) => {
    await trx.updateTable("users").set({ approved: 1 }).where("account_id", "=", id).execute();
    await audit(ctx, trx, { actorId: actor.accountId, action: "account.approve", subjectType: "account", subjectId: id, payload: { username: row.username } });
  });
  invalidateTokenCache();
  return (await rowById(ctx.db, id))!;
}

/** Rejecting a pending sign-up deletes it (it never posted: unapproved users cannot sign in), freeing the name. */
export async function reject(ctx: Context, actor: Actor, id: string): Promise<void> {
  const row = await getAccount(ctx, id);
  needLocalUser(row);
  if (row.approved === 1) throw new UnprocessableError("This account is not pending approval");
  await inTransaction(ctx.db, async (trx) => {
    await trx.deleteFrom("tokens").where("account_id", "=", id).execute();
    await trx.deleteFrom("web_sessions").where("account_id", "=", id).execute();
    await trx.deleteFrom("oauth_codes").where("account_id", "=", id).execute();
    await trx.deleteFrom("users").where("account_id", "=", id).execute();
    await trx.deleteFrom("accounts").where("id", "=", id).execute();
    await audit(ctx, trx, { actorId: actor.accountId, action: "account.reject", subjectType: "account", subjectId: id, payload: { username: row.username, email: row.email ?? null } });
  });
}

export async function performAction(ctx: Context, actor: Actor, id: string, type: ActionType, text: string | undefined, reportId: string | undefined): Promise<void> {
  const row = await getAccount(ctx, id);
  checkTarget(actor, row);
  if (type === "disable") needLocalUser(row);
  const now = ctx.clock.now().toISOString();
  const revoke = type === "disable" || type === "suspend";
  await inTransaction(ctx.db, async (trx) => {
    if (type === "disable") await trx.updateTable("users").set({ disabled: 1 }).where("account_id", "=", id).execute();
    if (type === "silence") await trx.updateTable("accounts").set({ silenced_at: now }).where("id", "=", id).where("silenced_at", "is", null).execute();
    if (type === "sensitive") await trx.updateTable("accounts").set({ sensitized_at: now }).where("id", "=", id).where("sensitized_at", "is", null).execute();
    if (type === "suspend") await trx.updateTable("accounts").set({ suspended_at: now }).where("id", "=", id).where("suspended_at", "is", null).execute();
    if (reportId) {
      await trx.updateTable("reports").set({ action_taken_at: now }).where("id", "=", reportId).where("target_account_id", "=", id).execute();
    }
    await audit(ctx, trx, { actorId: actor.accountId, action: `account.${type === "none" ? "warn" : type}`, subjectType: "account", subjectId: id, payload: { username: row.username, text: text ?? "", report_id: reportId ?? null } });
  });
  // signed-in sessions end with the suspension
  if (revoke && !row.domain) await revokeTokens(ctx, { accountId: id });
  invalidateTokenCache();
}

const UNDO = {
  enable: { column: "disabled", action: "account.enable" },
  unsilence: { column: "silenced_at", action: "account.unsilence" },
  unsensitive: { column: "sensitized_at", action: "account.unsensitive" },
  unsuspend: { column: "suspended_at", action: "account.unsuspend" },
} as const;
export type UndoType = keyof typeof UNDO;

export async function undoAction(ctx: Context, actor: Actor, id: string, type: UndoType): Promise<Row> {
  const row = await getAccount(ctx, id);
  checkTarget(actor, row);
  const undo = UNDO[type];
  if (type === "enable") needLocalUser(row);
  const active = type === "enable" ? row.disabled === 1 : !!row[undo.column as "silenced_at" | "sensitized_at" | "suspended_at"];
  if (!active) throw new UnprocessableError(`This account is not ${{ enable: "disabled", unsilence: "silenced", unsensitive: "marked sensitive", unsuspend: "suspended" }[type]}`);
  await inTransaction(ctx.db, async (trx) => {
    if (type === "enable") await trx.updateTable("users").set({ disabled: 0 }).where("account_id", "=", id).execute();
    else await trx.updateTable("accounts").set({ [undo.column]: null }).where("id", "=", id).execute();
    await audit(ctx, trx, { actorId: actor.accountId, action: undo.action, subjectType: "account", subjectId: id, payload: { username: row.username } });
  });
  invalidateTokenCache();
  return (await rowById(ctx.db, id))!;
}

export async function changeRole(ctx: Context, actor: Actor, id: string, role: StaffRole): Promise<Row> {
  const row = await getAccount(ctx, id);
  needLocalUser(row);
  if (row.id === actor.accountId) throw new ForbiddenError("You cannot change your own role");
  if (row.role === role) return row;
  await inTransaction(ctx.db, async (trx) => {
    await trx.updateTable("users").set({ role }).where("account_id", "=", id).execute();
    await audit(ctx, trx, { actorId: actor.accountId, action: "account.role", subjectType: "account", subjectId: id, payload: { username: row.username, from: row.role, to: role } });
  });
  // tokens carry the role from a cached lookup: a demoted moderator must lose staff access now
  invalidateTokenCache();
  return (await rowById(ctx.db, id))!;
}
