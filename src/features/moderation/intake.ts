// Turning reports and anonymous notices into signals: one signal per reported subject, on that subject's
// case. Reported statuses are run through the detector so the case gets a meaningful category.
import type { Context } from "../../context.js";
import { NotFoundError, ValidationError } from "../../core/errors.js";
import { newId } from "../../core/ids.js";
import { parseJson } from "../../core/json.js";
import { inTransaction } from "../../db/tx.js";
import type { Executor, ReportsTable } from "../../db/types.js";
import { addSignal, type Subject } from "./cases.js";
import { mdb } from "./db.js";
import { detectorFor } from "./detector.js";

const REPORT_CATEGORY: Record<string, { category: string; score: number }> = {
  spam: { category: "spam", score: 0.5 },
  legal: { category: "illegal_other", score: 0.6 },
  violation: { category: "harassment", score: 0.6 },
  other: { category: "harassment", score: 0.5 },
};

async function categoryFromText(ctx: Context, text: string, fallback: { category: string; score: number }) {
  if (!text.trim()) return fallback;
  const a = (await detectorFor(ctx)).analyze(text);
  const top = a.signals.filter((s) => s.score >= 0.3 && !s.detector.startsWith("classifier:"))[0];
  // a report confirms what the detector sees, so it weighs at least as much as the detector's score
  return top ? { category: top.category, score: Math.max(fallback.score, top.score) } : fallback;
}

export interface ReportIntake {
  report: ReportsTable;
  signals: { subject: Subject; category: string; score: number; language: string | null }[];
}

/**
 * What a report says about each subject: one signal per reported post of the target (or one on the
 * account). Runs the detector, so call it before opening the transaction that records the report.
 */
export async function planReportIntake(ctx: Context, exec: Executor, r: ReportsTable): Promise<ReportIntake> {
  const statusIds = parseJson<string[]>(r.status_ids, []).map(String);
  const base = REPORT_CATEGORY[r.category] ?? REPORT_CATEGORY.other;
  const statuses = statusIds.length ? await exec.selectFrom("statuses").select(["id", "text", "spoiler_text", "account_id", "language"]).where("id", "in", statusIds).execute() : [];
  const targets: { subject: Subject; text: string; language: string | null }[] = statuses
    .filter((s) => s.account_id === r.target_account_id)
    .map((s) => ({ subject: { type: "status", id: s.id }, text: `${s.spoiler_text}\n${s.text}`, language: s.language }));
  if (targets.length === 0) targets.push({ subject: { type: "account", id: r.target_account_id }, text: r.comment, language: null });
  const signals: ReportIntake["signals"] = [];
  for (const tg of targets) {
    const cat = r.category === "spam" ? base : await categoryFromText(ctx, tg.text, base);
    signals.push({ subject: tg.subject, category: cat.category, score: cat.score, language: tg.language });
  }
  return { report: r, signals };
}

/** Record a planned intake inside the transaction that stores the report, so neither exists without the other. */
export async function recordReportIntake(ctx: Context, trx: Executor, intake: ReportIntake): Promise<string[]> {
  const r = intake.report;
  const cases: string[] = [];
  for (const sg of intake.signals) {
    cases.push(
      await addSignal(ctx, trx, sg.subject, {
        source: "report", category: sg.category, score: sg.score, report_id: r.id, reason: `report (${r.category})`, language: sg.language,
        reporter_id: r.account_id, rule_ids: parseJson<string[]>(r.rule_ids, []), comment: r.comment, forward: r.forward === 1,
      }, { type: "report", actorId: r.account_id, accountId: r.target_account_id }),
    );
  }
  return [...new Set(cases)];
}

/** Intake of a report row already stored (e.g. re-running it). Returns the case ids it touched. */
export async function onReportCreated(ctx: Context, reportId: string, exec: Executor = ctx.db): Promise<string[]> {
  const r = await exec.selectFrom("reports").selectAll().where("id", "=", reportId).executeTakeFirst();
  if (!r) throw new NotFoundError("Report not found");
  const intake = await planReportIntake(ctx, exec, r);
  return inTransaction(exec, (trx) => recordReportIntake(ctx, trx, intake));
}

export interface NoticeInput {
  url: string;
  category: string;
  explanation: string;
  name?: string | null;
  email?: string | null;
  illegal?: boolean;
}

export const NOTICE_CATEGORIES = ["violence_threat", "violence_incitement", "hate", "harassment", "sexual", "self_harm", "spam", "illegal_other"] as const;

/** Find the local status or account a pasted URL points at. */
export async function resolveTarget(ctx: Context, url: string): Promise<{ subject: Subject; accountId: string } | null> {
  let path: string;
  try {
    const u = new URL(url, ctx.config.url);
    if (u.host !== new URL(ctx.config.url).host) return null;
    path = u.pathname;
  } catch {
    return null;
  }
  const status = /\/(?:statuses|@[A-Za-z0-9_]+)\/(\d{1,20})\/?$/.exec(path);
  if (status) {
    const s = await ctx.db.selectFrom("statuses").select(["id", "account_id"]).where("id", "=", status[1]).executeTakeFirst();
    return s ? { subject: { type: "status", id: s.id }, accountId: s.account_id } : null;
  }
  const acct = /^\/(?:@|users\/)([A-Za-z0-9_]{1,30})\/?$/.exec(path);
  if (acct) {
    const a = await ctx.db.selectFrom("accounts").select("id").where("acct_lower", "=", acct[1].toLowerCase()).executeTakeFirst();
    return a ? { subject: { type: "account", id: a.id }, accountId: a.id } : null;
  }
  return null;
}

/** An anonymous notice (DSA Art. 16): name and e-mail are optional. */
export async function submitNotice(ctx: Context, input: NoticeInput): Promise<{ id: string; caseId: string }> {
  if (!(NOTICE_CATEGORIES as readonly string[]).includes(input.category)) throw new ValidationError(`category must be one of: ${NOTICE_CATEGORIES.join(", ")}`, { field: "category" });
  const target = await resolveTarget(ctx, input.url);
  if (!target) throw new ValidationError("url does not point at a post or account on this server", { field: "url" });
  const id = newId();
  const at = ctx.clock.now().toISOString();
  const caseId = await ctx.db.transaction().execute(async (trx) => {
    await mdb(trx).insertInto("moderation_notices").values({
      id, name: input.name || null, email: input.email || null, target_url: input.url, status_id: target.subject.type === "status" ? target.subject.id : null,
      account_id: target.accountId, category: input.category, explanation: input.explanation, illegal: input.illegal ? 1 : 0, created_at: at,
    }).execute();
    return addSignal(ctx, trx, target.subject, { source: "notice", category: input.category, score: 0.6, notice_id: id, reason: input.illegal ? "notice of illegal content" : "notice" }, { type: "notice", accountId: target.accountId });
  });
  return { id, caseId };
}
