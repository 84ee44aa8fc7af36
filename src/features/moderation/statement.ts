// The statement of reasons of a decision, in the reader's language, as JSON and as a standalone page.
import type { Context } from "../../context.js";
import { parseJson } from "../../core/json.js";
import { escapeHtml } from "../../core/text/render.js";
import type { Action } from "./actions.js";
import { appealState } from "./appeals.js";
import { mdb } from "./db.js";
import { type Decision, supersededBy } from "./decisions.js";
import { type Lang, t } from "./i18n.js";
import { policyVersion } from "./policy-store.js";

export async function statementJson(ctx: Context, d: Decision, lang: Lang): Promise<Record<string, unknown>> {
  const tr = t(lang);
  const policy = await policyVersion(ctx, d.policy_version);
  const rule = d.category ? policy?.rules[d.category] : undefined;
  const appealRow = await mdb(ctx.db).selectFrom("moderation_appeals").select("id").where("decision_id", "=", d.id).executeTakeFirst();
  const appeal = appealRow ? await appealState(ctx, appealRow.id) : null;
  const next = await supersededBy(ctx.db, d.id);
  const redress = parseJson<{ appeal_until?: string }>(d.redress, {});
  const status = d.subject_type === "status" ? await ctx.db.selectFrom("statuses").select(["id", "text", "moderation_state", "created_at"]).where("id", "=", d.subject_id).executeTakeFirst() : undefined;
  return {
    id: d.id,
    created_at: d.created_at,
    language: lang,
    kind: d.kind,
    subject: { type: d.subject_type, id: d.subject_id },
    status: status ?? null,
    category: d.category,
    rule: rule ? { id: rule.id, text: rule[lang] } : d.rule_id ? { id: d.rule_id, text: d.rule_id } : null,
    policy_version: d.policy_version,
    ground: d.ground,
    ground_text: d.ground === "illegal" ? tr.groundIllegal : tr.groundTerms,
    legal_ground: d.legal_ground,
    facts: d.facts,
    automated_detection: d.automated_detection === 1,
    automated_decision: d.automated_decision,
    actions: d.actionList.map((a: Action) => ({ type: a.type, text: tr.actionNames[a.type] ?? a.type, days: a.days ?? null, ladder: !!a.ladder, final: !!policy?.finalActions?.includes(a.type), kept: !!a.kept })),
    ends_at: d.ends_at,
    redress: { appeal_until: redress.appeal_until ?? null, text: tr.redressText((redress.appeal_until ?? "").slice(0, 10)) },
    supersedes_id: d.supersedes_id,
    superseded_by: next ? { id: next.id, kind: next.kind } : null,
    appeal: appeal ? { id: appeal.id, state: appeal.state, text: appeal.text, reason: appeal.outcome?.reason ?? null, created_at: appeal.created_at } : null,
    can_appeal: !appeal && !next && d.kind !== "reversal" && d.kind !== "no_action" && (!redress.appeal_until || ctx.clock.now().toISOString() <= redress.appeal_until),
  };
}

const row = (k: string, v: string) => `<tr><th scope="row">${escapeHtml(k)}</th><td>${v}</td></tr>`;

export function statementHtml(s: Record<string, any>, lang: Lang, opts: { appealAction?: string; csrf?: string } = {}): string {
  const tr = t(lang);
  const yn = (b: boolean) => (b ? tr.yes : tr.no);
  const auto = s.automated_decision === "fully" ? tr.yes : s.automated_decision === "partially" ? tr.partially : tr.no;
  const actions = (s.actions as { text: string; days: number | null; final?: boolean; kept?: boolean }[])
    .map((a) => `<li>${escapeHtml(a.text)}${a.days ? ` (${a.days} d)` : ""}${a.final ? ` — ${escapeHtml(tr.finalAction)}` : ""}${a.kept ? ` — ${escapeHtml(tr.keptAction)}` : ""}</li>`)
    .join("");
  const duration = s.ends_at ? tr.until(String(s.ends_at).slice(0, 10)) : tr.permanent;
  const appeal = s.appeal
    ? `<p><strong>${escapeHtml(tr.appealStatus)}:</strong> ${escapeHtml(s.appeal.state)}${s.appeal.reason ? ` — ${escapeHtml(s.appeal.reason)}` : ""}</p>`
    : s.can_appeal && opts.appealAction
      ? `<form method="post" action="${escapeHtml(opts.appealAction)}"><input type="hidden" name="csrf" value="${escapeHtml(opts.csrf ?? "")}"><label>${escapeHtml(tr.appeal)}<br><textarea name="text" rows="4" cols="60" maxlength="2000" required></textarea></label><br><button type="submit">${escapeHtml(tr.appeal)}</button></form>`
      : "";
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>${escapeHtml(tr.title)}</title>
<style>body{font-family:system-ui,sans-serif;max-width:46rem;margin:2rem auto;padding:0 1rem;line-height:1.5}th{text-align:left;vertical-align:top;padding-right:1rem}blockquote{border-left:3px solid #999;margin:0;padding-left:1rem;white-space:pre-wrap}</style></head>
<body><main><h1>${escapeHtml(tr.title)}</h1>
${s.superseded_by ? `<p role="status"><strong>${escapeHtml(tr.supersededBy)}</strong></p>` : ""}
${s.status ? `<blockquote>${escapeHtml(String(s.status.text))}</blockquote>` : ""}
<table>
${row(tr.decision, `${escapeHtml(s.kind)} — ${escapeHtml(String(s.created_at).slice(0, 16).replace("T", " "))} UTC`)}
${row(tr.facts, escapeHtml(s.facts))}
${row(tr.rule, s.rule ? escapeHtml(s.rule.text) : "—")}
${row(tr.policyVersion, escapeHtml(String(s.policy_version)))}
${row(tr.ground, escapeHtml(s.ground_text))}
${row(tr.automatedDetection, yn(s.automated_detection))}
${row(tr.automatedDecision, escapeHtml(auto))}
${row(tr.actions, `<ul>${actions}</ul>`)}
${row(tr.duration, escapeHtml(duration))}
${row(tr.redress, escapeHtml(s.redress.text))}
</table>${appeal}</main></body></html>`;
}

/** Mastodon's AccountWarning entity for a decision (used by `moderation_warning` notifications). */
export function accountWarning(d: Decision, account: unknown): Record<string, unknown> {
  const types = d.actionList.map((a) => a.type);
  const action = types.includes("suspend") ? "suspend" : types.includes("freeze") ? "disable" : types.includes("limit") ? "silence" : types.includes("remove") ? "delete_statuses" : types.includes("label") || types.includes("force_sensitive") ? "mark_statuses_as_sensitive" : "none";
  return {
    id: d.id, action, text: d.facts, status_ids: d.subject_type === "status" ? [d.subject_id] : [], target_account: account, appeal: null, created_at: d.created_at,
  };
}
