// `rostra moderation eval FILE.csv --text <col> --label <col> [--language <col|code>] [--map a=b,…]
// [--html report.html]`: runs the full pipeline (detector + the default policy) over labelled data and
// prints precision, recall and F1 per category and language, the confusion matrix and throughput.
// Joins the `moderation` command group when another feature created it, creates it otherwise.
import { writeFileSync } from "node:fs";
import type { Command } from "commander";
import { createDetector } from "../features/moderation/detection/detect.js";
import { evaluateLabelled } from "../features/moderation/detection/labelled.js";
import { formatLabelledReport, readLabelledCsv } from "../features/moderation/detection/labelled-io.js";
import { renderHtmlReport } from "../features/moderation/detection/report-html.js";

interface EvalOptions {
  text: string;
  label: string;
  language?: string;
  map?: string;
  html?: string;
  separator?: string;
  errors?: string;
  classifier: boolean;
}

export function runModerationEval(file: string, opts: EvalOptions): ReturnType<typeof evaluateLabelled> {
  const rows = readLabelledCsv(file, { text: opts.text, label: opts.label, language: opts.language, map: opts.map, separator: opts.separator });
  if (rows.length === 0) throw new Error(`${file}: no rows`);
  const detector = createDetector({ classifier: opts.classifier });
  for (const r of rows.slice(0, 200)) detector.analyze(r.text, r.language ? { language: r.language } : {}); // warm up
  const report = evaluateLabelled(detector, rows);
  process.stdout.write(formatLabelledReport(file, report) + "\n");
  const show = Number(opts.errors ?? 0);
  for (const e of report.errors.slice(0, show)) process.stdout.write(`  ✗ [${e.language}] gold ${e.gold} → ${e.predicted}: ${e.text.slice(0, 160)}\n`);
  if (opts.html) {
    writeFileSync(opts.html, renderHtmlReport(`Moderation evaluation: ${file}`, report, {
      file, text: opts.text, label: opts.label, map: opts.map ?? "-", policy: "default", generated: new Date().toISOString(),
    }));
    process.stdout.write(`HTML report written to ${opts.html}\n`);
  }
  return report;
}

export function moderationEvalCommand(program: Command): void {
  const mod = program.commands.find((c) => c.name() === "moderation") ?? program.command("moderation").description("moderation tools");
  mod
    .command("eval <file>")
    .description("evaluate the detector and policy on a labelled CSV (P/R/F1 per category and language, confusion, throughput)")
    .requiredOption("--text <column>", "column holding the post text")
    .requiredOption("--label <column>", "column holding the gold label")
    .option("--language <column|code>", "column with each row's language, or one language code for all rows (default: detect)")
    .option("--map <pairs>", "map gold labels to categories, e.g. hate=hate,offensive=harassment,0=none")
    .option("--html <file>", "also write an HTML report with charts")
    .option("--separator <char>", "field separator", ",")
    .option("--errors <n>", "print the first n misclassified rows", "0")
    .option("--no-classifier", "patterns and rules only")
    .action((file: string, opts: EvalOptions) => {
      runModerationEval(file, opts);
    });
}
