// What a notification carries besides its account and status: `moderation_warning` (an AccountWarning
// built from the decision) and `report` (for admin.report), found through notifications.target_id.
import type { Context } from "../../context.js";
import { renderAccounts } from "../../api/mastodon/entities/account.js";
import { moderationWarnings, reportOutcomePayloads } from "../moderation/messages.js";
import { renderReport } from "../reports/entity.js";

type Json = Record<string, unknown>;

interface Row {
  id: string;
  type: string;
  group_key: string;
  account_id: string;
}

const targetOf = (r: Row): string | null => ((r as { target_id?: string | null }).target_id ?? null);

/** Extra fields per notification id, to merge into the Notification (or NotificationGroup) JSON. */
export async function notificationPayloads(ctx: Context, rows: readonly Row[]): Promise<Map<string, Json>> {
  const out = new Map<string, Json>();
  const warnings = rows.filter((r) => r.type === "moderation_warning");
  if (warnings.length) {
    const recipients = [...new Set(warnings.map((r) => r.account_id))];
    const accounts = await renderAccounts(ctx, await ctx.db.selectFrom("accounts").selectAll().where("id", "in", recipients).execute());
    for (const [id, warning] of await moderationWarnings(ctx.db, warnings.map((r) => ({ ...r, target_id: targetOf(r) })), accounts)) out.set(id, { moderation_warning: warning });
  }
  const reports = rows.filter((r) => r.type === "admin.report" && targetOf(r));
  if (reports.length) {
    const found = await ctx.db.selectFrom("reports").selectAll().where("id", "in", reports.map((r) => targetOf(r)!)).execute();
    const byId = new Map(found.map((r) => [r.id, r]));
    for (const r of reports) {
      const report = byId.get(targetOf(r)!);
      if (report) out.set(r.id, { report: await renderReport(ctx, report) });
    }
  }
  // a reporter's answer: their report, the outcome and a fallback text (moderation/messages.ts)
  for (const [id, payload] of await reportOutcomePayloads(ctx, rows.map((r) => ({ ...r, target_id: targetOf(r) })))) out.set(id, payload);
  return out;
}
