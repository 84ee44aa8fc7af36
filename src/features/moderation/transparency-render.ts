// The transparency report as CSV and as a public page with bar charts drawn in inline SVG (no scripts,
// no external assets, so it works under the strictest Content-Security-Policy).
import { escapeHtml } from "../../core/text/render.js";
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

function barChart(title: string, counts: Counts): string {
  const entries = Object.entries(counts).sort((a, b) => b[1] - a[1]);
  if (entries.length === 0) return `<figure><figcaption>${escapeHtml(title)}</figcaption><p>—</p></figure>`;
  const max = Math.max(...entries.map(([, v]) => v), 1);
  const row = 22;
  const h = entries.length * row + 4;
  const bars = entries
    .map(([k, v], i) => {
      const w = Math.max(2, Math.round((v / max) * 260));
      const y = i * row + 2;
      return `<text x="0" y="${y + 15}" font-size="12">${escapeHtml(k)}</text><rect x="170" y="${y + 3}" width="${w}" height="15" fill="#4a6fa5"><title>${escapeHtml(k)}: ${v}</title></rect><text x="${176 + w}" y="${y + 15}" font-size="12">${v}</text>`;
    })
    .join("");
  return `<figure><figcaption>${escapeHtml(title)}</figcaption><svg role="img" aria-label="${escapeHtml(title)}" width="480" height="${h}" viewBox="0 0 480 ${h}" xmlns="http://www.w3.org/2000/svg" font-family="system-ui,sans-serif">${bars}</svg></figure>`;
}

function evaluationTable(r: TransparencyReport): string {
  const ev = r.detector_quality.evaluation;
  if (!ev || ev.length === 0) return "";
  const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
  const rows = ev.map((e) => `<tr><td>${escapeHtml(e.language)}</td><td>${e.cases}</td><td>${pct(e.accuracy)}</td><td>${pct(e.violence.precision)}</td><td>${pct(e.violence.recall)}</td></tr>`).join("");
  return `<h2>Detector quality on our evaluation suites</h2><table><thead><tr><th>Language</th><th>Cases</th><th>Accuracy</th><th>Violence precision</th><th>Violence recall</th></tr></thead><tbody>${rows}</tbody></table>`;
}

export function transparencyHtml(r: TransparencyReport, instanceName: string): string {
  const fmt = (s: number | null) => (s === null ? "—" : s < 120 ? `${Math.round(s)} s` : s < 7200 ? `${Math.round(s / 60)} min` : `${(s / 3600).toFixed(1)} h`);
  const q = r.detector_quality;
  const range = `from=${encodeURIComponent(r.period.from)}&amp;to=${encodeURIComponent(r.period.to)}`;
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>Transparency report — ${escapeHtml(instanceName)}</title>
<style>body{font-family:system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;line-height:1.5}dl{display:grid;grid-template-columns:max-content auto;gap:.2rem 1rem}dt{font-weight:600}figure{margin:1rem 0}figcaption{font-weight:600}</style></head>
<body><main><h1>Transparency report — ${escapeHtml(instanceName)}</h1>
<p>Period: ${escapeHtml(r.period.from.slice(0, 10))} to ${escapeHtml(r.period.to.slice(0, 10))} (generated ${escapeHtml(r.generated_at.slice(0, 16).replace("T", " "))} UTC).
Data: <a href="/api/v1/rostra/transparency?${range}">JSON</a>, <a href="/api/v1/rostra/transparency.csv?${range}">CSV</a>, <a href="/api/v1/rostra/transparency/statements?${range}">decisions in the EU Transparency Database format</a>.</p>
<dl>
<dt>Signals</dt><dd>${r.signals.total}</dd><dt>User reports</dt><dd>${r.reports}</dd><dt>Anonymous notices</dt><dd>${r.notices}</dd>
<dt>Posts refused before publication</dt><dd>${r.rejected_before_publication.total}</dd><dt>Decisions</dt><dd>${r.decisions.total}</dd>
<dt>Median time to action</dt><dd>${fmt(r.median_time_to_action_seconds)} (${r.human_decisions_timed} cases)</dd>
<dt>Appeals</dt><dd>${r.appeals.filed} filed, ${r.appeals.decided} decided</dd><dt>Reversals</dt><dd>${r.reversals}</dd>
<dt>Automated flags confirmed by people</dt><dd>${q.precision === null ? "—" : `${Math.round(q.precision * 100)}% (${q.confirmed} of ${q.reviewed})`}</dd>
</dl>
${evaluationTable(r)}
${barChart("Signals by source", r.signals.by_source)}
${barChart("Signals by category", r.signals.by_category)}
${barChart("Decisions by category", r.decisions.by_category)}
${barChart("Decisions by action", r.decisions.by_action)}
${barChart("Decisions: automated or human", r.decisions.by_automation)}
${barChart("Decisions by language", r.decisions.by_language)}
${barChart("Appeal outcomes", r.appeals.outcomes)}
</main></body></html>`;
}
