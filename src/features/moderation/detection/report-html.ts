// A self-contained HTML page for an evaluation report: tables plus inline SVG charts (per-category
// precision/recall/F1 bars, per-language F1, the confusion matrix as a heat map). No external assets,
// no scripts: it can be attached to a ticket or published as is.
import type { LabelledReport, Prf } from "./labelled.js";

const esc = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
const COLORS = { precision: "#3b6ea5", recall: "#d08a2e", f1: "#3c8d5a" };

/** Grouped horizontal bars: one group per row, one bar per metric. */
function barChart(rows: Array<[string, Prf]>, title: string): string {
  const metrics = ["precision", "recall", "f1"] as const;
  const rowH = 46, left = 170, width = 420, top = 30;
  const h = top + rows.length * rowH + 30;
  const parts: string[] = [`<svg role="img" aria-label="${esc(title)}" width="${left + width + 80}" height="${h}" xmlns="http://www.w3.org/2000/svg" font-family="sans-serif" font-size="12">`];
  parts.push(`<text x="0" y="16" font-weight="bold">${esc(title)}</text>`);
  for (let t = 0; t <= 4; t++) {
    const x = left + (width * t) / 4;
    parts.push(`<line x1="${x}" x2="${x}" y1="${top - 4}" y2="${h - 24}" stroke="#ddd"/><text x="${x}" y="${h - 8}" text-anchor="middle" fill="#666">${t * 25}%</text>`);
  }
  rows.forEach(([name, m], i) => {
    const y = top + i * rowH;
    parts.push(`<text x="${left - 8}" y="${y + 22}" text-anchor="end">${esc(name)}</text>`);
    metrics.forEach((k, j) => {
      const w = Math.max(0, Math.min(1, m[k])) * width;
      parts.push(`<rect x="${left}" y="${y + j * 13}" width="${w.toFixed(1)}" height="11" fill="${COLORS[k]}"><title>${k} ${pct(m[k])}</title></rect>`);
      parts.push(`<text x="${left + w + 4}" y="${y + j * 13 + 10}" fill="#333">${pct(m[k])}</text>`);
    });
  });
  parts.push("</svg>");
  return parts.join("");
}

function legend(): string {
  return `<p class="legend">${Object.entries(COLORS).map(([k, c]) => `<span><i style="background:${c}"></i>${k}</span>`).join(" ")}</p>`;
}

/** Confusion matrix heat map: rows gold, columns predicted. */
function confusionChart(cm: LabelledReport["confusion"]): string {
  const gold = Object.keys(cm);
  const pred = [...new Set(gold.flatMap((g) => Object.keys(cm[g])))];
  const cell = 64, left = 150, top = 110;
  const w = left + pred.length * cell + 10, h = top + gold.length * cell + 10;
  const max = Math.max(1, ...gold.flatMap((g) => pred.map((p) => cm[g][p] ?? 0)));
  const parts: string[] = [`<svg role="img" aria-label="confusion matrix" width="${w}" height="${h}" xmlns="http://www.w3.org/2000/svg" font-family="sans-serif" font-size="12">`];
  parts.push(`<text x="0" y="16" font-weight="bold">Confusion matrix (rows: gold, columns: predicted)</text>`);
  pred.forEach((p, j) => parts.push(`<text transform="translate(${left + j * cell + cell / 2},${top - 6}) rotate(-40)" fill="#333">${esc(p)}</text>`));
  gold.forEach((g, i) => {
    parts.push(`<text x="${left - 8}" y="${top + i * cell + cell / 2 + 4}" text-anchor="end">${esc(g)}</text>`);
    pred.forEach((p, j) => {
      const n = cm[g][p] ?? 0;
      const a = n / max;
      const fill = g === p ? `rgba(60,141,90,${0.15 + 0.85 * a})` : `rgba(192,57,43,${n ? 0.1 + 0.9 * a : 0.03})`;
      parts.push(`<rect x="${left + j * cell}" y="${top + i * cell}" width="${cell - 2}" height="${cell - 2}" fill="${fill}"><title>${esc(g)} → ${esc(p)}: ${n}</title></rect>`);
      parts.push(`<text x="${left + j * cell + cell / 2}" y="${top + i * cell + cell / 2 + 4}" text-anchor="middle" fill="${a > 0.6 ? "#fff" : "#222"}">${n}</text>`);
    });
  });
  parts.push("</svg>");
  return parts.join("");
}

function prfTable(rows: Array<[string, Prf]>): string {
  const tr = rows.map(([n, m]) => `<tr><td>${esc(n)}</td><td>${pct(m.precision)}</td><td>${pct(m.recall)}</td><td>${pct(m.f1)}</td><td>${m.support}</td><td>${m.tp}</td><td>${m.fp}</td><td>${m.fn}</td></tr>`);
  return `<table><thead><tr><th>category</th><th>precision</th><th>recall</th><th>F1</th><th>support</th><th>TP</th><th>FP</th><th>FN</th></tr></thead><tbody>${tr.join("")}</tbody></table>`;
}

export function renderHtmlReport(title: string, r: LabelledReport, meta: Record<string, string> = {}): string {
  const cats: Array<[string, Prf]> = [["violence (threat + incitement)", r.violence], ...Object.entries(r.perCategory)];
  const langs = Object.entries(r.perLanguage);
  const langRows: Array<[string, Prf]> = langs.map(([l, x]) => [`${l} violence`, x.violence]);
  const errors = r.errors.slice(0, 200).map((e) => `<tr><td>${esc(e.language)}</td><td>${esc(e.gold)}</td><td>${esc(e.predicted)}</td><td>${esc(e.text.slice(0, 280))}</td></tr>`);
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${esc(title)}</title>
<style>
body{font-family:system-ui,sans-serif;margin:2rem;max-width:1100px;color:#222}
table{border-collapse:collapse;margin:1rem 0}td,th{border:1px solid #ccc;padding:.3rem .6rem;text-align:right}
td:first-child,th:first-child{text-align:left}.legend span{margin-right:1rem}.legend i{display:inline-block;width:12px;height:12px;margin-right:4px}
.kpi{display:flex;gap:1rem;flex-wrap:wrap}.kpi div{border:1px solid #ddd;border-radius:6px;padding:.6rem 1rem}.kpi b{display:block;font-size:1.4rem}
.errors td{text-align:left;font-size:.85rem}
</style></head><body>
<h1>${esc(title)}</h1>
<p>${Object.entries(meta).map(([k, v]) => `${esc(k)}: <b>${esc(v)}</b>`).join(" · ")}</p>
<div class="kpi">
<div>cases<b>${r.n}</b></div><div>accuracy<b>${pct(r.accuracy)}</b></div><div>macro-F1<b>${r.macroF1.toFixed(3)}</b></div>
<div>violence P / R<b>${pct(r.violence.precision)} / ${pct(r.violence.recall)}</b></div>
<div>throughput<b>${r.postsPerSecond.toFixed(0)} posts/s</b></div><div>latency p50 / p99<b>${(r.p50Ms * 1000).toFixed(0)} / ${(r.p99Ms * 1000).toFixed(0)} µs</b></div>
</div>
<h2>Per category</h2>${legend()}${barChart(cats, "Precision, recall and F1 per category")}${prfTable(cats)}
<h2>Per language</h2>
<table><thead><tr><th>language</th><th>cases</th><th>accuracy</th><th>macro-F1</th><th>violence P</th><th>violence R</th></tr></thead><tbody>
${langs.map(([l, x]) => `<tr><td>${esc(l)}</td><td>${x.n}</td><td>${pct(x.accuracy)}</td><td>${x.macroF1.toFixed(3)}</td><td>${pct(x.violence.precision)}</td><td>${pct(x.violence.recall)}</td></tr>`).join("")}
</tbody></table>
${langRows.length ? barChart(langRows, "Violence per language") : ""}
<h2>Confusion matrix</h2>${confusionChart(r.confusion)}
<h2>Errors${r.errors.length > 200 ? ` (first 200 of ${r.errors.length})` : ` (${r.errors.length})`}</h2>
<table class="errors"><thead><tr><th>lang</th><th>gold</th><th>predicted</th><th>text</th></tr></thead><tbody>${errors.join("")}</tbody></table>
</body></html>
`;
}
