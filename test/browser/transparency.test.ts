// Real moderation activity through the API (reports, decisions, an appeal and its reversal), then the
// transparency charts: the console's page and the public page must show the numbers of the JSON report
// for the same period, as bars that are actually drawn.
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { type ApiUser, createApiUser, postStatus } from "./api.js";
import { baseUrl, DESKTOP, launch, newSession, PHONE, screenshot, signInAsStaff, uniqueName } from "./browser.js";

type Counts = Record<string, number>;
interface Report {
  period: { from: string; to: string };
  signals: { total: number; by_source: Counts; by_category: Counts; by_language: Counts };
  reports: number;
  rejected_before_publication: { total: number };
  decisions: { total: number; by_category: Counts; by_action: Counts; by_automation: Counts; by_language: Counts };
  appeals: { filed: number; outcomes: Counts };
  reversals: number;
}

let browser: Browser;
let author: ApiUser;
let reporter: ApiUser;

async function call<T>(method: string, path: string, token: string, body?: unknown): Promise<T> {
  const res = await fetch(`${baseUrl()}${path}`, { method, headers: { authorization: `Bearer ${token}`, ...(body === undefined ? {} : { "content-type": "application/json" }) }, body: body === undefined ? undefined : JSON.stringify(body) });
  const text = await res.text();
  if (!res.ok) throw new Error(`${method} ${path} → ${res.status}: ${text}`);
  return JSON.parse(text) as T;
}

async function report(from: string, to: string): Promise<Report> {
  const res = await fetch(`${baseUrl()}/api/v1/rostra/transparency?from=${encodeURIComponent(from)}&to=${encodeURIComponent(to)}`);
  expect(res.status).toBe(200);
  return (await res.json()) as Report;
}

const nonZero = (c: Counts) => Object.fromEntries(Object.entries(c).filter(([, n]) => n > 0));

/** The console's bar chart `name` as { key: value }, after checking every bar is drawn with a width. */
async function consoleChart(page: Page, name: string): Promise<Counts> {
  const figure = page.getByRole("figure", { name, exact: true });
  await figure.waitFor();
  const bars = await figure.locator("li[data-key]").evaluateAll((items) =>
    items.map((li) => ({
      key: li.getAttribute("data-key")!,
      value: Number((li.querySelector(".bar-value")?.textContent ?? "").replace(/[^\d]/g, "")),
      width: li.querySelector(".bar")?.getBoundingClientRect().width ?? 0,
      label: li.querySelector(".bar-label")?.textContent ?? "",
    })),
  );
  for (const b of bars) {
    expect(b.width, `${name}: bar of ${b.key}`).toBeGreaterThan(0);
    expect(b.label.trim(), `${name}: label of ${b.key}`).not.toBe("");
  }
  return Object.fromEntries(bars.map((b) => [b.key, b.value]));
}

/**
 * The public page's SVG chart `name` as { key: value }: each bar is a rect with the report's key in
 * data-key and a title "label: value", whose label is words (never the key itself).
 */
async function publicChart(page: Page, name: string): Promise<Counts> {
  const chart = page.getByRole("img", { name, exact: true });
  if ((await chart.count()) === 0) return {};
  const bars = await chart.locator("rect").evaluateAll((rects) =>
    rects.map((r) => ({ key: r.getAttribute("data-key") ?? "", title: r.querySelector("title")?.textContent ?? "", drawn: r.getBoundingClientRect().width })),
  );
  const out: Counts = {};
  for (const b of bars) {
    const m = /^(.*): (\d+)$/.exec(b.title);
    expect(m, `public ${name}: bar title ${b.title}`).not.toBeNull();
    expect(b.drawn, `public ${name}: bar of ${b.key}`).toBeGreaterThan(0);
    expect(m![1], `public ${name}: label of ${b.key}`).not.toMatch(/_/);
    out[b.key] = Number(m![2]);
  }
  return out;
}

beforeAll(async () => {
  browser = await launch();
  author = await createApiUser(uniqueName("seller"));
  reporter = await createApiUser(uniqueName("watcher"));
});
afterAll(async () => {
  await browser?.close();
});

describe("transparency report", () => {
  it("charts real reports, decisions and appeals on the console page and the public page, as the JSON report counts them", async () => {
    // activity: two reported posts (the detector flags the first too), a removal and a "no action",
    // an appeal against the removal and a second person reversing it
    const spam = await postStatus(author, { status: "Cheap followers for sale, click my link now and pay with gift cards" });
    const rude = await postStatus(author, { status: `You are all wrong about the bus timetable ${uniqueName("bus")}` });
    for (const [post, category] of [[spam, "spam"], [rude, "other"]] as const) {
      await call("POST", "/api/v1/reports", reporter.token, { account_id: author.id, status_ids: [post.id], category, comment: "please look" });
    }
    const mod = await newSession(browser, { viewport: DESKTOP });
    const modToken = await signInAsStaff(mod.page, inject("moderator"));
    const queue = await call<{ id: string; subject_id: string }[]>("GET", "/api/v1/rostra/admin/queue?status=active&limit=200", modToken);
    const caseOf = (id: string) => {
      const c = queue.find((x) => x.subject_id === id);
      expect(c, `a case for post ${id}`).toBeTruthy();
      return c!.id;
    };
    const removal = await call<{ id: string }>("POST", `/api/v1/rostra/admin/cases/${caseOf(spam.id)}/decisions`, modToken, { actions: ["remove"], category: "spam", ground: "terms", facts: "Advertises bought followers." });
    await call("POST", `/api/v1/rostra/admin/cases/${caseOf(rude.id)}/decisions`, modToken, { actions: ["none"], category: "harassment", ground: "terms", facts: "Disagreement, not harassment." });
    const appeal = await call<{ id: string }>("POST", `/api/v1/rostra/decisions/${removal.id}/appeal`, author.token, { text: "These followers are real." });
    const admin = await newSession(browser, { viewport: DESKTOP });
    const adminToken = await signInAsStaff(admin.page, inject("admin"));
    await call("POST", `/api/v1/rostra/admin/appeals/${appeal.id}/resolve`, adminToken, { outcome: "reversed", reason: "The account shows these are real people." });
    expect(admin.errors).toEqual([]);
    await admin.context.close();

    // the console's page, on a phone: it asks for the last 30 days up to when it opened
    const { page, errors, context } = mod;
    await page.setViewportSize(PHONE);
    const asked = page.waitForResponse((r) => new URL(r.url()).pathname === "/api/v1/rostra/transparency" && r.ok());
    await page.goto(`${baseUrl()}/console/transparency`);
    const range = new URL((await asked).url()).searchParams;
    const from = range.get("from")!;
    const to = range.get("to")!;
    const json = await report(from, to);
    // what this test did is in it
    expect(json.reports).toBeGreaterThanOrEqual(2);
    expect(json.decisions.by_category.spam).toBeGreaterThanOrEqual(1);
    expect(json.decisions.by_category.harassment).toBeGreaterThanOrEqual(1);
    expect(json.decisions.by_action.remove).toBeGreaterThanOrEqual(1);
    expect(json.decisions.by_action.restore).toBeGreaterThanOrEqual(1);
    expect(json.appeals.outcomes.reversed).toBeGreaterThanOrEqual(1);
    expect(json.reversals).toBeGreaterThanOrEqual(1);

    const stat = async (label: string) => Number((await page.locator(".stats div").filter({ has: page.getByText(label, { exact: true }) }).locator("dd").innerText()).replace(/[^\d]/g, ""));
    await page.locator(".stats").waitFor();
    expect(await stat("Decisions")).toBe(json.decisions.total);
    expect(await stat("Reports")).toBe(json.reports);
    expect(await stat("Signals (automatic flags, reports, notices)")).toBe(json.signals.total);
    expect(await stat("Appeals")).toBe(json.appeals.filed);
    expect(await stat("Reversed decisions")).toBe(json.reversals);
    expect(await consoleChart(page, "Decisions by category")).toEqual(nonZero(json.decisions.by_category));
    expect(await consoleChart(page, "Decisions by action")).toEqual(nonZero(json.decisions.by_action));
    expect(await consoleChart(page, "Decisions by how they were made")).toEqual(nonZero(json.decisions.by_automation));
    expect(await consoleChart(page, "Signals by source")).toEqual(nonZero(json.signals.by_source));
    expect(await consoleChart(page, "Appeal outcomes")).toEqual(nonZero(json.appeals.outcomes));
    await page.getByRole("figure", { name: "Decisions by action" }).scrollIntoViewIfNeeded();
    await screenshot(page, "phone-console-transparency-charts");
    expect(errors).toEqual([]);
    await context.close();

    // the public page for the same period, signed out
    const visitor = await newSession(browser, { viewport: DESKTOP });
    const res = await visitor.page.goto(`${baseUrl()}/transparency?from=${encodeURIComponent(from)}&to=${encodeURIComponent(to)}`);
    expect(res?.status()).toBe(200);
    const again = await report(from, to);
    const dd = async (label: string) => (await visitor.page.locator("dt", { hasText: new RegExp(`^${label}$`) }).locator("xpath=following-sibling::dd[1]").innerText()).trim();
    expect(await dd("Decisions")).toBe(String(again.decisions.total));
    expect(await dd("User reports")).toBe(String(again.reports));
    expect(await dd("Signals")).toBe(String(again.signals.total));
    expect(await dd("Reversals")).toBe(String(again.reversals));
    expect(await publicChart(visitor.page, "Signals by source")).toEqual(nonZero(again.signals.by_source));
    expect(await publicChart(visitor.page, "Signals by category")).toEqual(nonZero(again.signals.by_category));
    expect(await publicChart(visitor.page, "Decisions by category")).toEqual(nonZero(again.decisions.by_category));
    expect(await publicChart(visitor.page, "Decisions by action")).toEqual(nonZero(again.decisions.by_action));
    expect(await publicChart(visitor.page, "Decisions by how they were made")).toEqual(nonZero(again.decisions.by_automation));
    expect(await publicChart(visitor.page, "Appeal outcomes")).toEqual(nonZero(again.appeals.outcomes));
    await visitor.page.getByRole("img", { name: "Decisions by action" }).scrollIntoViewIfNeeded();
    await screenshot(visitor.page, "desktop-public-transparency");
    expect(visitor.errors).toEqual([]);
    await visitor.context.close();
  });
});
