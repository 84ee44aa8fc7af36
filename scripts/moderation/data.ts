// Training data loaders. Only redistributable data may train what ships (see
// /work/shared/datasets/README.md): Davidson (MIT), ViHOS (MIT). ViHSD/ViCTSD/ViTHSD are evaluation-only.
import { readFileSync, existsSync } from "node:fs";
import { readCsvObjects } from "../../src/features/moderation/detection/csv.js";
import { OWN_EXAMPLES } from "./own-examples.js";

export const DATA = process.env.ROSTRA_DATASETS ?? "/work/shared/datasets";
export type Label = 0 | 1 | 2; // clean, offensive, hate
export interface Example {
  text: string;
  label: Label;
}

function decodeTweet(t: string): string {
  return t
    .replace(/&amp;/g, "&").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&#\d+;/g, " ")
    .replace(/\bRT\b/g, " ").replace(/@\w+:?/g, " ").replace(/https?:\/\/\S+/g, " ")
    .replace(/\s+/g, " ").trim();
}

export function davidson(): Example[] {
  const rows = readCsvObjects(readFileSync(`${DATA}/davidson-hsol/train.csv`, "utf8"));
  // Davidson classes: 0 hate, 1 offensive, 2 neither
  const map: Record<string, Label> = { "0": 2, "1": 1, "2": 0 };
  return rows.map((r) => ({ text: decodeTweet(r.tweet), label: map[r.class] })).filter((e) => e.text);
}

// ViHOS marks spans of hate OR offensive text without saying which. ViHSD's guideline (which we only
// read, never train on) calls content "hate" when it targets a person or group and "offensive" when it
// is profanity without a target. So a span that names or addresses a target makes the comment "hate";
// profanity-only spans make it "offensive". A weak label, stated as such.
const TARGET_CUES = new Set(
  ("thằng con mày m may bọn lũ tụi chúng nó ngu chó óc đĩ điếm súc vật khốn nạn mất dạy phản động bò đỏ " +
    "que bắc kỳ parky khựa tàu bê đê dlv não tàn trẻ trâu thiểu năng ngáo đần dốt mặt hèn láo " +
    "bố mẹ má cha vô học ăn hại rác rưởi thần kinh khùng điên tâm thần sủa cắn ngậm câm mồm mõm").split(" "),
);

// Words that make a comment address or point at someone (second/third person, group nouns): with an
// abusive span anywhere, ViHSD's guideline would call the comment targeted.
const ADDRESS = new Set(
  ("mày m may bây tụi bọn lũ chúng thằng con nó hắn mụ lão bà ông đám nhà mấy").split(" "),
);
const WEAK = process.env.WEAK ?? "comment";

export function vihosWeak(file: string): Example[] {
  const rows = readCsvObjects(readFileSync(file, "utf8"));
  return rows.map((r) => {
    const spans: number[] = JSON.parse(r.index_spans || "[]");
    if (spans.length === 0) return { text: r.content, label: 0 as Label };
    const set = new Set(spans);
    let spanText = "";
    for (let i = 0; i < r.content.length; i++) spanText += set.has(i) ? r.content[i] : " ";
    const words = spanText.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);
    const all = r.content.toLowerCase().split(/[^\p{L}\p{N}]+/u);
    const targeted = words.some((w) => TARGET_CUES.has(w)) || (WEAK === "comment" && all.some((w) => ADDRESS.has(w)));
    return { text: r.content, label: (targeted ? 2 : 1) as Label };
  });
}

/** Texts of an evaluation-only split, used ONLY to remove them from training (decontamination). */
export function evalTexts(file: string, column: string): Set<string> {
  if (!existsSync(file)) return new Set();
  return new Set(readCsvObjects(readFileSync(file, "utf8")).map((r) => r[column].trim()));
}

/** Our own written examples: ./own-examples.ts, and scripts/moderation/data/<lang>.csv (text,label with
 *  label clean|offensive|hate) when present. */
export function ownExamples(lang: string): Example[] {
  return [...(OWN_EXAMPLES[lang] ?? []), ...ownCsv(lang)];
}

function ownCsv(lang: string): Example[] {
  const file = new URL(`./data/${lang}.csv`, import.meta.url);
  if (!existsSync(file)) return [];
  const map: Record<string, Label> = { clean: 0, offensive: 1, hate: 2 };
  return readCsvObjects(readFileSync(file, "utf8")).map((r) => ({ text: r.text, label: map[r.label] }));
}
