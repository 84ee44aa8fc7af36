// Vietnamese lexicons, written with diacritics; compile(…, { vi: true }) also accepts each entry
// without diacritics ("giết" / "giet"). Teencode is expanded before matching (see ./teencode.ts).
import type { Lexicon } from "../compile.js";

// Speaker (first person), including the arrogant "bố/ông/bà" used in threats.
const ME = ["tao", "tau", "tôi", "tui", "t", "ta", "bố", "bố mày", "ông", "ông đây", "bà", "bà đây", "tớ",
  "mình", "chúng tao", "bọn tao", "tụi tao", "chúng tôi", "bọn tôi", "tụi tôi", "anh em tao", "tao đây",
  "anh", "chị", "em", "bọn anh", "tụi anh", "chúng ta", "ae tao"];
// Addressee (second person) and personal objects.
const YOU = ["mày", "m", "mầy", "mi", "bây", "chúng mày", "bọn mày", "tụi mày", "tụi bây", "chúng bây",
  "cả nhà mày", "cả lò mày", "cả họ nhà mày", "cả nhà nó", "con mày", "vợ mày", "bố mẹ mày", "gia đình mày",
  "thằng kia", "con kia", "mẹ mày", "cậu", "bạn", "anh", "chị", "em", "ông", "bà", "thằng chó", "con chó",
  "thằng khốn", "con khốn", "thằng ranh", "con ranh", "mày luôn", "cả mày", "đứa nào", "thằng nào", "con nào",
  "nó", "hắn", "bọn nó", "chúng nó", "tụi nó", "lũ nó", "bọn chúng", "thằng đó", "thằng này", "con đó",
  "con này", "lão", "mụ", "lão ta", "mụ ta", "gã", "hắn ta", "họ"];
// Violent verbs ("giết", "đâm chết", "treo cổ" …) including coded ones ("cho lên bàn thờ").
const VERB = ["giết", "giết chết", "giết sạch", "giết hết", "đâm", "đâm chết", "chém", "chém chết", "bắn",
  "bắn chết", "bắn bỏ", "đánh chết", "đập chết", "đánh cho chết", "đánh cho nhừ tử", "đánh nhừ tử",
  "xử", "xử đẹp", "thịt", "làm thịt", "cắt cổ", "treo cổ", "thiêu", "thiêu sống", "thiêu chết",
  "đốt", "đốt chết", "chặt đầu", "chém đầu", "băm", "băm vằm", "băm nát", "tiêu diệt", "diệt", "diệt sạch",
  "diệt hết", "thủ tiêu", "thanh trừng", "hành quyết", "xử tử", "xử bắn", "tàn sát", "thảm sát",
  "ném bom", "đánh bom", "hiếp", "hiếp dâm", "cưỡng hiếp", "bóp cổ", "siết cổ", "dìm chết", "bóp chết",
  "xiên", "xiên chết", "chọc tiết", "mổ bụng", "lột da", "tẩn", "úp sọt", "đánh hội đồng", "trảm",
  "cán chết", "tông chết", "đập nát đầu", "bẻ cổ", "móc mắt", "phanh thây", "tru di", "đánh", "đập",
  "đâm cho chết", "cho ăn đạn", "cho ăn dao", "tiễn", "cho lên bàn thờ", "cho về với ông bà", "cho xuống lỗ",
  "cho đi gặp ông bà", "cho đi bán muối", "cho ra nghĩa địa", "chôn sống", "đánh gãy chân", "chặt tay",
  "đấm", "đấm chết", "thiến", "hạ sát", "ám sát", "trừ khử", "khử", "xử lý", "bắn bỏ hết", "đâm thủng"];
// Groups and their members (Vietnamese nouns do not inflect; quantifiers mark plurality).
const GROUP = [
  "người hồi giáo", "người theo đạo hồi", "tín đồ hồi giáo", "dân hồi giáo", "hồi giáo", "đạo hồi",
  "người do thái", "dân do thái", "do thái", "người công giáo", "giáo dân", "dân công giáo", "công giáo",
  "người theo đạo thiên chúa", "tín đồ thiên chúa giáo", "người theo đạo chúa", "dân đạo chúa", "đạo chúa",
  "người theo đạo tin lành", "tin lành", "cơ đốc nhân", "tín đồ cơ đốc giáo", "người theo đạo cơ đốc",
  "phật tử", "người theo đạo phật", "tăng ni", "sư sãi", "nhà sư", "sư", "người theo đạo hindu",
  "đảng viên đảng dân chủ", "đảng viên dân chủ", "người đảng dân chủ", "đảng dân chủ", "phe dân chủ",
  "người ủng hộ đảng dân chủ", "đảng viên đảng cộng hòa", "đảng viên cộng hòa", "đảng cộng hòa",
  "phe cộng hòa", "người ủng hộ đảng cộng hòa", "người ủng hộ trump", "fan trump", "người ủng hộ biden",
  "đảng viên", "cộng sản", "dư luận viên", "dlv", "phản động", "bò đỏ", "ba que", "3 que", "cờ vàng",
  "nhà hoạt động blm", "người biểu tình blm", "người ủng hộ blm", "nhà hoạt động black lives matter",
  "nhà hoạt động vì công lý chủng tộc", "nhà hoạt động nhân quyền", "nhà hoạt động", "người biểu tình",
  "nhà báo", "phóng viên", "ký giả", "kí giả", "nhà báo độc lập", "thẩm phán", "quan tòa", "chánh án",
  "công an", "cảnh sát", "người da đen", "dân da đen", "người da trắng", "người da màu", "người châu phi",
  "người tàu", "tàu khựa", "khựa", "người trung quốc", "người hoa", "dân nhập cư", "người nhập cư",
  "người tị nạn", "người đồng tính", "dân đồng tính", "bê đê", "pê đê", "người chuyển giới",
  "phụ nữ", "đàn bà", "dân bắc kỳ", "bắc kỳ", "nam kỳ", "dân nam kỳ", "dân miền bắc", "dân miền nam",
  "người miền bắc", "người miền nam", "người khuyết tật", "chính trị gia", "quan chức", "cán bộ",
  "lãnh đạo", "giáo viên", "bác sĩ", "người việt", "người mỹ", "người nước ngoài", "dân tộc thiểu số",
  "người thượng", "người khmer", "người chăm", "dân biểu", "nghị sĩ", "tổng thống",
];
// Quantifiers and classifiers before a target: "hết bọn", "cả lũ", "mấy thằng".
const QUANT = ["hết", "sạch", "tất cả", "toàn bộ", "cả", "những", "các", "mấy", "bọn", "lũ", "đám", "tụi",
  "chúng", "loài", "giống", "thằng", "con", "tên", "gã", "lão", "mụ", "ông", "bà", "cái bọn", "cái lũ",
  "lũ chó", "bọn chó", "mấy thằng", "mấy con", "từng", "mọi", "đứa", "những đứa", "những thằng", "hết mấy",
  "hết bọn", "hết lũ", "sạch bọn", "sạch lũ", "cả bọn", "cả lũ", "tất cả bọn", "tất cả những", "bất kỳ",
  "bất cứ", "lũ khốn", "bọn khốn", "đám chó", "đám", "bầy", "cả đám", "hết đám", "tụi chó", "bè lũ", "cái đám",
  "những người", "các người", "mấy người", "cả bầy", "hết cả", "hết tụi", "hết những", "đồ", "một số",
];
const DEHUMAN = ["sâu bọ", "sâu mọt", "chuột", "lũ chuột", "chuột cống", "gián", "ký sinh trùng",
  "kí sinh trùng", "súc vật", "thú vật", "con vật", "chó", "lũ chó", "chó má", "giòi", "dòi", "giòi bọ", "bọ",
  "rệp", "chấy rận", "cặn bã", "rác rưởi", "rác", "rác thải", "rác xã hội", "côn trùng", "dịch bệnh",
  "bệnh dịch", "ung thư", "khối u", "mầm bệnh", "khỉ", "lợn", "heo", "quỷ dữ", "quái vật", "giống vật",
  "loài vật", "thú hoang", "sinh vật hạ đẳng", "súc sinh", "đồ súc sinh", "bầy thú", "loài sâu bọ",
  "cỏ dại", "virus", "vi rút", "dòi bọ", "thứ hạ đẳng", "đồ bỏ đi"];
// Death or harm (for wishes): "chết", "bị xe tông" …
const DIE = ["chết", "chết sớm", "chết hết", "chết sạch", "chết mẹ", "chết cmn", "bị giết", "bị bắn",
  "bị đâm", "bị xe tông", "bị xe cán", "bị tai nạn", "chết không toàn thây", "chết không nhắm mắt",
  "tuyệt tự", "bị ung thư", "xuống địa ngục", "đột tử", "bị xử bắn", "bị treo cổ", "chết thảm",
  "chết queo", "chết bờ chết bụi", "chết đường chết chợ", "bị hiếp", "bị thiêu", "bị chém", "bị đánh chết",
  "bị giết hết", "chết cả lũ", "chết cả nhà", "chết trôi", "chết tươi", "ngỏm", "bị sét đánh", "bị trời đánh"];
const WEAPON = ["súng", "dao", "mã tấu", "kiếm", "gậy", "gạch đá", "gạch", "xăng", "bom xăng", "lựu đạn",
  "vũ khí", "dao phay", "côn", "tuýp sắt", "ống tuýp", "hung khí", "bom", "mìn", "axit", "a xít", "chai xăng",
  "đao", "rựa", "búa", "cờ lê", "bình xăng", "súng ống", "dao kiếm", "gậy gộc", "đồ nghề", "hàng nóng",
  "dây thừng", "thòng lọng", "súng đạn", "đạn"];

export const VI_LEXICON: Lexicon = {
  ME, YOU, VERB, GROUP, QUANT,
  // ambiguous as bare words ("dân chủ" is also "democracy"): a target only after a quantifier ("bọn dân chủ")
  GROUP_Q: ["cộng hòa", "dân chủ", "phe cộng hòa", "cánh tả", "cánh hữu", "trump", "biden", "blm", "hồi", "công giáo", "nhập cư", "da đen", "đồng tính"], DEHUMAN, DIE, WEAPON,
  // intent/future markers between subject and verb
  WILL: ["sẽ", "sắp", "phải", "quyết", "thề sẽ", "thề", "muốn", "định", "sẽ đi", "đi", "đang định",
    "chắc chắn sẽ", "nhất định", "nhất định sẽ", "sẽ cho", "cho", "chuẩn bị", "đã quyết", "sẽ tự tay",
    "tự tay", "thề là sẽ", "xin thề sẽ", "quyết tâm", "sớm muộn cũng", "sớm muộn gì cũng", "sẽ đến",
    "đến", "tới", "sẽ tới", "cũng sẽ", "sẽ lại", "mà gặp là"],
  // calls to act, addressed to others
  CALL: ["phải", "nên", "cần", "cần phải", "hãy", "mau", "chúng ta phải", "chúng ta nên", "chúng ta cần",
    "ta phải", "ta nên", "mọi người hãy", "mọi người nên", "mọi người phải", "anh em ơi", "anh em hãy",
    "anh em", "ae", "ae hãy", "ae ơi", "anh em mình", "cùng nhau", "đồng loạt", "hãy cùng", "đến lúc",
    "đã đến lúc", "tới lúc", "đến lúc phải", "ai đó nên", "ai đó hãy", "ai đó phải", "có ai", "phải đi",
    "cứ", "nên đi", "phải mang", "hãy đi", "đi", "thấy là", "gặp là", "gặp đâu", "thấy đâu", "xin hãy",
    "đề nghị", "kêu gọi", "nhân dân hãy", "dân ta phải", "người dân nên", "người dân phải", "cả nước phải",
    "phải tìm", "phải bắt", "tốt nhất là", "cách duy nhất là", "giải pháp là", "chỉ còn cách"],
  // normative verbs after a group: "bọn X phải chết", "X đáng bị giết"
  MODAL: ["phải", "nên", "đáng", "đáng bị", "nên bị", "phải bị", "cần bị", "cần phải bị", "cần", "đáng phải",
    "đáng lẽ phải", "xứng đáng bị", "sẽ bị", "phải được", "cần được", "nên được", "nên phải", "phải bị đem",
    "đáng ra phải", "đều phải", "đều đáng", "phải đem", "nên đem", "đem", "thì phải"],
  TIME: ["ngày mai", "tối nay", "sáng mai", "chiều mai", "đêm nay", "tối mai", "cuối tuần này", "cuối tuần",
    "chủ nhật này", "chủ nhật", "thứ hai", "thứ ba", "thứ tư", "thứ năm", "thứ sáu", "thứ bảy", "sáng nay",
    "hôm nay", "chiều nay", "trưa mai", "tuần sau", "sáng sớm mai", "ngày bầu cử", "rằm", "mùng một"],
  GATHER: ["tập trung", "tụ tập", "gặp nhau", "hẹn", "kéo đến", "kéo nhau", "kéo quân", "xuống đường",
    "có mặt", "tới", "đến", "họp mặt", "ra", "kéo tới", "tràn vào", "đột nhập", "bao vây", "vây", "đi"],
};
