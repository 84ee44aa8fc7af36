// The transparency report as CSV (the public page with charts is web/transparency-page.ts).
import type { TransparencyReport } from "./transparency.js";

type Counts = Record<string, number>;

function csvCell(v: unknown): string {
  const s = String(v ?? "");
  // a leading = + - @ would be a formula in spreadsheets
  const safe = /^[=+\-@]/.test(s) ? `'${s}` : s;
  return /[",\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

function sections(r: TransparencyReport): [string, Counts][] {
  return [
    ["signals.by_source", r.signals.by_source],
    ["signals.by_category", r.signals.by_category],
    ["signals.by_language", r.signals.by_language],
    ["decisions.by_category", r.decisions.by_category],
    ["decisions.by_source", r.decisions.by_source],
    ["decisions.by_automation", r.decisions.by_automation],
    ["decisions.by_detection", r.decisions.by_detection],
    ["decisions.by_action", r.decisions.by_action],
    ["decisions.by_language", r.decisions.by_language],
    ["decisions.by_kind", r.decisions.by_kind],
    ["rejected.by_category", r.rejected_before_publication.by_category],
    ["appeals.outcomes", r.appeals.outcomes],
  ];
}

export function transparencyCsv(r: TransparencyReport): string {
  const lines = [["section", "key", "value"].join(",")];
  const add = (section: string, key: string, value: unknown) => lines.push([section, key, value].map(csvCell).join(","));
  add("period", "from", r.period.from);
  add("period", "to", r.period.to);
  add("totals", "signals", r.signals.total);
  add("totals", "reports", r.reports);
  add("totals", "notices", r.notices);
  add("totals", "decisions", r.decisions.total);
  add("totals", "rejected_before_publication", r.rejected_before_publication.total);
  add("totals", "appeals_filed", r.appeals.filed);
  add("totals", "appeals_decided", r.appeals.decided);
  add("totals", "reversals", r.reversals);
  add("totals", "median_time_to_action_seconds", r.median_time_to_action_seconds ?? "");
  add("detector_quality", "precision", r.detector_quality.precision ?? "");
  add("detector_quality", "confirmed", r.detector_quality.confirmed);
  add("detector_quality", "overturned", r.detector_quality.overturned);
  for (const e of r.detector_quality.evaluation ?? []) {
    add("evaluation", `${e.language}.accuracy`, e.accuracy);
    add("evaluation", `${e.language}.violence_precision`, e.violence.precision);
    add("evaluation", `${e.language}.violence_recall`, e.violence.recall);
  }
  for (const [section, counts] of sections(r)) for (const [k, v] of Object.entries(counts)) add(section, k, v);
  return `${lines.join("\n")}\n`;
}
