// A report becomes signals on its subjects' cases and `admin.report` notifications for staff in the same
// transaction; pending sign-ups reach staff as `admin.sign_up`; reporters read outcomes in their language.
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { api, createTestServer, createUser, type TestServer, type TestUser } from "../../../test/helpers.js";
import { createLocalUser } from "../accounts/register.js";

let s: TestServer;
let reporter: TestUser, viReporter: TestUser, target: TestUser, mod: TestUser, admin: TestUser, frozenMod: TestUser, user: TestUser;
const A = "/api/v1/rostra/admin";

beforeAll(async () => {
  s = await createTestServer();
  [reporter, viReporter, target, user] = await Promise.all(["reporter", "nguoibaocao", "target", "bystander"].map((n) => createUser(s, n)));
  mod = await createUser(s, "moddy", { role: "moderator" });
  admin = await createUser(s, "boss", { role: "admin" });
  frozenMod = await createUser(s, "frozenmod", { role: "moderator" });
  await s.ctx.db.updateTable("users").set({ disabled: 1 }).where("account_id", "=", frozenMod.id).execute();
  await s.ctx.db.updateTable("users").set({ locale: "vi" }).where("account_id", "=", viReporter.id).execute();
});
afterAll(async () => s.close());

const staffNotifications = (type: string, u: TestUser) => s.ctx.db.selectFrom("notifications").selectAll().where("type", "=", type).where("account_id", "=", u.id).execute();

describe("reports reach moderation atomically", () => {
  it("notifies every active moderator and admin with admin.report carrying the Report", async () => {
    const post = await api(s, "POST", "/api/v1/statuses", { token: target.token, body: { status: "you are all clowns" } });
    const rep = await api(s, "POST", "/api/v1/reports", { token: reporter.token, body: { account_id: target.id, status_ids: [post.body.id], category: "other", comment: "insults everyone" } });
    expect(rep.status).toBe(200);
    for (const staff of [mod, admin]) {
      const res = await api(s, "GET", "/api/v1/notifications?types[]=admin.report", { token: staff.token });
      expect(res.status).toBe(200);
      expect(res.body).toHaveLength(1);
      expect(res.body[0]).toMatchObject({ type: "admin.report", account: { id: reporter.id }, report: { id: rep.body.id, comment: "insults everyone", category: "other" } });
      const v2 = await api(s, "GET", "/api/v2/notifications?types[]=admin.report", { token: staff.token });
      expect(v2.body.notification_groups.map((g: any) => g.type)).toEqual(["admin.report"]);
    }
    // neither ordinary users nor frozen staff are told
    expect(await staffNotifications("admin.report", user)).toHaveLength(0);
    expect(await staffNotifications("admin.report", frozenMod)).toHaveLength(0);
    // the report's signal is on the post's case, in the same commit
    const adminView = await api(s, "GET", `/api/v1/admin/reports/${rep.body.id}`, { token: mod.token });
    expect(adminView.body.rostra_case_ids).toHaveLength(1);
    const c = await api(s, "GET", `${A}/cases/${adminView.body.rostra_case_ids[0]}`, { token: mod.token });
    expect(c.body.case).toMatchObject({ subject_type: "status", subject_id: post.body.id, reports_count: 1 });
    expect(c.body.events.find((e: any) => e.type === "report").payload).toMatchObject({ report_id: rep.body.id, reporter_id: reporter.id, comment: "insults everyone" });
  });

  it("a staff member who reports is not notified about their own report", async () => {
    const rep = await api(s, "POST", "/api/v1/reports", { token: mod.token, body: { account_id: target.id, category: "spam" } });
    expect(rep.status).toBe(200);
    const mine = (await staffNotifications("admin.report", mod)).filter((n) => (n as { target_id?: string }).target_id === rep.body.id);
    expect(mine).toHaveLength(0);
    const admins = (await staffNotifications("admin.report", admin)).filter((n) => (n as { target_id?: string }).target_id === rep.body.id);
    expect(admins).toHaveLength(1);
  });

  it("keeps no report when its moderation intake fails: the report and its signal commit together", async () => {
    const count = async () => Number((await s.ctx.db.selectFrom("reports").select(({ fn }) => fn.countAll<number>().as("n")).executeTakeFirstOrThrow()).n);
    const before = await count();
    const notesBefore = (await staffNotifications("admin.report", admin)).length;
    // simulate a crash inside the intake: the event log is unavailable
    await sql`ALTER TABLE moderation_events RENAME TO moderation_events_away`.execute(s.ctx.db);
    try {
      const res = await api(s, "POST", "/api/v1/reports", { token: reporter.token, body: { account_id: target.id, category: "other", comment: "lost?" } });
      expect(res.status).toBe(500);
    } finally {
      await sql`ALTER TABLE moderation_events_away RENAME TO moderation_events`.execute(s.ctx.db);
    }
    expect(await count()).toBe(before);
    expect(await staffNotifications("admin.report", admin)).toHaveLength(notesBefore);
    // and once the log is back, filing works again
    expect((await api(s, "POST", "/api/v1/reports", { token: reporter.token, body: { account_id: target.id, category: "other", comment: "again" } })).status).toBe(200);
    expect(await count()).toBe(before + 1);
  });
});

describe("pending sign-ups reach staff", () => {
  // registration queues the notice itself, in the sign-up's transaction
  const pendingSignUp = (username: string): Promise<string> =>
    createLocalUser(s.ctx, { username, email: `${username}@example.test`, password: "a long enough password", approved: false, reason: "I run the village choir" });

  it("sends admin.sign_up once to every active moderator and admin", async () => {
    const id = await pendingSignUp("newcomer");
    expect(await s.ctx.jobs.drain()).toBeGreaterThanOrEqual(1);
    for (const staff of [mod, admin]) {
      const res = await api(s, "GET", "/api/v1/notifications?types[]=admin.sign_up", { token: staff.token });
      expect(res.body.map((n: any) => [n.type, n.account.id])).toEqual([["admin.sign_up", id]]);
    }
    expect(await staffNotifications("admin.sign_up", user)).toHaveLength(0);
    expect(await staffNotifications("admin.sign_up", frozenMod)).toHaveLength(0);
    // the job is idempotent: running it again tells nobody twice
    const { notifyStaffOfSignUp } = await import("../moderation/staff-notify.js");
    expect(await notifyStaffOfSignUp(s.ctx, { accountId: id })).toBe(0);
    expect(await staffNotifications("admin.sign_up", mod)).toHaveLength(1);
  });

  it("tells nobody about a sign-up approved before the job ran", async () => {
    const id = await pendingSignUp("quicklyapproved");
    await s.ctx.db.updateTable("users").set({ approved: 1 }).where("account_id", "=", id).execute();
    await s.ctx.jobs.drain();
    const told = await s.ctx.db.selectFrom("notifications").select("id").where("type", "=", "admin.sign_up").where("from_account_id", "=", id).execute();
    expect(told).toHaveLength(0);
  });
});

describe("reporters hear the outcome in their language", () => {
  it("English and Vietnamese outcome texts", async () => {
    const en = await api(s, "POST", "/api/v1/reports", { token: reporter.token, body: { account_id: user.id, category: "spam", comment: "ads" } });
    const vi = await api(s, "POST", "/api/v1/reports", { token: viReporter.token, body: { account_id: user.id, category: "spam", comment: "quảng cáo" } });
    const view = await api(s, "GET", `/api/v1/admin/reports/${en.body.id}`, { token: mod.token });
    const caseId = view.body.rostra_case_ids[0];
    const d = await api(s, "POST", `${A}/cases/${caseId}/decisions`, { token: mod.token, body: { actions: ["warn"], facts: "Advertising in replies." } });
    expect(d.status).toBe(200);
    const enOut = (await api(s, "GET", "/api/v1/rostra/reports", { token: reporter.token })).body.find((r: any) => r.id === en.body.id);
    expect(enOut.outcomes[0].text).toBe("Your report was reviewed. Outcome: warning.");
    const viOut = (await api(s, "GET", "/api/v1/rostra/reports", { token: viReporter.token })).body.find((r: any) => r.id === vi.body.id);
    expect(viOut.outcomes[0].text).toBe("Báo cáo của bạn đã được xem xét. Kết quả: cảnh cáo.");
    const msgs = await api(s, "GET", "/api/v1/rostra/moderation/messages", { token: viReporter.token });
    expect(msgs.body[0]).toMatchObject({ kind: "report_outcome", report_id: vi.body.id, outcome: { kind: "action", actions: ["warn"] } });
  });
});

describe("the anonymous notice form speaks English and Vietnamese", () => {
  async function submit(lang: "en" | "vi", headers: Record<string, string>, fields: Record<string, string>) {
    const form = await s.app.inject({ method: "GET", url: "/moderation/notice", headers });
    expect(form.statusCode).toBe(200);
    const cookie = String(form.headers["set-cookie"]).split(";")[0];
    const csrf = /name="csrf" value="([^"]+)"/.exec(form.body)![1];
    const res = await s.app.inject({
      method: "POST", url: `/moderation/notice?lang=${lang}`, headers: { cookie, "content-type": "application/x-www-form-urlencoded" },
      payload: new URLSearchParams({ csrf, ...fields }).toString(),
    });
    return { form: form.body, res };
  }

  it("picks the language from ?lang or Accept-Language, and answers in it", async () => {
    const post = await api(s, "POST", "/api/v1/statuses", { token: target.token, body: { status: "một bài viết" } });
    const url = `${s.ctx.config.url}/@${target.username}/${post.body.id}`;
    const vi = await submit("vi", { "accept-language": "vi-VN,vi;q=0.9" }, { url, category: "hate", explanation: "Nói xấu một nhóm người" });
    expect(vi.form).toContain('<html lang="vi">');
    expect(vi.form).toContain("Tên của bạn (không bắt buộc)");
    expect(vi.form).toContain("Đe dọa bạo lực");
    expect(vi.res.statusCode).toBe(200);
    expect(vi.res.body).toContain("Chúng tôi đã nhận được báo cáo của bạn");
    const en = await submit("en", {}, { url, category: "hate", explanation: "Insults a group" });
    expect(en.form).toContain("Your name (optional)");
    expect(en.res.body).toContain("Your notice was received");
    const bad = await submit("vi", { "accept-language": "vi" }, { url: "https://elsewhere.example/@x/1", category: "hate", explanation: "x" });
    expect(bad.res.statusCode).toBe(422);
    expect(bad.res.body).toContain("Liên kết không trỏ đến bài viết hay tài khoản nào trên máy chủ này.");
    const enForm = await s.app.inject({ method: "GET", url: "/moderation/notice?lang=en", headers: { "accept-language": "vi" } });
    expect(enForm.body).toContain("Report content");
    // both notices are signals on the post's one case
    const q = await api(s, "GET", `${A}/queue?limit=200`, { token: mod.token });
    expect(q.body.find((c: any) => c.subject_id === post.body.id)).toMatchObject({ category: "hate", reports_count: 2 });
  });
});

describe("reporter reliability weighs the queue", () => {
  it("a report from someone whose reports led to action outranks one from someone whose reports were dismissed", async () => {
    const [good, bad, a1, a2, b1, b2, p1, p2] = await Promise.all(["goodeye", "crywolf", "acted1", "acted2", "fine1", "fine2", "samea", "sameb"].map((n) => createUser(s, n)));
    // history: good's two reports led to warnings, bad's two were resolved without action
    for (const t of [a1, a2]) {
      const rep = await api(s, "POST", "/api/v1/reports", { token: good.token, body: { account_id: t.id, category: "other", comment: "abusive" } });
      const caseId = (await api(s, "GET", `/api/v1/admin/reports/${rep.body.id}`, { token: mod.token })).body.rostra_case_ids[0];
      expect((await api(s, "POST", `${A}/cases/${caseId}/decisions`, { token: mod.token, body: { actions: ["warn"], facts: "Abusive replies." } })).status).toBe(200);
    }
    for (const t of [b1, b2]) {
      const rep = await api(s, "POST", "/api/v1/reports", { token: bad.token, body: { account_id: t.id, category: "other", comment: "I dislike them" } });
      expect((await api(s, "POST", `/api/v1/admin/reports/${rep.body.id}/resolve`, { token: mod.token })).status).toBe(200);
    }
    // the same post, reported once each by good and by bad
    const post = async (u: TestUser) => (await api(s, "POST", "/api/v1/statuses", { token: u.token, body: { status: "you people are pathetic" } })).body.id as string;
    const [s1, s2] = [await post(p1), await post(p2)];
    await api(s, "POST", "/api/v1/reports", { token: good.token, body: { account_id: p1.id, status_ids: [s1], category: "other" } });
    await api(s, "POST", "/api/v1/reports", { token: bad.token, body: { account_id: p2.id, status_ids: [s2], category: "other" } });
    const q = (await api(s, "GET", `${A}/queue?limit=200`, { token: mod.token })).body;
    const c1 = q.find((c: any) => c.subject_id === s1);
    const c2 = q.find((c: any) => c.subject_id === s2);
    expect(c1.severity).toBe(c2.severity);
    expect(c1.priority).toBeGreaterThan(c2.priority);
    expect(q.findIndex((c: any) => c.id === c1.id)).toBeLessThan(q.findIndex((c: any) => c.id === c2.id));
  });
});
