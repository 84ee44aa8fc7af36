// Reading a labelled CSV for evaluation, and printing the report as text.
import { readFileSync } from "node:fs";
import { readCsvObjects } from "./csv.js";
import { parseLabelMap, type LabelledReport, type LabelledRow } from "./labelled.js";

export interface LabelledCsvOptions {
  text: string;
  label: string;
  /** a column name, or a language code for every row; omitted: detected per post */
  language?: string;
  /** "hate=hate,offensive=harassment,0=none" */
  map?: string;
  /** field separator (default ",") */
  separator?: string;
}

export function readLabelledCsv(file: string, o: LabelledCsvOptions): LabelledRow[] {
  const rows = readCsvObjects(readFileSync(file, "utf8"), o.separator ?? ",");
  if (rows.length === 0) return [];
  const cols = Object.keys(rows[0]);
  for (const c of [o.text, o.label]) if (!cols.includes(c)) throw new Error(`${file}: no column "${c}" (columns: ${cols.join(", ")})`);
  const map = parseLabelMap(o.map);
  const langCol = o.language && cols.includes(o.language) ? o.language : undefined;
  const langCode = o.language && !langCol ? o.language : undefined;
  return rows
    .filter((r) => (r[o.text] ?? "").trim() !== "")
    .map((r) => ({ text: r[o.text], gold: map(r[o.label]), language: langCol ? r[langCol] || undefined : langCode }));
}

const pct = (x: number) => (x * 100).toFixed(1).padStart(5);

export function formatLabelledReport(name: string, r: LabelledReport): string {
  const lines = [
    `${name}: ${r.n} cases, accuracy ${pct(r.accuracy)}%, macro-F1 ${r.macroF1.toFixed(3)} over ${r.classes.join("/")}`,
    `  throughput ${r.postsPerSecond.toFixed(0)} posts/s, latency p50 ${(r.p50Ms * 1000).toFixed(0)} µs, p99 ${(r.p99Ms * 1000).toFixed(0)} µs`,
    `  violence (threat+incitement)  P ${pct(r.violence.precision)} R ${pct(r.violence.recall)} F1 ${pct(r.violence.f1)} (support ${r.violence.support})`,
  ];
  for (const [c, m] of Object.entries(r.perCategory))
    lines.push(`  ${c.padEnd(28)} P ${pct(m.precision)} R ${pct(m.recall)} F1 ${pct(m.f1)} (support ${m.support})`);
  const langs = Object.entries(r.perLanguage);
  if (langs.length) {
    lines.push("  per language:");
    for (const [l, x] of langs) {
      lines.push(`    ${l.padEnd(6)} ${String(x.n).padStart(5)} cases, accuracy ${pct(x.accuracy)}%, macro-F1 ${x.macroF1.toFixed(3)}, violence P ${pct(x.violence.precision)} R ${pct(x.violence.recall)}`);
      for (const [c, m] of Object.entries(x.perCategory))
        if (m.support || m.fp) lines.push(`           ${c.padEnd(22)} P ${pct(m.precision)} R ${pct(m.recall)} F1 ${pct(m.f1)} (support ${m.support})`);
    }
  }
  const cols = [...new Set(Object.values(r.confusion).flatMap((row) => Object.keys(row)))];
  const w = Math.max(8, ...cols.map((c) => c.length)) + 1;
  lines.push("  confusion (rows gold, columns predicted):");
  lines.push(`    ${"".padEnd(w)}${cols.map((c) => c.padStart(w)).join("")}`);
  for (const [g, row] of Object.entries(r.confusion)) lines.push(`    ${g.padEnd(w)}${cols.map((c) => String(row[c] ?? 0).padStart(w)).join("")}`);
  return lines.join("\n");
}
