// A round in Vietnamese: the browser's language picks the UI language, every screen on the way is
// translated, and a switch to English (and back) is remembered across reloads.
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
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
    await page.setViewportSize(DESKTOP);
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
