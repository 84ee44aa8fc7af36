// Filing a report: validated against the target's statuses and the server's rules, stored as one
// row in `reports` together with its moderation intake and the staff's `admin.report` notifications.
import type { Context } from "../../context.js";
import { NotFoundError, UnprocessableError } from "../../core/errors.js";
import { newId } from "../../core/ids.js";
import { parse, v } from "../../core/validate.js";
import type { ReportsTable } from "../../db/types.js";
import { accountById } from "../accounts/queries.js";
import { planReportIntake, recordReportIntake } from "../moderation/intake.js";
import { notifyStaffOfReport } from "../moderation/staff-notify.js";
import { deliverNotifications } from "../notifications/create.js";
import { statusesByIds } from "../statuses/queries.js";
import { canView } from "../statuses/visibility.js";

export const REPORT_CATEGORIES = ["spam", "legal", "violation", "other"] as const;
export const MAX_REPORT_STATUSES = 100;

const reportShape = {
  account_id: v.id(),
  status_ids: v.array(v.id(), { max: MAX_REPORT_STATUSES }),
  comment: v.string({ max: 1000 }),
  category: v.oneOf(REPORT_CATEGORIES),
  rule_ids: v.array(v.id(), { max: 50 }),
  forward: v.boolean(),
};

function invalid(field: string, description: string): never {
  throw new UnprocessableError(`Validation failed: ${field} ${description}`, { [field]: [{ error: "ERR_INVALID", description }] });
}

export async function fileReport(ctx: Context, reporterId: string, body: unknown): Promise<ReportsTable> {
  const input = parse(reportShape, body);
  if (!input.account_id) invalid("account_id", "can't be blank");
  const target = await accountById(ctx.db, input.account_id);
  if (!target) throw new NotFoundError();
  if (target.id === reporterId) invalid("account_id", "cannot be your own account");

  const statusIds = [...new Set(input.status_ids ?? [])];
  if (statusIds.length) {
    const rows = await statusesByIds(ctx.db, statusIds);
    for (const id of statusIds) {
      const row = rows.get(id);
      // missing, someone else's and invisible statuses get the same answer: no existence oracle
      if (!row || row.account_id !== target.id || !(await canView(ctx.db, { accountId: reporterId }, row))) {
        invalid("status_ids", "must be statuses of the reported account");
      }
    }
  }

  const ruleIds = [...new Set(input.rule_ids ?? [])];
  // like Mastodon: naming rules implies a violation report, and only violations keep rule ids
  const category = input.category ?? (ruleIds.length ? "violation" : "other");
  if (category === "violation") {
    if (ruleIds.length === 0) invalid("rule_ids", "can't be blank for a rule violation");
    const rules = await ctx.db.selectFrom("rules").select("id").where("id", "in", ruleIds).execute();
    if (rules.length !== ruleIds.length) invalid("rule_ids", "must be rules of this server");
  }

  const row: ReportsTable = {
    id: newId(),
    account_id: reporterId,
    target_account_id: target.id,
    status_ids: JSON.stringify(statusIds),
    rule_ids: JSON.stringify(category === "violation" ? ruleIds : []),
    comment: input.comment ?? "",
    category,
    // forwarding only means something for remote accounts
    forward: input.forward && target.domain ? 1 : 0,
    created_at: ctx.clock.now().toISOString(),
    action_taken_at: null,
  };
  // the detector runs before the write transaction; the report, its signals on the cases and the staff's
  // notifications then commit together, so a crash cannot keep a report that moderation never saw
  const intake = await planReportIntake(ctx, ctx.db, row);
  const notificationIds = await ctx.db.transaction().execute(async (trx) => {
    await trx.insertInto("reports").values(row).execute();
    await recordReportIntake(ctx, trx, intake);
    return notifyStaffOfReport(trx, row);
  });
  await deliverNotifications(ctx, notificationIds);
  return row;
}
