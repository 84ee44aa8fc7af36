// Evaluates the full pipeline (detector + default policy) on evaluation-only datasets (never trained on).
// ViHSD dev: 3 classes clean / offensive → harassment / hate → hate (violence counts as hate), macro-F1
// (the dataset paper's best is 0.627; the floor 0.63).
//   npx tsx scripts/moderation/eval-datasets.ts [--no-classifier]
import { createDetector } from "../../src/features/moderation/detection/detect.js";
import { checkViHSD, vihsdDevFile } from "../../src/features/moderation/detection/floors.js";
import { formatLabelledReport } from "../../src/features/moderation/detection/labelled-io.js";

const c = checkViHSD(createDetector({ classifier: !process.argv.includes("--no-classifier") }));
if (!c) {
  console.log(`ViHSD not found at ${vihsdDevFile()}`);
  process.exit(0);
}
console.log(formatLabelledReport(c.name, c.report));
console.log(`floor ${c.floor}: ${c.ok ? "met" : "NOT met"} (${c.measured})`);
