// Vietnamese patterns: the same constructions as English, in Vietnamese word order
// ("tao sẽ giết mày", "phải giết hết bọn X", "bọn X đáng bị treo cổ").
import { compile, once, firstWords as fw } from "../compile.js";
import type { PatternRule } from "../types.js";
import { VI_LEXICON as L } from "./lexicon.js";

const c = (src: string) => compile(src, L, { vi: true });
const GROUP_START = [...fw(L.QUANT), ...fw(L.GROUP), ...fw(L.GROUP_Q)];
const YOU_START = ["mày", "m", "mầy", "mi", "bây", "chúng", "bọn", "tụi", "cả", "con", "thằng", "bạn", "cậu", "ông", "bà", "anh", "chị", "em", "nó", "hắn"];
// second person as a subject ("mày sẽ chết")
const YOU2 = "(?:mày|m|mầy|mi|bây|chúng mày|bọn mày|tụi mày|tụi bây|chúng bây|cả nhà mày|cả lò mày|con mày|thằng kia|con kia|bạn|cậu|ông|bà|anh|chị|em|thằng này|con này|nó|hắn|thằng đó|con đó)";
const TARGET = "(?:(?:{QUANT} ){0,2}{GROUP}|(?:{QUANT} ){1,2}{GROUP_Q})>";
const GROUP_SUBJ = "(?:(?:{QUANT} ){0,2}{GROUP}|(?:{QUANT} ){1,2}{GROUP_Q})";
const PLAIN_PROT = "(?:người hồi giáo|người theo đạo hồi|hồi giáo|người do thái|do thái|người công giáo|công giáo|người theo đạo thiên chúa|người theo đạo tin lành|cơ đốc nhân|phật tử|người theo đạo phật|người da đen|người da trắng|người da màu|người tàu|người trung quốc|người hoa|dân nhập cư|người nhập cư|người tị nạn|người đồng tính|người chuyển giới|phụ nữ|đàn bà|dân bắc kỳ|bắc kỳ|nam kỳ|dân miền bắc|dân miền nam|người miền bắc|người miền nam|người khuyết tật|dân tộc thiểu số|người thượng|người khmer|người chăm|nhà hoạt động blm|người biểu tình blm|người ủng hộ blm)";

// slurs used only as abuse
const SLUR = "parky|par ky|pake|namkiki|nam kiki|bake|bắc kỳ chó|nam kỳ chó|bắc cụ|tàu khựa|khựa|tàu cộng|chệt|chệc|ba tàu|xăng pha nhớt|pê đê|bê đê|bede|pede|bóng lại cái|ái nam ái nữ|ba que|3 que|ba sọc|3 sọc|bò đỏ|cộng nô|đu càng|dư luận viên|dlv|mọi rợ|mọi đen|đồ mọi|thằng mọi|con mọi|nam cầy|bắc cầy|cầy tơ|nhà quê|dân quê mùa|thanh hóa 36|dân 36|ba mươi sáu|36 thanh hóa|hai lúa|rau muống|ngụy|đồ ngụy|đĩ điếm|cave|cave đội lốt|khỉ đột|mặt khỉ";
// contemptuous classifiers ("bọn", "lũ", "thằng"; not the neutral "những", "các", "con")
const SLUR_CLS = "(?:bọn|lũ|đám|tụi|thằng|cái bọn|cái lũ|cái đám|bầy|lũ chó|bọn chó|tụi chó|đám chó|bè lũ|giống|loài|đồ|mấy thằng|mấy con mụ|con mụ|mụ|lũ khốn|bọn khốn|cả lũ|cả bọn|hết bọn|hết lũ)";
// ambiguous alone, slurs after a contemptuous classifier
const SLUR_Q = "bắc kỳ|bắc kì|nam kỳ|nam kì|trung kỳ|bắc|nam|mọi|bóng|gay|les|lesbian|đồng bóng|da đen|mọi đen|tàu|trung quốc|nghệ|thanh hóa|hà nội|sài gòn|miền bắc|miền nam|miền trung|cộng sản|việt cộng|phản động|đàn bà|phụ nữ|dân tộc|thượng|dân quê";
export const VI_RULES = once((): PatternRule[] => [
  {
    id: "threat.direct", category: "violence_threat", score: 0.92, trigger: "violent", start: fw(L.ME),
    reason: "đe dọa bạo lực trực tiếp (first-person threat)",
    re: c("<{ME}(?: {WILL})?~ {VERB} (?:chết |cho chết |bỏ )?(?:{YOU})>"),
  },
  {
    id: "threat.target", category: "violence_threat", score: 0.9, trigger: "violent", start: fw(L.ME),
    reason: "đe dọa bạo lực nhắm vào một nhóm hay một người (threat against a group or person)",
    re: c(`<{ME}(?: {WILL})?~ {VERB} (?:chết |bỏ )?${TARGET}`),
  },
  {
    id: "threat.conditional", category: "violence_threat", score: 0.9, trigger: "violent", start: ["nếu", "hễ", "lỡ", "mà", ...YOU_START],
    reason: "đe dọa có điều kiện (conditional threat)",
    re: c(`<(?:(?:nếu|hễ|lỡ|mà) ${YOU2}|${YOU2} (?:mà|dám|còn))>…,? (?:thì )?(?:{ME}(?: {WILL})?~ {VERB} (?:{YOU})|${YOU2} (?:sẽ )?(?:chết|toi|xong đời|tới số|ăn đòn|no đòn))>`),
  },
  {
    id: "threat.fate", trigger: "fate", category: "violence_threat", score: 0.85, start: YOU_START,
    reason: "báo trước cái chết của người nghe (tells the reader they will die)",
    re: c(`<${YOU2} (?:sẽ|sắp|sắp sửa|chắc chắn sẽ|sớm muộn cũng) (?:phải )?(?:chết|bị giết|bị đâm|bị bắn|toi mạng|mất mạng|bị xử|ăn đạn|lên bàn thờ)>|<${YOU2} (?:chết|toi|tiêu|xong|xong đời) (?:chắc )?(?:với|cùng) (?:tao|bố|tụi tao|bọn tao|ông|bà|anh em tao|tôi)>|<${YOU2} (?:tới|đến) số (?:rồi)?>`),
  },
  {
    id: "threat.warning", category: "violence_threat", score: 0.8,
    reason: "lời đe dọa ngầm (intimidating warning)",
    re: c("<(?:liệu hồn|liệu cái hồn|(?:tao|tôi|bọn tao|tụi tao|bố|ông) biết nhà (?:mày|m|mầy|bây|cậu|bạn|ông|bà) (?:ở )?(?:đâu|chỗ nào)|ra đường (?:nhớ |thì )?(?:cẩn thận|coi chừng)|cẩn thận cái (?:mạng|đầu)|giữ (?:lấy |cho kỹ )?cái mạng|(?:mày|m) không sống (?:nổi|được|qua) (?:qua )?(?:ngày mai|tuần này|tháng này|năm nay|đâu)|(?:tao|tôi|bọn tao|tụi tao|bố) sẽ tìm (?:ra |đến |tới )?(?:mày|m|nhà mày|bây|cậu)|(?:tao|t|bố) cho (?:mày|m) (?:sống không bằng chết|chết không kịp ngáp)|(?:mày|m) không thoát được đâu|(?:mày|m) sẽ phải trả giá bằng (?:mạng|máu|mạng sống))>"),
  },
  {
    id: "incite.call", category: "violence_incitement", score: 0.9, trigger: "violent", start: fw(L.CALL),
    reason: "kêu gọi bạo lực nhắm vào một nhóm (call to violence)",
    re: c(`<{CALL}~ {VERB} ${TARGET}`),
  },
  {
    id: "incite.all", category: "violence_incitement", score: 0.88, trigger: "violent", start: fw(L.VERB),
    reason: "kêu gọi giết/đánh hết một nhóm (call to kill a whole group)",
    re: c(`<{VERB} (?:hết|sạch|tất cả|toàn bộ|cả|không tha|không chừa|bằng hết)(?: {QUANT}){0,2} (?:{GROUP}|nó|chúng nó|bọn nó|lũ nó|tụi nó|bọn chúng|chúng)>|<{VERB} ${GROUP_SUBJ} (?:hết|sạch|đi|không tha|không chừa|cho tao|cho bằng hết|cho sạch|cho hết)>`),
  },
  {
    id: "incite.imperative", category: "violence_incitement", score: 0.88, trigger: "violent", start: ["hãy", "mau", "cứ", "phải", "đi", ...fw(L.VERB)],
    reason: "câu mệnh lệnh kêu gọi bạo lực (imperative call to violence)",
    re: c(`(?<=^|[.!?\\n:"]\\s{0,3})(?:(?:hãy|mau|cứ|phải|đi) )?{VERB} ${TARGET}`),
  },
  {
    id: "incite.normative", trigger: "normative", category: "violence_incitement", score: 0.88, start: [...GROUP_START, "thấy", "gặp", "bắt"],
    reason: "cho rằng một nhóm đáng bị giết (says a group should be killed)",
    re: c(`<${GROUP_SUBJ} (?:{QUANT} )?(?:thì )?(?:{MODAL}) (?:bị )?(?:{VERB}|chết|chết hết|chết sạch|chết đi|xử tử|xử bắn|tử hình|treo cổ|đem đi bắn|đem ra bắn|đi bắn|đi chết|ra pháp trường)>|<${GROUP_SUBJ} (?:chết|chết hết|chết sạch|chết mẹ) (?:hết )?(?:đi|cho rồi|cho xong|cho sạch|cho đỡ chật đất)>|<(?:thấy|gặp|bắt được) ${GROUP_SUBJ} (?:ở đâu )?(?:là|thì|liền) (?:phải )?{VERB}>`),
  },
  {
    id: "incite.coded", trigger: "coded", category: "violence_incitement", score: 0.85, start: [...GROUP_START, "cho", "đưa", "đem", "tống", "dọn", "quét", "thanh", "tận", "diệt"],
    reason: "kêu gọi bạo lực bằng ẩn ngữ (coded call to violence)",
    re: c(`<(?:cho|đưa|đem|tống) ${GROUP_SUBJ} (?:vào |lên |ra |đi |về )?(?:lò thiêu|lò thiêu xác|trại tập trung|pháp trường|bàn thờ|nghĩa địa|buồng hơi ngạt|ăn kẹo đồng|ăn đạn|bán muối|gặp ông bà|với ông bà)>|<${GROUP_SUBJ} (?:{MODAL} |chỉ đáng |xứng đáng |chỉ xứng )?(?:ăn kẹo đồng|ăn đạn|lên bàn thờ|ra pháp trường|vào lò thiêu|về với ông bà|xuống lỗ)>|<(?:dọn sạch|quét sạch|thanh lọc|tận diệt|diệt chủng) ${GROUP_SUBJ}`),
  },
  {
    id: "incite.time_place", trigger: "weapon", category: "violence_incitement", score: 0.88,
    reason: "kêu gọi tụ tập có thời gian, địa điểm và vũ khí (gathering with weapons)",
    re: c("<{GATHER}>"),
    requires: [
      c("<{TIME}>|<(?:lúc )?\\d{1,2} ?(?:giờ|h)(?:\\d\\d)?>"),
      c("<(?:mang|cầm|đem|vác|mang theo|đem theo|chuẩn bị|trang bị|có sẵn|với|kèm|nhớ mang|nhớ đem|mang đủ|mang hết)~ {WEAPON}>"),
    ],
  },
  {
    id: "wish.harm", trigger: "wish", category: "violence_threat", score: 0.82, start: ["mong", "chúc", "cầu", "ước", "hy", "hi", "trời"],
    reason: "mong người khác chết hay bị hại (wishes death or harm)",
    re: c(`<(?:mong|mong cho|chúc|cầu cho|cầu mong|ước gì|ước|hy vọng|hi vọng|mong sao|cầu trời cho|cầu trời|trời ơi cho|mong là) (?:{QUANT} ){0,2}(?:{YOU}|{GROUP}) (?:(?:sớm|sẽ|bị|phải|đều|cũng|mau|cả nhà|cả lũ) )*{DIE}>`),
  },
  {
    id: "hate.dehumanise", trigger: "dehuman", category: "hate", score: 0.86, start: [...GROUP_START, ...fw(L.DEHUMAN)],
    reason: "phi nhân hóa một nhóm (dehumanising comparison)",
    re: c(`<${GROUP_SUBJ} (?:(?:chỉ|toàn|đúng|đều|thật|thực sự|rõ|cũng|chẳng qua) )?(?:là|như|chẳng khác gì|không khác gì|khác gì|y như|giống như|chả khác gì|đúng là|toàn là|chỉ là|là một|là cái) (?:(?:{QUANT}|một|thứ|đồ|bầy|loại) ){0,2}{DEHUMAN}>|<{DEHUMAN} (?:như|giống) ${GROUP_SUBJ}>`),
  },
  {
    // slurs for regions, ethnic groups, LGBT people and political camps; the ambiguous ones ("bắc kỳ" is also
    // the historical name of Tonkin, "mọi" also means "every") only after a classifier ("bọn bắc kỳ", "lũ mọi")
    id: "hate.slur", trigger: "slur", category: "hate", score: 0.74,
    reason: "dùng từ miệt thị một vùng miền, dân tộc, người đồng tính hay một phe (slur for a region, ethnic group, LGBT people or political camp)",
    re: c(`<(?:${SLUR})>|<${SLUR_CLS} (?:${SLUR_Q})>|<(?:${SLUR_Q}) (?:chó|chó má|ngu|ăn hại|mất dạy|khốn nạn|súc vật|bẩn thỉu|hèn hạ|mọi rợ|lươn lẹo|xảo trá|gian xảo|ăn cướp|ăn trộm|láo|láo toét|đểu|dơ bẩn|cút về|về nước)>`),
  },
  {
    id: "hate.derogate", trigger: "derogate", category: "hate", score: 0.78, start: ["tao", "tôi", "t", "tui", "mình", ...fw(L.QUANT), "người", "hồi", "do", "công", "cơ", "phật", "dân", "bắc", "nam", "đàn", "phụ", "nhà"],
    reason: "bày tỏ thù ghét hay coi thường nhóm được bảo vệ (derogation of a protected group)",
    re: c(`<(?:tao|tôi|t|tui|mình) (?:rất |cực kỳ |thực sự |vốn )?(?:ghét|căm ghét|căm thù|ghê tởm|khinh|kinh tởm) (?:(?:{QUANT}) ){0,2}${PLAIN_PROT}>|<(?:(?:{QUANT}) ){0,2}${PLAIN_PROT} (?:(?:đều|toàn|thật|rất|quá|vốn|bẩm sinh) )*(?:là )?(?:thấp kém|hạ đẳng|bẩn thỉu|ghê tởm|đáng khinh|không đáng sống|mối đe dọa|nỗi ô nhục|đồ bỏ đi|vô giá trị|ngu dốt|mọi rợ|man rợ)>`),
  },
]);
