// Expands the suite templates × targets into test/moderation-suites/<lang>.csv (deterministic).
//   npx tsx scripts/moderation/gen-suites.ts
import { writeFileSync } from "node:fs";
import { csvField } from "../../src/features/moderation/detection/csv.js";
import { EN_GROUP, EN_SINGLE, EN_TARGETS, type Tpl } from "./suite-en.js";
import { ES_GROUP, ES_PROTECTED, ES_SINGLE, ES_TARGETS, type EsTarget } from "./suite-es.js";
import { VI_GROUP, VI_SINGLE, VI_TARGETS } from "./suite-vi.js";

type Fill = (tpl: string) => string;
function expand(lang: string, groups: Array<[Tpl[], Array<[Fill, string]>]>, singles: Array<[string, string, string, string, boolean?]>): string {
  const rows = ["id,functionality,text,label,target"];
  let n = 0;
  const id = (holdout?: boolean) => `${lang}-${holdout ? "holdout-" : ""}${String(++n).padStart(4, "0")}`;
  for (const [tpls, targets] of groups)
    for (const [fn, label, tpl, holdout] of tpls)
      for (const [fill, name] of targets) rows.push([id(holdout), fn, fill(tpl), label, name].map(csvField).join(","));
  for (const [fn, label, text, target, holdout] of singles) rows.push([id(holdout), fn, text, label, target].map(csvField).join(","));
  return rows.join("\n") + "\n";
}

const simple = (targets: Array<[string, string, string]>): Array<[Fill, string]> =>
  targets.map(([plural, single, name]) => [(t) => t.replace(/\{T\}/g, plural).replace(/\{t\}/g, single), name]);
const cap = (s: string) => s[0].toUpperCase() + s.slice(1);
const es = (targets: EsTarget[]): Array<[Fill, string]> =>
  targets.map(([los, un, bare, g, name]) => {
    const todos = (g === "m" ? "todos " : "todas ") + los;
    const fill: Fill = (t) => {
      const out = t.replace(/\{LOS\}/g, los).replace(/\{Los\}/g, cap(los)).replace(/\{UN\}/g, un).replace(/\{T\}/g, bare)
        .replace(/\{os\}/g, g === "m" ? "os" : "as").replace(/\{TODOS\}/g, todos);
      return out.startsWith("todos") || out.startsWith("todas") ? cap(out) : out;
    };
    return [fill, name];
  });

const dir = new URL("../../test/moderation-suites/", import.meta.url);
writeFileSync(new URL("en.csv", dir), expand("en", [[EN_GROUP, simple(EN_TARGETS)]], EN_SINGLE));
writeFileSync(new URL("vi.csv", dir), expand("vi", [[VI_GROUP, simple(VI_TARGETS)]], VI_SINGLE));
writeFileSync(new URL("es.csv", dir), expand("es", [[ES_GROUP, es(ES_TARGETS)], [ES_PROTECTED, es(ES_TARGETS.filter((t) => t[5]))]], ES_SINGLE));
console.log("wrote test/moderation-suites/en.csv, vi.csv and es.csv");
