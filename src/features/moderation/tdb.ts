// Decisions exported as statements of reasons in the EU DSA Transparency Database format. Field names
// and enumerations follow the database's API; personal data (names, texts) is never included.
import type { Context } from "../../context.js";
import type { Action } from "./actions.js";
import { effectiveSettings } from "../instance-admin/settings.js";
import { mdb } from "./db.js";
import { toDecision } from "./decisions.js";
import type { Period } from "./transparency.js";

const CATEGORY: Record<string, string> = {
  violence_threat: "STATEMENT_CATEGORY_VIOLENCE",
  violence_incitement: "STATEMENT_CATEGORY_VIOLENCE",
  hate: "STATEMENT_CATEGORY_ILLEGAL_OR_HARMFUL_SPEECH",
  harassment: "STATEMENT_CATEGORY_ILLEGAL_OR_HARMFUL_SPEECH",
  sexual: "STATEMENT_CATEGORY_PORNOGRAPHY_OR_SEXUALIZED_CONTENT",
  self_harm: "STATEMENT_CATEGORY_SELF_HARM",
  spam: "STATEMENT_CATEGORY_SCOPE_OF_PLATFORM_SERVICE",
  illegal_other: "STATEMENT_CATEGORY_OTHER_VIOLATION_TC",
};

const SOURCE: Record<string, string> = {
  notice: "SOURCE_ARTICLE_16",
  report: "SOURCE_TYPE_OTHER_NOTIFICATION",
  automated: "SOURCE_VOLUNTARY",
  rule: "SOURCE_VOLUNTARY",
  staff: "SOURCE_VOLUNTARY",
};

const VISIBILITY: Record<string, string> = {
  remove: "DECISION_VISIBILITY_CONTENT_REMOVED",
  hold: "DECISION_VISIBILITY_CONTENT_DISABLED",
  demote: "DECISION_VISIBILITY_CONTENT_DEMOTED",
  label: "DECISION_VISIBILITY_CONTENT_LABELLED",
  restrict_replies: "DECISION_VISIBILITY_CONTENT_INTERACTION_RESTRICTED",
  restrict_quotes: "DECISION_VISIBILITY_CONTENT_INTERACTION_RESTRICTED",
};

const dateOnly = (iso: string | null) => (iso ? iso.slice(0, 10) : null);

export async function tdbStatements(ctx: Context, p: Period, limit = 1000) {
  const rows = await mdb(ctx.db).selectFrom("moderation_decisions").selectAll().where("kind", "=", "action").where("created_at", ">=", p.from).where("created_at", "<", p.to).orderBy("id").limit(limit).execute();
  // content_date is when the content was posted (for an account: when it was created)
  const statusIds = [...new Set(rows.filter((r) => r.subject_type === "status").map((r) => r.subject_id))];
  const accountIds = [...new Set(rows.filter((r) => r.subject_type === "account").map((r) => r.subject_id))];
  const posted = new Map<string, string>();
  for (let i = 0; i < statusIds.length; i += 500) {
    for (const s of await ctx.db.selectFrom("statuses").select(["id", "created_at"]).where("id", "in", statusIds.slice(i, i + 500)).execute()) posted.set(`status:${s.id}`, s.created_at);
  }
  for (let i = 0; i < accountIds.length; i += 500) {
    for (const a of await ctx.db.selectFrom("accounts").select(["id", "created_at"]).where("id", "in", accountIds.slice(i, i + 500)).execute()) posted.set(`account:${a.id}`, a.created_at);
  }
  const platformName = (await effectiveSettings(ctx)).name;
  return rows.map((row) => {
    const d = toDecision(row);
    const types = d.actionList.map((a: Action) => a.type);
    const visibility = [...new Set(types.map((t) => VISIBILITY[t]).filter(Boolean))];
    const suspend = d.actionList.find((a) => a.type === "suspend");
    const account = suspend ? (suspend.days ? "DECISION_ACCOUNT_SUSPENDED" : "DECISION_ACCOUNT_TERMINATED") : null;
    const provision = types.includes("limit") || types.includes("freeze") ? "DECISION_PROVISION_PARTIAL_SUSPENSION" : null;
    const illegal = d.ground === "illegal";
    return {
      puid: d.id,
      platform_name: platformName,
      decision_visibility: visibility.length ? visibility : null,
      end_date_visibility_restriction: null,
      decision_monetary: null,
      decision_provision: provision,
      decision_account: account,
      end_date_account_restriction: suspend?.days ? dateOnly(d.ends_at) : null,
      account_type: "ACCOUNT_TYPE_PRIVATE",
      decision_ground: illegal ? "DECISION_GROUND_ILLEGAL_CONTENT" : "DECISION_GROUND_INCOMPATIBLE_CONTENT",
      illegal_content_legal_ground: illegal ? (d.legal_ground ?? "unspecified") : null,
      illegal_content_explanation: illegal ? d.facts : null,
      incompatible_content_ground: illegal ? null : (d.rule_id ?? d.category),
      incompatible_content_explanation: illegal ? null : d.facts,
      incompatible_content_illegal: illegal ? null : "No",
      category: CATEGORY[d.category ?? ""] ?? "STATEMENT_CATEGORY_OTHER_VIOLATION_TC",
      category_specification: [],
      content_type: [d.subject_type === "status" ? "CONTENT_TYPE_TEXT" : "CONTENT_TYPE_OTHER"],
      content_language: d.content_language ? d.content_language.toUpperCase() : null,
      content_date: dateOnly(posted.get(`${d.subject_type}:${d.subject_id}`) ?? d.created_at),
      application_date: dateOnly(d.created_at),
      decision_facts: d.facts,
      source_type: SOURCE[d.source_type] ?? "SOURCE_VOLUNTARY",
      automated_detection: d.automated_detection ? "Yes" : "No",
      automated_decision: d.automated_decision === "fully" ? "AUTOMATED_DECISION_FULLY" : d.automated_decision === "partially" ? "AUTOMATED_DECISION_PARTIALLY" : "AUTOMATED_DECISION_NOT_AUTOMATED",
      territorial_scope: ["EU"],
    };
  });
}
