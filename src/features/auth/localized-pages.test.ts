// Every page of the OAuth and sign-up flows speaks the reader's language: the authorize error pages
// (unknown client, unregistered redirect_uri, unsupported response_type, bad scope or PKCE method), the
// out-of-band code page, the denied page, the closed page and the sign-up form's validation messages.
// Vietnamese when the app passes lang=vi or the browser prefers it, English otherwise; error pages stay
// 4xx HTML without a stack trace, and the API's JSON keeps Mastodon's English error with its ERR_* codes.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hiddenInputs } from "../../../test/e2e/clients.js";
import { api, createTestServer, createUser, type TestServer, type TestUser } from "../../../test/helpers.js";
import { issueToken } from "./tokens.js";
import { signUpErrorText } from "./page-text.js";

let s: TestServer;
let admin: TestUser;
let clientId: string;
const OOB = "urn:ietf:wg:oauth:2.0:oob";
const PASSWORD = "correct horse battery";

beforeAll(async () => {
  s = await createTestServer({ env: { ROSTRA_REGISTRATIONS: "open" } });
  admin = await createUser(s, "l10n_admin", { role: "admin" });
  await createUser(s, "l10n_person");
  const app = await api(s, "POST", "/api/v1/apps", { body: { client_name: "Web", redirect_uris: [OOB, "https://app.example/cb"], scopes: "read write" } });
  clientId = app.body.client_id;
});
afterAll(async () => s.close());

function cookiesOf(...responses: { headers: Record<string, any> }[]): string {
  const jar = new Map<string, string>();
  for (const res of responses) {
    const raw = res.headers["set-cookie"];
    for (const c of Array.isArray(raw) ? raw : raw ? [raw] : []) {
      const [pair] = String(c).split(";");
      jar.set(pair.split("=")[0], pair);
    }
  }
  return [...jar.values()].join("; ");
}

const VI = { "accept-language": "vi-VN,vi;q=0.9,en;q=0.5" };
const EN = { "accept-language": "en-GB,en;q=0.9" };

/** A 4xx HTML page in the given language that shows nothing of a stack trace. */
function expectErrorPage(res: { statusCode: number; headers: Record<string, any>; body: string }, lang: "en" | "vi", status = 400) {
  expect(res.statusCode).toBe(status);
  expect(res.headers["content-type"]).toContain("text/html");
  expect(res.body).toContain(`<html lang="${lang}">`);
  expect(res.body).toMatch(/<p class="error" role="alert">[^<]+<\/p>/);
  expect(res.body).not.toMatch(/\bat [\w.<>]+ \(|\.ts:\d+|\.js:\d+|node_modules|Error: /);
}

const authorize = (query: Record<string, string>, headers: Record<string, string> = {}) =>
  s.app.inject({ method: "GET", url: `/oauth/authorize?${new URLSearchParams(query)}`, headers });

describe("authorize error pages", () => {
  const good = () => ({ response_type: "code", client_id: clientId, redirect_uri: OOB, scope: "read" });
  const cases: { name: string; query: () => Record<string, string>; code: string; en: string; vi: string }[] = [
    { name: "unknown client_id", query: () => ({ ...good(), client_id: "no-such-client" }), code: "invalid_client", en: "This application is not registered on this server.", vi: "Ứng dụng này chưa được đăng ký trên máy chủ này." },
    { name: "unregistered redirect_uri", query: () => ({ ...good(), redirect_uri: "https://evil.example/cb" }), code: "invalid_redirect_uri", en: "return address is not one it registered", vi: "Địa chỉ quay về của ứng dụng không nằm trong các địa chỉ ứng dụng đã đăng ký" },
    { name: "unsupported response_type", query: () => ({ ...good(), response_type: "token" }), code: "unsupported_response_type", en: "a kind of sign-in this server does not support", vi: "Ứng dụng yêu cầu một kiểu đăng nhập mà máy chủ này không hỗ trợ." },
    { name: "scope the app did not register", query: () => ({ ...good(), scope: "admin:write" }), code: "invalid_scope", en: "asked for permissions that are unknown", vi: "Ứng dụng yêu cầu những quyền không xác định hoặc chưa được đăng ký." },
    { name: "PKCE method other than S256", query: () => ({ ...good(), code_challenge: "abc", code_challenge_method: "plain" }), code: "invalid_request", en: "only the S256 code challenge method is supported", vi: "chỉ hỗ trợ phương thức thử thách mã S256" },
  ];

  for (const c of cases) {
    it(`explains a ${c.name} in Vietnamese (lang=vi or Accept-Language) and in English otherwise`, async () => {
      for (const res of [await authorize({ ...c.query(), lang: "vi" }), await authorize(c.query(), VI)]) {
        expectErrorPage(res, "vi");
        expect(res.body).toContain("<title>Lỗi cấp quyền</title>");
        expect(res.body).toContain(c.vi);
        // the protocol's error code stays for the app's developer, labelled in Vietnamese
        expect(res.body).toContain(`Mã lỗi: <code translate="no">${c.code}</code>`);
        expect(res.body).not.toMatch(/Authorization error|Error code|application|server/);
      }
      for (const res of [await authorize(c.query()), await authorize(c.query(), EN), await authorize({ ...c.query(), lang: "en" }, VI)]) {
        expectErrorPage(res, "en");
        expect(res.body).toContain("<h1>Authorization error</h1>");
        expect(res.body).toContain(c.en.replaceAll("'", "&#39;"));
        expect(res.body).toContain(`Error code: <code translate="no">${c.code}</code>`);
      }
    });
  }

  it("answers a posted authorize form with an unknown client in the form's language", async () => {
    const res = await s.app.inject({
      method: "POST", url: "/oauth/authorize",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      payload: new URLSearchParams({ ...good(), client_id: "gone", lang: "vi", intent: "sign_in", login: "x", password: "y" }).toString(),
    });
    expectErrorPage(res, "vi");
    expect(res.body).toContain("Ứng dụng này chưa được đăng ký trên máy chủ này.");
  });
});

/** Sign in on the authorize page and press a consent button, as a browser would. */
async function consent(intent: "approve" | "deny", opts: { lang?: string; headers?: Record<string, string> }) {
  const q = { response_type: "code", client_id: clientId, redirect_uri: OOB, scope: "read", ...(opts.lang ? { lang: opts.lang } : {}) };
  const headers = opts.headers ?? {};
  const page = await authorize(q, headers);
  expect(page.statusCode).toBe(200);
  const form = { "content-type": "application/x-www-form-urlencoded" };
  const signedIn = await s.app.inject({
    method: "POST", url: "/oauth/authorize", headers: { ...headers, ...form, cookie: cookiesOf(page) },
    payload: new URLSearchParams({ ...hiddenInputs(page.body), intent: "sign_in", login: "l10n_person", password: PASSWORD }).toString(),
  });
  expect(signedIn.statusCode).toBe(200);
  return s.app.inject({
    method: "POST", url: "/oauth/authorize", headers: { ...headers, ...form, cookie: cookiesOf(page, signedIn) },
    payload: new URLSearchParams({ ...hiddenInputs(signedIn.body), intent }).toString(),
  });
}

describe("out-of-band code and denied pages", () => {
  it("shows the code to copy in Vietnamese, and the code still works", async () => {
    for (const opts of [{ lang: "vi" }, { headers: VI }]) {
      const res = await consent("approve", opts);
      expect(res.statusCode).toBe(200);
      expect(res.body).toContain('<html lang="vi">');
      expect(res.body).toContain("<h1>Mã cấp quyền</h1>");
      expect(res.body).toContain("Hãy sao chép mã này và dán vào ứng dụng:");
      expect(res.body).not.toMatch(/Authorization code|Copy this code/);
      const code = /<code id="code">([^<]+)<\/code>/.exec(res.body)?.[1];
      expect(code).toBeTruthy();
    }
    const en = await consent("approve", {});
    expect(en.body).toContain('<html lang="en">');
    expect(en.body).toContain("<h1>Authorization code</h1>");
    expect(en.body).toContain("Copy this code and paste it into the application:");
    const code = /<code id="code">([^<]+)<\/code>/.exec(en.body)![1];
    // the English page's code is exchanged as before (single use, the app that asked for it)
    const tok = await api(s, "POST", "/oauth/token", { form: { grant_type: "authorization_code", code, client_id: clientId, client_secret: (await s.ctx.db.selectFrom("apps").select("client_secret").where("client_id", "=", clientId).executeTakeFirstOrThrow()).client_secret, redirect_uri: OOB } });
    expect(tok.status).toBe(200);
  });

  it("says the request was denied in the page's language, as a 403", async () => {
    const vi = await consent("deny", { lang: "vi" });
    expectErrorPage(vi, "vi", 403);
    expect(vi.body).toContain("<h1>Đã từ chối truy cập</h1>");
    expect(vi.body).toContain("Bạn đã từ chối yêu cầu cấp quyền.");
    const en = await consent("deny", {});
    expectErrorPage(en, "en", 403);
    expect(en.body).toContain("<h1>Access denied</h1>");
    expect(en.body).toContain("You denied the authorization request.");
  });
});

/** Load the sign-up form and post it, in the language the headers or ?lang= ask for. */
async function signUp(fields: Record<string, string>, opts: { lang?: string; headers?: Record<string, string>; remoteAddress?: string } = {}) {
  const page = await s.app.inject({ method: "GET", url: `/auth/sign_up${opts.lang ? `?lang=${opts.lang}` : ""}`, headers: opts.headers ?? {} });
  expect(page.statusCode).toBe(200);
  return s.app.inject({
    method: "POST", url: "/auth/sign_up", remoteAddress: opts.remoteAddress,
    headers: { ...opts.headers, cookie: cookiesOf(page), "content-type": "application/x-www-form-urlencoded" },
    payload: new URLSearchParams({ ...hiddenInputs(page.body), agreement: "1", ...fields }).toString(),
  });
}

const alertOf = (html: string) => /<p class="error" role="alert">([^<]*)<\/p>/.exec(html)?.[1] ?? "";

describe("sign-up validation messages", () => {
  const cases: { name: string; fields: Record<string, string>; en: string; vi: string }[] = [
    { name: "a taken username", fields: { username: "l10n_person", email: "new1@example.test", password: PASSWORD }, en: "This username is already taken. Please choose another.", vi: "Tên người dùng này đã có người dùng. Hãy chọn tên khác." },
    { name: "an invalid username", fields: { username: "bad name!", email: "new2@example.test", password: PASSWORD }, en: "The username may contain only letters, numbers and underscores", vi: "Tên người dùng chỉ được chứa chữ cái, chữ số và dấu gạch dưới" },
    { name: "a reserved username", fields: { username: "admin", email: "new3@example.test", password: PASSWORD }, en: "This username is reserved. Please choose another.", vi: "Tên người dùng này đã được dành riêng. Hãy chọn tên khác." },
    { name: "a short password", fields: { username: "newperson4", email: "new4@example.test", password: "short" }, en: "The password is too short (at least 8 characters).", vi: "Mật khẩu quá ngắn (cần ít nhất 8 ký tự)." },
    { name: "an invalid e-mail", fields: { username: "newperson5", email: "not-an-address", password: PASSWORD }, en: "This e-mail address is not valid.", vi: "Địa chỉ thư điện tử này không hợp lệ." },
    { name: "a taken e-mail", fields: { username: "newperson6", email: "l10n_person@example.test", password: PASSWORD }, en: "An account with this e-mail address already exists.", vi: "Đã có tài khoản dùng địa chỉ thư điện tử này." },
  ];

  for (const c of cases) {
    it(`words ${c.name} in Vietnamese when asked, in English otherwise`, async () => {
      for (const opts of [{ lang: "vi" }, { headers: VI }]) {
        const res = await signUp(c.fields, opts);
        expect(res.statusCode).toBe(422);
        expect(res.body).toContain('<html lang="vi">');
        expect(alertOf(res.body)).toContain(c.vi);
        // nothing of the account service's English words reaches the Vietnamese page
        expect(alertOf(res.body)).not.toMatch(/[Ii]s |taken|invalid|too short|reserved|must /);
        expect(res.body).toContain("Tạo tài khoản trên");
      }
      for (const opts of [{}, { headers: EN }, { lang: "en", headers: VI }]) {
        const res = await signUp(c.fields, opts);
        expect(res.statusCode).toBe(422);
        expect(res.body).toContain('<html lang="en">');
        expect(alertOf(res.body).replaceAll("&#39;", "'")).toContain(c.en);
      }
    });
  }

  it("lists every problem of one submission, each once", async () => {
    const res = await signUp({ username: "l10n_person", email: "nope", password: "short" }, { lang: "vi" });
    expect(alertOf(res.body)).toBe("Tên người dùng này đã có người dùng. Hãy chọn tên khác. Địa chỉ thư điện tử này không hợp lệ. Mật khẩu quá ngắn (cần ít nhất 8 ký tự).");
  });

  it("keeps the API's answer Mastodon's: an English error with ERR_* codes in details", async () => {
    const app = await issueToken(s.ctx.db, { appId: null, accountId: null, scopes: ["write:accounts"] });
    const res = await api(s, "POST", "/api/v1/accounts", { token: app.token, headers: VI, body: { username: "l10n_person", email: "x", password: "short", agreement: true } });
    expect(res.status).toBe(422);
    expect(res.body.error).toBe("Validation failed: Email is invalid, Password is too short (minimum is 8 characters), Username is already taken");
    expect(res.body.details).toEqual({
      username: [{ error: "ERR_TAKEN", description: "is already taken" }],
      email: [{ error: "ERR_INVALID", description: "is invalid" }],
      password: [{ error: "ERR_TOO_SHORT", description: "is too short (minimum is 8 characters)" }],
    });
    const reserved = await api(s, "POST", "/api/v1/accounts", { token: app.token, body: { username: "root", email: "root@example.test", password: PASSWORD, agreement: true } });
    expect(reserved.body.details.username).toEqual([{ error: "ERR_RESERVED", description: "is reserved" }]);
  });

  it("words a blocked e-mail provider and a blocked network in the page's language", async () => {
    const A = "/api/v1/rostra/admin/signup_blocks";
    const dom = await api(s, "POST", A, { token: admin.token, body: { kind: "email_domain", value: "spam.test" } });
    expect(dom.status).toBe(200);
    const mail = await signUp({ username: "spamvi", email: "a@spam.test", password: PASSWORD }, { lang: "vi" });
    expect(mail.statusCode).toBe(422);
    expect(alertOf(mail.body)).toBe("Máy chủ này không nhận đăng ký bằng nhà cung cấp thư điện tử này.");
    const mailEn = await signUp({ username: "spamen", email: "a@spam.test", password: PASSWORD });
    expect(alertOf(mailEn.body)).toBe("This server does not accept sign-ups with this e-mail provider.");

    const ip = await api(s, "POST", A, { token: admin.token, body: { kind: "ip", value: "203.0.113.0/24" } });
    expect(ip.status).toBe(200);
    const net = await signUp({ username: "netvi", email: "netvi@example.test", password: PASSWORD }, { lang: "vi", remoteAddress: "203.0.113.9" });
    expectErrorPage(net, "vi", 403);
    expect(alertOf(net.body)).toBe("Máy chủ này không nhận đăng ký từ mạng của bạn.");
    const netEn = await signUp({ username: "neten", email: "neten@example.test", password: PASSWORD }, { remoteAddress: "203.0.113.9" });
    expectErrorPage(netEn, "en", 403);
    expect(alertOf(netEn.body)).toBe("This server does not accept sign-ups from your network.");
    for (const b of [dom, ip]) expect((await api(s, "DELETE", `${A}/${b.body.id}`, { token: admin.token })).status).toBe(200);
  });

  it("falls back to a general sentence for a code it has no words for", () => {
    expect(signUpErrorText({ username: [{ error: "ERR_SOMETHING_NEW", description: "is odd" }] }, "vi")).toBe("Hãy kiểm tra lại biểu mẫu rồi thử lại.");
    expect(signUpErrorText(undefined, "en")).toBe("Please check the form and try again.");
  });
});

describe("registration mode pages", () => {
  const setMode = async (body: Record<string, unknown>) => expect((await api(s, "PUT", "/api/v1/rostra/admin/instance", { token: admin.token, body })).status).toBe(200);

  it("says sign-ups are closed in the reader's language, keeping an operator's own message as written", async () => {
    await setMode({ registrations: "closed", closed_registrations_message: "" });
    try {
      const vi = await s.app.inject({ method: "GET", url: "/auth/sign_up", headers: VI });
      expectErrorPage(vi, "vi", 403);
      expect(vi.body).toContain("<h1>Đã đóng đăng ký</h1>");
      expect(vi.body).toContain("Máy chủ này hiện không nhận tài khoản mới.");
      const en = await s.app.inject({ method: "GET", url: "/auth/sign_up?lang=en", headers: VI });
      expectErrorPage(en, "en", 403);
      expect(en.body).toContain("<h1>Registrations closed</h1>");
      expect(en.body).toContain("This server is not accepting new accounts.");
      await setMode({ closed_registrations_message: "Chúng tôi tạm ngừng nhận thành viên." });
      const own = await s.app.inject({ method: "GET", url: "/auth/sign_up?lang=vi" });
      expect(alertOf(own.body)).toBe("Chúng tôi tạm ngừng nhận thành viên.");
    } finally {
      await setMode({ registrations: "open", closed_registrations_message: "" });
    }
  });

  it("thanks a person waiting for approval in Vietnamese", async () => {
    await setMode({ registrations: "approval" });
    try {
      const res = await signUp({ username: "cho_duyet", email: "cho_duyet@example.test", password: PASSWORD, reason: "Tôi sống ở đây" }, { headers: VI });
      expect(res.statusCode).toBe(200);
      expect(res.body).toContain("<h1>Cảm ơn bạn đã đăng ký</h1>");
      expect(res.body).not.toContain("moderator");
    } finally {
      await setMode({ registrations: "open" });
    }
  });

  it("links the Vietnamese sign-in page to a Vietnamese sign-up page", async () => {
    const page = await authorize({ response_type: "code", client_id: clientId, redirect_uri: OOB, scope: "read", lang: "vi" }, EN);
    const href = /href="(\/auth\/sign_up[^"]+)"/.exec(page.body)![1].replaceAll("&amp;", "&");
    expect(href).toMatch(/&lang=vi$/);
    const signUpPage = await s.app.inject({ method: "GET", url: href, headers: EN });
    expect(signUpPage.body).toContain('<html lang="vi">');
  });
});
