// Strikes and the escalation ladder, expiry, releases of held posts, notices, appeal windows.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { api, createTestServer, createUser, type TestServer, type TestUser } from "../../../test/helpers.js";
import { issueToken } from "../auth/tokens.js";
import { liftExpiredSuspension } from "./expiry.js";
import { activeStrikes } from "./strikes.js";

let s: TestServer;
let user: TestUser, viet: TestUser, mod1: TestUser, mod2: TestUser;
const realClock = { now: () => new Date() };
const A = "/api/v1/rostra/admin";

beforeAll(async () => {
  s = await createTestServer();
  user = await createUser(s, "often");
  viet = await createUser(s, "nguoidung");
  mod1 = await createUser(s, "m1", { role: "moderator" });
  mod2 = await createUser(s, "m2", { role: "admin" });
  await s.ctx.db.updateTable("users").set({ locale: "vi" }).where("account_id", "=", viet.id).execute();
});
afterAll(async () => s.close());

async function caseForNewPost(u: TestUser, text: string): Promise<{ statusId: string; caseId: string }> {
  const p = await api(s, "POST", "/api/v1/statuses", { token: u.token, body: { status: text } });
  const n = await api(s, "POST", "/api/moderation/notices", { body: { url: `${s.ctx.config.url}/@${u.username}/${p.body.id}`, category: "harassment", explanation: "Insults a neighbour" } });
  expect(n.status).toBe(202);
  const q = await api(s, "GET", `${A}/queue`, { token: mod1.token });
  return { statusId: p.body.id, caseId: q.body.find((c: any) => c.subject_id === p.body.id).id };
}

const decide = (caseId: string, body: Record<string, unknown>, token = mod1.token) => api(s, "POST", `${A}/cases/${caseId}/decisions`, { token, body: { facts: "Insulting a neighbour repeatedly.", ...body } });

describe("strikes and the escalation ladder", () => {
  it("limits at two strikes and suspends for 30 days at three; strikes expire and reversals remove them", async () => {
    const c1 = await caseForNewPost(user, "my neighbour is a clown");
    const d1 = await decide(c1.caseId, { actions: ["strike"] });
    expect(d1.body.actionList.map((a: any) => a.type)).toEqual(["strike"]);
    const c2 = await caseForNewPost(user, "my neighbour is still a clown");
    const d2 = await decide(c2.caseId, { actions: ["remove", "strike"] });
    expect(d2.body.actionList.map((a: any) => a.type)).toEqual(["remove", "strike", "limit"]);
    expect((await s.ctx.db.selectFrom("accounts").select("silenced_at").where("id", "=", user.id).executeTakeFirstOrThrow()).silenced_at).not.toBeNull();
    const c3 = await caseForNewPost(user, "clown clown clown");
    const d3 = await decide(c3.caseId, { actions: ["strike"] });
    expect(d3.body.actionList.at(-1)).toMatchObject({ type: "suspend", days: 30, ladder: true });
    expect(d3.body.ends_at).toBeTruthy();
    expect((await activeStrikes(s.ctx.db, user.id, new Date().toISOString())).length).toBe(3);

    // a timed suspension ends by itself (job handler), but not before its time
    expect(await liftExpiredSuspension(s.ctx, { decisionId: d3.body.id, accountId: user.id })).toBe(false);
    s.ctx.clock = { now: () => new Date(Date.now() + 31 * 86_400_000) };
    expect(await liftExpiredSuspension(s.ctx, { decisionId: d3.body.id, accountId: user.id })).toBe(true);
    // suspension revoked every token; after it ends the user signs in again
    user.token = (await issueToken(s.ctx.db, { appId: null, accountId: user.id, scopes: ["read", "write"] })).token;
    // strikes expire after the policy's 90 days
    expect((await activeStrikes(s.ctx.db, user.id, new Date(Date.now() + 91 * 86_400_000).toISOString())).length).toBe(0);
    // appeals close after six months
    s.ctx.clock = { now: () => new Date(Date.now() + 200 * 86_400_000) };
    const late = await api(s, "POST", `/api/v1/rostra/decisions/${d2.body.id}/appeal`, { token: user.token, body: { text: "please" } });
    expect(late.status).toBe(422);
    s.ctx.clock = realClock;

    // a reversal on appeal ends the strike without editing it
    const appeal = await api(s, "POST", `/api/v1/rostra/decisions/${d1.body.id}/appeal`, { token: user.token, body: { text: "It was a joke with my neighbour, who is a professional clown." } });
    expect(appeal.status).toBe(200);
    const res = await api(s, "POST", `${A}/appeals/${appeal.body.id}/resolve`, { token: mod2.token, body: { outcome: "reversed", reason: "The neighbour is indeed a clown by trade." } });
    expect(res.status).toBe(200);
    expect((await activeStrikes(s.ctx.db, user.id, new Date().toISOString())).length).toBe(2);
    const upheld = await api(s, "POST", `/api/v1/rostra/decisions/${d2.body.id}/appeal`, { token: user.token, body: { text: "Again a joke." } });
    const up = await api(s, "POST", `${A}/appeals/${upheld.body.id}/resolve`, { token: mod2.token, body: { outcome: "upheld", reason: "Repeated insults after a strike." } });
    expect(up.body).toMatchObject({ outcome: "upheld", reversal: null });
    const st = await api(s, "GET", `/api/v1/rostra/decisions/${d2.body.id}`, { token: user.token });
    expect(st.body.appeal).toMatchObject({ state: "upheld", reason: "Repeated insults after a strike." });
  });
});

describe("every action is undone by a reversal", () => {
  it("demote, label, restrict replies and quotes, limit, force-sensitive and freeze come back", async () => {
    const target = await createUser(s, "undoable");
    const { statusId, caseId } = await caseForNewPost(target, "a perfectly ordinary post");
    const d = await decide(caseId, { actions: ["demote", "label", "restrict_replies", "restrict_quotes", "limit", "force_sensitive", "freeze"] });
    expect(d.status).toBe(200);
    const st = () => s.ctx.db.selectFrom("statuses").select(["visibility", "sensitive", "reply_policy", "quote_approval", "moderation_state"]).where("id", "=", statusId).executeTakeFirstOrThrow();
    const acc = () => s.ctx.db.selectFrom("accounts").innerJoin("users", "users.account_id", "accounts.id").select(["silenced_at", "sensitized_at", "users.disabled"]).where("accounts.id", "=", target.id).executeTakeFirstOrThrow();
    expect(await st()).toEqual({ visibility: "unlisted", sensitive: 1, reply_policy: "nobody", quote_approval: "nobody", moderation_state: "published" });
    expect(await acc()).toMatchObject({ disabled: 1 });
    expect((await acc()).silenced_at).not.toBeNull();
    // frozen: the normal token no longer works, the redress token does
    expect((await api(s, "GET", "/api/v1/accounts/verify_credentials", { token: target.token })).status).toBe(401);
    const rt = (await api(s, "POST", "/api/v1/rostra/redress/sign_in", { body: { username: "undoable", password: "correct horse battery" } })).body.access_token;
    expect((await api(s, "GET", "/api/v1/statuses/" + statusId, { token: rt })).status).toBe(401);
    const appeal = await api(s, "POST", `/api/v1/rostra/decisions/${d.body.id}/appeal`, { token: rt, body: { text: "Nothing wrong here." } });
    await api(s, "POST", `${A}/appeals/${appeal.body.id}/resolve`, { token: mod2.token, body: { outcome: "reversed", reason: "Mistaken notice." } });
    expect(await st()).toEqual({ visibility: "public", sensitive: 0, reply_policy: "everyone", quote_approval: "public", moderation_state: "published" });
    expect(await acc()).toEqual({ silenced_at: null, sensitized_at: null, disabled: 0 });
  });
});

describe("held posts", () => {
  it("tell the author why in their language, and a moderator's 'no action' releases them", async () => {
    const p = await api(s, "POST", "/api/v1/statuses", { token: viet.token, body: { status: "tao sẽ giết mày" } });
    expect(p.body.moderation_state).toBe("held");
    const mine = await api(s, "GET", `/api/v1/rostra/statuses/${p.body.id}/moderation`, { token: viet.token });
    expect(mine.body.notice).toMatch(/chờ người kiểm duyệt/);
    expect(mine.body.decisions[0].actions[0].type).toBe("hold");
    expect((await api(s, "GET", `/api/v1/rostra/statuses/${p.body.id}/moderation`, { token: user.token })).status).toBe(404);
    const q = await api(s, "GET", `${A}/queue`, { token: mod1.token });
    const c = q.body.find((x: any) => x.subject_id === p.body.id);
    const d = await decide(c.id, { actions: [], facts: "Song lyrics quoted in full context." });
    expect(d.body.kind).toBe("no_action");
    expect(d.body.supersedes_id).toBeTruthy();
    expect((await api(s, "GET", `/api/v1/statuses/${p.body.id}`, { token: user.token })).status).toBe(200);
    const caseRow = await api(s, "GET", `${A}/cases/${c.id}`, { token: mod1.token });
    expect(caseRow.body.case.status).toBe("resolved");
  });
});

describe("anonymous notices", () => {
  it("accepts the public form with its CSRF cookie and refuses it without", async () => {
    const form = await s.app.inject({ method: "GET", url: "/moderation/notice" });
    expect(form.statusCode).toBe(200);
    expect(form.headers["content-security-policy"]).toContain("default-src 'none'");
    const cookie = String(form.headers["set-cookie"]).split(";")[0];
    const csrf = /name="csrf" value="([^"]+)"/.exec(form.body)![1];
    const p = await api(s, "POST", "/api/v1/statuses", { token: viet.token, body: { status: "một bài viết bình thường" } });
    const payload = new URLSearchParams({ csrf, url: `${s.ctx.config.url}/@${viet.username}/${p.body.id}`, category: "hate", explanation: "Nói xấu một nhóm người" }).toString();
    const ok = await s.app.inject({ method: "POST", url: "/moderation/notice", headers: { cookie, "content-type": "application/x-www-form-urlencoded" }, payload });
    expect(ok.statusCode).toBe(200);
    expect(ok.body).toContain("Thank you");
    const forged = await s.app.inject({ method: "POST", url: "/moderation/notice", headers: { "content-type": "application/x-www-form-urlencoded" }, payload });
    expect(forged.statusCode).toBe(403);
    const bad = await api(s, "POST", "/api/moderation/notices", { body: { url: "https://elsewhere.example/@x/1", category: "hate", explanation: "x" } });
    expect(bad.status).toBe(422);
    const wrongCategory = await api(s, "POST", "/api/moderation/notices", { body: { url: `${s.ctx.config.url}/@${viet.username}`, category: "nonsense", explanation: "x" } });
    expect(wrongCategory.status).toBe(422);
    const q = await api(s, "GET", `${A}/queue`, { token: mod1.token });
    const c = q.body.find((x: any) => x.subject_id === p.body.id);
    expect(c).toMatchObject({ category: "hate", reports_count: 1 });
  });
});
