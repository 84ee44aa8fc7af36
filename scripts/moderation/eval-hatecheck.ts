// Evaluates a language pack on Multilingual HateCheck: accuracy per functionality (hateful = any hate or
// violence category at the policy's queue-or-above outcome). Evaluation only — never tune on the cases.
//   npx tsx scripts/moderation/eval-hatecheck.ts [spanish] [--code es] [--force-language] [--json]
//                                              [--split] [--errors dev]
// --split reports every functionality on the two template halves (see templateHalves in hatecheck.ts):
// "dev" (the half whose errors may be looked at while improving a pack) and "held" (never looked at),
// plus all cases. --errors dev prints the dev half's misclassified cases (never the held half's).
import { createDetector } from "../../src/features/moderation/detection/detect.js";
import { evaluateHateCheck, flaggedHateful, loadHateCheck, mhcFile, templateHalves, type HateCheckReport } from "../../src/features/moderation/detection/hatecheck.js";

const args = process.argv.slice(2);
const name = args.find((a) => !a.startsWith("--") && !/^[a-z]{2,4}$/.test(a)) ?? "spanish";
const code = args.includes("--code") ? args[args.indexOf("--code") + 1] : "es";
const file = mhcFile(name);
const rows = loadHateCheck(file);
if (!rows) {
  console.log(`Multilingual HateCheck (${name}) not found at ${file}: skipped`);
  process.exit(0);
}
const det = createDetector();
const language = args.includes("--force-language") ? code : undefined;
const FLOORED = ["threat_dir_h", "threat_norm_h", "derog_dehum_h"];
const templateHalf = templateHalves(rows);
const pct = (x: number) => (x * 100).toFixed(1).padStart(5) + "%";

if (args.includes("--errors")) {
  if (args[args.indexOf("--errors") + 1] !== "dev") throw new Error("--errors dev: only the dev half's errors may be looked at");
  for (const r of rows) {
    if (templateHalf(r) !== "dev") continue;
    const a = det.analyze(r.test_case, language ? { language } : {});
    const ok = flaggedHateful(a) === (r.label_gold === "hateful");
    if (!ok) console.log(`${r.functionality.padEnd(20)} ${r.label_gold.padEnd(12)} ${a.language} ${r.test_case}  ${a.signals.slice(0, 2).map((s) => `${s.detector}=${s.score}`).join(" ")}`);
  }
  process.exit(0);
}

const t0 = performance.now();
const r = evaluateHateCheck(det, rows, { expect: code, language });
const ms = performance.now() - t0;
if (args.includes("--json")) {
  console.log(JSON.stringify(r, null, 1));
  process.exit(0);
}
const acc = (xs: HateCheckReport["functionalities"]) => xs.reduce((s, f) => s + f.correct, 0) / Math.max(1, xs.reduce((s, f) => s + f.n, 0));
console.log(`Multilingual HateCheck ${name}: ${r.n} cases, overall accuracy ${(r.accuracy * 100).toFixed(1)}%, ` +
  `language detected as ${code} for ${(r.languageDetected * 100).toFixed(1)}%, ${(r.n / (ms / 1000)).toFixed(0)} cases/s`);
if (args.includes("--split")) {
  const half = (h: string) => evaluateHateCheck(det, rows.filter((x) => templateHalf(x) === h), { language });
  const dev = half("dev");
  const held = half("held");
  const get = (rep: HateCheckReport, f: string) => rep.functionalities.find((x) => x.functionality === f);
  const cell = (x: ReturnType<typeof get>) => (x ? `${pct(x.accuracy)} (${String(x.correct).padStart(3)}/${String(x.n).padEnd(3)})` : "      —        ");
  console.log(`  ${"functionality".padEnd(20)} ${"gold".padEnd(12)} ${"dev half".padEnd(16)} ${"held-out half".padEnd(16)} all`);
  for (const f of r.functionalities) {
    const mark = FLOORED.includes(f.functionality) ? (f.accuracy >= 0.8 ? "  floor ok" : "  floor BELOW") : "";
    console.log(`  ${f.functionality.padEnd(20)} ${f.gold.padEnd(12)} ${cell(get(dev, f.functionality))} ${cell(get(held, f.functionality))} ${cell(f)}${mark}`);
  }
  for (const [label, rep] of [["dev", dev], ["held", held], ["all", r]] as const) {
    const h = rep.functionalities.filter((f) => f.gold === "hateful");
    const nh = rep.functionalities.filter((f) => f.gold !== "hateful");
    console.log(`  ${label}: ${rep.n} cases, accuracy ${pct(rep.accuracy)}; hateful ${pct(acc(h))}, non-hateful ${pct(acc(nh))}`);
  }
  process.exit(0);
}
for (const f of r.functionalities) {
  const mark = FLOORED.includes(f.functionality) ? (f.accuracy >= 0.8 ? "  (floor 0.80: ok)" : "  (floor 0.80: BELOW)") : "";
  console.log(`  ${f.functionality.padEnd(20)} ${f.gold.padEnd(12)} ${pct(f.accuracy)}  (${f.correct}/${f.n})${mark}`);
}
const h = r.functionalities.filter((f) => f.gold === "hateful");
const nh = r.functionalities.filter((f) => f.gold !== "hateful");
console.log(`  hateful cases ${pct(acc(h))}, non-hateful cases ${pct(acc(nh))}`);
