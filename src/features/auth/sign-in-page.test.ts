// The OAuth sign-in page in English and Vietnamese. A suspended or frozen person who gives the right
// password is told so in a plain sentence, with a link to /restricted where they read the statement of
// reasons and appeal; a wrong password never reveals the account's state.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hiddenInputs } from "../../../test/e2e/clients.js";
import { api, createTestServer, createUser, type TestServer, type TestUser } from "../../../test/helpers.js";
import { signInLang } from "./pages.js";

let s: TestServer;
let clientId: string;
let mod: TestUser, suspended: TestUser, frozen: TestUser, fine: TestUser;

beforeAll(async () => {
  s = await createTestServer({ env: { ROSTRA_REGISTRATIONS: "open" } });
  const app = await api(s, "POST", "/api/v1/apps", { body: { client_name: "Web", redirect_uris: "urn:ietf:wg:oauth:2.0:oob", scopes: "read" } });
  clientId = app.body.client_id;
  mod = await createUser(s, "signin_mod", { role: "moderator" });
  suspended = await createUser(s, "signin_suspended");
  frozen = await createUser(s, "signin_frozen");
  fine = await createUser(s, "signin_fine");
  expect((await api(s, "POST", `/api/v1/admin/accounts/${suspended.id}/action`, { token: mod.token, body: { type: "suspend", text: "Fraud." } })).status).toBe(200);
  expect((await api(s, "POST", `/api/v1/admin/accounts/${frozen.id}/action`, { token: mod.token, body: { type: "disable", text: "Hacked account." } })).status).toBe(200);
});
afterAll(async () => s.close());

function cookiesOf(res: { headers: Record<string, any> }): string {
  const raw = res.headers["set-cookie"];
  const list = Array.isArray(raw) ? raw : raw ? [raw] : [];
  return list.map((c: string) => c.split(";")[0]).join("; ");
}

async function signIn(login: string, password: string, opts: { lang?: string; acceptLanguage?: string } = {}) {
  const q = new URLSearchParams({ response_type: "code", client_id: clientId, redirect_uri: "urn:ietf:wg:oauth:2.0:oob", scope: "read", ...(opts.lang ? { lang: opts.lang } : {}) });
  const headers: Record<string, string> = opts.acceptLanguage ? { "accept-language": opts.acceptLanguage } : {};
  const page = await s.app.inject({ method: "GET", url: `/oauth/authorize?${q}`, headers });
  expect(page.statusCode).toBe(200);
  const res = await s.app.inject({
    method: "POST", url: "/oauth/authorize",
    headers: { ...headers, cookie: cookiesOf(page), "content-type": "application/x-www-form-urlencoded" },
    payload: new URLSearchParams({ ...hiddenInputs(page.body), intent: "sign_in", login, password }).toString(),
  });
  return { page, res };
}

const PASSWORD = "correct horse battery";
const RESTRICTED_LINK = /<a href="\/restricted">[^<]+<\/a>/;

describe("sign-in refused for a suspended or frozen account", () => {
  it("tells a suspended person why, with a link to /restricted (English)", async () => {
    const { res } = await signIn(suspended.username, PASSWORD);
    expect(res.statusCode).toBe(401);
    expect(res.body).toContain("Your account is suspended, so you can&#39;t sign in.");
    expect(res.body).toMatch(/<p class="error" role="alert">[^<]*<a href="\/restricted">Read why and appeal the decision<\/a>\.<\/p>/);
    // the form is there again, to try another account
    expect(res.body).toContain('name="intent" value="sign_in"');
  });

  it("says it in Vietnamese when the app asked for Vietnamese or the browser prefers it", async () => {
    for (const opts of [{ lang: "vi" }, { acceptLanguage: "vi-VN,vi;q=0.9,en;q=0.5" }]) {
      const { page, res } = await signIn(suspended.username, PASSWORD, opts);
      expect(page.body).toContain('<html lang="vi">');
      expect(res.statusCode).toBe(401);
      expect(res.body).toContain('<html lang="vi">');
      expect(res.body).toContain("Tài khoản của bạn đã bị đình chỉ nên không thể đăng nhập.");
      expect(res.body).toContain('<a href="/restricted">Xem lý do và khiếu nại quyết định</a>');
      expect(res.body).not.toContain("Your account");
    }
  });

  it("tells a frozen person too", async () => {
    const en = await signIn(frozen.username, PASSWORD);
    expect(en.res.statusCode).toBe(401);
    expect(en.res.body).toContain("Your account is frozen, so you can&#39;t sign in.");
    expect(en.res.body).toMatch(RESTRICTED_LINK);
    const vi = await signIn(`${frozen.username}@example.test`, PASSWORD, { lang: "vi" });
    expect(vi.res.body).toContain("Tài khoản của bạn đã bị đóng băng nên không thể đăng nhập.");
    expect(vi.res.body).toMatch(RESTRICTED_LINK);
  });

  it("does not reveal the state to someone without the password", async () => {
    const { res } = await signIn(suspended.username, "not the password");
    expect(res.statusCode).toBe(401);
    expect(res.body).toContain("Invalid username/e-mail or password.");
    expect(res.body).not.toMatch(RESTRICTED_LINK);
    expect(res.body).not.toContain("suspended");
    const vi = await signIn(suspended.username, "not the password", { lang: "vi" });
    expect(vi.res.body).toContain("Tên người dùng, địa chỉ thư điện tử hoặc mật khẩu không đúng.");
    expect(vi.res.body).not.toMatch(RESTRICTED_LINK);
  });

  it("signs in someone in good standing, and lets them in again once the suspension is lifted", async () => {
    expect((await signIn(fine.username, PASSWORD)).res.body).toContain("Authorize Web");
    expect((await api(s, "POST", `/api/v1/admin/accounts/${suspended.id}/unsuspend`, { token: mod.token })).status).toBe(200);
    const { res } = await signIn(suspended.username, PASSWORD);
    expect(res.statusCode).toBe(200);
    expect(res.body).not.toMatch(RESTRICTED_LINK);
  });
});

describe("the sign-in page's language", () => {
  it("shows the whole form in Vietnamese", async () => {
    const q = new URLSearchParams({ response_type: "code", client_id: clientId, redirect_uri: "urn:ietf:wg:oauth:2.0:oob", scope: "read", lang: "vi" });
    const page = await s.app.inject({ method: "GET", url: `/oauth/authorize?${q}` });
    for (const words of ["Đăng nhập vào", "Tên người dùng hoặc địa chỉ thư điện tử", "Mật khẩu", ">Đăng nhập</button>", "Chưa có tài khoản?", ">Đăng ký</a>"]) expect(page.body).toContain(words);
    for (const words of ["Sign in", "Password", "Username", "No account"]) expect(page.body).not.toContain(words);
    // the language travels with the form, so the answer to the post is in it too
    expect(hiddenInputs(page.body).lang).toBe("vi");
  });

  it("picks ?lang=, then Accept-Language, else English", () => {
    expect(signInLang("vi", "en-GB")).toBe("vi");
    expect(signInLang("en", "vi-VN")).toBe("en");
    expect(signInLang("vi-VN", undefined)).toBe("vi");
    expect(signInLang(undefined, "vi,en;q=0.5")).toBe("vi");
    expect(signInLang(undefined, "fr-FR,vi;q=0.5")).toBe("en");
    expect(signInLang("de", "vi")).toBe("en");
    expect(signInLang(undefined, undefined)).toBe("en");
  });
});

describe("consent and sign-up pages in the reader's language", () => {
  it("asks for consent in Vietnamese after a Vietnamese sign-in, in English otherwise", async () => {
    const vi = await signIn(fine.username, PASSWORD, { lang: "vi" });
    expect(vi.res.statusCode).toBe(200);
    expect(vi.res.body).toContain('<html lang="vi">');
    expect(vi.res.body).toContain("Cấp quyền cho Web?");
    expect(vi.res.body).toContain('value="approve">Cấp quyền</button>');
    expect(vi.res.body).not.toMatch(/Authorize|Signed in as|This application/);
    const en = await signIn(fine.username, PASSWORD);
    expect(en.res.body).toContain("Authorize Web?");
  });

  it("shows the sign-up form in Vietnamese and keeps the language through a refused submission", async () => {
    const page = await s.app.inject({ method: "GET", url: "/auth/sign_up", headers: { "accept-language": "vi-VN,vi;q=0.9" } });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain("Tạo tài khoản trên");
    expect(page.body).not.toMatch(/Create an account|Password \(8|I agree/);
    const res = await s.app.inject({
      method: "POST", url: "/auth/sign_up",
      headers: { cookie: cookiesOf(page), "content-type": "application/x-www-form-urlencoded" },
      payload: new URLSearchParams({ ...hiddenInputs(page.body), username: "tieng_viet", email: "tv@example.test", password: "mat khau dai" }).toString(),
    });
    expect(res.statusCode).toBe(422);
    expect(res.body).toContain("Bạn cần đồng ý với các quy tắc của máy chủ.");
    expect(res.body).toContain("Tạo tài khoản trên");
    const en = await s.app.inject({ method: "GET", url: "/auth/sign_up?lang=en", headers: { "accept-language": "vi-VN" } });
    expect(en.body).toContain("Create an account on");
  });
});
