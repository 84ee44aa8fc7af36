// The quality floors CI enforces (issue 3), shared by `npm run eval:moderation` and floors.test.ts so
// both measure exactly the same thing: the full pipeline (detector + default policy) on our functional
// suites per language, and on the development splits in ../shared/datasets when they are present.
import { existsSync } from "node:fs";
import { evaluationSettings } from "../../../config.js";
import type { Detector } from "./detect.js";
import { evaluateHateCheck, loadHateCheck, mhcFile } from "./hatecheck.js";
import { evaluateLabelled, type LabelledReport } from "./labelled.js";
import { readLabelledCsv } from "./labelled-io.js";

export const DATASETS = evaluationSettings().datasetsDir ?? new URL("../../../../../shared/datasets", import.meta.url).pathname;
export const SUITE_LANGUAGES = ["en", "vi", "es"] as const;
export const VIOLENCE_FLOOR = { precision: 0.95, recall: 0.95 };
export const VIHSD_MACRO_F1_FLOOR = 0.63;
/** Spanish Multilingual HateCheck: accuracy on the threat and dehumanisation functionalities. */
export const MHC_FLOOR = 0.8;
export const MHC_FLOORED = ["threat_dir_h", "threat_norm_h", "derog_dehum_h"] as const;
/** What the engine measured when it last changed, minus a small margin (no regression below these); the
 *  issue's floors above are enforced by `npm run eval:moderation` and, with ROSTRA_STRICT_FLOORS=1, by the tests. */
// measured: ViHSD 0.630 (0.6301); MHC threat_dir_h 0.850, threat_norm_h 0.869, derog_dehum_h 0.900
export const RATCHET = { vihsdMacroF1: 0.625, mhc: { threat_dir_h: 0.83, threat_norm_h: 0.85, derog_dehum_h: 0.88 } as Record<string, number> };
export const STRICT = evaluationSettings().strictFloors;

export const suiteFile = (lang: string) => new URL(`../../../../test/moderation-suites/${lang}.csv`, import.meta.url).pathname;
export const vihsdDevFile = () => `${DATASETS}/vihsd/dev.csv`;

export interface FloorCheck {
  name: string;
  measured: string;
  floor: string;
  ok: boolean;
  report: LabelledReport;
}

export function checkSuite(detector: Detector, lang: string): FloorCheck {
  const rows = readLabelledCsv(suiteFile(lang), { text: "text", label: "label", language: lang });
  const report = evaluateLabelled(detector, rows);
  const v = report.violence;
  return {
    name: `${lang} suite violence (threat + incitement)`,
    measured: `P ${v.precision.toFixed(3)} R ${v.recall.toFixed(3)}`,
    floor: `P ≥ ${VIOLENCE_FLOOR.precision} R ≥ ${VIOLENCE_FLOOR.recall}`,
    ok: v.precision >= VIOLENCE_FLOOR.precision && v.recall >= VIOLENCE_FLOOR.recall,
    report,
  };
}

export interface HateCheckFloor {
  name: string;
  accuracy: number;
  ok: boolean;
}

/** Spanish MHC accuracy per floored functionality (null when the file is absent). */
export function checkHateCheckFloors(detector: Detector): HateCheckFloor[] | null {
  const rows = loadHateCheck(mhcFile("spanish"));
  if (!rows) return null;
  const r = evaluateHateCheck(detector, rows.filter((x) => (MHC_FLOORED as readonly string[]).includes(x.functionality)), { expect: "es" });
  return r.functionalities.map((f) => ({ name: f.functionality, accuracy: f.accuracy, ok: f.accuracy >= MHC_FLOOR }));
}

/** ViHSD dev: 0 clean → none, 1 offensive → harassment, 2 hate → hate (violence counts as hate). */
export function checkViHSD(detector: Detector): FloorCheck | null {
  if (!existsSync(vihsdDevFile())) return null;
  const rows = readLabelledCsv(vihsdDevFile(), { text: "free_text", label: "label_id", language: "vi", map: "0=none,1=harassment,2=hate" });
  const report = evaluateLabelled(detector, rows);
  return {
    name: "ViHSD dev macro-F1 (clean / offensive→harassment / hate)",
    measured: report.macroF1.toFixed(3),
    floor: `≥ ${VIHSD_MACRO_F1_FLOOR}`,
    ok: report.macroF1 >= VIHSD_MACRO_F1_FLOOR,
    report,
  };
}
