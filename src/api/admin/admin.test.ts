// The staff API: roles, policy versions, operator rules, sign-up blocks, case work, Mastodon's admin
// reports, and bad input answered with 4xx.
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { api, createTestServer, createUser, type TestServer, type TestUser } from "../../../test/helpers.js";
import { issueToken } from "../../features/auth/tokens.js";

let s: TestServer;
let user: TestUser, reporter: TestUser, mod: TestUser, admin: TestUser;
const A = "/api/v1/rostra/admin";

beforeAll(async () => {
  s = await createTestServer();
  user = await createUser(s, "someone");
  reporter = await createUser(s, "watcher");
  mod = await createUser(s, "moddy", { role: "moderator" });
  admin = await createUser(s, "boss", { role: "admin" });
});
afterAll(async () => s.close());

describe("admin API", () => {
  it("checks roles and scopes on the server", async () => {
    expect((await api(s, "GET", `${A}/queue`)).status).toBe(401);
    expect((await api(s, "GET", `${A}/queue`, { token: user.token })).status).toBe(403);
    const readOnly = await issueToken(s.ctx.db, { appId: null, accountId: mod.id, scopes: ["read", "admin:read"] });
    expect((await api(s, "GET", `${A}/queue`, { token: readOnly.token })).status).toBe(200);
    expect((await api(s, "POST", `${A}/cases/1/notes`, { token: readOnly.token, body: { text: "x" } })).status).toBe(403);
    expect((await api(s, "PUT", `${A}/policy`, { token: mod.token, body: { strikeDays: 30 } })).status).toBe(403);
    expect((await api(s, "GET", `${A}/audit`, { token: user.token })).status).toBe(403);
  });

  it("versions the policy and records the version on decisions", async () => {
    const bad = await api(s, "PUT", `${A}/policy`, { token: admin.token, body: { thresholds: { violence_threat: { hold: 7 } } } });
    expect(bad.status).toBe(422);
    const p = await api(s, "PUT", `${A}/policy`, { token: admin.token, body: { thresholds: { violence_threat: { hold: 0.55 } }, dueMinutes: { violence_threat: 30 } } });
    expect(p.status).toBe(200);
    expect(p.body).toMatchObject({ version: 1, dueMinutes: { violence_threat: 30 } });
    expect(p.body.thresholds.violence_threat.hold).toBe(0.55);
    const post = await api(s, "POST", "/api/v1/statuses", { token: user.token, body: { status: "I will stab you tonight" } });
    expect(post.body.moderation_state).toBe("held");
    const q = await api(s, "GET", `${A}/queue`, { token: mod.token });
    const c = q.body.find((x: any) => x.subject_id === post.body.id);
    expect(Date.parse(c.due_at) - Date.parse(c.opened_at)).toBe(30 * 60_000);
    const d = await api(s, "POST", `${A}/cases/${c.id}/decisions`, { token: mod.token, body: { actions: ["remove", "warn"], facts: "Threat to stab." } });
    expect(d.body.policy_version).toBe(1);
  });

  it("runs operator rules and refuses patterns that could stall publishing", async () => {
    expect((await api(s, "POST", `${A}/rules`, { token: admin.token, body: { name: "bad", category: "spam", pattern: "(a+)+$" } })).status).toBe(422);
    expect((await api(s, "POST", `${A}/rules`, { token: mod.token, body: { name: "x", category: "spam", pattern: "x" } })).status).toBe(403);
    const rule = await api(s, "POST", `${A}/rules`, { token: admin.token, body: { name: "crypto giveaway", category: "spam", pattern: "free\\s+crypto", score: 0.95 } });
    expect(rule.status).toBe(200);
    const post = await api(s, "POST", "/api/v1/statuses", { token: user.token, body: { status: "Get FREE crypto now" } });
    expect(post.body.moderation_state).toBe("held");
    const q = await api(s, "GET", `${A}/queue`, { token: mod.token });
    const c = q.body.find((x: any) => x.subject_id === post.body.id);
    const view = await api(s, "GET", `${A}/cases/${c.id}`, { token: mod.token });
    expect(view.body.explanations[0]).toMatchObject({ detector: `rule:${rule.body.id}`, category: "spam", spans: [{ text: "FREE crypto" }] });
    const off = await api(s, "PUT", `${A}/rules/${rule.body.id}`, { token: admin.token, body: { enabled: false } });
    expect(off.body.enabled).toBe(0);
    const again = await api(s, "POST", "/api/v1/statuses", { token: user.token, body: { status: "Get FREE crypto now, again" } });
    expect(again.body.moderation_state).toBeUndefined();
  });

  it("enforces sign-up blocks by e-mail domain and IP", async () => {
    expect((await api(s, "POST", `${A}/signup_blocks`, { token: admin.token, body: { kind: "email_domain", value: "not a domain" } })).status).toBe(422);
    const dom = await api(s, "POST", `${A}/signup_blocks`, { token: admin.token, body: { kind: "email_domain", value: "spam.test" } });
    expect(dom.status).toBe(200);
    const app = await issueToken(s.ctx.db, { appId: null, accountId: null, scopes: ["read", "write"] });
    const signUp = (username: string, email: string) => api(s, "POST", "/api/v1/accounts", { token: app.token, body: { username, email, password: "long enough password", agreement: true } });
    expect((await signUp("spammer", "a@mail.spam.test")).status).toBe(422);
    expect((await signUp("fine", "a@fine.test")).status).toBe(200);
    const ip = await api(s, "POST", `${A}/signup_blocks`, { token: admin.token, body: { kind: "ip", value: "127.0.0.0/8" } });
    expect((await signUp("fromhere", "b@fine.test")).status).toBe(403);
    expect((await api(s, "DELETE", `${A}/signup_blocks/${ip.body.id}`, { token: admin.token })).status).toBe(200);
    expect((await signUp("fromhere", "b@fine.test")).status).toBe(200);
    // IPv6 ranges, and IPv4 blocks against IPv4 addresses a dual-stack socket reports as IPv6
    const from = (remoteAddress: string, username: string) =>
      s.app.inject({ method: "POST", url: "/api/v1/accounts", remoteAddress, headers: { authorization: `Bearer ${app.token}`, "content-type": "application/json" }, payload: JSON.stringify({ username, email: `${username}@fine.test`, password: "long enough password", agreement: true }) });
    const v6 = await api(s, "POST", `${A}/signup_blocks`, { token: admin.token, body: { kind: "ip", value: "2001:db8::/32" } });
    const v4 = await api(s, "POST", `${A}/signup_blocks`, { token: admin.token, body: { kind: "ip", value: "203.0.113.0/24" } });
    expect([v6.status, v4.status]).toEqual([200, 200]);
    expect((await from("2001:db8:1::5", "sixblocked")).statusCode).toBe(403);
    expect((await from("::ffff:203.0.113.9", "mappedblocked")).statusCode).toBe(403);
    expect((await from("2001:db9::1", "sixfine")).statusCode).toBe(200);
    expect((await from("198.51.100.7", "fourfine")).statusCode).toBe(200);
  });

  it("assigns, escalates and notes cases, and answers Mastodon's admin reports API", async () => {
    const post = await api(s, "POST", "/api/v1/statuses", { token: user.token, body: { status: "the council meeting was a waste of time" } });
    const rep = await api(s, "POST", "/api/v1/reports", { token: reporter.token, body: { account_id: user.id, status_ids: [post.body.id], category: "other", comment: "rude" } });
    expect(rep.status).toBe(200);
    const list = await api(s, "GET", "/api/v1/admin/reports", { token: mod.token });
    const r = list.body.find((x: any) => x.id === rep.body.id);
    expect(r).toMatchObject({ action_taken: false, category: "other", target_account: { id: user.id, username: "someone" } });
    const caseId = r.rostra_case_ids[0];
    const before = (await api(s, "GET", `${A}/cases/${caseId}`, { token: mod.token })).body.case;
    expect((await api(s, "POST", `${A}/cases/${caseId}/assign`, { token: mod.token, body: { assignee_id: user.id } })).status).toBe(422);
    expect((await api(s, "POST", `${A}/cases/${caseId}/assign`, { token: mod.token, body: {} })).body.assignee_id).toBe(mod.id);
    const esc = await api(s, "POST", `${A}/cases/${caseId}/escalate`, { token: mod.token, body: { reason: "needs an admin" } });
    expect(esc.body).toMatchObject({ status: "escalated", escalated: 1 });
    expect(esc.body.priority).toBeCloseTo(before.priority * 2, 2);
    await api(s, "POST", `${A}/cases/${caseId}/notes`, { token: admin.token, body: { text: "Looked at the thread; insulting but no threat." } });
    const one = await api(s, "GET", `/api/v1/admin/reports/${rep.body.id}`, { token: admin.token });
    expect(one.body.assigned_account.id).toBe(mod.id);
    const resolved = await api(s, "POST", `/api/v1/admin/reports/${rep.body.id}/resolve`, { token: admin.token });
    expect(resolved.body.action_taken).toBe(true);
    const mine = await api(s, "GET", "/api/v1/rostra/reports", { token: reporter.token });
    expect(mine.body.find((x: any) => x.id === rep.body.id).outcomes[0].kind).toBe("no_action");
    const audit = await api(s, "GET", `${A}/audit?limit=200`, { token: admin.token });
    const actions = audit.body.map((x: any) => x.action);
    for (const a of ["case.assignment", "case.escalation", "case.note", "decision.no_action", "view.case", "view.report", "signup_block.add", "rule.create"]) expect(actions).toContain(a);
    expect((await api(s, "GET", `${A}/audit/verify`, { token: admin.token })).body.ok).toBe(true);
  });

  it("answers bad input with 4xx, never 500", async () => {
    const post = await api(s, "POST", "/api/v1/statuses", { token: user.token, body: { status: "I will shoot you" } });
    const q = await api(s, "GET", `${A}/queue?limit=200`, { token: mod.token });
    const c = q.body.find((x: any) => x.subject_id === post.body.id);
    const cases: [string, string, unknown][] = [
      ["POST", `${A}/cases/${c.id}/decisions`, { actions: ["obliterate"], facts: "x" }],
      ["POST", `${A}/cases/${c.id}/decisions`, { actions: ["remove"] }],
      ["POST", `${A}/cases/${c.id}/decisions`, { actions: [{ type: "suspend", days: -3 }], facts: "x" }],
      ["POST", `${A}/cases/${c.id}/decisions`, { actions: "label", facts: { nested: true } }],
      ["POST", `${A}/cases/999999999999999999/decisions`, { actions: ["remove"], facts: "x" }],
      ["GET", `${A}/cases/999999999999999999`, undefined],
      ["GET", `${A}/queue?status=everything`, undefined],
      ["GET", "/api/v1/rostra/transparency?from=yesterday", undefined],
      ["GET", "/api/v1/rostra/transparency?from=2030-01-01&to=2020-01-01", undefined],
      ["POST", `${A}/appeals/123/resolve`, { outcome: "reversed", reason: "x" }],
      ["POST", "/api/v1/rostra/decisions/123/appeal", { text: "" }],
      ["PUT", `${A}/policy`, { ladder: [{ strikes: "many" }] }],
    ];
    for (const [method, url, body] of cases) {
      const res = await api(s, method as "GET", url, { token: method === "PUT" ? admin.token : url.includes("/decisions/123/") ? user.token : mod.token, body });
      expect(res.status, `${method} ${url}`).toBeGreaterThanOrEqual(400);
      expect(res.status, `${method} ${url}`).toBeLessThan(500);
    }
    // random bodies on every write route of the moderation API: never a 500
    const routes: [string, string, string][] = [
      ["POST", `${A}/cases/${c.id}/decisions`, mod.token], ["POST", `${A}/cases/${c.id}/assign`, mod.token], ["POST", `${A}/cases/${c.id}/notes`, mod.token],
      ["POST", `${A}/cases/${c.id}/escalate`, mod.token], ["PUT", `${A}/policy`, admin.token], ["POST", `${A}/rules`, admin.token],
      ["POST", `${A}/signup_blocks`, admin.token], ["POST", "/api/moderation/notices", ""], ["POST", "/api/v1/rostra/redress/sign_in", ""],
      ["POST", `${A}/appeals/1/resolve`, mod.token], ["POST", "/api/v1/rostra/decisions/1/appeal", user.token], ["POST", `${A}/decisions/1/reverse`, mod.token],
      ["POST", "/api/v1/reports", user.token],
    ];
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...routes), fc.dictionary(fc.constantFrom("actions", "facts", "text", "thresholds", "ladder", "pattern", "kind", "value", "url", "category", "outcome", "reason", "username", "password", "assignee_id", "strikeDays", "finalActions", "account_id", "status_ids", "rule_ids", "comment", "forward"), fc.jsonValue({ maxDepth: 3 })), async ([method, url, token], body) => {
        const res = await api(s, method as "POST", url, { token: token || undefined, body });
        expect(res.status, `${method} ${url} ${JSON.stringify(body)}`).toBeLessThan(500);
      }),
      { numRuns: 150 },
    );
    const malformed = await s.app.inject({ method: "POST", url: `${A}/cases/${c.id}/decisions`, headers: { authorization: `Bearer ${mod.token}`, "content-type": "application/json" }, payload: "{nope" });
    expect(malformed.statusCode).toBe(400);
  });
});
