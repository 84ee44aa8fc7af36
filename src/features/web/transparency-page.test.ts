// The public transparency page speaks English or Vietnamese: no key of the JSON report (automated,
// none, human, unknown, force_sensitive, violence_threat …) is left in what a reader sees.
import type { FastifyRequest } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { api, createTestServer, createUser, type TestServer, type TestUser } from "../../../test/helpers.js";
import { period, type TransparencyReport, transparencyReport } from "../moderation/transparency.js";
import { keyLabel, publicPageLang, transparencyPage } from "./transparency-page.js";

let s: TestServer;
let report: TransparencyReport;
let mod: TestUser, mod2: TestUser;

/** What a reader sees or hears: text nodes (SVG titles included) and accessible names, without the style sheet. */
function visibleText(html: string): string {
  const labels = [...html.matchAll(/\s(?:aria-label|title|alt)="([^"]*)"/g)].map((m) => m[1]);
  const text = html
    .replace(/<style[\s\S]*?<\/style>/g, " ")
    .replace(/<[^>]+>/g, " ")
    .replace(/&amp;/g, "&");
  return `${text} ${labels.join(" ")}`.replace(/\s+/g, " ");
}

/** The label of every bar in the charts. */
const chartLabels = (html: string) => [...html.matchAll(/<text x="0" [^>]*>([^<]*)<\/text>/g)].map((m) => m[1]);

beforeAll(async () => {
  s = await createTestServer();
  mod = await createUser(s, "transp_mod", { role: "moderator" });
  mod2 = await createUser(s, "transp_mod2", { role: "moderator" });
  const author = await createUser(s, "transp_author");
  const reporter = await createUser(s, "transp_reporter");
  // an automated hold (source automated, category violence_threat, decided by automation) a person then confirms
  const held = await api(s, "POST", "/api/v1/statuses", { token: author.token, body: { status: "I will shoot you tomorrow" } });
  expect(held.status).toBe(200);
  const caseId = (await s.ctx.db.selectFrom("moderation_cases" as never).select("id" as never).where("subject_id" as never, "=", held.body.id as never).executeTakeFirstOrThrow()) as { id: string };
  expect((await api(s, "POST", `/api/v1/rostra/admin/cases/${caseId.id}/decisions`, { token: mod.token, body: { actions: ["remove"], facts: "A threat.", category: "violence_threat" } })).status).toBe(200);
  // a report resolved without action ("none"), decided by a person
  const rep = await api(s, "POST", "/api/v1/reports", { token: reporter.token, body: { account_id: author.id, category: "spam", comment: "adverts" } });
  expect((await api(s, "POST", `/api/v1/admin/reports/${rep.body.id}/resolve`, { token: mod.token })).status).toBe(200);
  // staff actions through Mastodon's API: force_sensitive, then a suspension lifted again (a reversal)
  const other = await createUser(s, "transp_other");
  expect((await api(s, "POST", `/api/v1/admin/accounts/${other.id}/action`, { token: mod.token, body: { type: "sensitive", text: "Unmarked nudity." } })).status).toBe(200);
  expect((await api(s, "POST", `/api/v1/admin/accounts/${other.id}/action`, { token: mod.token, body: { type: "suspend", text: "Spam." } })).status).toBe(200);
  expect((await api(s, "POST", `/api/v1/admin/accounts/${other.id}/unsuspend`, { token: mod2.token })).status).toBe(200);
  // an anonymous notice, and an appeal answered
  expect((await api(s, "POST", "/api/moderation/notices", { body: { url: `http://rostra.test/@${author.username}`, category: "self_harm", explanation: "Encourages self-harm." } })).status).toBe(202);
  const limited = await createUser(s, "transp_limited");
  await api(s, "POST", `/api/v1/admin/accounts/${limited.id}/action`, { token: mod.token, body: { type: "silence", text: "Insults." } });
  const d = (await s.ctx.db.selectFrom("moderation_decisions" as never).select("id" as never).where("account_id" as never, "=", limited.id as never).executeTakeFirstOrThrow()) as { id: string };
  const appeal = await api(s, "POST", `/api/v1/rostra/decisions/${d.id}/appeal`, { token: limited.token, body: { text: "Sorry." } });
  expect((await api(s, "POST", `/api/v1/rostra/admin/appeals/${appeal.body.id}/resolve`, { token: mod2.token, body: { outcome: "upheld", reason: "The insults are clear." } })).status).toBe(200);

  report = await transparencyReport(s.ctx, period(s.ctx, undefined, new Date(Date.now() + 60_000)));
  // the measured quality of the suites, as the public page shows it (computing it here would be slow)
  report.detector_quality.evaluation = [
    { language: "en", cases: 120, accuracy: 0.91, violence: { precision: 0.9, recall: 0.88, f1: 0.89 }, categories: {} },
    { language: "vi", cases: 110, accuracy: 0.87, violence: { precision: 0.86, recall: 0.84, f1: 0.85 }, categories: {} },
  ] as unknown as TransparencyReport["detector_quality"]["evaluation"];
});
afterAll(async () => s.close());

describe("the public transparency page", () => {
  it("has data behind every raw key the task names", () => {
    // the keys this page must translate are really in the report it renders
    expect(Object.keys(report.decisions.by_automation).sort()).toEqual(["automated", "human"]);
    expect(report.decisions.by_action).toHaveProperty("none");
    expect(report.decisions.by_action).toHaveProperty("force_sensitive");
    expect(report.decisions.by_action).toHaveProperty("unsuspend");
    expect(report.decisions.by_language).toHaveProperty("unknown");
    expect(report.decisions.by_category).toHaveProperty("violence_threat");
    expect(Object.keys(report.signals.by_source)).toEqual(expect.arrayContaining(["automated", "report", "notice", "staff"]));
    expect(report.appeals.outcomes).toHaveProperty("upheld");
  });

  for (const lang of ["en", "vi"] as const) {
    it(`shows no raw key in ${lang}`, () => {
      const html = transparencyPage(report, "Quảng trường", lang);
      expect(html).toContain(`<html lang="${lang}">`);
      const text = visibleText(html);
      expect(text.match(/\b[a-z]+_[a-z_]+\b/g), text).toBeNull();
      const labels = chartLabels(html);
      expect(labels.length).toBeGreaterThan(15);
      // every bar says a word, not a key: keys are lowercase ASCII, every label starts with a capital
      for (const label of labels) expect(label, label).toMatch(/^\p{Lu}/u);
      for (const key of ["automated", "human", "none", "unknown", "staff", "notice", "report", "upheld", "suspend", "remove", "en", "vi"]) {
        expect(labels, key).not.toContain(key);
      }
    });
  }

  it("uses the words of each language", () => {
    const en = visibleText(transparencyPage(report, "X", "en"));
    for (const words of ["Transparency report — X", "Automatically", "By a moderator", "No action", "Not recorded", "Media marked sensitive", "Threats of violence", "Suspension lifted", "Moderator", "Notice of illegal content", "Decision kept", "Vietnamese", "Violence recall"]) {
      expect(en).toContain(words);
    }
    const vi = visibleText(transparencyPage(report, "X", "vi"));
    for (const words of ["Báo cáo minh bạch — X", "Tự động", "Do người kiểm duyệt", "Không xử lý", "Không ghi nhận", "Đánh dấu nội dung nhạy cảm", "Đe dọa bạo lực", "Gỡ đình chỉ", "Người kiểm duyệt", "Giữ nguyên quyết định", "Tiếng Anh", "Quyết định theo biện pháp"]) {
      expect(vi).toContain(words);
    }
    expect(vi).not.toContain("Decisions by action");
  });

  it("links to the page in the other language for the same period", () => {
    const en = transparencyPage(report, "X", "en");
    expect(en).toMatch(/<a href="\/transparency\?from=[^"]+&amp;lang=vi" hreflang="vi" lang="vi">Tiếng Việt<\/a>/);
    expect(transparencyPage(report, "X", "vi")).toContain('hreflang="en" lang="en">English</a>');
  });

  it("escapes the instance name", () => {
    const html = transparencyPage(report, "<b>Us</b>", "en");
    expect(html).not.toContain("<b>Us</b>");
    expect(html).toContain("&lt;b&gt;Us&lt;/b&gt;");
  });

  it("shows keys it does not know as words, never with underscores", () => {
    expect(keyLabel("category", "operator_custom_thing", "en")).toBe("operator custom thing");
    expect(keyLabel("action", "unknown", "vi")).toBe("Không ghi nhận");
    expect(keyLabel("language", "es", "vi")).toBe("Tiếng Tây Ban Nha");
    expect(keyLabel("language", "not a tag!", "en")).toBe("not a tag!");
  });

  it("picks the language from ?lang=, else Accept-Language", () => {
    const req = (query: Record<string, unknown>, acceptLanguage?: string) => ({ query, headers: acceptLanguage ? { "accept-language": acceptLanguage } : {} }) as unknown as FastifyRequest;
    expect(publicPageLang(req({ lang: "vi" }, "en-GB,en;q=0.9"))).toBe("vi");
    expect(publicPageLang(req({ lang: "en" }, "vi-VN"))).toBe("en");
    expect(publicPageLang(req({}, "vi-VN,vi;q=0.9,en;q=0.5"))).toBe("vi");
    expect(publicPageLang(req({}, "fr-FR,vi;q=0.5"))).toBe("en");
    expect(publicPageLang(req({ lang: "xx" }))).toBe("en");
  });

  it("is what GET /transparency serves, in the reader's language", async () => {
    const vi = await api(s, "GET", "/transparency?lang=vi");
    expect(vi.status).toBe(200);
    const visible = String(vi.body).replace(/<[^>]+>/g, " ");
    expect(visible).not.toMatch(/\b[a-z]+_[a-z_]+\b/);
    const en = await api(s, "GET", "/transparency", { headers: { "accept-language": "en-GB" } });
    expect(en.status).toBe(200);
    expect(String(en.body)).not.toBe(String(vi.body));
  });
});
