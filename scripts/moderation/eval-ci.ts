// CI quality gate (`npm run eval:moderation`): the full pipeline on our suites (en, vi, es) and on the
// development splits in ../shared/datasets when present; exits 1 when a floor is not met.
//   npx tsx scripts/moderation/eval-ci.ts [--html DIR]
import { mkdirSync, writeFileSync } from "node:fs";
import { loadavg } from "node:os";
import { createDetector } from "../../src/features/moderation/detection/detect.js";
import { checkHateCheckFloors, checkSuite, checkViHSD, MHC_FLOOR, RATCHET, SUITE_LANGUAGES, type FloorCheck } from "../../src/features/moderation/detection/floors.js";
import { formatLabelledReport } from "../../src/features/moderation/detection/labelled-io.js";
import { renderHtmlReport } from "../../src/features/moderation/detection/report-html.js";

const args = process.argv.slice(2);
const htmlDir = args.includes("--html") ? args[args.indexOf("--html") + 1] : undefined;
const started = performance.now();
const detector = createDetector();
const checks: FloorCheck[] = [];
for (const lang of SUITE_LANGUAGES) checks.push(checkSuite(detector, lang));
const vihsd = checkViHSD(detector);
if (vihsd) checks.push(vihsd);
else console.log("ViHSD dev split not found: skipped");

const t0 = performance.now();
const mhc = checkHateCheckFloors(detector);
const mhcMs = performance.now() - t0;
if (!mhc) console.log("Spanish Multilingual HateCheck not found: skipped");

for (const c of checks) console.log(formatLabelledReport(c.name, c.report) + "\n");
if (htmlDir) {
  mkdirSync(htmlDir, { recursive: true });
  checks.forEach((c, i) => writeFileSync(`${htmlDir}/eval-${i + 1}.html`, renderHtmlReport(c.name, c.report, { floor: c.floor, measured: c.measured })));
  console.log(`HTML reports in ${htmlDir}`);
}
console.log(`load average ${loadavg().map((x) => x.toFixed(2)).join(" ")}`);
console.log("floors:");
for (const c of checks) console.log(`  ${c.ok ? "ok  " : "FAIL"} ${c.name}: ${c.measured} (floor ${c.floor})`);
// `--known-gap NAME` (repeatable): a floored MHC functionality still below the floor is
// reported as a known gap and only fails below its ratchet (RATCHET in floors.ts), so CI keeps every
// met floor and stops regressions while the gap is open. The issue stays open until none is listed.
const knownGaps = new Set(args.flatMap((a, i) => (a === "--known-gap" ? [args[i + 1]] : [])));
for (const f of mhc ?? []) {
  if (!f.ok && knownGaps.has(f.name)) {
    const ratchet = RATCHET.mhc[f.name] ?? MHC_FLOOR;
    f.ok = f.accuracy >= ratchet;
    console.log(`  ${f.ok ? "GAP " : "FAIL"} Spanish MHC ${f.name} accuracy: ${f.accuracy.toFixed(3)} (issue floor ≥ ${MHC_FLOOR} NOT MET — known gap, held at ratchet ≥ ${ratchet})`);
    continue;
  }
  console.log(`  ${f.ok ? "ok  " : "FAIL"} Spanish MHC ${f.name} accuracy: ${f.accuracy.toFixed(3)} (floor ≥ ${MHC_FLOOR})`);
}
if (mhc) console.log(`  (Spanish MHC floored functionalities measured in ${(mhcMs / 1000).toFixed(1)} s)`);
console.log(`eval took ${((performance.now() - started) / 1000).toFixed(1)} s`);
const failed = [...checks, ...(mhc ?? [])].filter((c) => !c.ok);
if (failed.length) {
  console.log(`${failed.length} floor(s) not met`);
  process.exit(1);
}
const gaps = (mhc ?? []).filter((f) => knownGaps.has(f.name) && f.accuracy < MHC_FLOOR).map((f) => f.name);
console.log(gaps.length ? `all floors met except the known gap(s) ${gaps.join(", ")} (held at their ratchets)` : "all floors met");
