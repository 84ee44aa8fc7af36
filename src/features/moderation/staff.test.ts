// Staff authority (no deciding about yourself, no account actions against equal or higher roles), staff
// reversals without an appeal, actions the policy declares final, and the audit of policy changes and
// of staff views of private content.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { api, createTestServer, createUser, type TestServer, type TestUser } from "../../../test/helpers.js";
import { schemaErrors } from "../../../test/openapi.js";

let s: TestServer;
let user: TestUser, viet: TestUser, mod1: TestUser, mod2: TestUser, admin: TestUser;
const A = "/api/v1/rostra/admin";

beforeAll(async () => {
  s = await createTestServer();
  [user, viet] = await Promise.all(["ordinary", "nguoiviet"].map((n) => createUser(s, n)));
  mod1 = await createUser(s, "modone", { role: "moderator" });
  mod2 = await createUser(s, "modtwo", { role: "moderator" });
  admin = await createUser(s, "chief", { role: "admin" });
  await s.ctx.db.updateTable("users").set({ locale: "vi" }).where("account_id", "=", viet.id).execute();
});
afterAll(async () => s.close());

async function caseFor(u: TestUser, text: string, visibility = "public"): Promise<{ statusId: string; caseId: string }> {
  const p = await api(s, "POST", "/api/v1/statuses", { token: u.token, body: { status: text, visibility } });
  expect(p.status).toBe(200);
  const n = await api(s, "POST", "/api/moderation/notices", { body: { url: `${s.ctx.config.url}/@${u.username}/${p.body.id}`, category: "harassment", explanation: "Insults" } });
  expect(n.status).toBe(202);
  const q = await api(s, "GET", `${A}/queue?limit=200`, { token: admin.token });
  return { statusId: p.body.id, caseId: q.body.find((c: any) => c.subject_id === p.body.id).id };
}

const decide = (caseId: string, token: string, actions: unknown, facts = "Insulting people.") => api(s, "POST", `${A}/cases/${caseId}/decisions`, { token, body: { actions, facts } });
const auditActions = async () => (await api(s, "GET", `${A}/audit?limit=200`, { token: admin.token })).body.map((x: any) => x.action as string);

describe("staff authority", () => {
  it("nobody decides about their own account; moderators take no account action against staff", async () => {
    const own = await caseFor(mod1, "my neighbour is a clown");
    const self = await decide(own.caseId, mod1.token, ["remove"]);
    expect(self.status).toBe(403);
    expect(self.body.error).toBe("Staff cannot decide cases about their own account");
    expect((await decide(own.caseId, mod1.token, [])).status).toBe(403);
    // another moderator may act on the post, but not on the moderator's account
    const peer = await decide(own.caseId, mod2.token, ["strike"]);
    expect(peer.status).toBe(403);
    expect(peer.body.error).toBe("Only a higher role can take action against a staff account");
    expect((await decide(own.caseId, mod2.token, ["label"])).status).toBe(200);
    const adminCase = await caseFor(admin, "the committee are clowns");
    expect((await decide(adminCase.caseId, mod1.token, ["suspend"])).status).toBe(403);
    // an admin outranks a moderator
    const again = await caseFor(mod1, "still a clown");
    expect((await decide(again.caseId, admin.token, ["warn"])).status).toBe(200);
  });

  it("a staff member cannot answer their own appeal", async () => {
    const c = await caseFor(mod2, "clowns everywhere");
    const d = await decide(c.caseId, admin.token, ["remove"]);
    expect(d.status).toBe(200);
    const appeal = await api(s, "POST", `/api/v1/rostra/decisions/${d.body.id}/appeal`, { token: mod2.token, body: { text: "It was satire." } });
    expect(appeal.status).toBe(200);
    const warning = async () => (await api(s, "GET", "/api/v1/notifications?types[]=moderation_warning", { token: mod2.token })).body.find((n: any) => n.moderation_warning.id === d.body.id).moderation_warning;
    expect((await warning()).appeal).toEqual({ text: "It was satire.", state: "pending" });
    const own = await api(s, "POST", `${A}/appeals/${appeal.body.id}/resolve`, { token: mod2.token, body: { outcome: "reversed", reason: "I agree with myself." } });
    expect(own.status).toBe(403);
    const other = await api(s, "POST", `${A}/appeals/${appeal.body.id}/resolve`, { token: mod1.token, body: { outcome: "upheld", reason: "Insults, not satire." } });
    expect(other.status).toBe(200);
    expect((await warning()).appeal).toEqual({ text: "It was satire.", state: "rejected" });
    expect(schemaErrors("AccountWarning", await warning())).toEqual([]);
    const twice = await api(s, "POST", `${A}/appeals/${appeal.body.id}/resolve`, { token: mod1.token, body: { outcome: "reversed", reason: "Changed my mind." } });
    expect(twice.status).toBe(422);
  });
});

describe("staff reversal without an appeal", () => {
  it("undoes the actions, is refused twice and while an appeal is pending, and is audited", async () => {
    const c = await caseFor(user, "the mayor is a clown");
    const d = await decide(c.caseId, mod1.token, ["remove", "strike", "limit"]);
    expect(d.status).toBe(200);
    const row = () => s.ctx.db.selectFrom("statuses").select("moderation_state").where("id", "=", c.statusId).executeTakeFirstOrThrow();
    expect((await row()).moderation_state).toBe("removed");
    const missing = await api(s, "POST", `${A}/decisions/${d.body.id}/reverse`, { token: mod1.token, body: {} });
    expect(missing.status).toBe(422);
    expect((await api(s, "POST", `${A}/decisions/${d.body.id}/reverse`, { token: user.token, body: { reason: "x" } })).status).toBe(403);
    const rev = await api(s, "POST", `${A}/decisions/${d.body.id}/reverse`, { token: mod1.token, body: { reason: "Wrong post: the notice named another one." } });
    expect(rev.status).toBe(200);
    expect(rev.body).toMatchObject({ kind: "reversal", supersedes_id: d.body.id, facts: "Reversed by staff: Wrong post: the notice named another one." });
    expect(rev.body.actionList.map((a: any) => a.type)).toEqual(["unlimit", "remove_strike", "restore"]);
    expect((await row()).moderation_state).toBe("published");
    expect((await s.ctx.db.selectFrom("accounts").select("silenced_at").where("id", "=", user.id).executeTakeFirstOrThrow()).silenced_at).toBeNull();
    expect((await api(s, "POST", `${A}/decisions/${d.body.id}/reverse`, { token: mod1.token, body: { reason: "again" } })).status).toBe(422);
    expect((await api(s, "POST", `${A}/decisions/${rev.body.id}/reverse`, { token: mod1.token, body: { reason: "undo the undo" } })).status).toBe(422);
    expect((await api(s, "POST", `${A}/decisions/999999999999/reverse`, { token: mod1.token, body: { reason: "x" } })).status).toBe(404);
    const statement = await api(s, "GET", `/api/v1/rostra/decisions/${d.body.id}`, { token: user.token });
    expect(statement.body).toMatchObject({ superseded_by: { id: rev.body.id, kind: "reversal" }, can_appeal: false });
    expect(await auditActions()).toContain("decision.reversal");
    // the Transparency Database export dates the content by when it was posted, the decision by when it was taken
    await s.ctx.db.updateTable("statuses").set({ created_at: "2024-03-01T10:00:00.000Z" }).where("id", "=", c.statusId).execute();
    const tdb = await api(s, "GET", "/api/v1/rostra/transparency/statements");
    const sor = tdb.body.find((x: any) => x.puid === d.body.id);
    expect(sor).toMatchObject({ content_date: "2024-03-01", application_date: d.body.created_at.slice(0, 10), source_type: "SOURCE_ARTICLE_16", decision_visibility: ["DECISION_VISIBILITY_CONTENT_REMOVED"], decision_provision: "DECISION_PROVISION_PARTIAL_SUSPENSION" });

    const c2 = await caseFor(user, "the mayor is still a clown");
    const d2 = await decide(c2.caseId, mod1.token, ["remove"]);
    const appeal = await api(s, "POST", `/api/v1/rostra/decisions/${d2.body.id}/appeal`, { token: user.token, body: { text: "Please look again." } });
    expect(appeal.status).toBe(200);
    const blocked = await api(s, "POST", `${A}/decisions/${d2.body.id}/reverse`, { token: mod1.token, body: { reason: "x" } });
    expect(blocked.status).toBe(422);
    expect(blocked.body.error).toContain("pending appeal");
  });
});

describe("final actions", () => {
  it("a reversal leaves what the policy declares final, and the statement says so in English and Vietnamese", async () => {
    expect((await api(s, "PUT", `${A}/policy`, { token: admin.token, body: { finalActions: ["strike"] } })).status).toBe(422);
    expect((await api(s, "PUT", `${A}/policy`, { token: admin.token, body: { finalActions: "remove" } })).status).toBe(422);
    expect((await api(s, "PUT", `${A}/policy`, { token: mod1.token, body: { finalActions: ["remove"] } })).status).toBe(403);
    const p = await api(s, "PUT", `${A}/policy`, { token: admin.token, body: { finalActions: ["remove"] } });
    expect(p.status).toBe(200);
    expect(p.body.finalActions).toEqual(["remove"]);
    const audit = (await api(s, "GET", `${A}/audit?limit=200`, { token: admin.token })).body.find((x: any) => x.action === "policy.update");
    expect(audit).toMatchObject({ actor_id: admin.id, subject_type: "policy", subject_id: String(p.body.version), payload: { change: { finalActions: ["remove"] } } });

    for (const [u, lang, text] of [[user, "en", "final: stays in place even if the decision is reversed"], [viet, "vi", "dứt khoát: vẫn giữ nguyên kể cả khi quyết định bị hủy bỏ"]] as const) {
      const c = await caseFor(u, lang === "en" ? "the baker is a clown" : "ông thợ bánh là đồ hề");
      const d = await decide(c.caseId, mod1.token, ["remove", "strike"]);
      expect(d.status).toBe(200);
      const st = await api(s, "GET", `/api/v1/rostra/decisions/${d.body.id}`, { token: u.token });
      expect(st.body.actions.map((a: any) => [a.type, a.final])).toEqual([["remove", true], ["strike", false]]);
      const page = await api(s, "GET", `/moderation/decisions/${d.body.id}`, { token: u.token });
      expect(page.body).toContain(text);
      // signed out, the page asks to sign in in the browser's language; someone else's decision is not found
      const signedOut = await api(s, "GET", `/moderation/decisions/${d.body.id}`, { headers: { "accept-language": lang === "vi" ? "vi-VN,vi;q=0.9,en;q=0.5" : "en-GB" } });
      expect(signedOut.status).toBe(401);
      expect(signedOut.body).toContain(lang === "vi" ? "Hãy đăng nhập để đọc bản giải trình lý do này." : "Sign in to read this statement of reasons.");
      const stranger = await api(s, "GET", `/moderation/decisions/${d.body.id}?lang=${lang}`, { token: (u === user ? viet : user).token });
      expect([stranger.status, stranger.body.includes(lang === "vi" ? "Không tìm thấy" : "Not found")]).toEqual([404, true]);
      const appeal = await api(s, "POST", `/api/v1/rostra/decisions/${d.body.id}/appeal`, { token: u.token, body: { text: "Please." } });
      const twice = await api(s, "POST", `/api/v1/rostra/decisions/${d.body.id}/appeal`, { token: u.token, body: { text: "Please, again." } });
      expect([twice.status, twice.body.error]).toEqual([422, lang === "en" ? "This decision has already been appealed" : "Quyết định này đã được khiếu nại"]);
      const res = await api(s, "POST", `${A}/appeals/${appeal.body.id}/resolve`, { token: mod2.token, body: { outcome: "reversed", reason: "The strike was too harsh." } });
      expect(res.status).toBe(200);
      expect(res.body.reversal.actionList.map((a: any) => a.type)).toEqual(["remove_strike"]);
      expect((await s.ctx.db.selectFrom("statuses").select("moderation_state").where("id", "=", c.statusId).executeTakeFirstOrThrow()).moderation_state).toBe("removed");
      const rev = await api(s, "POST", `/api/v1/rostra/decisions/${res.body.reversal.id}/appeal`, { token: u.token, body: { text: "And this one?" } });
      expect([rev.status, rev.body.error]).toEqual([422, lang === "en" ? "This decision cannot be appealed" : "Không thể khiếu nại quyết định này"]);
    }
    await api(s, "PUT", `${A}/policy`, { token: admin.token, body: { finalActions: [] } });
  });
});

describe("audit of views of private content", () => {
  it("records staff reading someone's held post's moderation and the pending appeals", async () => {
    const c = await caseFor(user, "followers only: the treasurer is a clown", "private");
    expect((await api(s, "GET", `/api/v1/rostra/statuses/${c.statusId}/moderation`, { token: user.token })).status).toBe(200);
    const before = (await auditActions()).filter((a: string) => a === "view.status_moderation").length;
    expect(before).toBe(0);
    const staffView = await api(s, "GET", `/api/v1/rostra/statuses/${c.statusId}/moderation`, { token: mod1.token });
    expect(staffView.status).toBe(200);
    const entries = (await api(s, "GET", `${A}/audit?limit=200`, { token: admin.token })).body;
    expect(entries.find((x: any) => x.action === "view.status_moderation")).toMatchObject({ actor_id: mod1.id, subject_type: "status", subject_id: c.statusId });
    const appeals = await api(s, "GET", `${A}/appeals`, { token: mod2.token });
    expect(appeals.status).toBe(200);
    const view = (await api(s, "GET", `${A}/audit?limit=200`, { token: admin.token })).body.find((x: any) => x.action === "view.appeals");
    expect(view).toMatchObject({ actor_id: mod2.id, payload: { appeal_ids: appeals.body.map((a: any) => a.id) } });
    expect((await api(s, "GET", `${A}/audit/verify`, { token: admin.token })).body.ok).toBe(true);
  });
});
