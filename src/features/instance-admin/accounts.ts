// Staff management of local and known remote accounts, as Mastodon's admin API: listing with filters,
// approving or rejecting pending sign-ups, account actions (disable, silence, sensitive, suspend) and
// their reversals, and role changes. Account actions are moderation decisions (a statement of reasons
// the person is told about and can appeal); lifting one reverses the decision. Every change is written
// to the moderation audit log.
import type { Context } from "../../context.js";
import { AppError, ForbiddenError, NotFoundError, UnprocessableError, ValidationError } from "../../core/errors.js";
import { inTransaction } from "../../db/tx.js";
import type { AccountsTable, Executor, UsersTable } from "../../db/types.js";
import { renderAccounts } from "../../api/mastodon/entities/account.js";
import { invalidateTokenCache } from "../auth/tokens.js";
import { reverseDecision } from "../moderation/appeals.js";
import { audit } from "../moderation/audit.js";
import { addSignal, type Subject } from "../moderation/cases.js";
import { mdb } from "../moderation/db.js";
import { type Decision, emptyAfter, recordDecision, runAfterCommit, standingDecisions, toDecision } from "../moderation/decisions.js";
import { type Lang, langOf } from "../moderation/i18n.js";
import { currentPolicy, type ModCategory, policyVersion } from "../moderation/policy-store.js";
import { renderedChanged } from "../moderation/render-changes.js";
import { casesOfReport } from "../moderation/report-work.js";

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

/** Mastodon's account action types, as the actions of a moderation decision. */
export const DECISION_ACTION: Record<ActionType, "warn" | "force_sensitive" | "freeze" | "limit" | "suspend"> = {
  none: "warn",
  sensitive: "force_sensitive",
  disable: "freeze",
  silence: "limit",
  suspend: "suspend",
};

/**
 * The facts of the statement of reasons when the moderator wrote none. Mastodon lets `text` be empty, but
 * the person still reads a statement, so it says at least what was done. In the moderator's language: the
 * facts are the moderator's own words, whichever API they used.
 */
const DEFAULT_FACTS: Record<Lang, Record<ActionType, string> & { report: string }> = {
  en: {
    none: "A moderator warned this account.",
    sensitive: "A moderator marked the media of this account as sensitive.",
    disable: "A moderator froze this account.",
    silence: "A moderator limited this account.",
    suspend: "A moderator suspended this account.",
    report: "This followed a report the moderator reviewed.",
  },
  vi: {
    none: "Người kiểm duyệt đã cảnh cáo tài khoản này.",
    sensitive: "Người kiểm duyệt đã đánh dấu nhạy cảm các tệp đa phương tiện của tài khoản này.",
    disable: "Người kiểm duyệt đã đóng băng tài khoản này.",
    silence: "Người kiểm duyệt đã hạn chế tài khoản này.",
    suspend: "Người kiểm duyệt đã đình chỉ tài khoản này.",
    report: "Quyết định này được đưa ra sau khi người kiểm duyệt xem xét một báo cáo.",
  },
};

async function staffLang(exec: Executor, accountId: string): Promise<Lang> {
  const u = await exec.selectFrom("users").select("locale").where("account_id", "=", accountId).executeTakeFirst();
  return langOf(u?.locale);
}

export interface ActionInput {
  type: ActionType;
  text?: string;
  reportId?: string;
  warningPresetId?: string;
  /** Rostra extension: the policy category (and so the rule) the decision applies */
  category?: ModCategory;
}

/** Where the decision is recorded: the report's case when it names one, else the account's own case. */
async function caseFor(ctx: Context, accountId: string, reportId: string | undefined): Promise<{ subject: Subject; category: string | null; reportId: string | null }> {
  const own = await mdb(ctx.db).selectFrom("moderation_cases").select("category").where("subject_type", "=", "account").where("subject_id", "=", accountId).executeTakeFirst();
  const accountCase = { subject: { type: "account" as const, id: accountId }, category: own?.category ?? null, reportId: reportId ?? null };
  if (!reportId) return accountCase;
  const report = await ctx.db.selectFrom("reports").select(["id", "target_account_id", "category"]).where("id", "=", reportId).executeTakeFirst();
  if (!report || report.target_account_id !== accountId) throw new ValidationError("report_id does not name a report about this account", { field: "report_id" });
  const cases = await casesOfReport(ctx, report.id);
  const onAccount = cases.find((c) => c.subject_type === "account" && c.subject_id === accountId);
  if (onAccount) return { ...accountCase, category: onAccount.category ?? accountCase.category };
  for (const c of cases) {
    // A person's decision on a post's case releases a post the automation held unless it removes it
    // (decisions.ts). An account action says nothing about the post, so such a case is left for a
    // decision about the post itself, and the account's own case takes this one.
    const standing = await standingDecisions(ctx.db, c.id);
    if (standing.some((d) => !d.decided_by && d.actionList.some((a) => a.type === "hold"))) continue;
    return { subject: { type: c.subject_type as Subject["type"], id: c.subject_id }, category: c.category, reportId: report.id };
  }
  return { ...accountCase, category: accountCase.category ?? REPORT_CATEGORY[report.category] ?? null };
}

/** Mastodon's report categories, as the policy categories their intake uses (moderation/intake.ts). */
const REPORT_CATEGORY: Record<string, ModCategory> = { spam: "spam", legal: "illegal_other", violation: "harassment", other: "harassment" };

/**
 * Mastodon's account action, taken as a moderation decision: a staff signal on the case (the report's
 * when `report_id` names one, else the account's), then a decision with a statement of reasons the
 * person is told about and can appeal. The report is marked handled in the same transaction.
 */
export async function performAction(ctx: Context, actor: Actor, id: string, input: ActionInput): Promise<{ decisionId: string }> {
  const row = await getAccount(ctx, id);
  checkTarget(actor, row);
  if (input.type === "disable") needLocalUser(row);
  // Rostra keeps no warning presets; ignoring one would send a statement without the text it stands for
  if (input.warningPresetId) throw new ValidationError("warning presets are not available on this server; write the reasons in text", { field: "warning_preset_id" });
  const target = await caseFor(ctx, id, input.reportId);
  const tr = DEFAULT_FACTS[await staffLang(ctx.db, actor.accountId)];
  const facts = input.text?.trim() || (target.reportId ? `${tr[input.type]} ${tr.report}` : tr[input.type]);
  // An account case needs a category for its rule; with nothing better known, the policy's catch-all
  // (the same default as the console's account decisions) — clients may send `category` to be precise.
  const category = input.category ?? target.category ?? (input.type === "sensitive" ? "sexual" : "illegal_other");
  const action = DECISION_ACTION[input.type];
  const after = emptyAfter();
  const decision = await ctx.db.transaction().execute(async (trx) => {
    const caseId = await addSignal(
      ctx, trx, target.subject,
      { source: "staff", category, score: 1, reason: `account action (${input.type})`, ...(target.reportId ? { report_id: target.reportId } : {}) },
      { actorId: actor.accountId, accountId: id },
    );
    const d = await recordDecision(ctx, trx, { caseId, moderatorId: actor.accountId, actions: [{ type: action }], facts, category }, after);
    const now = ctx.clock.now().toISOString();
    if (target.reportId) await trx.updateTable("reports").set({ action_taken_at: now }).where("id", "=", target.reportId).where("action_taken_at", "is", null).execute();
    // the audit log keeps Mastodon's action name too, linked to the decision it became
    await audit(ctx, trx, {
      actorId: actor.accountId, action: `account.${input.type === "none" ? "warn" : input.type}`, subjectType: "account", subjectId: id,
      payload: { username: row.username, decision_id: d.id, case_id: caseId, report_id: target.reportId },
    });
    return d;
  });
  await runAfterCommit(ctx, after);
  invalidateTokenCache();
  return { decisionId: decision.id };
}

/** Each lift, the decision action that imposes the state it ends, and the state's column. */
const UNDO = {
  enable: { imposed: "freeze", action: "account.enable" },
  unsilence: { imposed: "limit", action: "account.unsilence" },
  unsensitive: { imposed: "force_sensitive", action: "account.unsensitive" },
  unsuspend: { imposed: "suspend", action: "account.unsuspend" },
} as const;
export type UndoType = keyof typeof UNDO;

const NOT_ACTIVE: Record<UndoType, string> = { enable: "disabled", unsilence: "silenced", unsensitive: "marked sensitive", unsuspend: "suspended" };

/** The reversal's reason when the moderator gave none, in the moderator's language. */
const DEFAULT_LIFT: Record<Lang, Record<UndoType, string>> = {
  en: {
    enable: "a moderator unfroze the account",
    unsilence: "a moderator lifted the limit on the account",
    unsensitive: "a moderator lifted the sensitive mark on the account's media",
    unsuspend: "a moderator lifted the suspension of the account",
  },
  vi: {
    enable: "người kiểm duyệt đã mở đóng băng tài khoản",
    unsilence: "người kiểm duyệt đã dỡ bỏ hạn chế tài khoản",
    unsensitive: "người kiểm duyệt đã bỏ đánh dấu nhạy cảm các tệp của tài khoản",
    unsuspend: "người kiểm duyệt đã dỡ bỏ đình chỉ tài khoản",
  },
};

/** Actions a reversal ends along with the lifted state without changing anything else the person sees. */
const INCIDENTAL = new Set(["none", "warn", "strike", "restore"]);

/** 409 for a refused lift; `details.code` says why: "final", "other_actions" or "pending_appeal". */
export class LiftConflictError extends AppError {
  constructor(message: string, details?: { code: "final" | "other_actions" | "pending_appeal"; decision_id: string; [k: string]: unknown }) {
    super(409, message, undefined, details);
  }
}

/** Standing decisions that impose `type` on the account (the same test as the lift in actions.ts). */
async function imposing(ctx: Context, accountId: string, type: string): Promise<Decision[]> {
  const rows = await mdb(ctx.db).selectFrom("moderation_decisions").selectAll().where("account_id", "=", accountId).orderBy("id").execute();
  const superseded = new Set(rows.map((r) => r.supersedes_id).filter(Boolean));
  const now = ctx.clock.now().toISOString();
  return rows
    .filter((r) => !superseded.has(r.id) && r.kind !== "reversal" && (type !== "suspend" || !r.ends_at || r.ends_at > now))
    .map(toDecision)
    .filter((d) => d.actionList.some((a) => a.type === type));
}

/**
 * Mastodon's unsuspend, unsilence, unsensitive and enable. A state a decision imposed is lifted by
 * reversing that decision, so the person is told and the reversal is recorded and audited like any
 * other; a state set without a decision (data from before decisions existed) is lifted directly and
 * audited. A decision that also does something else (removes a post, suspends besides limiting) is not
 * reversed from here, because lifting one state must not silently undo another: that is answered 409.
 */
export async function undoAction(ctx: Context, actor: Actor, id: string, type: UndoType, reason?: string): Promise<Row> {
  const row = await getAccount(ctx, id);
  checkTarget(actor, row);
  const undo = UNDO[type];
  if (type === "enable") needLocalUser(row);
  const active = type === "enable" ? row.disabled === 1 : !!row[({ unsilence: "silenced_at", unsensitive: "sensitized_at", unsuspend: "suspended_at" } as const)[type]];
  if (!active) throw new UnprocessableError(`This account is not ${NOT_ACTIVE[type]}`);

  const decisions = await imposing(ctx, id, undo.imposed);
  // every check before the first reversal, so a refusal leaves nothing half done
  for (const d of decisions) {
    const policy = (await policyVersion(ctx, d.policy_version)) ?? (await currentPolicy(ctx));
    const final = new Set(policy.finalActions ?? []);
    if (final.has(undo.imposed)) {
      throw new LiftConflictError(`Decision ${d.id} imposed this under a policy that makes it final; it cannot be lifted`, { code: "final", decision_id: d.id });
    }
    const others = d.actionList.filter((a) => a.type !== undo.imposed && !INCIDENTAL.has(a.type) && !final.has(a.type)).map((a) => a.type);
    if (others.length) {
      throw new LiftConflictError(
        `Decision ${d.id} also imposed ${[...new Set(others)].join(", ")}; reverse the whole decision from the moderation console (POST /api/v1/rostra/admin/decisions/${d.id}/reverse)`,
        { code: "other_actions", decision_id: d.id, actions: others },
      );
    }
    const appeal = await mdb(ctx.db).selectFrom("moderation_appeals").select("id").where("decision_id", "=", d.id).executeTakeFirst();
    if (appeal && !(await mdb(ctx.db).selectFrom("moderation_appeal_outcomes").select("appeal_id").where("appeal_id", "=", appeal.id).executeTakeFirst())) {
      throw new LiftConflictError(`Decision ${d.id} has a pending appeal (${appeal.id}); answer the appeal instead`, { code: "pending_appeal", decision_id: d.id, appeal_id: appeal.id });
    }
  }

  if (decisions.length > 0) {
    const why = reason?.trim() || DEFAULT_LIFT[await staffLang(ctx.db, actor.accountId)][type];
    const reversals: string[] = [];
    // with two decisions imposing the same state, the first reversal keeps it (actions.ts) and the last lifts it
    for (const d of decisions) reversals.push((await reverseDecision(ctx, d.id, actor.accountId, why)).id);
    await audit(ctx, ctx.db, { actorId: actor.accountId, action: undo.action, subjectType: "account", subjectId: id, payload: { username: row.username, reversed_ids: decisions.map((d) => d.id), reversal_ids: reversals } });
  } else {
    await inTransaction(ctx.db, async (trx) => {
      if (type === "enable") await trx.updateTable("users").set({ disabled: 0 }).where("account_id", "=", id).execute();
      else await trx.updateTable("accounts").set({ [{ unsilence: "silenced_at", unsensitive: "sensitized_at", unsuspend: "suspended_at" }[type]]: null }).where("id", "=", id).execute();
      await audit(ctx, trx, { actorId: actor.accountId, action: undo.action, subjectType: "account", subjectId: id, payload: { username: row.username, without_decision: true, reason: reason?.trim() || null } });
    });
    // the account's posts render differently once it is no longer limited, sensitive or suspended
    if (type !== "enable") renderedChanged(ctx, { statusIds: [], accountIds: [id] });
  }
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
