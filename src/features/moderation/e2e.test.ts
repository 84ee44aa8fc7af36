// The whole process through the HTTP API: detection holds violent posts (EN and VI), they lead the
// queue, a moderator removes and suspends, the authors read the statement of reasons in their own
// language and appeal, a second moderator reverses, the reporter hears every outcome, the transparency
// report counts it all, and the audit chain verifies — and detects a tampered row.
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { api, createTestServer, createUser, type TestServer, type TestUser } from "../../../test/helpers.js";
import { issueToken } from "../auth/tokens.js";
import { moderationWarnings, REPORT_OUTCOME_TYPE, reportOutcomePayloads } from "./messages.js";
import { offlineQuality } from "./quality.js";

let s: TestServer;
let author: TestUser, vauthor: TestUser, reporter: TestUser, other: TestUser, mod1: TestUser, mod2: TestUser;

beforeAll(async () => {
  s = await createTestServer();
  author = await createUser(s, "author");
  vauthor = await createUser(s, "tacgia");
  reporter = await createUser(s, "reporter");
  other = await createUser(s, "seller");
  mod1 = await createUser(s, "mod1", { role: "moderator" });
  mod2 = await createUser(s, "mod2", { role: "moderator" });
  await s.ctx.db.updateTable("users").set({ locale: "vi" }).where("account_id", "=", vauthor.id).execute();
  // the public transparency page measures the detector on the evaluation suites once per process; do it here
  await offlineQuality();
}, 180_000);
afterAll(async () => s.close());

const post = (u: TestUser, status: string) => api(s, "POST", "/api/v1/statuses", { token: u.token, body: { status } });
const A = "/api/v1/rostra/admin";

/** The reporter's report-outcome notifications as the Mastodon API lists them, oldest first, with their payloads. */
async function reporterNotifications() {
  const res = await api(s, "GET", `/api/v1/notifications?types[]=${REPORT_OUTCOME_TYPE}`, { token: reporter.token });
  expect(res.status).toBe(200);
  const rows = await s.ctx.db.selectFrom("notifications").selectAll().where("id", "in", res.body.length ? res.body.map((n: any) => n.id) : ["-"]).execute();
  const payloads = await reportOutcomePayloads(s.ctx, rows);
  return [...res.body].reverse().map((n: any) => ({ ...n, ...payloads.get(n.id) }));
}

describe("moderation end to end", () => {
  it("holds, queues, decides, explains, appeals, reverses, reports and audits", async () => {
    // the reporter's notification stream, as a connected client would receive it
    const streamed: any[] = [];
    await s.ctx.pubsub.subscribe(`timeline:user:notification:${reporter.id}`, (m) => streamed.push(JSON.parse(m)));
    const spam = await post(other, "buy cheap pills now click here click here");
    expect(spam.status).toBe(200);
    expect(spam.body.moderation_state).toBeUndefined();
    const en = await post(author, "I will shoot you tomorrow, you traitor");
    const vi = await post(vauthor, "Tao sẽ đâm chết mày");
    expect(en.body.moderation_state).toBe("held");
    expect(vi.body.moderation_state).toBe("held");
    expect((await api(s, "GET", `/api/v1/statuses/${en.body.id}`, { token: reporter.token })).status).toBe(404);

    const report = await api(s, "POST", "/api/v1/reports", { token: reporter.token, body: { account_id: author.id, category: "other", comment: "He threatens people" } });
    expect(report.status).toBe(200);

    // the queue: violent posts first, due within the hour; the spam case later, due within a day
    expect((await api(s, "GET", `${A}/queue`, { token: reporter.token })).status).toBe(403);
    const queue = await api(s, "GET", `${A}/queue`, { token: mod1.token });
    expect(queue.status).toBe(200);
    const top2 = queue.body.slice(0, 2).map((c: any) => c.subject_id).sort();
    expect(top2).toEqual([en.body.id, vi.body.id].sort());
    expect(queue.body[0].category).toMatch(/^violence_/);
    for (const c of queue.body.slice(0, 2)) expect(Date.parse(c.due_at) - Date.parse(c.opened_at)).toBeLessThanOrEqual(3600_000);
    const spamCase = queue.body.find((c: any) => c.subject_id === spam.body.id);
    expect(spamCase.category).toBe("spam");
    expect(Date.parse(spamCase.due_at) - Date.parse(spamCase.opened_at)).toBe(24 * 3600_000);
    const enCase = queue.body.find((c: any) => c.subject_id === en.body.id);
    const viCase = queue.body.find((c: any) => c.subject_id === vi.body.id);

    // the case view explains the detector's reasons with spans in the original text
    const view = await api(s, "GET", `${A}/cases/${enCase.id}`, { token: mod1.token });
    expect(view.status).toBe(200);
    const span = view.body.explanations[0].spans[0];
    expect("I will shoot you tomorrow, you traitor".slice(span.start, span.end)).toBe(span.text);
    expect(view.body.explanations[0].detector).toMatch(/^patterns:en\//);

    // moderator 1 removes the EN post and suspends its author
    const dec = await api(s, "POST", `${A}/cases/${enCase.id}/decisions`, { token: mod1.token, body: { actions: ["remove", { type: "suspend" }], category: "violence_threat", facts: "A direct threat to shoot a person." } });
    expect(dec.status).toBe(200);
    expect((await api(s, "GET", "/api/v1/accounts/verify_credentials", { token: author.token })).status).toBe(401);
    const row = await s.ctx.db.selectFrom("statuses").select(["moderation_state", "deleted_at"]).where("id", "=", en.body.id).executeTakeFirstOrThrow();
    expect(row).toEqual({ moderation_state: "removed", deleted_at: null }); // nothing is lost
    // ... and removes the VI post with a strike
    const decVi = await api(s, "POST", `${A}/cases/${viCase.id}/decisions`, { token: mod1.token, body: { actions: "remove,strike", facts: "Đe dọa đâm chết một người." } });
    expect(decVi.status).toBe(200);

    // the suspended author signs in for redress and reads the statement of reasons in English
    const redress = await api(s, "POST", "/api/v1/rostra/redress/sign_in", { body: { username: "author", password: "correct horse battery" } });
    expect(redress.status).toBe(200);
    const rt = redress.body.access_token;
    const st = await api(s, "GET", `/api/v1/rostra/decisions/${dec.body.id}`, { token: rt });
    expect(st.status).toBe(200);
    expect(st.body.rule.text).toBe("No threats of violence against anyone");
    expect(st.body.actions.map((a: any) => a.type)).toEqual(["remove", "suspend"]);
    expect(st.body).toMatchObject({ automated_detection: true, automated_decision: "not", ground: "terms", can_appeal: true, language: "en" });
    expect(st.body.redress.appeal_until).toBeTruthy();
    const page = await api(s, "GET", `/moderation/decisions/${dec.body.id}`, { token: rt });
    expect(page.status).toBe(200);
    expect(page.body).toContain("Statement of reasons");
    expect((await api(s, "GET", `/api/v1/rostra/decisions/${dec.body.id}`, { token: reporter.token })).status).toBe(404);

    // the Vietnamese author gets a moderation_warning and a statement in Vietnamese
    const warn = await s.ctx.db.selectFrom("notifications").selectAll().where("account_id", "=", vauthor.id).where("type", "=", "moderation_warning").execute();
    expect(warn.length).toBeGreaterThanOrEqual(1);
    const warnings = await moderationWarnings(s.ctx.db, warn, new Map());
    expect([...warnings.values()]).toContainEqual(expect.objectContaining({ id: decVi.body.id, action: "delete_statuses", status_ids: [vi.body.id] }));
    const vpage = await api(s, "GET", `/moderation/decisions/${decVi.body.id}`, { token: vauthor.token });
    expect(vpage.body).toContain("Giải trình lý do");
    expect(vpage.body).toContain("Không đe dọa bạo lực");

    // the reporter is told the outcome: in their reports, and by an in-app notification, also streamed
    let mine = await api(s, "GET", "/api/v1/rostra/reports", { token: reporter.token });
    expect(mine.body[0].outcomes.map((o: any) => o.kind)).toEqual(["action"]);
    expect(mine.body[0].outcomes[0].actions).toContain("suspend");
    expect(mine.body[0].action_taken).toBe(true);
    let told = await reporterNotifications();
    expect(told).toHaveLength(1);
    expect(told[0]).toMatchObject({ type: REPORT_OUTCOME_TYPE, account: { id: reporter.id }, report: { id: report.body.id, action_taken: true }, report_outcome: { kind: "action", decision_id: dec.body.id } });
    expect(told[0].report_outcome.actions).toContain("suspend");
    expect(told[0].fallback.summary).toMatch(/^Your report was reviewed\. Outcome: .*account suspended/);
    // the reporter learns the outcome, not who decided nor the facts
    expect(JSON.stringify(told[0])).not.toContain(mod1.id);
    expect(JSON.stringify(told[0])).not.toContain("A direct threat to shoot a person");
    expect(streamed.map((m) => JSON.parse(m.payload))).toEqual([expect.objectContaining({ id: told[0].id, type: REPORT_OUTCOME_TYPE })]);

    // appeal, once
    const appeal = await api(s, "POST", `/api/v1/rostra/decisions/${dec.body.id}/appeal`, { token: rt, body: { text: "It was a line from a film we were quoting." } });
    expect(appeal.status).toBe(200);
    expect((await api(s, "POST", `/api/v1/rostra/decisions/${dec.body.id}/appeal`, { token: rt, body: { text: "again" } })).status).toBe(422);
    const appeals = await api(s, "GET", `${A}/appeals`, { token: mod2.token });
    expect(appeals.body.map((a: any) => a.id)).toContain(appeal.body.id);

    // the deciding moderator may not judge the appeal; a second one reverses
    const self = await api(s, "POST", `${A}/appeals/${appeal.body.id}/resolve`, { token: mod1.token, body: { outcome: "reversed", reason: "x" } });
    expect(self.status).toBe(403);
    const rev = await api(s, "POST", `${A}/appeals/${appeal.body.id}/resolve`, { token: mod2.token, body: { outcome: "reversed", reason: "The film quote is clear from the thread." } });
    expect(rev.status).toBe(200);
    expect(rev.body.reversal.kind).toBe("reversal");
    const acc = await s.ctx.db.selectFrom("accounts").select("suspended_at").where("id", "=", author.id).executeTakeFirstOrThrow();
    expect(acc.suspended_at).toBeNull();
    expect((await api(s, "GET", `/api/v1/statuses/${en.body.id}`, { token: reporter.token })).status).toBe(200);
    const fresh = await issueToken(s.ctx.db, { appId: null, accountId: author.id, scopes: ["read", "write"] });
    const after = await api(s, "GET", `/api/v1/rostra/decisions/${dec.body.id}`, { token: fresh.token });
    expect(after.body.superseded_by.kind).toBe("reversal");
    expect(after.body.appeal).toMatchObject({ state: "reversed", reason: "The film quote is clear from the thread." });

    mine = await api(s, "GET", "/api/v1/rostra/reports", { token: reporter.token });
    expect(mine.body[0].outcomes.map((o: any) => o.kind)).toEqual(["action", "reversal"]);
    // ... and is notified of the reversal too
    told = await reporterNotifications();
    expect(told.map((n) => n.report_outcome.kind)).toEqual(["action", "reversal"]);
    expect(told[1]).toMatchObject({ report: { id: report.body.id }, report_outcome: { decision_id: rev.body.reversal.id } });
    expect(told[1].report_outcome.actions).toContain("unsuspend");
    expect(told[1].fallback.summary).toMatch(/^A decision on your report was reversed\./);
    expect(streamed.map((m) => JSON.parse(m.payload).id)).toEqual(told.map((n) => n.id));

    // transparency counts all of it
    const tr = await api(s, "GET", "/api/v1/rostra/transparency");
    expect(tr.status).toBe(200);
    expect(tr.body.decisions.by_kind.reversal).toBe(1);
    expect(tr.body.reversals).toBe(1);
    expect(tr.body.appeals).toMatchObject({ filed: 1, decided: 1, outcomes: { reversed: 1 } });
    expect(tr.body.signals.by_source.report).toBe(1);
    expect(tr.body.signals.by_source.automated).toBeGreaterThanOrEqual(3);
    expect(tr.body.decisions.by_action.suspend).toBe(1);
    expect(tr.body.decisions.by_language).toMatchObject({ en: expect.any(Number), vi: expect.any(Number) });
    expect(tr.body.median_time_to_action_seconds).not.toBeNull();
    expect(tr.body.detector_quality.reviewed).toBe(2);
    const csv = await api(s, "GET", "/api/v1/rostra/transparency.csv");
    expect(csv.body).toContain("totals,reversals,1");
    const html = await api(s, "GET", "/transparency");
    expect(html.body).toContain("<svg");
    expect(html.body).toContain("Detector quality on our evaluation suites");
    const withEval = await api(s, "GET", "/api/v1/rostra/transparency?eval=true");
    expect(withEval.body.detector_quality.evaluation.map((e: any) => e.language)).toEqual(["en", "vi"]);
    for (const e of withEval.body.detector_quality.evaluation) expect(e.violence.recall).toBeGreaterThanOrEqual(0.95);
    const tdb = await api(s, "GET", "/api/v1/rostra/transparency/statements");
    const sor = tdb.body.find((x: any) => x.puid === dec.body.id);
    expect(sor).toMatchObject({ decision_visibility: ["DECISION_VISIBILITY_CONTENT_REMOVED"], decision_account: "DECISION_ACCOUNT_TERMINATED", decision_ground: "DECISION_GROUND_INCOMPATIBLE_CONTENT", category: "STATEMENT_CATEGORY_VIOLENCE", automated_detection: "Yes", automated_decision: "AUTOMATED_DECISION_NOT_AUTOMATED", content_type: ["CONTENT_TYPE_TEXT"] });

    // a report dismissed without action is answered too
    const spamReport = await api(s, "POST", "/api/v1/reports", { token: reporter.token, body: { account_id: other.id, status_ids: [spam.body.id], category: "spam", comment: "Spam?" } });
    expect(spamReport.status).toBe(200);
    expect((await api(s, "POST", `/api/v1/admin/reports/${spamReport.body.id}/resolve`, { token: mod1.token })).status).toBe(200);
    told = await reporterNotifications();
    expect(told.map((n) => n.report_outcome.kind)).toEqual(["action", "reversal", "no_action"]);
    expect(told[2]).toMatchObject({ report: { id: spamReport.body.id, action_taken: true }, report_outcome: { actions: ["none"] } });
    expect(streamed).toHaveLength(3);

    // the audit chain verifies, and a row edited behind its back breaks it
    const ok = await api(s, "GET", `${A}/audit/verify`, { token: mod2.token });
    expect(ok.body).toMatchObject({ ok: true, brokenAt: null });
    expect(ok.body.rows).toBeGreaterThanOrEqual(5);
    await sql`UPDATE moderation_audit SET payload = '{"forged":true}' WHERE seq = 3`.execute(s.ctx.db);
    const bad = await api(s, "GET", `${A}/audit/verify`, { token: mod2.token });
    expect(bad.body).toMatchObject({ ok: false, brokenAt: 3 });
  });
});
