// An admin renames the server, requires approval for sign-ups, approves a waiting person and promotes
// a user to moderator, and each change shows where people look: the sidebar, the landing page, the nav.
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { type ApiUser, createApiUser, postStatus } from "./api.js";
import { en } from "../../web/src/i18n/en.js";
import { baseUrl, DESKTOP, launch, newSession, PHONE, rawKeysOnPage, screenshot, signIn, signInAsStaff, uniqueName } from "./browser.js";

let browser: Browser;
let promoted: ApiUser;
let adminToken: string | null = null;
const newName = `Quảng trường ${uniqueName("t")}`;

async function instance(): Promise<{ title: string; registrations: { enabled: boolean; approval_required: boolean } }> {
  return (await fetch(`${baseUrl()}/api/v2/instance`)).json();
}

/**
 * English texts a Vietnamese page must never show: a missing or untranslated text falls back to the
 * English one (a Vietnamese text spelled like the English one would show up here too).
 */
const ENGLISH_ONLY = new Set(Object.values(en).filter((text) => !text.includes("{")));

/** The identifiers the console has words for ("force_sensitive" from "transparency.action.force_sensitive"). */
const IDENTIFIERS = Object.keys(en).map((k) => k.split(".").at(-1)!);

/** Every visible text node, label, placeholder and title on the page that is an English UI text. */
async function englishOnPage(page: Page): Promise<string[]> {
  const texts = await page.evaluate(() => {
    const out: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const el = n.parentElement;
      if (el && el.getClientRects().length > 0 && n.textContent?.trim()) out.push(n.textContent.trim());
    }
    for (const el of document.body.querySelectorAll("[aria-label], [placeholder], [title]")) {
      for (const a of ["aria-label", "placeholder", "title"]) if (el.getAttribute(a)) out.push(el.getAttribute(a)!.trim());
    }
    return out;
  });
  return [...new Set(texts.filter((t) => ENGLISH_ONLY.has(t)))];
}

/** Sign in as the admin and grant the staff scopes, landing on the console. */
async function signInAsAdmin(page: Page): Promise<void> {
  adminToken = await signInAsStaff(page, inject("admin"));
}

beforeAll(async () => {
  browser = await launch();
  promoted = await createApiUser(uniqueName("promo"));
});
afterAll(async () => {
  // other test files sign up through the web page: never leave the shared server in approval mode; and
  // an emptied description is "none set" again, which locale.test.ts expects to see translated
  if (adminToken) {
    await fetch(`${baseUrl()}/api/v1/rostra/admin/instance`, { method: "PUT", headers: { authorization: `Bearer ${adminToken}`, "content-type": "application/json" }, body: JSON.stringify({ registrations: "open", description: "" }) });
  }
  await browser?.close();
});

describe("instance administration", () => {
  it("renames the server and requires approval; the sidebar and the landing page show it", async () => {
    const { page, errors, context } = await newSession(browser, { viewport: DESKTOP });
    await signInAsAdmin(page);
    await page.getByRole("link", { name: "Instance settings" }).click();
    const name = page.getByLabel("Server name");
    await name.waitFor();
    await name.fill(newName);
    // with no description set the box is empty and offers the default, in the UI's language, as a hint
    expect(await page.getByLabel("Short description").getAttribute("placeholder")).toBe(en["instance.defaultDescription"]);
    await screenshot(page, "desktop-admin-instance-unset");
    await page.getByLabel("Short description").fill("A square where neighbours talk.");
    await page.getByLabel("Anyone, after a moderator approves").check();
    await page.getByRole("button", { name: "Add a rule" }).click();
    // the new rule's field has focus, so keyboard users can type straight away
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute("id") ?? "")).toMatch(/-text-\d+$/);
    await page.keyboard.type("Be kind to each other");
    await screenshot(page, "desktop-admin-instance");
    await page.getByRole("button", { name: "Save settings" }).click();
    await page.getByText("Instance settings saved").waitFor();

    const info = await instance();
    expect(info.title).toBe(newName);
    expect(info.registrations).toMatchObject({ enabled: true, approval_required: true });
    // the sidebar of the app (wide screens) shows the new name and rule after a reload
    await page.reload();
    await page.getByRole("complementary").getByRole("heading", { name: newName }).waitFor();
    await page.getByRole("complementary").getByText("Be kind to each other").waitFor();

    // a visitor sees the new name and that sign-ups need approval
    const visitor = await newSession(browser, { viewport: PHONE });
    await visitor.page.goto(`${baseUrl()}/`);
    await visitor.page.getByRole("heading", { level: 1, name: newName }).waitFor();
    await visitor.page.getByText("New accounts are reviewed by a moderator").waitFor();
    await screenshot(visitor.page, "phone-landing-approval");
    expect(visitor.errors).toEqual([]);
    await visitor.context.close();
    expect(errors).toEqual([]);
    await context.close();
  });

  it("approves a waiting sign-up, promotes a user to moderator, and reopens sign-ups", async () => {
    // someone signs up while approval is required: their token does not work until approved
    const waitingName = uniqueName("waiting");
    const app = await (await fetch(`${baseUrl()}/api/v1/apps`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ client_name: "t", redirect_uris: "urn:ietf:wg:oauth:2.0:oob", scopes: "read write" }) })).json();
    const appToken = await (await fetch(`${baseUrl()}/oauth/token`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ grant_type: "client_credentials", client_id: app.client_id, client_secret: app.client_secret, scope: "read write" }) })).json();
    const reg = await fetch(`${baseUrl()}/api/v1/accounts`, { method: "POST", headers: { authorization: `Bearer ${appToken.access_token}`, "content-type": "application/json" }, body: JSON.stringify({ username: waitingName, email: `${waitingName}@example.test`, password: "correct horse battery staple", agreement: true, reason: "I live nearby" }) });
    expect(reg.status).toBe(200);
    const waitingToken = (await reg.json()).access_token as string;
    const me = () => fetch(`${baseUrl()}/api/v1/accounts/verify_credentials`, { headers: { authorization: `Bearer ${waitingToken}` } }).then((r) => r.status);
    expect(await me()).toBe(401);

    const { page, errors, context } = await newSession(browser, { viewport: DESKTOP });
    await signInAsAdmin(page);
    await page.getByRole("link", { name: "Users & roles" }).click();
    await page.getByLabel("Status").selectOption("pending");
    const waitingRow = page.locator(`li[data-username="${waitingName}"]`);
    await waitingRow.getByText("I live nearby").waitFor();
    await screenshot(page, "desktop-admin-pending");
    await waitingRow.getByRole("button", { name: "Approve" }).click();
    await page.getByText(`${waitingName} can now sign in`).waitFor();
    await expect.poll(me).toBe(200);

    await page.getByLabel("Status").selectOption("");
    await page.getByLabel("Search by username").fill(promoted.username);
    await page.getByRole("button", { name: "Search", exact: true }).click();
    const row = page.locator(`li[data-username="${promoted.username}"]`);
    await row.waitFor();
    await expect.poll(() => page.locator("li.admin-account").count()).toBe(1);
    await row.getByLabel(`Role of ${promoted.username}`).selectOption("moderator");
    await page.getByText(`${promoted.username} is now: Moderator`).waitFor();
    await row.locator(".pill", { hasText: "Moderator" }).waitFor();

    // sign-ups open again
    await page.getByRole("link", { name: "Instance settings" }).click();
    await page.getByLabel("Anyone", { exact: true }).check();
    await page.getByRole("button", { name: "Save settings" }).click();
    await page.getByText("Instance settings saved").waitFor();
    expect((await instance()).registrations).toMatchObject({ enabled: true, approval_required: false });

    // the audit log records the changes
    await page.getByRole("link", { name: "Audit log" }).click();
    await page.getByRole("cell", { name: /^Role changed/ }).first().waitFor();
    await page.getByRole("cell", { name: /^Sign-up approved/ }).first().waitFor();
    await page.getByRole("cell", { name: /^Instance settings changed/ }).first().waitFor();
    // the details are words too: the role change reads "From: User · To: Moderator"
    await page.getByRole("cell", { name: /From: User · To: Moderator/ }).first().waitFor();
    await page.getByRole("button", { name: "Check the log is intact" }).click();
    await page.getByText(/The log is intact: \d+ entries/).waitFor();
    await screenshot(page, "desktop-audit-log");
    expect(errors).toEqual([]);
    await context.close();

    // the promoted person now has the moderation console in their navigation
    const mod = await newSession(browser, { viewport: DESKTOP });
    await signIn(mod.page, promoted.username, "correct horse battery staple");
    await mod.page.getByRole("link", { name: "Moderation" }).waitFor();
    expect(mod.errors).toEqual([]);
    await mod.context.close();
  });

  it("does not overwrite thresholds another admin saved after the page was opened", async () => {
    const { page, errors, context } = await newSession(browser, { viewport: DESKTOP });
    await signInAsAdmin(page);
    await page.getByRole("link", { name: "Rules & thresholds" }).click();
    const hateReview = page.getByLabel("Hate: Review threshold");
    await hateReview.waitFor();
    // meanwhile someone else saves a change
    const other = await fetch(`${baseUrl()}/api/v1/rostra/admin/policy`, { headers: { authorization: `Bearer ${adminToken}` } }).then((r) => r.json() as Promise<{ version: number; thresholds: Record<string, Record<string, number | null>> }>);
    const theirs = other.thresholds.hate.queue === 0.41 ? 0.42 : 0.41;
    const put = await fetch(`${baseUrl()}/api/v1/rostra/admin/policy`, { method: "PUT", headers: { authorization: `Bearer ${adminToken}`, "content-type": "application/json" }, body: JSON.stringify({ thresholds: { hate: { ...other.thresholds.hate, queue: theirs } }, version: other.version }) });
    expect(put.status).toBe(200);
    await hateReview.fill("0.5");
    await page.getByRole("button", { name: "Save thresholds" }).click();
    await page.getByRole("alert").filter({ hasText: "Someone else saved the thresholds" }).waitFor();
    await page.getByRole("button", { name: "Load their version" }).click();
    await expect.poll(() => hateReview.inputValue()).toBe(String(theirs));
    // put the threshold back for the other test files
    const restore = await fetch(`${baseUrl()}/api/v1/rostra/admin/policy`, { method: "PUT", headers: { authorization: `Bearer ${adminToken}`, "content-type": "application/json" }, body: JSON.stringify({ thresholds: { hate: other.thresholds.hate } }) });
    expect(restore.status).toBe(200);
    expect(errors).toEqual([]);
    await context.close();
  });

  it("goes round the console in Vietnamese on a phone in dark mode, with no English and no raw keys left", async () => {
    const { page, errors, context } = await newSession(browser, { viewport: PHONE, colorScheme: "dark", locale: "vi-VN" });
    await signInAsAdmin(page);
    const token = adminToken!;
    const staff = async <T>(method: string, path: string, body?: unknown): Promise<T> => {
      const res = await fetch(`${baseUrl()}${path}`, { method, headers: { authorization: `Bearer ${token}`, ...(body ? { "content-type": "application/json" } : {}) }, body: body ? JSON.stringify(body) : undefined });
      if (!res.ok) throw new Error(`${method} ${path} → ${res.status}: ${await res.text()}`);
      return res.json() as Promise<T>;
    };
    // something to moderate: a reported post (the detector flags it too), a decision with actions whose
    // names have underscores, and the author's appeal against it
    const author = await createApiUser(uniqueName("seller"));
    const reporter = await createApiUser(uniqueName("neighbour"));
    const post = await postStatus(author, { status: "Cheap followers for sale, click my link now and pay with gift cards" });
    const report = await fetch(`${baseUrl()}/api/v1/reports`, { method: "POST", headers: { authorization: `Bearer ${reporter.token}`, "content-type": "application/json" }, body: JSON.stringify({ account_id: author.id, status_ids: [post.id], category: "spam", comment: "Bán người theo dõi giả" }) });
    expect(report.status).toBe(200);
    const queue = await staff<{ id: string; subject_id: string }[]>("GET", "/api/v1/rostra/admin/queue?status=active&limit=200");
    const caseId = queue.find((c) => c.subject_id === post.id)?.id;
    expect(caseId).toBeTruthy();
    const decision = await staff<{ id: string }>("POST", `/api/v1/rostra/admin/cases/${caseId}/decisions`, { actions: ["remove", "force_sensitive"], category: "spam", ground: "terms", facts: "Quảng cáo bán người theo dõi, vi phạm quy định 1." });
    const appealed = await fetch(`${baseUrl()}/api/v1/rostra/decisions/${decision.id}/appeal`, { method: "POST", headers: { authorization: `Bearer ${author.token}`, "content-type": "application/json" }, body: JSON.stringify({ text: "Đây là người theo dõi thật của tôi." }) });
    expect(appealed.status).toBe(200);
    const appealId = ((await appealed.json()) as { id: string }).id;

    const check = async (name: string, shot: string) => {
      await screenshot(page, shot);
      expect(await englishOnPage(page), name).toEqual([]);
      expect(await rawKeysOnPage(page, IDENTIFIERS), name).toEqual([]);
    };
    const sections = page.getByRole("navigation", { name: "Các mục của bảng điều khiển" });
    const visit = async (link: string, heading: string, shot: string, ready: () => Promise<void>) => {
      await sections.getByRole("link", { name: link, exact: true }).click();
      await page.getByRole("heading", { level: 1, name: heading }).waitFor();
      await ready();
      await check(link, shot);
    };
    await visit("Người dùng & vai trò", "Người dùng & vai trò", "phone-dark-vi-admin-users", () => page.locator("li.admin-account").first().waitFor());
    await visit("Cài đặt máy chủ", "Cài đặt máy chủ", "phone-dark-vi-admin-instance", () => page.getByLabel("Tên máy chủ").waitFor());
    await visit("Quy tắc & ngưỡng", "Quy tắc & ngưỡng", "phone-dark-vi-policy", () => page.getByLabel("Thù ghét: ngưỡng Xem xét").waitFor());
    await visit("Nhật ký kiểm tra", "Nhật ký kiểm tra", "phone-dark-vi-audit", async () => {
      await page.getByRole("cell", { name: /^Đã thay đổi cài đặt máy chủ/ }).first().waitFor();
      await page.getByRole("cell", { name: /^Quyết định có xử lý/ }).first().waitFor();
    });
    await visit("Báo cáo minh bạch", "Báo cáo minh bạch", "phone-dark-vi-transparency", async () => {
      await page.getByRole("figure", { name: "Quyết định theo biện pháp" }).getByText("Đánh dấu nội dung nhạy cảm").waitFor();
      await page.getByRole("link", { name: "Tải CSV" }).waitFor();
    });
    await visit("Hàng chờ xem xét", "Kiểm duyệt", "phone-dark-vi-queue", async () => {
      // the appealed case waits in "needs action"; the appeal waits for a second moderator
      await page.getByRole("link", { name: `Bài viết #${caseId!.slice(-6)}` }).waitFor();
      await page.getByRole("link", { name: `Khiếu nại quyết định #${decision.id.slice(-6)}` }).waitFor();
    });
    // a case: evidence, the detector's explanation, history, the decision taken and the decision form
    await page.getByRole("link", { name: `Bài viết #${caseId!.slice(-6)}` }).click();
    await page.getByRole("heading", { level: 1, name: `Vụ việc #${caseId!.slice(-6)}` }).waitFor();
    await page.getByLabel("Đình chỉ tài khoản").waitFor();
    await page.getByText("Đọc bản giải thích").waitFor();
    await check("case", "phone-dark-vi-case");
    // the appeal, with the statement of reasons it is against
    await page.goto(`${baseUrl()}/console/appeals/${appealId}?decision=${decision.id}`);
    await page.getByText("Đây là người theo dõi thật của tôi.").waitFor();
    await page.getByText("Quảng cáo bán người theo dõi").waitFor();
    await check("appeal", "phone-dark-vi-appeal");
    expect(errors).toEqual([]);
    await context.close();
  });
});
