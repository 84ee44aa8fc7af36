// Errors speak the reader's language too: the server's OAuth error and sign-up pages follow the browser's
// language, the web app words a refused sign-in itself, and the moderation console explains a refused
// "Lift suspension" (409: the decision also did something else) in Vietnamese or English from the error's
// details, never with the server's raw English sentence.
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { type ApiUser, createApiUser } from "./api.js";
import { baseUrl, DESKTOP, launch, newSession, screenshot, signInAsStaff, uniqueName } from "./browser.js";

let browser: Browser;
let person: ApiUser;
const PASSWORD = "correct horse battery staple";

beforeAll(async () => {
  browser = await launch();
  person = await createApiUser(uniqueName("loi"));
});
afterAll(async () => {
  await browser?.close();
});

describe("server pages in the browser's language", () => {
  it("shows an OAuth error page and a refused sign-up in Vietnamese, and in English for an English browser", async () => {
    const vi = await newSession(browser, { locale: "vi-VN" });
    const res = await vi.page.goto(`${baseUrl()}/oauth/authorize?response_type=code&client_id=no-such-app&scope=read`);
    expect(res?.status()).toBe(400);
    expect(await vi.page.locator("html").getAttribute("lang")).toBe("vi");
    await vi.page.getByRole("heading", { level: 1, name: "Lỗi cấp quyền" }).waitFor();
    expect(await vi.page.getByRole("alert").textContent()).toBe("Ứng dụng này chưa được đăng ký trên máy chủ này. Hãy quay lại ứng dụng và thử đăng nhập lại.");
    expect(await vi.page.locator("body").textContent()).not.toMatch(/Authorization|Client authentication|\bat \w+ \(/);

    await vi.page.goto(`${baseUrl()}/auth/sign_up`);
    await vi.page.fill("#username", person.username);
    await vi.page.fill("#email", `${uniqueName("moi")}@example.test`);
    await vi.page.fill("#password", PASSWORD);
    await vi.page.check('input[name="agreement"]');
    await vi.page.click('button[type="submit"]');
    await vi.page.getByRole("alert").filter({ hasText: "Tên người dùng này đã có người dùng. Hãy chọn tên khác." }).waitFor();
    expect(await vi.page.getByRole("alert").textContent()).not.toMatch(/taken|Username/);
    await screenshot(vi.page, "desktop-vi-sign-up-taken");
    expect(vi.errors).toEqual([]);
    await vi.context.close();

    const en = await newSession(browser, { locale: "en-US" });
    await en.page.goto(`${baseUrl()}/oauth/authorize?response_type=code&client_id=no-such-app&scope=read`);
    expect(await en.page.locator("html").getAttribute("lang")).toBe("en");
    await en.page.getByRole("heading", { level: 1, name: "Authorization error" }).waitFor();
    expect(await en.page.getByRole("alert").textContent()).toContain("This application is not registered on this server.");
    expect(en.errors).toEqual([]);
    await en.context.close();
  });

  it("tells a person who denied the web app, in Vietnamese, that they are not signed in", async () => {
    const { page, errors, context } = await newSession(browser, { locale: "vi-VN" });
    await page.goto(`${baseUrl()}/`);
    await page.getByRole("button", { name: "Đăng nhập", exact: true }).first().click();
    await page.waitForURL(/\/oauth\/authorize/);
    await page.fill("#login", person.username);
    await page.fill("#password", PASSWORD);
    await page.click('button[value="sign_in"]');
    await page.click('button[value="deny"]');
    await page.getByRole("alert").filter({ hasText: "Bạn đã không cho phép ứng dụng web dùng tài khoản của bạn, nên bạn chưa đăng nhập." }).waitFor();
    // the server's error_description is for developers, in English: it never reaches the screen
    expect(await page.locator("body").textContent()).not.toContain("resource owner");
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe("a refused lift of a suspension in the moderation console", () => {
  it("explains the 409 in Vietnamese, then in English after switching the language", async () => {
    const { page, errors, context } = await newSession(browser, { viewport: DESKTOP, locale: "vi-VN" });
    const token = await signInAsStaff(page, inject("moderator"));
    const target = await createApiUser(uniqueName("kep"));
    // a decision that suspends and also limits: lifting only the suspension from the users page would
    // silently undo the limit too, so the server refuses with 409 and names the decision in its details
    const decided = await fetch(`${baseUrl()}/api/v1/rostra/admin/accounts/${target.id}/decisions`, {
      method: "POST",
      headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
      body: JSON.stringify({ actions: [{ type: "suspend" }, { type: "limit" }], category: "spam", ground: "terms", facts: "Sent the same advertisement to two hundred people." }),
    });
    expect(decided.status).toBe(200);
    const { id: decisionId } = (await decided.json()) as { id: string };

    const lift = async (search: string, searchButton: string, liftButton: string) => {
      await page.goto(`${baseUrl()}/console/users`);
      await page.getByLabel(search).fill(target.username);
      await page.getByRole("button", { name: searchButton, exact: true }).click();
      await expect.poll(() => page.locator("li.admin-account").count()).toBe(1);
      await page.locator(`li[data-username="${target.username}"]`).getByRole("button", { name: liftButton }).click();
    };

    await lift("Tìm theo tên người dùng", "Tìm", "Gỡ đình chỉ");
    const vi = page.locator(".toast.error").filter({ hasText: `Quyết định #${decisionId} còn áp dụng thêm biện pháp khác (Hạn chế)` });
    await vi.waitFor();
    expect(await vi.textContent()).toContain("Hãy đảo ngược toàn bộ quyết định");
    expect(await page.locator(".toasts").textContent()).not.toMatch(/also imposed|\/api\/v1|reverse the whole/);
    await screenshot(page, "desktop-vi-console-lift-refused");

    await page.goto(`${baseUrl()}/settings`);
    await page.locator("main").getByLabel("Ngôn ngữ", { exact: true }).selectOption("en");
    await page.getByRole("heading", { level: 1, name: "Settings" }).waitFor();
    await lift("Search by username", "Search", "Lift suspension");
    const en = page.locator(".toast.error").filter({ hasText: `Decision #${decisionId} also did more than this (Limited)` });
    await en.waitFor();
    expect(await en.textContent()).not.toMatch(/\/api\/v1|POST/);
    expect(errors).toEqual([]);
    await context.close();
  });
});
