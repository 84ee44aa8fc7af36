// Mastodon's admin account actions go through the moderation process: each is a decision with a
// statement of reasons the person is told about and can appeal, and lifting one (unsuspend, unsilence,
// unsensitive, enable) reverses the decision that imposed it. Only state set without any decision
// (older data) is lifted directly, with an audit row.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { api, createTestServer, createUser, type TestServer, type TestUser } from "../../../test/helpers.js";
import { issueToken } from "../auth/tokens.js";
import { verifyAuditChain } from "../moderation/audit.js";
import { decisionIdFromGroupKey } from "../moderation/messages.js";

let s: TestServer;
let admin: TestUser, mod: TestUser, viMod: TestUser, reporter: TestUser;
const A = "/api/v1/rostra/admin";

beforeAll(async () => {
  s = await createTestServer();
  admin = await createUser(s, "chief", { role: "admin" });
  mod = await createUser(s, "modmia", { role: "moderator" });
  viMod = await createUser(s, "modlan", { role: "moderator" });
  reporter = await createUser(s, "watcher");
  await s.ctx.db.updateTable("users").set({ locale: "en" }).where("account_id", "=", mod.id).execute();
  await s.ctx.db.updateTable("users").set({ locale: "vi" }).where("account_id", "=", viMod.id).execute();
});
afterAll(async () => s.close());

interface DecisionRow {
  id: string;
  case_id: string;
  kind: string;
  facts: string;
  category: string | null;
  actions: string;
  supersedes_id: string | null;
  decided_by: string | null;
  subject_type: string;
}

const decisionsOf = async (accountId: string): Promise<DecisionRow[]> =>
  (await s.ctx.db.selectFrom("moderation_decisions" as never).selectAll().where("account_id" as never, "=", accountId as never).orderBy("id" as never).execute()) as DecisionRow[];
const actionTypes = (d: DecisionRow) => (JSON.parse(d.actions) as { type: string; kept?: boolean }[]).map((a) => (a.kept ? `${a.type}(kept)` : a.type));
/** The decisions the person was notified of (each moderation_warning carries its decision in the group key). */
const warningsOf = async (accountId: string) =>
  (await s.ctx.db.selectFrom("notifications").select(["group_key"]).where("account_id", "=", accountId).where("type", "=", "moderation_warning").orderBy("id").execute()).map((n) => ({ target_id: decisionIdFromGroupKey(n.group_key) }));
const stateOf = async (id: string) => (await api(s, "GET", `/api/v1/admin/accounts/${id}`, { token: admin.token })).body as Record<string, unknown>;
const auditRows = async (subjectId: string) =>
  (await api(s, "GET", `${A}/audit?limit=200`, { token: admin.token })).body.filter((e: { subject_id: string }) => e.subject_id === subjectId) as { action: string; payload: Record<string, unknown> }[];
const act = (token: string, id: string, body: Record<string, unknown>) => api(s, "POST", `/api/v1/admin/accounts/${id}/action`, { token, body });

describe("POST /api/v1/admin/accounts/:id/action", () => {
  it("records each Mastodon action type as a decision with our action, tells the person and answers {}", async () => {
    const cases = [
      ["none", "warn", {}],
      ["sensitive", "force_sensitive", { sensitized: true }],
      ["disable", "freeze", { disabled: true }],
      ["silence", "limit", { silenced: true }],
      ["suspend", "suspend", { suspended: true }],
    ] as const;
    for (const [type, action, state] of cases) {
      const target = await createUser(s, `target_${type}`);
      const res = await act(mod.token, target.id, { type, text: `Reason for ${type}: posted the same link 80 times.` });
      expect(res.status, JSON.stringify(res.body)).toBe(200);
      expect(res.body).toEqual({});
      const [d] = await decisionsOf(target.id);
      expect(d, type).toMatchObject({ kind: "action", facts: `Reason for ${type}: posted the same link 80 times.`, decided_by: mod.id, subject_type: "account" });
      expect(actionTypes(d)).toEqual([action]);
      // the person is told, with a statement of reasons behind the notification
      expect((await warningsOf(target.id)).map((n) => n.target_id)).toEqual([d.id]);
      expect(await stateOf(target.id), type).toMatchObject({ id: target.id, username: target.username, ...state, account: { id: target.id } });
      // the decision sits on the account's case, opened by a staff signal
      const events = await s.ctx.db.selectFrom("moderation_events" as never).selectAll().where("case_id" as never, "=", d.case_id as never).execute();
      expect(events.map((e: any) => [e.type, JSON.parse(e.payload).source ?? null])).toContainEqual(["signal", "staff"]);
      const audit = await auditRows(target.id);
      expect(audit.map((e) => e.action)).toEqual(expect.arrayContaining(["decision.action", `account.${type === "none" ? "warn" : type}`]));
      expect(audit.find((e) => e.action.startsWith("account."))?.payload.decision_id).toBe(d.id);
    }
  });

  it("ends the sessions of a suspended or frozen person, who can still read the statement", async () => {
    const target = await createUser(s, "sessionend");
    expect((await act(mod.token, target.id, { type: "suspend", text: "Sold fake tickets." })).status).toBe(200);
    expect((await api(s, "GET", "/api/v1/accounts/verify_credentials", { token: target.token })).status).toBe(401);
    const [d] = await decisionsOf(target.id);
    const fresh = await issueToken(s.ctx.db, { appId: null, accountId: target.id, scopes: ["read"] });
    await s.ctx.db.updateTable("accounts").set({ suspended_at: null }).where("id", "=", target.id).execute();
    const statement = await api(s, "GET", `/api/v1/rostra/decisions/${d.id}`, { token: fresh.token });
    await s.ctx.db.updateTable("accounts").set({ suspended_at: new Date().toISOString() }).where("id", "=", target.id).execute();
    expect(statement.status).toBe(200);
    expect(statement.body).toMatchObject({ facts: "Sold fake tickets.", can_appeal: true });
  });

  it("writes default facts in the moderator's language when text is empty", async () => {
    const en = await createUser(s, "emptytext_en");
    expect((await act(mod.token, en.id, { type: "silence", text: "   " })).status).toBe(200);
    expect((await decisionsOf(en.id))[0].facts).toBe("A moderator limited this account.");
    const vi = await createUser(s, "emptytext_vi");
    expect((await act(viMod.token, vi.id, { type: "suspend" })).status).toBe(200);
    expect((await decisionsOf(vi.id))[0].facts).toBe("Người kiểm duyệt đã đình chỉ tài khoản này.");
  });

  it("takes a category (Rostra extension); marking sensitive defaults to the sensitive-content rule", async () => {
    const spam = await createUser(s, "categorised");
    expect((await act(mod.token, spam.id, { type: "silence", text: "Adverts.", category: "spam" })).status).toBe(200);
    expect((await decisionsOf(spam.id))[0].category).toBe("spam");
    const sens = await createUser(s, "sensdefault");
    expect((await act(mod.token, sens.id, { type: "sensitive", text: "Unmarked nudity." })).status).toBe(200);
    expect((await decisionsOf(sens.id))[0].category).toBe("sexual");
  });

  it("links the report: the decision goes on the report's case, the report is handled and the reporter told", async () => {
    const target = await createUser(s, "reported_acct");
    const report = await api(s, "POST", "/api/v1/reports", { token: reporter.token, body: { account_id: target.id, category: "spam", comment: "follows and unfollows all day" } });
    expect(report.status).toBe(200);
    const res = await act(mod.token, target.id, { type: "silence", report_id: report.body.id });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    const [d] = await decisionsOf(target.id);
    expect(d.facts).toBe("A moderator limited this account. This followed a report the moderator reviewed.");
    expect(d.category).toBe("spam");
    const mine = (await api(s, "GET", "/api/v1/rostra/reports", { token: reporter.token })).body.find((r: { id: string }) => r.id === report.body.id);
    expect(mine.action_taken).toBe(true);
    expect(mine.outcomes.map((o: { kind: string }) => o.kind)).toEqual(["action"]);
    const adminReport = await api(s, "GET", `/api/v1/admin/reports/${report.body.id}`, { token: mod.token });
    expect(adminReport.body.rostra_case_ids).toEqual([d.case_id]);
  });

  it("links a report about a post to that post's case", async () => {
    const target = await createUser(s, "reported_post");
    const post = await api(s, "POST", "/api/v1/statuses", { token: target.token, body: { status: "buy cheap followers at my shop" } });
    expect(post.status).toBe(200);
    const report = await api(s, "POST", "/api/v1/reports", { token: reporter.token, body: { account_id: target.id, status_ids: [post.body.id], category: "spam", comment: "spam" } });
    expect((await act(mod.token, target.id, { type: "silence", report_id: report.body.id, text: "Advertising follower sales." })).status).toBe(200);
    const [d] = await decisionsOf(target.id);
    expect(d.subject_type).toBe("status");
    expect(actionTypes(d)).toEqual(["limit"]);
    expect((await stateOf(target.id)).silenced).toBe(true);
    const mine = (await api(s, "GET", "/api/v1/rostra/reports", { token: reporter.token })).body.find((r: { id: string }) => r.id === report.body.id);
    expect(mine.outcomes.map((o: { kind: string }) => o.kind)).toEqual(["action"]);
  });

  it("does not release a post the automation holds: that report's case waits for a decision about the post", async () => {
    const target = await createUser(s, "held_after_report");
    const post = await api(s, "POST", "/api/v1/statuses", { token: target.token, body: { status: "meet me at the station" } });
    const report = await api(s, "POST", "/api/v1/reports", { token: reporter.token, body: { account_id: target.id, status_ids: [post.body.id], category: "other", comment: "creepy" } });
    expect(report.status).toBe(200);
    // edited into a threat after the report: the pipeline holds it on the same case
    const edit = await api(s, "PUT", `/api/v1/statuses/${post.body.id}`, { token: target.token, body: { status: "I will shoot you tomorrow at the station" } });
    expect(edit.status).toBe(200);
    const state = async () => (await s.ctx.db.selectFrom("statuses").select("moderation_state").where("id", "=", post.body.id).executeTakeFirstOrThrow()).moderation_state;
    expect(await state()).toBe("held");
    expect((await act(mod.token, target.id, { type: "suspend", report_id: report.body.id, text: "Threatened a person." })).status).toBe(200);
    const mine = (await decisionsOf(target.id)).filter((d) => d.decided_by === mod.id);
    expect(mine.map((d) => [d.subject_type, actionTypes(d)])).toEqual([["account", ["suspend"]]]);
    expect(await state()).toBe("held");
  });

  it("answers bad input with 4xx and never changes the account", async () => {
    const target = await createUser(s, "badinput");
    const other = await createUser(s, "otherperson");
    const foreign = await api(s, "POST", "/api/v1/reports", { token: reporter.token, body: { account_id: other.id, comment: "not about badinput" } });
    for (const body of [
      { type: "explode" },
      { type: "suspend", report_id: foreign.body.id },
      { type: "suspend", report_id: "999999999999" },
      { type: "suspend", report_id: "not an id" },
      { type: "suspend", warning_preset_id: "1" },
      { type: "suspend", category: "rudeness" },
      { type: "suspend", text: "x".repeat(5001) },
      { type: "suspend", text: { a: 1 } },
    ]) {
      const res = await act(mod.token, target.id, body);
      expect(res.status, JSON.stringify(body)).toBeGreaterThanOrEqual(400);
      expect(res.status, JSON.stringify(body)).toBeLessThan(500);
      expect(res.body.error, JSON.stringify(body)).toEqual(expect.any(String));
    }
    expect((await act(mod.token, "999999999999", { type: "suspend" })).status).toBe(404);
    expect((await stateOf(target.id)).suspended).toBe(false);
    expect(await decisionsOf(target.id)).toEqual([]);
  });

  it("keeps staff from acting on themselves and moderators from acting on staff", async () => {
    expect((await act(mod.token, mod.id, { type: "silence" })).status).toBe(403);
    expect((await act(mod.token, admin.id, { type: "suspend" })).status).toBe(403);
    expect((await act(mod.token, viMod.id, { type: "suspend" })).status).toBe(403);
    expect((await act(reporter.token, mod.id, { type: "suspend" })).status).toBe(403);
    expect(await decisionsOf(admin.id)).toEqual([]);
  });
});

describe("lifting an action", () => {
  const lift = (id: string, type: string, token = mod.token, body?: unknown) => api(s, "POST", `/api/v1/admin/accounts/${id}/${type}`, { token, body });

  it("reverses the decision that imposed it, for each of unsuspend, unsilence, unsensitive and enable", async () => {
    const cases = [
      ["suspend", "unsuspend", "suspend", "unsuspend", "suspended"],
      ["silence", "unsilence", "limit", "unlimit", "silenced"],
      ["sensitive", "unsensitive", "force_sensitive", "unsensitize", "sensitized"],
      ["disable", "enable", "freeze", "unfreeze", "disabled"],
    ] as const;
    for (const [type, undo, action, inverse, flag] of cases) {
      const target = await createUser(s, `lift_${undo}`);
      expect((await act(mod.token, target.id, { type, text: "First reason." })).status).toBe(200);
      expect((await stateOf(target.id))[flag]).toBe(true);
      const res = await lift(target.id, undo, admin.token);
      expect(res.status, JSON.stringify(res.body)).toBe(200);
      // Mastodon's admin Account entity, with the state lifted
      expect(res.body).toMatchObject({ id: target.id, username: target.username, [flag]: false, account: { id: target.id } });
      const [imposed, reversal] = await decisionsOf(target.id);
      expect(actionTypes(imposed)).toEqual([action]);
      expect(reversal).toMatchObject({ kind: "reversal", supersedes_id: imposed.id, decided_by: admin.id, facts: expect.stringMatching(/^Reversed by staff: a moderator (lifted|unfroze)/) });
      expect(actionTypes(reversal)).toEqual([inverse]);
      // the person is told about the reversal too
      expect((await warningsOf(target.id)).map((n) => n.target_id)).toEqual([imposed.id, reversal.id]);
      const audit = (await auditRows(target.id)).map((e) => e.action);
      expect(audit).toEqual(expect.arrayContaining(["decision.reversal", `account.${undo}`]));
    }
  });

  it("passes the moderator's reason into the reversal", async () => {
    const target = await createUser(s, "lift_reason");
    await act(mod.token, target.id, { type: "suspend", text: "Looked like a bot." });
    expect((await lift(target.id, "unsuspend", admin.token, { reason: "They proved they are a person." })).status).toBe(200);
    expect((await decisionsOf(target.id))[1].facts).toContain("They proved they are a person.");
    expect((await lift(target.id, "unsuspend", admin.token, { reason: 42 })).status).toBe(422);
  });

  it("reverses every decision imposing the state, so the lift is not left kept by another", async () => {
    const target = await createUser(s, "twice_limited");
    await act(mod.token, target.id, { type: "silence", text: "First." });
    await act(viMod.token, target.id, { type: "silence", text: "Second." });
    const res = await lift(target.id, "unsilence", admin.token);
    expect(res.status).toBe(200);
    expect(res.body.silenced).toBe(false);
    const ds = await decisionsOf(target.id);
    expect(ds.map((d) => d.kind)).toEqual(["action", "action", "reversal", "reversal"]);
    expect(actionTypes(ds[2])).toEqual(["unlimit(kept)"]);
    expect(actionTypes(ds[3])).toEqual(["unlimit"]);
  });

  it("lifts state no decision imposed (older data) directly, with an audit row", async () => {
    const target = await createUser(s, "legacy_silenced");
    await s.ctx.db.updateTable("accounts").set({ silenced_at: new Date().toISOString() }).where("id", "=", target.id).execute();
    const res = await lift(target.id, "unsilence");
    expect(res.status).toBe(200);
    expect(res.body.silenced).toBe(false);
    expect(await decisionsOf(target.id)).toEqual([]);
    const row = (await auditRows(target.id)).find((e) => e.action === "account.unsilence");
    expect(row?.payload).toMatchObject({ without_decision: true });
  });

  it("refuses (409) to lift through a decision that also does something else, and leaves everything in place", async () => {
    const target = await createUser(s, "two_effects");
    const d = await api(s, "POST", `${A}/accounts/${target.id}/decisions`, { token: mod.token, body: { actions: [{ type: "limit" }, { type: "force_sensitive" }], facts: "Both." } });
    expect(d.status).toBe(200);
    const res = await lift(target.id, "unsilence", admin.token);
    expect(res.status).toBe(409);
    expect(res.body.error).toContain(d.body.id);
    expect(res.body.details).toMatchObject({ code: "other_actions", decision_id: d.body.id, actions: ["force_sensitive"] });
    expect(await stateOf(target.id)).toMatchObject({ silenced: true, sensitized: true });
    expect((await decisionsOf(target.id)).map((x) => x.kind)).toEqual(["action"]);
  });

  it("refuses (409) while the person's appeal is pending: the appeal is answered instead", async () => {
    const target = await createUser(s, "appealing");
    await act(mod.token, target.id, { type: "silence", text: "Insults." });
    const [d] = await decisionsOf(target.id);
    expect((await api(s, "POST", `/api/v1/rostra/decisions/${d.id}/appeal`, { token: target.token, body: { text: "I apologised." } })).status).toBe(200);
    const res = await lift(target.id, "unsilence", admin.token);
    expect(res.status).toBe(409);
    expect(res.body.error).toMatch(/appeal/);
    expect(res.body.details).toMatchObject({ code: "pending_appeal", decision_id: d.id });
    expect((await stateOf(target.id)).silenced).toBe(true);
  });

  it("answers 422 when the account is not in that state, and 403 for non-staff", async () => {
    const target = await createUser(s, "not_limited");
    for (const undo of ["unsuspend", "unsilence", "unsensitive", "enable"]) expect((await lift(target.id, undo)).status).toBe(422);
    expect((await lift(target.id, "unsuspend", reporter.token)).status).toBe(403);
    expect((await lift("999999999999", "unsuspend")).status).toBe(404);
  });

  it("keeps the audit chain intact", async () => {
    expect((await verifyAuditChain(s.ctx)).ok).toBe(true);
  });
});
