// Runs the functional suites and prints the report (all cases, then the held-out part separately).
//   npx tsx scripts/moderation/eval-suites.ts [--errors] [--no-holdout]
import { readFileSync } from "node:fs";
import { readCsvObjects } from "../../src/features/moderation/detection/csv.js";
import { createDetector } from "../../src/features/moderation/detection/detect.js";
import { evaluate, formatReport, type Case } from "../../src/features/moderation/detection/eval.js";

const showErrors = process.argv.includes("--errors");
const noHoldout = process.argv.includes("--no-holdout");
const det = createDetector();
for (const lang of (process.argv.find((a) => /^(en|vi|es)$/.test(a)) ?? "en,vi,es").split(",")) {
  const src = readFileSync(new URL(`../../test/moderation-suites/${lang}.csv`, import.meta.url), "utf8");
  const all = readCsvObjects(src) as unknown as Case[];
  const dev = all.filter((c) => !c.id.includes("holdout"));
  const hold = all.filter((c) => c.id.includes("holdout"));
  const r = evaluate(det, noHoldout ? dev : all);
  console.log(formatReport(`${lang} suite${noHoldout ? " (without holdout)" : ""}`, r));
  if (!noHoldout) console.log(formatReport(`${lang} holdout only`, evaluate(det, hold)));
  if (showErrors) for (const e of r.errors) if (!noHoldout || !e.id.includes("holdout")) console.log(`   ✗ ${e.id} [${e.functionality}] gold ${e.gold} → ${e.predicted}: ${e.text}`);
}
