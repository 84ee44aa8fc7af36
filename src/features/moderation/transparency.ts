// The transparency report for any period: what was detected, reported, decided, appealed and reversed,
// how fast, and how often people confirmed what the automation flagged.
import type { Context } from "../../context.js";
import { ValidationError } from "../../core/errors.js";
import { parseJson } from "../../core/json.js";
import type { Action } from "./actions.js";
import { mdb } from "./db.js";
import { offlineQuality } from "./quality.js";

export interface Period {
  from: string;
  to: string;
}

/** Defaults to the last 30 days; `to` is exclusive. */
export function period(ctx: Context, from?: Date, to?: Date): Period {
  const end = to ?? ctx.clock.now();
  const start = from ?? new Date(end.getTime() - 30 * 86_400_000);
  if (start.getTime() >= end.getTime()) throw new ValidationError("from must be before to");
  return { from: start.toISOString(), to: end.toISOString() };
}

type Counts = Record<string, number>;
const bump = (c: Counts, k: string | null | undefined, n = 1) => {
  const key = k ?? "unknown";
  c[key] = (c[key] ?? 0) + n;
};

function median(xs: number[]): number | null {
  if (xs.length === 0) return null;
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

export async function transparencyReport(ctx: Context, p: Period, opts: { offline?: boolean } = {}) {
  const db = mdb(ctx.db);
  const decisions = await db.selectFrom("moderation_decisions").selectAll().where("created_at", ">=", p.from).where("created_at", "<", p.to).orderBy("id").execute();
  const events = await db.selectFrom("moderation_events").select(["case_id", "type", "payload", "created_at"]).where("type", "in", ["signal", "report", "notice"]).where("created_at", ">=", p.from).where("created_at", "<", p.to).execute();
  const d = { total: decisions.length, by_kind: {} as Counts, by_category: {} as Counts, by_source: {} as Counts, by_automation: {} as Counts, by_detection: {} as Counts, by_action: {} as Counts, by_language: {} as Counts, by_ground: {} as Counts };
  for (const row of decisions) {
    bump(d.by_kind, row.kind);
    bump(d.by_category, row.category);
    bump(d.by_source, row.source_type);
    bump(d.by_automation, row.automated_decision === "fully" ? "automated" : "human");
    bump(d.by_detection, row.automated_detection ? "automated" : "manual");
    bump(d.by_language, row.content_language);
    bump(d.by_ground, row.ground);
    for (const a of parseJson<Action[]>(row.actions, [])) bump(d.by_action, a.type);
  }
  const s = { total: events.length, by_source: {} as Counts, by_category: {} as Counts, by_language: {} as Counts };
  for (const e of events) {
    const pl = parseJson<Record<string, unknown>>(e.payload, {});
    bump(s.by_source, String(pl.source ?? e.type));
    bump(s.by_category, pl.category as string);
    bump(s.by_language, (pl.language as string) ?? null);
  }

  // time to action: first signal on the case until the first human decision on it
  const human = decisions.filter((x) => x.decided_by && x.kind !== "reversal");
  const caseIds = [...new Set(human.map((x) => x.case_id))];
  const firsts = new Map<string, string>();
  for (let i = 0; i < caseIds.length; i += 500) {
    const rows = await db.selectFrom("moderation_events").select(["case_id"]).select((eb) => eb.fn.min("created_at").as("first")).where("case_id", "in", caseIds.slice(i, i + 500)).where("type", "in", ["signal", "report", "notice"]).groupBy("case_id").execute();
    for (const r of rows) firsts.set(r.case_id, String(r.first));
  }
  const seen = new Set<string>();
  const durations: number[] = [];
  for (const x of human) {
    const first = firsts.get(x.case_id);
    if (!first || seen.has(x.case_id)) continue;
    seen.add(x.case_id);
    durations.push((Date.parse(x.created_at) - Date.parse(first)) / 1000);
  }

  const appealsFiled = await db.selectFrom("moderation_appeals").select(({ fn }) => fn.countAll<number>().as("n")).where("created_at", ">=", p.from).where("created_at", "<", p.to).executeTakeFirst();
  const outcomes = await db.selectFrom("moderation_appeal_outcomes").select(["outcome", "created_at", "appeal_id"]).where("created_at", ">=", p.from).where("created_at", "<", p.to).execute();
  const appealOutcomes: Counts = {};
  for (const o of outcomes) bump(appealOutcomes, o.outcome);
  const reports = await ctx.db.selectFrom("reports").select(({ fn }) => fn.countAll<number>().as("n")).where("created_at", ">=", p.from).where("created_at", "<", p.to).executeTakeFirst();
  const notices = await db.selectFrom("moderation_notices").select(({ fn }) => fn.countAll<number>().as("n")).where("created_at", ">=", p.from).where("created_at", "<", p.to).executeTakeFirst();
  const rejections = await db.selectFrom("moderation_rejections").select(["category"]).where("created_at", ">=", p.from).where("created_at", "<", p.to).execute();
  const rejectedBy: Counts = {};
  for (const r of rejections) bump(rejectedBy, r.category);

  return {
    period: p,
    generated_at: ctx.clock.now().toISOString(),
    signals: s,
    reports: Number(reports?.n ?? 0),
    notices: Number(notices?.n ?? 0),
    rejected_before_publication: { total: rejections.length, by_category: rejectedBy },
    decisions: d,
    median_time_to_action_seconds: median(durations),
    human_decisions_timed: durations.length,
    appeals: { filed: Number(appealsFiled?.n ?? 0), decided: outcomes.length, outcomes: appealOutcomes },
    reversals: decisions.filter((x) => x.kind === "reversal").length,
    detector_quality: { ...(await detectorQuality(ctx, p)), evaluation: opts.offline ? await offlineQuality() : null },
  };
}

/**
 * How often a person agreed with the automation on cases it flagged and a person then decided:
 * confirmed = the human took action, overturned = no action or a later reversal. A live precision proxy;
 * the offline precision/recall on the evaluation suites comes from `rostra moderation eval`.
 */
async function detectorQuality(ctx: Context, p: Period) {
  const db = mdb(ctx.db);
  const decided = await db.selectFrom("moderation_decisions").select(["case_id", "kind", "decided_by", "created_at"]).where("decided_by", "is not", null).where("created_at", ">=", p.from).where("created_at", "<", p.to).orderBy("id").execute();
  const byCase = new Map<string, string[]>();
  for (const x of decided) byCase.set(x.case_id, [...(byCase.get(x.case_id) ?? []), x.kind]);
  const perDetector: Record<string, { confirmed: number; overturned: number }> = {};
  let confirmed = 0;
  let overturned = 0;
  const ids = [...byCase.keys()];
  for (let i = 0; i < ids.length; i += 500) {
    const sigs = await db.selectFrom("moderation_events").select(["case_id", "payload"]).where("case_id", "in", ids.slice(i, i + 500)).where("type", "=", "signal").execute();
    const detectorsByCase = new Map<string, Set<string>>();
    for (const sg of sigs) {
      const pl = parseJson<Record<string, unknown>>(sg.payload, {});
      if (pl.source !== "automated" && pl.source !== "rule") continue;
      const set = detectorsByCase.get(sg.case_id) ?? new Set<string>();
      set.add(String(pl.detector).split("/")[0]);
      detectorsByCase.set(sg.case_id, set);
    }
    for (const [caseId, dets] of detectorsByCase) {
      const kinds = byCase.get(caseId) ?? [];
      const ok = kinds[0] === "action" && !kinds.includes("reversal");
      if (ok) confirmed++;
      else overturned++;
      for (const det of dets) {
        const q = (perDetector[det] ??= { confirmed: 0, overturned: 0 });
        if (ok) q.confirmed++;
        else q.overturned++;
      }
    }
  }
  const total = confirmed + overturned;
  return { reviewed: total, confirmed, overturned, precision: total ? Math.round((confirmed / total) * 1000) / 1000 : null, by_detector: perDetector };
}

export type TransparencyReport = Awaited<ReturnType<typeof transparencyReport>>;
