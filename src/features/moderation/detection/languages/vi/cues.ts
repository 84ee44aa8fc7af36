// Word classes for the Vietnamese classifier (diacritic-free, after teencode expansion): profanity,
// insults, and words that address or point at someone. ViHSD's guideline separates "offensive"
// (profanity with no target) from "hate" (abuse aimed at a person or group); the pair features
// "insult & address" let a linear model see that difference.
const CLASSES: Record<string, string> = {
  prof: "dit dm dcm dkm lon cac vcl vl deo di buoi du cc clm dmm vai cmn vkl dech ditme",
  insult: "ngu oc cho suc vat khon nan mat day thieu nang nao tan dan ngao dien khung rac ruoi bo do dlv phan dong " +
    "que ky parky khua be de xao lao hen ngoo ngok dot mu ranh ac oc_cho lol ga cut",
  address: "may m bay thang con bon lu tui chung no han mu lao dam may_thang",
};
export const VI_CUES: ReadonlyMap<string, string> = new Map(
  Object.entries(CLASSES).flatMap(([cls, words]) => words.split(" ").map((w) => [w.replace(/_/g, " "), cls] as [string, string])),
);
