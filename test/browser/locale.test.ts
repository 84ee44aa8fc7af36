// A round in Vietnamese: the browser's language picks the UI language, every screen on the way is
// translated, and a switch to English (and back) is remembered across reloads.
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { en } from "../../web/src/i18n/en.js";
import { vi } from "../../web/src/i18n/vi.js";
import { baseUrl, DESKTOP, launch, newSession, PHONE, screenshot, signUp, uniqueName } from "./browser.js";

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe("Vietnamese locale", () => {
  it("uses Vietnamese from the browser language, posts, and remembers a switch", async () => {
    const { page, errors, context } = await newSession(browser, { viewport: PHONE, locale: "vi-VN" });
    await page.goto(`${baseUrl()}/local`);
    expect(await page.locator("html").getAttribute("lang")).toBe("vi");
    await page.getByRole("link", { name: "Cộng đồng" }).first().waitFor();
    await page.getByRole("heading", { level: 1, name: "Cộng đồng" }).waitFor();

    // no description set on this server (admin.test.ts puts it back): the API sends the English default,
    // and the web app shows its own words in Vietnamese instead of that English sentence
    const api = (await (await fetch(`${baseUrl()}/api/v2/instance`)).json()) as { description: string };
    expect(api.description).toBe(en["instance.defaultDescription"]);
    await page.goto(`${baseUrl()}/`);
    await page.locator(".hero").getByText(vi["landing.tagline"]).waitFor();
    expect(await page.getByText(en["instance.defaultDescription"]).count()).toBe(0);

    await signUp(page, uniqueName("lan"));
    const composer = page.locator("form.composer").first();
    await composer.getByLabel("Bạn muốn nói gì?").fill("Xin chào các bạn! Hôm nay trời đẹp quá #tiengviet");
    expect(await composer.getByLabel("Ngôn ngữ của bài viết").inputValue()).toBe("vi");
    await composer.getByRole("button", { name: "Đăng", exact: true }).click();
    await page.getByText("Đã đăng").waitFor();
    const card = page.locator("article.status").filter({ hasText: "Xin chào các bạn!" }).first();
    await card.getByRole("button", { name: "Thích" }).click();
    await card.getByRole("button", { name: "Bỏ thích" }).waitFor();
    await screenshot(page, "phone-vi-home");

    await page.getByRole("link", { name: "Cài đặt" }).first().click();
    await page.getByRole("heading", { level: 1, name: "Cài đặt" }).waitFor();
    await screenshot(page, "phone-vi-settings");
    await page.setViewportSize(DESKTOP);
    // the sidebar of wide screens describes the server in Vietnamese too
    await page.getByRole("complementary").getByText(vi["instance.defaultDescription"], { exact: true }).waitFor();
    expect(await page.getByText(en["instance.defaultDescription"]).count()).toBe(0);
    await screenshot(page, "desktop-vi-settings");
    await page.locator("main").getByLabel("Ngôn ngữ", { exact: true }).selectOption("en");
    await page.getByRole("heading", { level: 1, name: "Settings" }).waitFor();
    await page.reload();
    await page.getByRole("heading", { level: 1, name: "Settings" }).waitFor();
    expect(await page.locator("html").getAttribute("lang")).toBe("en");
    await page.locator("main").getByLabel("Language", { exact: true }).selectOption("vi");
    await page.getByRole("heading", { level: 1, name: "Cài đặt" }).waitFor();
    expect(errors).toEqual([]);
    await context.close();
  });
});
