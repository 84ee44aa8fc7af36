// Proves that a speed change leaves every result identical: runs analyze() over every text we have
// (our suites, ViHSD dev, ViHOS, Davidson, every Multilingual HateCheck language, the bench samples)
// and writes one line per text: source, row, and the full analysis (language, signals with spans,
// scores) as JSON. Compare two dumps with `--compare A B`.
//   npx tsx scripts/moderation/dump-analyses.ts OUT [--root DIR] [--limit N] [--plain]
//   npx tsx scripts/moderation/dump-analyses.ts --compare A B
// `--root DIR` runs another checkout of the detection engine (e.g. an export of the last commit); `--plain`
// switches the engine's fast paths off (enginePaths in engine.ts), so a dump with and one without them
// show that the matchers and gates change nothing.
// Lines of held-out Multilingual HateCheck cases are written as a hash only, and a comparison never
// prints their text: the held-out half is scored, never read (see hatecheck.ts).
import { createHash } from "node:crypto";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { pathToFileURL } from "node:url";
import { readCsvObjects } from "../../src/features/moderation/detection/csv.js";
import { mhcFile, templateHalves } from "../../src/features/moderation/detection/hatecheck.js";
import { DATASETS } from "../../src/features/moderation/detection/floors.js";

const args = process.argv.slice(2);
if (args[0] === "--compare") {
  const read = (f: string) => new Map(readFileSync(f, "utf8").split("\n").filter(Boolean).map((l) => {
    const i = l.indexOf("\t", l.indexOf("\t") + 1);
    return [l.slice(0, i), l.slice(i + 1)] as [string, string];
  }));
  const a = read(args[1]);
  const b = read(args[2]);
  let diff = 0;
  for (const [k, v] of a) {
    if (b.get(k) === v) continue;
    diff++;
    if (diff <= 20) console.log(`≠ ${k}\n  A ${v.slice(0, 400)}\n  B ${(b.get(k) ?? "(missing)").slice(0, 400)}`);
  }
  for (const k of b.keys()) if (!a.has(k)) diff++;
  console.log(`${a.size} / ${b.size} lines, ${diff} differ`);
  process.exit(diff ? 1 : 0);
}

const out = args[0];
if (!out) throw new Error("usage: dump-analyses.ts OUT [--root DIR] [--limit N]");
const opt = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const root = opt("--root") ?? new URL("../../", import.meta.url).pathname;
const limit = Number(opt("--limit")) || Infinity;
const { createDetector } = (await import(pathToFileURL(`${root}/src/features/moderation/detection/detect.ts`).href)) as typeof import("../../src/features/moderation/detection/detect.js");
if (args.includes("--plain")) {
  const { enginePaths } = (await import(pathToFileURL(`${root}/src/features/moderation/detection/engine.ts`).href)) as typeof import("../../src/features/moderation/detection/engine.js");
  enginePaths.fast = false;
}
const det = createDetector();

const sources: Array<{ name: string; texts: string[]; hide?: boolean[] }> = [];
const csv = (file: string, col: string, sep = ",") =>
  existsSync(file) ? readCsvObjects(readFileSync(file, "utf8"), sep).map((r) => r[col] ?? "").slice(0, limit) : [];
for (const lang of ["en", "vi", "es"]) sources.push({ name: `suite-${lang}`, texts: csv(new URL(`../../test/moderation-suites/${lang}.csv`, import.meta.url).pathname, "text") });
sources.push({ name: "vihsd-dev", texts: csv(`${DATASETS}/vihsd/dev.csv`, "free_text") });
sources.push({ name: "vihos-dev", texts: csv(`${DATASETS}/vihos/dev.csv`, "content") });
sources.push({ name: "victsd-valid", texts: csv(`${DATASETS}/victsd/ViCTSD_valid.csv`, "Comment") });
sources.push({ name: "davidson", texts: csv(`${DATASETS}/davidson-hsol/train.csv`, "tweet").slice(0, 5000) });
sources.push({ name: "germeval", texts: csv(`${DATASETS}/germeval-harmful-content/vio_train_26.csv`, "description", ";").slice(0, 2000) });
for (const l of ["spanish", "french", "italian", "portuguese", "german", "dutch", "polish"]) {
  const f = mhcFile(l);
  if (!existsSync(f)) continue;
  const rows = readCsvObjects(readFileSync(f, "utf8")).slice(0, limit);
  const half = templateHalves(rows);
  sources.push({ name: `mhc-${l}`, texts: rows.map((r) => r.test_case), hide: rows.map((r) => half(r) === "held") });
}

const lines: string[] = [];
const t0 = performance.now();
let n = 0;
for (const s of sources) {
  s.texts.forEach((text, i) => {
    const a = det.analyze(text);
    const json = JSON.stringify(a);
    n++;
    lines.push(`${s.name}\t${i}\t${s.hide?.[i] ? "held-out " + createHash("sha1").update(json).digest("hex") : json}`);
  });
}
writeFileSync(out, lines.join("\n") + "\n");
console.log(`${n} texts in ${((performance.now() - t0) / 1000).toFixed(1)} s → ${out}`);
