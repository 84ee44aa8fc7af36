// Server-rendered HTML for sign-in, consent, sign-up and OAuth errors. Every value is escaped.
import { escapeHtml as e } from "../../core/text/render.js";
import { authorizeErrorText, PAGE_TEXT } from "./page-text.js";

export function page(title: string, body: string, lang = "en"): string {
  return `<!doctype html><html lang="${e(lang)}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${e(title)}</title><style>
:root{color-scheme:light dark;font-family:system-ui,sans-serif}body{max-width:26rem;margin:3rem auto;padding:0 1rem}
label{display:block;margin:.8rem 0 .2rem;font-weight:600}input[type=text],input[type=email],input[type=password]{width:100%;padding:.6rem;font-size:1rem;box-sizing:border-box}
button{margin-top:1rem;padding:.6rem 1.2rem;font-size:1rem;cursor:pointer}.error{color:#b00020;font-weight:600}.muted{opacity:.75}
ul.scopes{padding-left:1.2rem}:focus-visible{outline:3px solid #4c8bf5;outline-offset:2px}
</style></head><body><main>${body}</main></body></html>`;
}

function hidden(fields: Record<string, string | undefined>): string {
  return Object.entries(fields)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => `<input type="hidden" name="${e(k)}" value="${e(v!)}">`)
    .join("");
}

export type SignInLang = "en" | "vi";

/**
 * The sign-in page's language: the `lang` the app passed to /oauth/authorize (the web app sends its
 * own), else the browser's first preference; English unless Vietnamese.
 */
export function signInLang(param: string | undefined, acceptLanguage: string | undefined): SignInLang {
  if (param === "vi" || param === "en") return param;
  const first = (param ?? "").toLowerCase() || (acceptLanguage ?? "").split(",")[0]?.trim().toLowerCase() || "";
  return first.startsWith("vi") ? "vi" : "en";
}

/** Why a sign-in was refused. A restricted account is only named after its password was checked. */
export type SignInRefusal = "invalid" | "pending" | "suspended" | "frozen";

const SIGN_IN_TEXT = {
  en: {
    title: (instance: string) => `Sign in — ${instance}`,
    heading: (instance: string) => `Sign in to ${instance}`,
    login: "Username or e-mail",
    password: "Password",
    submit: "Sign in",
    noAccount: "No account?",
    signUp: "Sign up",
    invalid: "Invalid username/e-mail or password.",
    pending: "Your account is waiting for approval by a moderator.",
    suspended: "Your account is suspended, so you can't sign in.",
    frozen: "Your account is frozen, so you can't sign in.",
    restrictedLink: "Read why and appeal the decision",
  },
  vi: {
    title: (instance: string) => `Đăng nhập — ${instance}`,
    heading: (instance: string) => `Đăng nhập vào ${instance}`,
    login: "Tên người dùng hoặc địa chỉ thư điện tử",
    password: "Mật khẩu",
    submit: "Đăng nhập",
    noAccount: "Chưa có tài khoản?",
    signUp: "Đăng ký",
    invalid: "Tên người dùng, địa chỉ thư điện tử hoặc mật khẩu không đúng.",
    pending: "Tài khoản của bạn đang chờ người kiểm duyệt phê duyệt.",
    suspended: "Tài khoản của bạn đã bị đình chỉ nên không thể đăng nhập.",
    frozen: "Tài khoản của bạn đã bị đóng băng nên không thể đăng nhập.",
    restrictedLink: "Xem lý do và khiếu nại quyết định",
  },
};

function refusalHtml(refusal: SignInRefusal, lang: SignInLang): string {
  const tx = SIGN_IN_TEXT[lang];
  // a suspended or frozen person still reads the statement of reasons and appeals on the web app's /restricted page
  const more = refusal === "suspended" || refusal === "frozen" ? ` <a href="/restricted">${e(tx.restrictedLink)}</a>.` : "";
  return `<p class="error" role="alert">${e(tx[refusal])}${more}</p>`;
}

export function signInPage(opts: { instance: string; action: string; params: Record<string, string | undefined>; csrf: string; refusal?: SignInRefusal; signUpUrl?: string; lang?: SignInLang }): string {
  const lang = opts.lang ?? "en";
  const tx = SIGN_IN_TEXT[lang];
  return page(
    tx.title(opts.instance),
    `<h1>${e(tx.heading(opts.instance))}</h1>${opts.refusal ? refusalHtml(opts.refusal, lang) : ""}
<form method="post" action="${e(opts.action)}">${hidden({ ...opts.params, csrf: opts.csrf })}
<label for="login">${e(tx.login)}</label><input id="login" name="login" type="text" autocomplete="username" required autofocus>
<label for="password">${e(tx.password)}</label><input id="password" name="password" type="password" autocomplete="current-password" required>
<button type="submit" name="intent" value="sign_in">${e(tx.submit)}</button></form>
${opts.signUpUrl ? `<p class="muted">${e(tx.noAccount)} <a href="${e(opts.signUpUrl)}">${e(tx.signUp)}</a></p>` : ""}`,
    lang,
  );
}

const CONSENT_TEXT = {
  en: {
    title: (app: string) => `Authorize ${app}`,
    heading: (app: string) => `Authorize ${app}?`,
    signedInAs: "Signed in as",
    able: "This application will be able to:",
    approve: "Authorize",
    deny: "Deny",
  },
  vi: {
    title: (app: string) => `Cấp quyền cho ${app}`,
    heading: (app: string) => `Cấp quyền cho ${app}?`,
    signedInAs: "Đã đăng nhập là",
    able: "Ứng dụng này sẽ có thể:",
    approve: "Cấp quyền",
    deny: "Từ chối",
  },
};

export function consentPage(opts: { instance: string; appName: string; username: string; scopes: string[]; params: Record<string, string | undefined>; csrf: string; lang?: SignInLang }): string {
  const lang = opts.lang ?? "en";
  const tx = CONSENT_TEXT[lang];
  // scope names (read:statuses…) are the protocol's own words, shown as code in every language
  return page(
    tx.title(opts.appName),
    `<h1>${e(tx.heading(opts.appName))}</h1><p>${e(tx.signedInAs)} <strong>@${e(opts.username)}</strong>.</p>
<p>${e(tx.able)}</p><ul class="scopes">${opts.scopes.map((s) => `<li><code translate="no">${e(s)}</code></li>`).join("")}</ul>
<form method="post" action="/oauth/authorize">${hidden({ ...opts.params, csrf: opts.csrf })}
<button type="submit" name="intent" value="approve">${e(tx.approve)}</button> <button type="submit" name="intent" value="deny">${e(tx.deny)}</button></form>`,
    lang,
  );
}

/** The out-of-band page (redirect_uri urn:ietf:wg:oauth:2.0:oob): the code to copy into the application. */
export function codePage(code: string, lang: SignInLang = "en"): string {
  const tx = PAGE_TEXT[lang];
  return page(tx.codeTitle, `<h1>${e(tx.codeTitle)}</h1><p>${e(tx.codeIntro)}</p><p translate="no"><code id="code">${e(code)}</code></p>`, lang);
}

/** A page that only says what went wrong; `code` (an OAuth error code) is shown as is, for developers. */
export function errorPage(title: string, message: string, lang: SignInLang = "en", code?: string): string {
  const codeLine = code ? `<p class="muted">${e(PAGE_TEXT[lang].errorCode)} <code translate="no">${e(code)}</code></p>` : "";
  return page(title, `<h1>${e(title)}</h1><p class="error" role="alert">${e(message)}</p>${codeLine}`, lang);
}

/** The authorize request was refused (unknown client, bad redirect_uri, scope…), in the page's language. */
export function authorizeErrorPage(code: string, lang: SignInLang = "en"): string {
  return errorPage(PAGE_TEXT[lang].authorizeErrorTitle, authorizeErrorText(code, lang), lang, code);
}

/** Messages of the sign-in and sign-up flows shown on their own page, in both languages. */
export const FLOW_TEXT = {
  en: {
    expiredTitle: "Session expired",
    expired: "Please go back, reload the page and try again.",
    thanksTitle: "Thanks for signing up",
    thanks: "A moderator will review your request. You can sign in once it is approved.",
    expiredForm: "Your session expired. Please try again.",
    mustAgree: "You must agree to the server rules.",
  },
  vi: {
    expiredTitle: "Phiên đã hết hạn",
    expired: "Hãy quay lại, tải lại trang rồi thử lại.",
    thanksTitle: "Cảm ơn bạn đã đăng ký",
    thanks: "Người kiểm duyệt sẽ xem xét yêu cầu của bạn. Bạn có thể đăng nhập khi yêu cầu được chấp thuận.",
    expiredForm: "Phiên của bạn đã hết hạn. Hãy thử lại.",
    mustAgree: "Bạn cần đồng ý với các quy tắc của máy chủ.",
  },
};

const SIGN_UP_TEXT = {
  en: {
    title: (instance: string) => `Sign up — ${instance}`,
    heading: (instance: string) => `Create an account on ${instance}`,
    username: "Username",
    email: "E-mail",
    password: "Password (8 characters or more)",
    reason: "Why do you want to join?",
    agree: "I agree to the server rules and terms",
    submit: "Sign up",
  },
  vi: {
    title: (instance: string) => `Đăng ký — ${instance}`,
    heading: (instance: string) => `Tạo tài khoản trên ${instance}`,
    username: "Tên người dùng",
    email: "Địa chỉ thư điện tử",
    password: "Mật khẩu (từ 8 ký tự)",
    reason: "Vì sao bạn muốn tham gia?",
    agree: "Tôi đồng ý với các quy tắc và điều khoản của máy chủ",
    submit: "Đăng ký",
  },
};

export function signUpPage(opts: { instance: string; csrf: string; error?: string; values?: Record<string, string>; approval: boolean; returnTo?: string; lang?: SignInLang }): string {
  const v = opts.values ?? {};
  const lang = opts.lang ?? "en";
  const tx = SIGN_UP_TEXT[lang];
  return page(
    tx.title(opts.instance),
    `<h1>${e(tx.heading(opts.instance))}</h1>${opts.error ? `<p class="error" role="alert">${e(opts.error)}</p>` : ""}
<form method="post" action="/auth/sign_up">${hidden({ csrf: opts.csrf, return_to: opts.returnTo, lang })}
<label for="username">${e(tx.username)}</label><input id="username" name="username" type="text" autocomplete="username" value="${e(v.username ?? "")}" required maxlength="30">
<label for="email">${e(tx.email)}</label><input id="email" name="email" type="email" autocomplete="email" value="${e(v.email ?? "")}" required>
<label for="password">${e(tx.password)}</label><input id="password" name="password" type="password" autocomplete="new-password" required minlength="8">
${opts.approval ? `<label for="reason">${e(tx.reason)}</label><input id="reason" name="reason" type="text" value="${e(v.reason ?? "")}">` : ""}
<label><input type="checkbox" name="agreement" value="1" required> ${e(tx.agree)}</label>
<button type="submit">${e(tx.submit)}</button></form>`,
    lang,
  );
}
