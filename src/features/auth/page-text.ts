// The words of the server-rendered OAuth error, code, denied and closed pages and of the sign-up form's
// validation messages, in English and Vietnamese. Each is looked up by a stable code (the OAuth error,
// Mastodon's ERR_* validation code), never by parsing the English text the API sends.
import { MAX_PASSWORD_BYTES, MIN_PASSWORD } from "./passwords.js";
import { MAX_USERNAME } from "../accounts/username.js";

export type PageLang = "en" | "vi";

/** The OAuth errors /oauth/authorize can answer with a page (oauth.ts checkAuthorizeRequest). */
type AuthorizeErrorCode = "invalid_client" | "unsupported_response_type" | "invalid_redirect_uri" | "invalid_scope" | "invalid_request";

const AUTHORIZE_ERRORS: Record<PageLang, Record<AuthorizeErrorCode | "other", string>> = {
  en: {
    invalid_client: "This application is not registered on this server. Go back to the application and try signing in again.",
    unsupported_response_type: "The application asked for a kind of sign-in this server does not support.",
    invalid_redirect_uri: "The application's return address is not one it registered, so you can't be sent back to it safely.",
    invalid_scope: "The application asked for permissions that are unknown or that it did not register.",
    invalid_request: "The application's sign-in request is malformed: only the S256 code challenge method is supported.",
    other: "The application's sign-in request is not valid.",
  },
  vi: {
    invalid_client: "Ứng dụng này chưa được đăng ký trên máy chủ này. Hãy quay lại ứng dụng và thử đăng nhập lại.",
    unsupported_response_type: "Ứng dụng yêu cầu một kiểu đăng nhập mà máy chủ này không hỗ trợ.",
    invalid_redirect_uri: "Địa chỉ quay về của ứng dụng không nằm trong các địa chỉ ứng dụng đã đăng ký, nên không thể đưa bạn quay lại ứng dụng một cách an toàn.",
    invalid_scope: "Ứng dụng yêu cầu những quyền không xác định hoặc chưa được đăng ký.",
    invalid_request: "Yêu cầu đăng nhập của ứng dụng không hợp lệ: máy chủ chỉ hỗ trợ phương thức thử thách mã S256.",
    other: "Yêu cầu đăng nhập của ứng dụng không hợp lệ.",
  },
};

/** Titles and sentences of the pages that are not a form. */
export const PAGE_TEXT = {
  en: {
    authorizeErrorTitle: "Authorization error",
    errorCode: "Error code:",
    codeTitle: "Authorization code",
    codeIntro: "Copy this code and paste it into the application:",
    deniedTitle: "Access denied",
    denied: "You denied the authorization request. The application did not get access to your account.",
    closedTitle: "Registrations closed",
    closed: "This server is not accepting new accounts.",
  },
  vi: {
    authorizeErrorTitle: "Lỗi cấp quyền",
    errorCode: "Mã lỗi:",
    codeTitle: "Mã cấp quyền",
    codeIntro: "Hãy sao chép mã này và dán vào ứng dụng:",
    deniedTitle: "Đã từ chối truy cập",
    denied: "Bạn đã từ chối yêu cầu cấp quyền. Ứng dụng không được truy cập tài khoản của bạn.",
    closedTitle: "Đã đóng đăng ký",
    closed: "Máy chủ này hiện không nhận tài khoản mới.",
  },
} satisfies Record<PageLang, Record<string, string>>;

/** The sentence for an OAuth error code shown on the authorize error page. */
export function authorizeErrorText(code: string, lang: PageLang): string {
  const texts = AUTHORIZE_ERRORS[lang];
  return code in texts ? texts[code as AuthorizeErrorCode] : texts.other;
}

type Field = "username" | "email" | "password";
/** Mastodon's validation codes the account service sends for a sign-up (register.ts). */
type SignUpCode = "ERR_BLANK" | "ERR_TOO_LONG" | "ERR_TOO_SHORT" | "ERR_INVALID" | "ERR_RESERVED" | "ERR_TAKEN" | "ERR_BLOCKED";

const SIGN_UP_ERRORS: Record<PageLang, { [F in Field]: Partial<Record<SignUpCode, string>> } & { ipBlocked: string; forbidden: string; other: string }> = {
  en: {
    username: {
      ERR_BLANK: "Choose a username.",
      ERR_TOO_LONG: `The username is too long (${MAX_USERNAME} characters at most).`,
      ERR_INVALID: "The username may contain only letters, numbers and underscores (dots and dashes only between them).",
      ERR_RESERVED: "This username is reserved. Please choose another.",
      ERR_TAKEN: "This username is already taken. Please choose another.",
    },
    email: {
      ERR_BLANK: "Enter your e-mail address.",
      ERR_INVALID: "This e-mail address is not valid.",
      ERR_TAKEN: "An account with this e-mail address already exists.",
      ERR_BLOCKED: "This server does not accept sign-ups with this e-mail provider.",
    },
    password: {
      ERR_BLANK: "Choose a password.",
      ERR_TOO_SHORT: `The password is too short (at least ${MIN_PASSWORD} characters).`,
      ERR_TOO_LONG: `The password is too long (at most ${MAX_PASSWORD_BYTES} bytes).`,
    },
    ipBlocked: "This server does not accept sign-ups from your network.",
    forbidden: "You can't sign up on this server right now.",
    other: "Please check the form and try again.",
  },
  vi: {
    username: {
      ERR_BLANK: "Hãy chọn một tên người dùng.",
      ERR_TOO_LONG: `Tên người dùng quá dài (tối đa ${MAX_USERNAME} ký tự).`,
      ERR_INVALID: "Tên người dùng chỉ được chứa chữ cái, chữ số và dấu gạch dưới (dấu chấm và dấu gạch ngang chỉ được nằm ở giữa).",
      ERR_RESERVED: "Tên người dùng này đã được dành riêng. Hãy chọn tên khác.",
      ERR_TAKEN: "Tên người dùng này đã có người dùng. Hãy chọn tên khác.",
    },
    email: {
      ERR_BLANK: "Hãy nhập địa chỉ thư điện tử của bạn.",
      ERR_INVALID: "Địa chỉ thư điện tử này không hợp lệ.",
      ERR_TAKEN: "Đã có tài khoản dùng địa chỉ thư điện tử này.",
      ERR_BLOCKED: "Máy chủ này không nhận đăng ký bằng nhà cung cấp thư điện tử này.",
    },
    password: {
      ERR_BLANK: "Hãy chọn một mật khẩu.",
      ERR_TOO_SHORT: `Mật khẩu quá ngắn (cần ít nhất ${MIN_PASSWORD} ký tự).`,
      ERR_TOO_LONG: `Mật khẩu quá dài (tối đa ${MAX_PASSWORD_BYTES} byte).`,
    },
    ipBlocked: "Máy chủ này không nhận đăng ký từ mạng của bạn.",
    forbidden: "Hiện bạn không thể đăng ký trên máy chủ này.",
    other: "Hãy kiểm tra lại biểu mẫu rồi thử lại.",
  },
};

const FIELDS: readonly Field[] = ["username", "email", "password"];

/**
 * The sign-up form's messages for a 422's details ({ field: [{ error: "ERR_TAKEN", … }] }), one
 * sentence per problem in the page's language; a code this build has no words for gets the general one.
 */
export function signUpErrorText(details: unknown, lang: PageLang): string {
  const texts = SIGN_UP_ERRORS[lang];
  const sentences: string[] = [];
  const byField = (details && typeof details === "object" ? details : {}) as Record<string, unknown>;
  for (const field of FIELDS) {
    const list = Array.isArray(byField[field]) ? (byField[field] as unknown[]) : [];
    for (const item of list) {
      const code = (item as { error?: unknown } | null)?.error;
      const text = typeof code === "string" ? texts[field][code as SignUpCode] : undefined;
      sentences.push(text ?? texts.other);
    }
  }
  return sentences.length ? [...new Set(sentences)].join(" ") : texts.other;
}

/** A sign-up refused with 403 other than for closed registrations: the blocked network, or in general. */
export function signUpRefusedText(reason: "ip_blocked" | "other", lang: PageLang): string {
  return reason === "ip_blocked" ? SIGN_UP_ERRORS[lang].ipBlocked : SIGN_UP_ERRORS[lang].forbidden;
}
