// The Report entity as the reporter sees it (Mastodon's REST::ReportSerializer).
import { renderAccount } from "../../api/mastodon/entities/account.js";
import type { Context } from "../../context.js";
import { parseJson } from "../../core/json.js";
import type { ReportsTable } from "../../db/types.js";
import { accountById } from "../accounts/queries.js";

export async function renderReport(ctx: Context, r: ReportsTable): Promise<Record<string, unknown>> {
  const target = await accountById(ctx.db, r.target_account_id);
  const statusIds = parseJson<string[]>(r.status_ids, []);
  const ruleIds = parseJson<string[]>(r.rule_ids, []);
  return {
    id: r.id,
    action_taken: r.action_taken_at !== null,
    action_taken_at: r.action_taken_at,
    category: r.category,
    comment: r.comment,
    forwarded: r.forward === 1,
    created_at: r.created_at,
    status_ids: statusIds.length ? statusIds : null,
    rule_ids: ruleIds.length ? ruleIds : null,
    target_account: target ? await renderAccount(ctx, target) : null,
  };
}
