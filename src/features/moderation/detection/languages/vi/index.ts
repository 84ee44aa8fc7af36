// The Vietnamese language pack.
import type { LanguagePack } from "../types.js";
import { rewriteTokens, type Normalized } from "../../normalize.js";
import { firstWords, lastWords, once } from "../compile.js";
import { VI_LEXICON as L } from "./lexicon.js";
import { VI_COUNTER, VI_MITIGATORS } from "./mitigators.js";
import { VI_OTHER_RULES } from "./rules-other.js";
import { VI_RULES } from "./rules.js";
import { TEENCODE } from "./teencode.js";
import { VI_CUES } from "./cues.js";

// Frequent Vietnamese words in their unaccented spelling, so text typed without diacritics is recognised.
const WORDS = new Set(
  ("khong ko k la cua va nguoi toi tao may nhung duoc dc nay cho voi mot cac nhu thi roi di chet giet phai " +
    "nen se minh ban anh em chi ong ba do day kia biet lam noi thang con chung tui nhe a u ha vay the ma " +
    "cung van da dang chua rat qua lai ra vao len xuong o tren duoi bon lu het gi j dm vcl vl dcm dkm cc " +
    "oi nha nhe ak ah z r m t ne nua luon sao ai dau bao nhieu vi neu hay mat chu thoi trong ngoai tai").split(" "),
);
const VI_CHAR = /[ăâđêôơưàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ]/g;

function detect(n: Normalized): number {
  const marks = (n.text.match(VI_CHAR) ?? []).length;
  let hits = 0;
  let total = 0;
  for (const w of n.plain.split(/[^a-z]+/)) {
    if (!w) continue;
    total++;
    if (WORDS.has(w)) hits++;
  }
  if (total === 0) return 0;
  return (marks / total) * 1.5 + (hits / total) * 1.6;
}

const rules = once(() => [...VI_RULES(), ...VI_OTHER_RULES()]);

const pack: LanguagePack = {
  code: "vi",
  name: "Tiếng Việt",
  version: "vi-1.0.0",
  detect,
  view: (n) => rewriteTokens(n, TEENCODE),
  classifierCues: VI_CUES,
  triggers: {
    violent: [...firstWords(L.VERB), "chết"],
    fate: ["chết", "toi", "tiêu", "xong", "số", "bị", "ăn", "lên", "mất"],
    normative: [...firstWords(L.MODAL), "chết", "thấy", "gặp", "bắt"],
    coded: ["lò", "trại", "pháp", "bàn", "nghĩa", "buồng", "kẹo", "đạn", "muối", "ông", "lỗ", "dọn", "quét", "thanh", "tận", "diệt"],
    wish: ["mong", "chúc", "cầu", "ước", "hy", "hi", "trời"],
    dehuman: [...firstWords(L.DEHUMAN), ...lastWords(L.DEHUMAN)],
    derogate: ["ghét", "căm", "ghê", "khinh", "kinh", "thấp", "hạ", "bẩn", "đáng", "mối", "nỗi", "đồ", "vô", "ngu", "mọi", "man"],
    weapon: [...lastWords(L.WEAPON), ...firstWords(L.WEAPON)],
    slur: ["parky", "par", "pake", "namkiki", "kiki", "bake", "kỳ", "kì", "cụ", "khựa", "cộng", "chệt", "chệc", "tàu", "nhớt", "đê", "bede",
      "pede", "cái", "nữ", "que", "sọc", "đỏ", "nô", "càng", "viên", "dlv", "rợ", "đen", "mọi", "cầy", "tơ", "quê", "36", "sáu", "lúa", "muống",
      "ngụy", "điếm", "cave", "đột", "khỉ", "bắc", "nam", "bóng", "gay", "les", "lesbian", "trung", "nghệ", "hóa", "nội", "gòn", "phản", "động", "bà", "gái",
      "tộc", "thượng", "sản"],
  },
  // compiled on first use: importing the registry costs little, an unused language costs nothing
  get rules() {
    return rules();
  },
  get mitigators() {
    return VI_MITIGATORS();
  },
  get counter() {
    return VI_COUNTER();
  },
  clause: /,|;|:|\s(?:thì|nhưng|hoặc|còn|nếu không|kẻo)\s/g,
};
export default pack;
