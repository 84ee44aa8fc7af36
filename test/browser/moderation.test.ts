// Report → a moderator decides in the console → the author reads the statement of reasons and appeals.
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { type ApiUser, createApiUser, postStatus } from "./api.js";
import { baseUrl, DESKTOP, launch, newSession, PHONE, screenshot, signIn, signUp, uniqueName } from "./browser.js";

let browser: Browser;
let author: ApiUser;
let post: { id: string };

beforeAll(async () => {
  browser = await launch();
  author = await createApiUser(uniqueName("spammer"));
  post = await postStatus(author, { status: "Cheap followers for sale, click my link now and pay with gift cards" });
});
afterAll(async () => {
  await browser?.close();
});

describe("report, decision, statement of reasons, appeal", () => {
  it("lets a reader report a post with a category and comment", async () => {
    const { page, errors, context } = await newSession(browser, { viewport: PHONE });
    await signUp(page, uniqueName("reporter"));
    await page.goto(`${baseUrl()}/@${author.username}/${post.id}`);
    const card = page.locator(".status.focused");
    await card.getByRole("button", { name: "More actions" }).click();
    await page.getByRole("menuitem", { name: `Report @${author.username}` }).click();
    const dialog = page.getByRole("dialog");
    await dialog.getByLabel("It's spam").check();
    await dialog.getByLabel(/Anything moderators should know/).fill("Selling fake followers");
    await screenshot(page, "phone-report-dialog");
    await dialog.getByRole("button", { name: "Send report" }).click();
    await page.getByText("Thanks. Moderators will look at your report.").waitFor();
    expect(errors).toEqual([]);
    await context.close();
  });

  it("lets a moderator act on the case in the console", async () => {
    const mod = inject("moderator");
    const { page, errors, context } = await newSession(browser, { viewport: DESKTOP });
    await signIn(page, mod.username, mod.password);
    await page.getByRole("link", { name: "Moderation" }).click();
    // moderator tools need a second, explicit consent for the admin scopes
    await page.getByRole("button", { name: "Allow moderator tools" }).click();
    await page.click('button[value="approve"]');
    await page.waitForURL((u) => u.pathname === "/console");
    // other files' cases share the queue: find this post's case the way the console does
    const token = await page.evaluate(() => (JSON.parse(localStorage.getItem("rostra.session") ?? "null") as { token: string }).token);
    const queue = (await (await fetch(`${baseUrl()}/api/v1/rostra/admin/queue?status=active&limit=200`, { headers: { authorization: `Bearer ${token}` } })).json()) as { id: string; subject_id: string }[];
    const caseId = queue.find((c) => c.subject_id === post.id)?.id;
    expect(caseId).toBeTruthy();
    const link = page.getByRole("link", { name: `Post #${caseId!.slice(-6)}` });
    await link.waitFor();
    await screenshot(page, "desktop-console-queue");
    await link.click();
    await page.getByText("Cheap followers for sale").first().waitFor();
    await page.getByLabel("Category").selectOption("spam");
    await page.getByLabel(/Facts and reasons/).fill("The post advertises bought followers, which rule 1 (no spam) forbids.");
    await screenshot(page, "desktop-console-case");
    await page.getByRole("button", { name: "Decide and send the statement" }).click();
    await page.getByText("Decision recorded and statement sent").waitFor();
    expect(errors).toEqual([]);
    await context.close();
  });

  it("shows the author the statement of reasons in plain words and takes an appeal", async () => {
    const { page, errors, context } = await newSession(browser, { viewport: PHONE });
    await signIn(page, author.username, "correct horse battery staple");
    await page.goto(`${baseUrl()}/statements`);
    await page.getByRole("link", { name: /moderation decision about your content/ }).first().click();
    await page.getByText("The post advertises bought followers").waitFor();
    await page.getByRole("heading", { name: "Appeal this decision" }).waitFor();
    await page.getByLabel("Your appeal").fill("These were my own followers, not bought ones.");
    await screenshot(page, "phone-statement");
    await page.getByRole("button", { name: "Send appeal" }).click();
    await page.getByText("Waiting for a different moderator to review").waitFor();
    expect(errors).toEqual([]);
    await context.close();
  });
});
