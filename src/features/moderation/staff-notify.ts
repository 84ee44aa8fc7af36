// Telling staff about new work through the notifications feature: `admin.report` when a report is filed
// and `admin.sign_up` when a sign-up waits for approval, to every active moderator and admin.
import type { Context } from "../../context.js";
import type { Executor, ReportsTable } from "../../db/types.js";
import { createNotifications, deliverNotifications } from "../notifications/create.js";

export const STAFF_ROLES = ["moderator", "admin"] as const;
export const SIGN_UP_JOB = "moderation.staff_sign_up";

/** Local moderators and admins who can act: not frozen, not suspended. */
export async function activeStaffIds(exec: Executor): Promise<string[]> {
  const rows = await exec
    .selectFrom("users")
    .innerJoin("accounts", "accounts.id", "users.account_id")
    .select("users.account_id")
    .where("users.role", "in", [...STAFF_ROLES])
    .where("users.disabled", "=", 0)
    .where("accounts.suspended_at", "is", null)
    .orderBy("users.account_id")
    .execute();
  return rows.map((r) => r.account_id);
}

/** Inside the transaction that stores the report; returns the ids to deliver after commit. */
export async function notifyStaffOfReport(trx: Executor, report: ReportsTable): Promise<string[]> {
  const staff = await activeStaffIds(trx);
  // a report from another server has no local reporter: the notification then shows the reported account
  const from = report.account_id ?? report.target_account_id;
  return createNotifications(trx, staff.map((accountId) => ({ accountId, fromAccountId: from, type: "admin.report" as const, targetId: report.id })));
}

/**
 * For registration: call inside the transaction that creates an account awaiting approval. The job
 * commits with the account, so staff hear of every pending sign-up even if the process stops.
 */
export async function queueSignUpNotice(ctx: Context, trx: Executor, accountId: string): Promise<void> {
  await ctx.jobs.enqueue(trx, SIGN_UP_JOB, { accountId });
}

/** The job: notify staff who have not yet been told about this sign-up (idempotent). Returns how many were told. */
export async function notifyStaffOfSignUp(ctx: Context, payload: { accountId: string }): Promise<number> {
  const ids = await ctx.db.transaction().execute(async (trx) => {
    const user = await trx.selectFrom("users").select(["approved"]).where("account_id", "=", payload.accountId).executeTakeFirst();
    // approved (or removed) before the job ran: nothing waits for staff any more
    if (!user || user.approved === 1) return [];
    const told = await trx.selectFrom("notifications").select("account_id").where("type", "=", "admin.sign_up").where("from_account_id", "=", payload.accountId).execute();
    const done = new Set(told.map((r) => r.account_id));
    const staff = (await activeStaffIds(trx)).filter((id) => !done.has(id));
    return createNotifications(trx, staff.map((accountId) => ({ accountId, fromAccountId: payload.accountId, type: "admin.sign_up" as const })));
  });
  await deliverNotifications(ctx, ids);
  return ids.length;
}
