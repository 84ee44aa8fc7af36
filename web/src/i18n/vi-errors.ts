// Tiếng Việt for errors the server answers with. The type makes a missing or extra key a compile error.
import type { enErrors } from "./en-errors";

export const viErrors: Record<keyof typeof enErrors, string> = {
  "error.network": "Không kết nối được với máy chủ. Hãy kiểm tra kết nối mạng rồi thử lại.",
  "error.badRequest": "Máy chủ không hiểu yêu cầu này. Hãy tải lại trang rồi thử lại.",
  "error.unauthorized": "Phiên đăng nhập của bạn đã kết thúc. Hãy đăng nhập lại để tiếp tục.",
  "error.forbidden": "Bạn không được phép làm việc này.",
  "error.notFound": "Nội dung này không còn tồn tại, hoặc bạn không được xem.",
  "error.conflict": "Đã có người thay đổi nội dung này trong lúc đó. Hãy tải lại trang rồi thử lại.",
  "error.gone": "Nội dung này không còn nữa.",
  "error.tooLarge": "Nội dung này quá lớn đối với máy chủ.",
  "error.invalid": "Máy chủ không chấp nhận nội dung này. Hãy kiểm tra những gì bạn đã nhập rồi thử lại.",
  "error.rateLimited": "Thử quá nhiều lần. Hãy chờ một lát rồi thử lại.",
  "error.server": "Máy chủ gặp sự cố. Hãy thử lại sau.",
  "error.unknown": "Đã có lỗi xảy ra. Hãy thử lại.",
  "error.lift.final": "Quyết định #{decision} được đưa ra theo một chính sách coi đó là quyết định cuối cùng, nên không thể dỡ bỏ.",
  "error.lift.otherActions": "Quyết định #{decision} còn áp dụng thêm biện pháp khác ({actions}), nên không thể dỡ bỏ từ đây. Hãy đảo ngược toàn bộ quyết định trong hồ sơ vụ việc ở bảng điều khiển kiểm duyệt.",
  "error.lift.pendingAppeal": "Quyết định #{decision} đang có khiếu nại chờ xử lý. Hãy trả lời khiếu nại trong bảng điều khiển kiểm duyệt.",
  "admin.error.notSuspended": "Tài khoản này không còn bị đình chỉ. Hãy tải lại danh sách.",
  "admin.error.notPending": "Tài khoản này không còn chờ phê duyệt. Hãy tải lại danh sách.",
  "admin.error.staffTarget": "Bạn không thể xử lý tài khoản của chính mình, và chỉ quản trị viên mới được xử lý tài khoản của nhân viên.",
  "console.error.appealAnswered": "Không thể trả lời khiếu nại này: khiếu nại đã được trả lời, hoặc quyết định đã được thay thế.",
  "console.error.appealReviewer": "Khiếu nại phải do một người kiểm duyệt khác với người đã ra quyết định trả lời, và không bao giờ do chính người khiếu nại trả lời.",
  "console.error.decisionStaff": "Bạn không thể ra quyết định về tài khoản của chính mình, và chỉ vai trò cao hơn mới được xử lý tài khoản của nhân viên.",
  "signIn.denied": "Bạn đã không cho phép ứng dụng web dùng tài khoản của bạn, nên bạn chưa đăng nhập.",
  "signIn.refused": "Máy chủ đã từ chối lần đăng nhập này. Hãy đăng nhập lại.",
};
