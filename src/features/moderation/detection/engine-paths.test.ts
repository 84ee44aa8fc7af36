// The engine's fast paths (matcher.ts: big regexes split and tried only where their first words fit; gates
// that skip a regex no word of the text can begin) must give exactly the results of the plain regex runs.
// Compared here on our three suites and the dev half of Spanish Multilingual HateCheck (when present);
// `scripts/moderation/dump-analyses.ts --plain` does the same on every text we have.
import { readFileSync } from "node:fs";
import { afterAll, describe, expect, it } from "vitest";
import { readCsvObjects } from "./csv.js";
import { createDetector } from "./detect.js";
import { enginePaths } from "./engine.js";
import { loadHateCheck, mhcFile, templateHalves } from "./hatecheck.js";

const texts: string[] = [];
for (const lang of ["en", "vi", "es"])
  texts.push(...readCsvObjects(readFileSync(new URL(`../../../../test/moderation-suites/${lang}.csv`, import.meta.url), "utf8")).map((r) => r.text));
const mhc = loadHateCheck(mhcFile("spanish"));
if (mhc) {
  const half = templateHalves(mhc);
  // every third dev case: each template with a few of its targets and variants
  texts.push(...mhc.filter((r) => half(r) === "dev").map((r) => r.test_case).filter((_, i) => i % 3 === 0));
}
// texts built to hit the fast paths' edge cases: apostrophes and underscores inside words, a match right at
// the start and the end, words cut by a clause boundary, repeated matches
texts.push(
  "l'homme y los_judíos deberían ser ejecutados", "_matar a todos los judíos", "Hay que matar a todos los judíos", "judíos",
  "no, no hay que matar a los judíos: hay que escucharlos", "matar matar matar a los gitanos y a los judíos y a las mujeres",
  "Te voy a matar. Te voy a matar. Te voy a matar.", "x ".repeat(40) + "te voy a matar",
);

afterAll(() => {
  enginePaths.fast = true;
});

describe("fast and plain paths", () => {
  // the slow path runs every regex over every text (about a minute on a busy machine): the loop gives the
  // event loop a turn now and then, or the test worker misses its own messages to vitest
  it(`give identical analyses on ${texts.length} texts`, async () => {
    const det = createDetector();
    const run = async (fastPath: boolean): Promise<string[]> => {
      const out: string[] = [];
      for (let i = 0; i < texts.length; i++) {
        enginePaths.fast = fastPath;
        out.push(JSON.stringify(det.analyze(texts[i])));
        if (i % 50 === 49) await new Promise((r) => setImmediate(r));
      }
      return out;
    };
    const fast = await run(true);
    const plain = await run(false);
    enginePaths.fast = true;
    const differ = texts.filter((_, i) => fast[i] !== plain[i]);
    expect(differ).toEqual([]);
    // and the fast paths were really taken: some of these texts are flagged
    expect(fast.filter((a) => a.includes("violence_incitement")).length).toBeGreaterThan(100);
  }, 240_000);
});
