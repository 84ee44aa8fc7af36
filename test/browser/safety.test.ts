// No XSS: HTML and script payloads in posts, names and bios render as text in every view. The CSP
// header would block inline scripts anyway; these tests check the app never creates such markup.
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type ApiUser, createApiUser, postStatus } from "./api.js";
import { baseUrl, DESKTOP, launch, newSession, signUp, uniqueName } from "./browser.js";
import { XSS_PAYLOAD } from "./fixtures.js";

let browser: Browser;
let author: ApiUser;
let post: { id: string };
const tag = uniqueName("xsstag");

beforeAll(async () => {
  browser = await launch();
  author = await createApiUser(uniqueName("xss"));
  await fetch(`${baseUrl()}/api/v1/accounts/update_credentials`, {
    method: "PATCH",
    headers: { authorization: `Bearer ${author.token}`, "content-type": "application/json" },
    body: JSON.stringify({ display_name: "<img src=x onerror=alert(3)>", note: XSS_PAYLOAD }),
  });
  post = await postStatus(author, { status: `${XSS_PAYLOAD} #${tag}`, spoiler_text: "<script>alert(4)</script>" });
});
afterAll(async () => {
  await browser?.close();
});

async function assertInert(page: Page) {
  // the payload is visible as text…
  await page.getByText("<script>window.__xss=1;alert(1)</script>", { exact: false }).first().waitFor();
  // …and created no elements or side effects
  expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
  expect(await page.locator('main img[src="x"], main script, main b').count()).toBe(0);
}

describe("script and HTML payloads render as text", () => {
  it("in the thread, profile, hashtag and local views, logged out and signed in", async () => {
    const { page, errors, context } = await newSession(browser, { viewport: DESKTOP });
    const views = [`/@${author.username}/${post.id}`, `/@${author.username}`, `/tags/${tag}`, "/local"];
    const openCw = async () => {
      for (const b of await page.getByRole("button", { name: "Show more" }).all()) await b.click();
    };
    for (const view of views) {
      await page.goto(`${baseUrl()}${view}`);
      await page.getByText("<script>alert(4)</script>").first().waitFor();
      await openCw();
      await assertInert(page);
    }
    // the bio and display name are text too
    await page.goto(`${baseUrl()}/@${author.username}`);
    await page.getByRole("heading", { level: 1, name: "<img src=x onerror=alert(3)>" }).waitFor();

    await signUp(page, uniqueName("viewer"));
    for (const view of [`/@${author.username}/${post.id}`, `/search?q=${tag}`]) {
      await page.goto(`${baseUrl()}${view}`);
      await page.getByText("<script>alert(4)</script>").first().waitFor();
      await openCw();
      await assertInert(page);
    }
    expect(errors).toEqual([]);
    await context.close();
  });

  it("sends a strict Content-Security-Policy with the app", async () => {
    const res = await fetch(`${baseUrl()}/`);
    const csp = res.headers.get("content-security-policy") ?? "";
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toMatch(/unsafe-inline|unsafe-eval/);
    expect(csp).toContain("object-src 'none'");
    const html = await res.text();
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
  });
});
