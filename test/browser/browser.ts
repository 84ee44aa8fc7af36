// Chromium helpers: launch Debian's Chromium, sign up through the real pages, take screenshots.
import fs from "node:fs";
import path from "node:path";
import { type Browser, type BrowserContext, chromium, type Page } from "playwright-core";
import { expect, inject } from "vitest";

export const baseUrl = (): string => inject("baseUrl");
export const PHONE = { width: 390, height: 844 };
export const DESKTOP = { width: 1280, height: 800 };
const SHOTS = path.resolve("test-output/screenshots");

export async function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync"],
  });
}

export interface Session {
  context: BrowserContext;
  page: Page;
  errors: string[];
}

/** A fresh browser profile; collects page errors and CSP violations so tests can assert none happened. */
export async function newSession(browser: Browser, opts: { viewport?: { width: number; height: number }; locale?: string; colorScheme?: "light" | "dark" } = {}): Promise<Session> {
  const context = await browser.newContext({ viewport: opts.viewport ?? DESKTOP, locale: opts.locale ?? "en-US", colorScheme: opts.colorScheme ?? "light", serviceWorkers: "block" });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(`pageerror: ${e.message}`));
  page.on("console", (m) => {
    if (m.type() === "error" && /Content Security Policy|Refused to/.test(m.text())) errors.push(`csp: ${m.text()}`);
  });
  page.on("dialog", (d) => {
    errors.push(`dialog: ${d.message()}`);
    void d.dismiss();
  });
  return { context, page, errors };
}

let counter = 0;
export function uniqueName(prefix: string): string {
  return `${prefix}${Date.now().toString(36).slice(-4)}${counter++}`;
}

/** Sign up on the server's page, approve the app, and land back in the web app signed in. */
export async function signUp(page: Page, username: string): Promise<void> {
  await page.goto(`${baseUrl()}/`);
  await page.getByRole("button", { name: /Create account|Tạo tài khoản/ }).first().click();
  await page.waitForURL(/\/auth\/sign_up/);
  await page.fill("#username", username);
  await page.fill("#email", `${username}@example.test`);
  await page.fill("#password", "correct horse battery staple");
  await page.check('input[name="agreement"]');
  await page.click('button[type="submit"]');
  await page.waitForURL(/\/oauth\/authorize/);
  await page.click('button[value="approve"]');
  await page.waitForURL((u) => u.pathname === "/" && !u.search.includes("code="));
  await expect.poll(() => page.getByRole("button", { name: /New post|Viết bài/ }).count(), { timeout: 15_000 }).toBeGreaterThan(0);
}

/** Sign in on the server's OAuth page with a password, approve, and land back in the app. */
export async function signIn(page: Page, username: string, password: string): Promise<void> {
  await page.goto(`${baseUrl()}/`);
  await page.getByRole("button", { name: /^(Sign in|Đăng nhập)$/ }).first().click();
  await page.waitForURL(/\/oauth\/authorize/);
  await page.fill("#login", username);
  await page.fill("#password", password);
  await page.click('button[value="sign_in"]');
  await page.click('button[value="approve"]');
  await page.waitForURL((u) => u.pathname === "/" && !u.search.includes("code="));
  await expect.poll(() => page.getByRole("button", { name: /New post|Viết bài/ }).count(), { timeout: 15_000 }).toBeGreaterThan(0);
}

export async function screenshot(page: Page, name: string): Promise<void> {
  fs.mkdirSync(SHOTS, { recursive: true });
  // let images in view finish loading (bounded), so the picture shows what a person would see; a lazy
  // image that is not rendered at all (a hidden sidebar on a phone) never loads, so it is not waited for
  await page
    .waitForFunction(() => Array.from(document.images).every((i) => i.complete || i.getClientRects().length === 0 || i.getBoundingClientRect().top > innerHeight), undefined, { timeout: 5_000 })
    .catch(() => undefined);
  await page.screenshot({ path: path.join(SHOTS, `${name}.png`), fullPage: false });
}

/**
 * Sign in as a moderator or admin, grant the staff scopes on the console's second consent and land on
 * /console; returns the token, so a test can also use the staff API the way the console does.
 */
export async function signInAsStaff(page: Page, who: { username: string; password: string }, grantButton = /^(Allow moderator tools|Cho phép công cụ kiểm duyệt)$/): Promise<string> {
  await signIn(page, who.username, who.password);
  await page.goto(`${baseUrl()}/console`);
  await page.getByRole("button", { name: grantButton }).click();
  await page.click('button[value="approve"]');
  await page.waitForURL((u) => u.pathname === "/console");
  const token = await page.evaluate(() => (JSON.parse(localStorage.getItem("rostra.session") ?? "null") as { token: string } | null)?.token ?? null);
  if (!token) throw new Error("no session token after granting the staff scopes");
  return token;
}

/**
 * Identifiers that leaked into the interface untranslated: anything shaped like "force_sensitive", and
 * any of `identifiers` (say "violence_threat") written out with spaces ("violence threat"), the way a
 * page that only replaced the underscores would show it. Looks at every visible text node, option label
 * and aria-label of the page; text inside translate="no" (a detector's id shown as code) is an
 * identifier on purpose and is skipped.
 */
export async function rawKeysOnPage(page: Page, identifiers: readonly string[] = []): Promise<string[]> {
  const phrases = [...new Set(identifiers.filter((k) => k.includes("_")).map((k) => k.replace(/_/g, " ")))];
  const found = await page.evaluate((phrases) => {
    const raw = [/\b[a-z]+_[a-z_]+\b/g, ...phrases.map((p) => new RegExp(`(?<![\\p{L}])${p}(?![\\p{L}])`, "giu"))];
    const out: string[] = [];
    const check = (text: string | null | undefined, where: string) => {
      for (const re of raw) for (const m of (text ?? "").matchAll(re)) out.push(`${m[0]} (${where}: “${(text ?? "").trim().slice(0, 80)}”)`);
    };
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const el = n.parentElement;
      if (!el || el.closest('[translate="no"], script, style') || el.getClientRects().length === 0) continue;
      check(n.textContent, "text");
    }
    for (const o of document.querySelectorAll("select option")) check(o.textContent, "option");
    for (const el of document.querySelectorAll("[aria-label]")) if (!el.closest('[translate="no"]')) check(el.getAttribute("aria-label"), "aria-label");
    return out;
  }, phrases);
  return [...new Set(found)];
}
