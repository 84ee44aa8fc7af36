// The main story: sign up → post with an image and alt text → a second person follows, sees a new
// post arrive live, replies and boosts → the first person sees it all in notifications.
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DESKTOP, launch, newSession, PHONE, type Session, screenshot, signUp, uniqueName, baseUrl } from "./browser.js";
import { testPng } from "./fixtures.js";

let browser: Browser;
let alice: Session;
let bob: Session;
const aliceName = uniqueName("alice");
const bobName = uniqueName("bob");

beforeAll(async () => {
  browser = await launch();
  alice = await newSession(browser, { viewport: DESKTOP });
  bob = await newSession(browser, { viewport: PHONE, colorScheme: "dark" });
});
afterAll(async () => {
  await browser?.close();
});

describe("sign-up to notifications", () => {
  it("signs up through OAuth + PKCE and posts an image that must have alt text", async () => {
    const page = alice.page;
    await signUp(page, aliceName);
    const composer = page.locator("form.composer").first();
    await composer.getByLabel("What do you want to say?").fill("My first post, with a picture #rostratest");
    await composer.locator('input[type="file"]').setInputFiles({ name: "green.png", mimeType: "image/png", buffer: await testPng("#3c8a5a") });
    await composer.getByText("Uploaded").waitFor();
    // alt text is required by default: the post button stays disabled until the image is described
    expect(await composer.getByRole("button", { name: "Post", exact: true }).isDisabled()).toBe(true);
    await composer.getByLabel(/Description of image 1/).fill("A green rectangle on a white page");
    await composer.getByRole("button", { name: "Post", exact: true }).click();
    const card = page.locator("article.status").filter({ hasText: "My first post, with a picture" }).first();
    await card.waitFor();
    await expect.poll(() => card.locator('img[alt="A green rectangle on a white page"]').count()).toBe(1);
    // the counter is live: typing 10 characters leaves 490 of 500
    await composer.getByLabel("What do you want to say?").fill("0123456789");
    await expect.poll(() => composer.locator(".counter").textContent()).toBe("490");
    await composer.getByLabel("What do you want to say?").fill("");
    await screenshot(page, "desktop-home");
    expect(alice.errors).toEqual([]);
  });

  it("lets a second person find and follow the first, then see a new post live", async () => {
    const page = bob.page;
    await signUp(page, bobName);
    await page.goto(`${baseUrl()}/search?q=${aliceName}`);
    const row = page.locator(".account-row").filter({ hasText: `@${aliceName}` });
    await row.getByRole("button", { name: "Follow" }).click();
    await row.getByRole("button", { name: "Unfollow" }).waitFor();
    await screenshot(page, "phone-search");

    await page.getByRole("link", { name: "Home" }).first().click();
    // wait until the streaming subscription is live before the other person posts
    await page.locator('section[aria-label="Home"][data-live="true"]').waitFor({ state: "attached" });
    // now Alice posts while Bob watches his home timeline
    const composer = alice.page.locator("form.composer").first();
    await composer.getByLabel("What do you want to say?").fill("Live hello to my new follower");
    await composer.getByRole("button", { name: "Post", exact: true }).click();
    const indicator = page.getByRole("button", { name: /Show 1 new post/ });
    await indicator.waitFor({ timeout: 20_000 });
    await screenshot(page, "phone-new-posts-indicator");
    await indicator.click();
    await page.locator("article.status").filter({ hasText: "Live hello to my new follower" }).first().waitFor();
    expect(bob.errors).toEqual([]);
  });

  it("replies and boosts from the phone", async () => {
    const page = bob.page;
    const card = page.locator("article.status").filter({ hasText: "Live hello to my new follower" }).first();
    await card.getByRole("button", { name: "Reply" }).click();
    const dialog = page.getByRole("dialog");
    await dialog.getByLabel("What do you want to say?").pressSequentially("Welcome! Nice to meet you");
    await screenshot(page, "phone-reply-dialog");
    await dialog.getByRole("button", { name: "Reply", exact: true }).click();
    await dialog.waitFor({ state: "detached" });
    await card.getByRole("button", { name: "Boost" }).click();
    await card.getByRole("button", { name: "Undo boost" }).waitFor();
    expect(bob.errors).toEqual([]);
  });

  it("shows the first person follow, reply and boost notifications", async () => {
    const page = alice.page;
    await page.getByRole("link", { name: /Notifications/ }).first().click();
    const list = page.locator("ul.notifications");
    await list.getByText("followed you").waitFor();
    await list.getByText("boosted your post").waitFor();
    await list.getByText("Welcome! Nice to meet you").waitFor();
    await screenshot(page, "desktop-notifications");
    await page.setViewportSize(PHONE);
    await screenshot(page, "phone-notifications");

    // the thread shows the reply under the post
    await page.setViewportSize(DESKTOP);
    await list.locator("article.status").filter({ hasText: "Welcome! Nice to meet you" }).getByRole("link", { name: /now|ago|sec/ }).first().click();
    await page.locator(".status.focused").getByText("Welcome! Nice to meet you").waitFor();
    await page.getByText("Live hello to my new follower").first().waitFor();
    await screenshot(page, "desktop-thread");
    await page.setViewportSize(PHONE);
    await screenshot(page, "phone-thread");
    // the signed-in profile (own posts, tabs, counts) on a phone
    await page.goto(`${baseUrl()}/@${aliceName}`);
    await page.locator("article.status").filter({ hasText: "My first post, with a picture" }).first().waitFor();
    await screenshot(page, "phone-profile");
    // the profile's five tabs all show on a phone (they wrap instead of scrolling out of sight)
    for (const tab of await page.getByRole("navigation", { name: "Profile sections" }).getByRole("link").all()) {
      const box = await tab.boundingBox();
      expect(box && box.x >= 0 && box.x + box.width <= PHONE.width + 1, await tab.textContent() ?? "").toBe(true);
    }
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
    expect(alice.errors).toEqual([]);
  });
});
