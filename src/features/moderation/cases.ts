// Cases and their event log. Events are only ever appended; the case row is a cache of what the events
// say (status, category, severity, due time, assignee) and refreshCase rebuilds it from them at any time.
import type { Context } from "../../context.js";
import { newId } from "../../core/ids.js";
import { parseJson } from "../../core/json.js";
import type { Executor } from "../../db/types.js";
import { type EventType, type ModerationCasesTable, type SubjectType, mdb } from "./db.js";
import { currentPolicy, dueAt } from "./policy-store.js";

export interface Subject {
  type: SubjectType;
  id: string;
}

export type SignalSource = "automated" | "rule" | "report" | "notice" | "staff";

export interface SignalPayload {
  source: SignalSource;
  category: string;
  score: number;
  detector?: string;
  version?: string;
  threshold?: number | null;
  spans?: { start: number; end: number; text: string }[];
  reason?: string;
  language?: string | null;
  outcome?: string;
  report_id?: string;
  notice_id?: string;
  policy_version?: number;
  /** source-specific details (reporter, rule ids, comment, text index) */
  [extra: string]: unknown;
}

export async function appendEvent(ctx: Context, exec: Executor, caseId: string, type: EventType, actorId: string | null, payload: Record<string, unknown>): Promise<string> {
  const id = newId();
  await mdb(exec).insertInto("moderation_events").values({ id, case_id: caseId, type, actor_id: actorId, payload: JSON.stringify(payload), created_at: ctx.clock.now().toISOString() }).execute();
  return id;
}

async function subjectOwner(exec: Executor, subject: Subject): Promise<string | null> {
  if (subject.type === "account") return subject.id;
  const row = await exec.selectFrom("statuses").select("account_id").where("id", "=", subject.id).executeTakeFirst();
  return row?.account_id ?? null;
}

/** The one case of a subject, created on first use (the unique index makes concurrent creation safe). */
export async function ensureCase(ctx: Context, exec: Executor, subject: Subject, accountId?: string | null): Promise<ModerationCasesTable> {
  const db = mdb(exec);
  const found = await db.selectFrom("moderation_cases").selectAll().where("subject_type", "=", subject.type).where("subject_id", "=", subject.id).executeTakeFirst();
  if (found) return found;
  const at = ctx.clock.now().toISOString();
  await db
    .insertInto("moderation_cases")
    .values({
      id: newId(), subject_type: subject.type, subject_id: subject.id, account_id: accountId ?? (await subjectOwner(exec, subject)),
      status: "open", category: null, severity: 0, reach: 0, priority: 0, due_at: null, assignee_id: null, escalated: 0,
      signals_count: 0, reports_count: 0, opened_at: at, updated_at: at, resolved_at: null,
    })
    .onConflict((oc) => oc.columns(["subject_type", "subject_id"]).doNothing())
    .execute();
  return db.selectFrom("moderation_cases").selectAll().where("subject_type", "=", subject.type).where("subject_id", "=", subject.id).executeTakeFirstOrThrow();
}

/** Record a signal (automated flag, rule hit, report, notice) on the subject's case and refresh it. */
export async function addSignal(ctx: Context, exec: Executor, subject: Subject, signal: SignalPayload, opts: { type?: EventType; actorId?: string | null; accountId?: string | null } = {}): Promise<string> {
  const c = await ensureCase(ctx, exec, subject, opts.accountId);
  await appendEvent(ctx, exec, c.id, opts.type ?? "signal", opts.actorId ?? null, signal as unknown as Record<string, unknown>);
  await refreshCase(ctx, exec, c.id);
  return c.id;
}

async function reachOf(exec: Executor, c: { subject_type: string; subject_id: string; account_id: string | null }): Promise<number> {
  let reach = 0;
  if (c.account_id) {
    const a = await exec.selectFrom("accounts").select("followers_count").where("id", "=", c.account_id).executeTakeFirst();
    reach += Number(a?.followers_count ?? 0);
  }
  if (c.subject_type === "status") {
    const s = await exec.selectFrom("statuses").select(["reblogs_count", "favourites_count", "replies_count", "visibility"]).where("id", "=", c.subject_id).executeTakeFirst();
    // boosts carry a post to other audiences, so they weigh more than favourites
    if (s) reach += Number(s.reblogs_count) * 10 + Number(s.favourites_count) + Number(s.replies_count) * 2;
    if (s && (s.visibility === "private" || s.visibility === "direct")) reach = Math.floor(reach / 2);
  }
  return reach;
}

/**
 * How often each reporter's resolved reports led to action that stood: (upheld + 1) / (resolved + 2),
 * so a new reporter starts at 0.5 and a record of dismissed reports lowers the weight of the next one.
 */
export async function reporterReliability(exec: Executor, reporterIds: string[]): Promise<Map<string, number>> {
  const out = new Map<string, number>();
  if (reporterIds.length === 0) return out;
  const rows = await mdb(exec)
    .selectFrom("reports")
    .leftJoin("moderation_messages", (j) => j.onRef("moderation_messages.report_id", "=", "reports.id").on("moderation_messages.kind", "=", "report_outcome"))
    .leftJoin("moderation_decisions", "moderation_decisions.id", "moderation_messages.decision_id")
    .select(["reports.account_id", "reports.id", "moderation_decisions.kind"])
    .where("reports.account_id", "in", reporterIds)
    .where("reports.action_taken_at", "is not", null)
    .execute();
  const byReport = new Map<string, { reporter: string; action: boolean; reversed: boolean }>();
  for (const r of rows) {
    const x = byReport.get(r.id) ?? { reporter: r.account_id!, action: false, reversed: false };
    if (r.kind === "action") x.action = true;
    if (r.kind === "reversal") x.reversed = true;
    byReport.set(r.id, x);
  }
  const tally = new Map<string, { upheld: number; resolved: number }>();
  for (const x of byReport.values()) {
    const t = tally.get(x.reporter) ?? { upheld: 0, resolved: 0 };
    t.resolved++;
    if (x.action && !x.reversed) t.upheld++;
    tally.set(x.reporter, t);
  }
  for (const id of reporterIds) {
    const t = tally.get(id) ?? { upheld: 0, resolved: 0 };
    out.set(id, (t.upheld + 1) / (t.resolved + 2));
  }
  return out;
}

/** Rebuild the cached state of a case from its events. */
export async function refreshCase(ctx: Context, exec: Executor, caseId: string): Promise<ModerationCasesTable> {
  const db = mdb(exec);
  const c = await db.selectFrom("moderation_cases").selectAll().where("id", "=", caseId).executeTakeFirstOrThrow();
  const events = await db.selectFrom("moderation_events").selectAll().where("case_id", "=", caseId).orderBy("id").execute();
  const policy = await currentPolicy(ctx, exec);
  let status = "open";
  let openedAt: string | null = null;
  let resolvedAt: string | null = null;
  let assignee: string | null = null;
  let escalated = 0;
  let signals = 0;
  let reports = 0;
  let notices = 0;
  const reporters: string[] = [];
  let top: { category: string; weight: number } | null = null;
  for (const e of events) {
    const p = parseJson<Record<string, unknown>>(e.payload, {});
    switch (e.type) {
      case "signal":
      case "report":
      case "notice": {
        signals++;
        if (e.type !== "signal") reports++;
        if (e.type === "report" && typeof p.reporter_id === "string") reporters.push(p.reporter_id);
        if (e.type === "notice") notices++;
        if (status === "resolved") {
          status = "open";
          openedAt = null;
          top = null;
          escalated = 0;
        }
        openedAt ??= e.created_at;
        const cat = String(p.category ?? "illegal_other");
        const weight = (policy.severity[cat] ?? 10) * Math.max(Number(p.score ?? 0.5), 0.5);
        if (!top || weight > top.weight) top = { category: cat, weight };
        break;
      }
      case "assignment":
        assignee = (p.assignee_id as string | null) ?? null;
        break;
      case "escalation":
        escalated = 1;
        if (status !== "resolved") status = "escalated";
        break;
      case "decision":
        // an automated interim hold keeps the case open for human review
        if (p.interim) break;
        status = "resolved";
        resolvedAt = e.created_at;
        escalated = 0;
        break;
      case "appeal":
        status = "appealed";
        openedAt = e.created_at;
        break;
      case "appeal_decision":
        status = "resolved";
        resolvedAt = e.created_at;
        break;
      case "reopen":
        status = "open";
        openedAt = e.created_at;
        break;
    }
  }
  const reach = await reachOf(exec, c);
  const severity = Math.round(top?.weight ?? 0);
  // each report weighs by its reporter's record (a neutral reporter weighs 1); anonymous notices weigh 1
  const reliability = await reporterReliability(exec, [...new Set(reporters)]);
  const reportWeight = reporters.reduce((sum, id) => sum + 2 * (reliability.get(id) ?? 0.5), 0) + notices;
  // severity dominates; reach and (reliable) report volume reorder cases of similar severity
  const priority = severity * (1 + Math.log10(1 + reach)) * (1 + 0.25 * Math.min(reportWeight, 8)) * (escalated ? 2 : 1);
  const next = {
    status,
    category: top?.category ?? c.category,
    severity,
    reach,
    priority: Math.round(priority * 1000) / 1000,
    due_at: status === "resolved" ? null : openedAt ? dueAt(policy, status === "appealed" ? "default" : (top?.category ?? null), new Date(openedAt)) : null,
    assignee_id: assignee,
    escalated,
    signals_count: signals,
    reports_count: reports,
    opened_at: openedAt ?? c.opened_at,
    updated_at: ctx.clock.now().toISOString(),
    resolved_at: status === "resolved" ? resolvedAt : null,
  };
  await db.updateTable("moderation_cases").set(next).where("id", "=", caseId).execute();
  return { ...c, ...next };
}

export async function caseById(exec: Executor, id: string): Promise<ModerationCasesTable | undefined> {
  return mdb(exec).selectFrom("moderation_cases").selectAll().where("id", "=", id).executeTakeFirst();
}

export async function caseEvents(exec: Executor, caseId: string) {
  const rows = await mdb(exec).selectFrom("moderation_events").selectAll().where("case_id", "=", caseId).orderBy("id").execute();
  return rows.map((r) => ({ id: r.id, type: r.type, actor_id: r.actor_id, created_at: r.created_at, payload: parseJson<Record<string, unknown>>(r.payload, {}) }));
}
