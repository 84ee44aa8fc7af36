// Vietnamese cues that LOWER a pattern's score: negation, news reporting, counter-speech, idioms
// ("cười chết mất", "đẹp chết người", "giết thời gian", "chém gió") and game/sport/cooking/fiction.
import { compile, once } from "../compile.js";
import type { Mitigator } from "../types.js";
import { VI_LEXICON as L } from "./lexicon.js";

const c = (src: string) => compile(src, L, { vi: true });

export const VI_MITIGATORS = once((): Mitigator[] => [
  {
    id: "negation", kind: "negation", where: "before", window: 35, factor: 0.15,
    reason: "phủ định (negated)",
    re: c("<(?:không bao giờ|không|chẳng|đừng|không nên|chẳng ai nên|không ai nên|không ai được|không được|đâu có|làm gì có|chưa bao giờ|thay vì|phản đối việc|sai khi|không thể|không hề|chẳng bao giờ|đâu dám|không dám|chẳng dám|đừng bao giờ|không có ai|không một ai|đừng có)>"),
  },
  {
    id: "negation.after", kind: "negation", where: "span", factor: 0.15,
    reason: "phủ định (negated: … đâu)",
    re: c("<(?:không|chẳng|chả) (?:ai )?(?:muốn |định |nỡ )?~ (?:đâu|bao giờ)>"),
  },
  {
    id: "reporting.sentence", kind: "reporting", where: "sentence", factor: 0.25,
    reason: "đưa tin (news or court reporting)",
    re: c("<(?:công an|cảnh sát|cơ quan điều tra|cơ quan chức năng|bị bắt|bị bắt giữ|bị tạm giữ|bị khởi tố|khởi tố|bị cáo|bị truy tố|bị kết án|tòa án xét xử|tòa án nhân dân|tòa tuyên|phiên tòa|tại tòa|viện kiểm sát|theo nguồn tin|theo báo|báo chí đưa tin|đưa tin|cho biết|được biết|nghi phạm|đối tượng|điều tra|thông tin từ|vnexpress|phóng sự|bản tin|tin tức|bị tố|khai nhận|lời khai|được cho là|bị cáo buộc|cáo buộc|xét xử|tuyên án|lĩnh án|bị phạt|theo tin|nguồn tin|tin nóng|vụ án|hung thủ|nạn nhân)>"),
  },
  {
    id: "reporting.verb", kind: "reporting", where: "before", window: 50, factor: 0.2,
    reason: "thuật lại lời đe dọa của người khác (reports someone else's threat)",
    re: c("<(?:đe dọa|đe doạ|dọa|doạ|tuyên bố sẽ|âm mưu|lên kế hoạch|bị cáo buộc|hăm dọa|hăm doạ|nhắn tin đe dọa|viết rằng|nói rằng sẽ)>"),
  },
  {
    id: "idiom", kind: "idiom", where: "span", factor: 0.1,
    reason: "thành ngữ, nghĩa bóng (figurative idiom)",
    re: c("<(?:cười (?:muốn )?chết|chết cười|buồn cười chết|đẹp chết người|ngon chết|mệt chết|mệt muốn chết|nóng chết|lạnh chết|đói chết|chết đói|chết mê|chết mệt|giết thời gian|chém gió|chém giá|giá chém|bị chém giá|bắn tiếng|bắn pháo hoa|bắn tin|bắn tim|bắn rap|đánh giá|đánh răng|đánh máy|đánh bài|đánh cờ|đánh game|đánh thức|đánh đàn|đánh bóng|đánh golf|đánh cầu|đánh chữ|đánh vần|đánh son|đánh phấn|đánh dấu|đánh bạc|đánh con|đánh lô|đánh bại|đánh trứng|đánh thuế|đánh cắp|đánh mất|thịt (?:gà|bò|lợn|heo|vịt|chó|cá|dê|ba chỉ|nướng|kho|luộc)|làm thịt (?:con )?(?:gà|vịt|lợn|heo|bò|cá|dê|ngan|ngỗng)|giết (?:gà|vịt|lợn|heo|bò|cá|muỗi|kiến|gián|chuột|virus|vi khuẩn|sâu|thời gian|con gà|mổ)|diệt (?:muỗi|chuột|gián|kiến|virus|vi khuẩn|cỏ|sâu|mối|khuẩn|boss|quái)|đập (?:muỗi|ruồi|gián|hộp|đá|tan|vỡ)|chặt (?:gà|thịt|cây|củi|rau|hành|xương|tỏi|chém)|băm (?:thịt|tỏi|hành|rau|nhỏ)|xử lý (?:công việc|hồ sơ|bài|vụ|rác|deadline|đơn|dữ liệu|nước|tình huống|sự cố|vấn đề)|xử đẹp (?:deadline|bài|đồ ăn|món|đĩa|nồi|cái bánh|bài tập|đề)|tiêu diệt (?:muỗi|virus|boss|quái|địch|vi khuẩn|tế bào ung thư)|chết (?:thật|rồi|tiệt|dở|toi|pin|lặng|điếng|khiếp)|sợ chết khiếp|chết khiếp|muốn chết vì (?:xấu hổ|ngượng|cười|mệt)|(?:yêu|nhớ|thích|thương|ghen|tức|thèm|ngại|xấu hổ|vui|sướng|đau|hồi hộp) (?:muốn )?chết (?:đi được|mất|luôn|thôi)|chết (?:đi được|mất thôi|mất)|giết (?:người )?bằng (?:ánh mắt|nụ cười)|nụ cười giết người|ánh mắt giết người|sát thủ (?:nụ cười|bàn phím)|thần chết|chết vì (?:cười|đẹp|yêu)|tiễn (?:dặn|người yêu|bạn|khách|đưa|biệt|năm cũ)|xử (?:án|kiện|lý)|đốt (?:tiền|thời gian|vàng mã|nhang|pháo|calo|mỡ)|bắn (?:bi|súng nước|pháo|gà))>"),
  },
  {
    id: "context.game_sport", kind: "context", where: "sentence", factor: 0.3,
    reason: "bối cảnh trò chơi, thể thao (game or sport context)",
    re: c("<(?:game|trong game|liên quân|lmht|liên minh|pubg|free fire|ff|boss|lên level|leo rank|rank|đồng đội|tướng|farm|minecraft|ma sói|cờ vua|cờ tướng|chiếu tướng|đấu trường|roblox|valorant|trận đấu|trận|đội bóng|đội tuyển|sân cỏ|hiệp|bàn thắng|thủ môn|tiền đạo|hậu vệ|huấn luyện viên|hlv|bóng đá|đá bóng|world cup|v-league|sea games|đối thủ|giải đấu|võ đài|quyền anh|mma|boxing|tỉ số|tỷ số|penalty|phạt đền|vô địch|cầu thủ|bóng chuyền|cầu lông|bắn súng thể thao|trường bắn|paintball|bắn gà)>"),
  },
  {
    id: "context.cooking", kind: "context", where: "sentence", factor: 0.3,
    reason: "bối cảnh nấu ăn (cooking context)",
    re: c("<(?:nấu|món|công thức|chảo|nồi|bếp|lửa nhỏ|lửa vừa|vặn nhỏ lửa|tắt bếp|hành phi|tỏi|gia vị|luộc|chiên|xào|nướng|hấp|ướp|sơ chế|làm sạch|thớt|thịt gà|con gà|con cá|tôm|cua|mâm cỗ|ngày tết|cỗ|đầu bếp)>"),
  },
  {
    id: "context.fiction", kind: "context", where: "sentence", factor: 0.3,
    reason: "bối cảnh hư cấu (fiction context)",
    re: c("<(?:phim|bộ phim|truyện|tiểu thuyết|nhân vật|phản diện|nhân vật chính|cốt truyện|tập phim|tập cuối|kịch bản|đạo diễn|diễn viên|manga|anime|truyện tranh|chương|bài hát|lời bài hát|tác giả|kiếm hiệp|ngôn tình|trinh thám|kinh dị|vở kịch|sân khấu|tiểu thuyết gia|hồi ký|spoil)>"),
  },
  {
    id: "context.electoral", kind: "context", where: "sentence", factor: 0.3,
    reason: "ẩn dụ bầu cử hay pháp lý (electoral or legal metaphor)",
    re: c("<(?:bầu cử|lá phiếu|bỏ phiếu|phiếu bầu|tranh cử|thua cử|nghị trường|tại tòa|bằng lá phiếu|cuộc bầu cử|thùng phiếu|về mặt chính trị|trên mạng)>"),
  },
]);

export const VI_COUNTER = once(() => ({
  speech: c("<(?:nói|bảo|viết|đăng|kêu gọi|hô hào|hô|câu|những câu như|lời kêu gọi|phát ngôn|bình luận kiểu|kiểu|ai nói|những người nói|những kẻ nói|status|comment|bài đăng|khẩu hiệu|dòng chữ|tuyên bố|cổ súy|cổ xúy|câu nói|lời lẽ|giọng điệu|rao giảng|tung hô|những lời)>"),
  condemn: c("<(?:ghê tởm|kinh tởm|không chấp nhận được|không thể chấp nhận|sai trái|đáng lên án|lên án|phản đối|đáng sợ|quá đáng|vô nhân tính|độc ác|tàn nhẫn|kích động|thù hận|phân biệt đối xử|phân biệt chủng tộc|báo cáo|report|cần bị xử lý|cần bị cấm|phải bị cấm|đáng xấu hổ|nhục nhã|không được phép|dừng lại|thôi đi|không ổn|quá sai|kỳ thị|chấm dứt|vô văn hóa|đáng trách|lố bịch|thật tệ|tệ hại|không thể tha thứ|bệnh hoạn|nguy hiểm|phạm pháp|vi phạm|thù ghét|sai|xấu xa|đáng khinh|không nên)>"),
}));
