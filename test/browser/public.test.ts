// Logged-out visitors: public profile, post and hashtag pages render in the browser, the raw HTML
// carries Open Graph tags for link previews, and RSS feeds exist.
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type ApiUser, createApiUser, fetchText, postStatus, uploadImage } from "./api.js";
import { baseUrl, DESKTOP, launch, newSession, PHONE, screenshot, uniqueName } from "./browser.js";
import { testPng } from "./fixtures.js";

let browser: Browser;
let author: ApiUser;
let post: { id: string };
const tag = uniqueName("opentag");

const og = (html: string, prop: string) => new RegExp(`<meta property="${prop}" content="([^"]*)">`).exec(html)?.[1];

beforeAll(async () => {
  browser = await launch();
  author = await createApiUser(uniqueName("pub"));
  const media = await uploadImage(author, await testPng("#2f6db3"), "A blue rectangle used in tests");
  post = await postStatus(author, { status: `Public hello from the browser tests #${tag}`, media_ids: [media.id], language: "en" });
  await postStatus(author, { status: `A second public post, no image #${tag}` });
});
afterAll(async () => {
  await browser?.close();
});

describe("logged-out reading", () => {
  it("serves Open Graph tags in the HTML of profile, post and hashtag pages", async () => {
    const profile = await fetchText(`/@${author.username}`);
    expect(profile.status).toBe(200);
    expect(og(profile.text, "og:type")).toBe("profile");
    expect(og(profile.text, "og:url")).toBe(`${baseUrl()}/@${author.username}`);
    expect(og(profile.text, "og:title")).toContain(`@${author.username}@`);
    expect(og(profile.text, "og:description")).toBeTruthy();

    const status = await fetchText(`/@${author.username}/${post.id}`);
    expect(og(status.text, "og:type")).toBe("article");
    expect(og(status.text, "og:description")).toContain("Public hello from the browser tests");
    expect(og(status.text, "og:url")).toBe(`${baseUrl()}/@${author.username}/${post.id}`);
    expect(og(status.text, "og:image")).toMatch(/\/system\/media\//);

    const hashtag = await fetchText(`/tags/${tag}`);
    expect(og(hashtag.text, "og:title")).toBe(`#${tag}`);
    expect(og(hashtag.text, "og:type")).toBe("website");

    const feed = await fetchText(`/tags/${tag}.rss`);
    expect(feed.type).toMatch(/application\/rss\+xml/);
    expect(feed.text).toContain("Public hello from the browser tests");
    const profileFeed = await fetchText(`/@${author.username}.rss`);
    expect(profileFeed.text).toContain("A second public post");
  });

  it("reads a profile, a post and a hashtag page without an account", async () => {
    const { page, errors, context } = await newSession(browser, { viewport: DESKTOP });
    await page.goto(`${baseUrl()}/`);
    await page.getByText("Public hello from the browser tests").first().waitFor();
    await screenshot(page, "desktop-landing");
    await page.setViewportSize(PHONE);
    await screenshot(page, "phone-landing");
    await page.setViewportSize(DESKTOP);
    await page.goto(`${baseUrl()}/@${author.username}`);
    await expect.poll(() => page.getByRole("heading", { level: 1, name: author.username }).count()).toBe(1);
    await page.getByText("Public hello from the browser tests").first().waitFor();
    await expect.poll(() => page.locator('img[alt="A blue rectangle used in tests"]').count()).toBe(1);
    await screenshot(page, "desktop-profile-logged-out");

    await page.goto(`${baseUrl()}/@${author.username}/${post.id}`);
    await page.locator(".status.focused").getByText("Public hello from the browser tests").waitFor();
    await screenshot(page, "desktop-post-logged-out");

    await page.goto(`${baseUrl()}/tags/${tag}`);
    await page.getByText("A second public post").waitFor();
    expect(await page.getByRole("heading", { level: 1 }).first().textContent()).toBe(`#${tag}`);
    // reading needs no account, interacting does: the favourite button is disabled
    expect(await page.getByRole("button", { name: "Favourite" }).first().isDisabled()).toBe(true);
    await page.setViewportSize(PHONE);
    await screenshot(page, "phone-hashtag-logged-out");
    expect(errors).toEqual([]);
    await context.close();
  });
});
