// Vietnamese patterns outside violence and hate: harassment, sexual content, self-harm, spam.
import { compile, once } from "../compile.js";
import type { PatternRule } from "../types.js";
import { VI_LEXICON as L } from "./lexicon.js";

const c = (src: string) => compile(src, L, { vi: true });
const INSULT =
  "(?:ngu|óc chó|khốn nạn|mất dạy|súc vật|điếm|đĩ|rác rưởi|vô học|thần kinh|đần|ngu như bò|ngu như chó|" +
  "óc lợn|não tàn|ngu si|ngu học|khốn|mặt lồn|súc sinh|phò|vô dụng|bẩn thỉu|hèn hạ|đê tiện|" +
  "bố láo|láo toét|ăn hại|trẻ trâu|thiểu năng|bại não|đầu đất|đầu bò|ngáo|mất nết|hãm|hãm lồn|đần độn|" +
  "ngu dốt|dốt|ngu lồn|rẻ rách|khốn kiếp|chó đẻ|mất dạy|óc bã đậu|óc heo|đĩ điếm|cave|mọi rợ|con hoang|" +
  // more insults: animal brains, "uneducated", "shameless", "brainless", "pervert", "clown", "trash"
  "óc trâu|óc bò|óc lồn|óc cặc|óc tôm|ngu như lợn|ngu như heo|ngu như trâu|ngu vãi|ngu vãi lồn|ngu như cứt|thất học|vô văn hóa|" +
  "mặt dày|mặt chó|não phẳng|não cá vàng|não ngắn|não bò|điên|tâm thần|khùng|bệnh hoạn|biến thái|cặn bã|hèn|nhục|xạo lồn|" +
  "xạo chó|xàm lồn|chó điên|đĩ thõa|lẳng lơ|ngu ngốc|ngốc|hề|ngáo đá|phế vật|lươn lẹo|xảo trá|vô liêm sỉ|hỗn láo|láo|" +
  "chó chết|cờ hó|cẩu|đầu buồi|mặt lồn|mồm thối|mõm|sủa|chó sủa|đồ rác|rác|ăn bám|ký sinh|ngu si tứ chi phát triển)";

export const VI_OTHER_RULES = once((): PatternRule[] => [
  {
    id: "harass.insult", category: "harassment", score: 0.75,
    reason: "lăng mạ người khác (insults someone)",
    re: c(`<đồ (?:chó|chó chết|chó má|lợn|heo|súc vật)>|<(?:đồ|thằng|con|mày|m|mày là|m là|mày đúng là|bọn mày|chúng mày|tụi mày|mày đúng|thứ|loại|cái thằng|cái con|bạn|cậu|ông|bà|anh|chị) (?:(?:đúng là|thật là|là|cái|đồ|thằng|con|thật|quá|đúng|rõ|bọn) ){0,2}${INSULT}>`),
  },
  {
    id: "harass.profanity_at", category: "harassment", score: 0.7,
    reason: "chửi tục nhắm vào người khác (profanity directed at someone)",
    re: c("<(?:(?:địt|đụ|đù|địt con|đéo|đụ má|địt cụ|đm) (?:mẹ |má |cha |bố |cụ |con mẹ )?(?:mày|m|chúng mày|tụi mày|mi|bây|thằng|con|nhà mày|cả lò mày)|(?:cút|biến|cút xéo|xéo) (?:mẹ mày |con mẹ mày |mẹ |đi|khỏi|ngay)|(?:câm|ngậm|im) (?:mẹ |cái |con mẹ )?(?:mồm|miệng|mõm|họng)|ăn cứt|(?:mày|m) (?:ăn|đi ăn) (?:cứt|c))>"),
  },
  {
    id: "harass.self_harm_urge", category: "harassment", score: 0.9,
    reason: "xúi người khác tự tử hay đi chết (tells someone to kill themselves)",
    re: c("<(?:(?:đi chết đi|chết mẹ mày đi|chết con mẹ mày đi|(?:mày|m|chúng mày|tụi mày|bây) (?:đi )?chết (?:mẹ |hết )?đi|chết đi con|tự tử đi|(?:mày|m) (?:nên|hãy|cứ) (?:đi )?(?:tự tử|chết|nhảy cầu)|sao (?:mày|m) không (?:chết|tự tử) (?:đi|luôn))>)"),
    immune: ["idiom"],
  },
  {
    id: "sexual.explicit", category: "sexual", score: 0.75,
    reason: "nội dung tình dục (explicit sexual content)",
    re: c("<(?:(?:gửi|gởi|cho xem|show|xin|share) (?:ảnh|hình|clip|link) (?:nóng|nude|khỏa thân|sex|full)|phim sex|clip sex|phim heo|link sex|xem sex|(?:địt|chịch|đụ|xoạc) (?:nhau|em|anh|mày|nó)|(?:bú|mút|liếm) (?:cu|cặc|buồi|lồn)|gái gọi|em gái mưa đêm|xxx|some cho vui|lộ clip)>"),
  },
  {
    id: "self_harm.intent", category: "self_harm", score: 0.85,
    reason: "ý định tự hại bản thân (first-person self-harm intent)",
    re: c("<(?:tôi|tao|mình|em|t|tớ|tui) (?:(?:thật sự|thực sự|chỉ|rất|đang|cứ|lại|thực lòng) )?(?:muốn|sẽ|định|sắp|đang định|chỉ muốn|nghĩ đến chuyện|nghĩ tới chuyện|tính|quyết định) (?:chết|tự tử|tự sát|kết thúc cuộc đời|kết thúc tất cả|kết liễu đời mình|kết liễu bản thân|nhảy cầu|nhảy lầu|rạch tay|cắt tay|uống thuốc ngủ|tự làm đau mình|tự hại bản thân|biến mất mãi mãi)>|<(?:tôi|tao|mình|em|t|tui|tớ) (?:không|chẳng|đéo) (?:còn )?(?:muốn|thiết) sống (?:nữa|thêm)>|<chán sống (?:rồi|lắm|quá)>|<(?:tôi|mình|em|tớ) (?:lại )?(?:rạch|cắt) tay>"),
    immune: ["negation", "reporting", "context"],
  },
  {
    id: "spam.commercial", category: "spam", score: 0.7,
    reason: "quảng cáo rác hay lừa đảo (commercial or scam spam)",
    re: c("<(?:(?:inbox|ib|nhắn tin) (?:ngay|để|mình|shop|em|zalo|giá)|liên hệ (?:zalo|sđt|số|ngay|hotline)|zalo:? ?0\\d|kiếm (?:tiền|thêm|\\d+ ?(?:triệu|tr|k|củ|đô)) (?:mỗi|1|một|hàng) (?:ngày|tháng|tuần)|việc nhẹ lương cao|nhận ngay|khuyến mãi|giảm giá (?:sốc|\\d+ ?%)|miễn phí 100|(?:click|bấm) vào link|đăng ký ngay|vay tiền nhanh|cho vay (?:tiền|lãi)|nhà cái|cá độ|tài xỉu|lô đề|sale sập sàn|mua ngay|đặt hàng ngay|freeship|free ship|uy tín 100|cam kết 100|link đăng ký|nạp thẻ)>"),
    immune: ["negation", "idiom", "context", "counter"],
  },
]);
