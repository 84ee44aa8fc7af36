import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { api, createTestServer, createUser, type TestServer, type TestUser } from "../../../test/helpers.js";
import { issueToken } from "../auth/tokens.js";
import { verifyAuditChain } from "../moderation/audit.js";
import { DEFAULT_INSTANCE_DESCRIPTION } from "./default-description.js";

const A = "/api/v1/rostra/admin";
let s: TestServer;
let admin: TestUser;
let mod: TestUser;
let alice: TestUser;
let appToken: string;

const signUp = (username: string) =>
  api(s, "POST", "/api/v1/accounts", { token: appToken, body: { username, email: `${username}@example.test`, password: "long enough password", agreement: true, reason: `I am ${username}` } });

async function auditActions(): Promise<string[]> {
  const res = await api(s, "GET", `${A}/audit?limit=200`, { token: admin.token });
  expect(res.status).toBe(200);
  return (res.body as { action: string }[]).map((e) => e.action);
}

beforeAll(async () => {
  s = await createTestServer({ env: { ROSTRA_INSTANCE_NAME: "Env Name", ROSTRA_REGISTRATIONS: "open" } });
  admin = await createUser(s, "boss", { role: "admin" });
  mod = await createUser(s, "modmarta", { role: "moderator" });
  alice = await createUser(s, "alice");
  appToken = (await issueToken(s.ctx.db, { appId: null, accountId: null, scopes: ["read", "write"] })).token;
});
afterAll(async () => {
  await s.close();
});

describe("instance settings", () => {
  it("falls back to the environment when nothing is stored", async () => {
    const view = await api(s, "GET", `${A}/instance`, { token: mod.token });
    expect(view.status).toBe(200);
    expect(view.body).toMatchObject({ name: "Env Name", description: DEFAULT_INSTANCE_DESCRIPTION, registrations: "open", stored: {}, defaults: { name: "Env Name", registrations: "open" } });
    expect((await api(s, "GET", "/api/v2/instance")).body.title).toBe("Env Name");
  });

  it("refuses normal users and moderators writes, and anonymous reads", async () => {
    expect((await api(s, "GET", `${A}/instance`, { token: alice.token })).status).toBe(403);
    expect((await api(s, "GET", `${A}/instance`)).status).toBe(401);
    const put = await api(s, "PUT", `${A}/instance`, { token: alice.token, body: { name: "Mine" } });
    expect(put.status).toBe(403);
    expect(put.body.error).toBeTruthy();
    expect((await api(s, "PUT", `${A}/instance`, { token: mod.token, body: { name: "Mine" } })).status).toBe(403);
  });

  it("rejects bad input with 4xx JSON", async () => {
    for (const body of [{ registrations: "sometimes" }, { name: "x".repeat(101) }, { name: "   " }, { rules: [{ text: "" }] }, { rules: "nope" }, { rules: [{ id: "missing-rule", text: "x" }] }, { description: { a: 1 } }]) {
      const res = await api(s, "PUT", `${A}/instance`, { token: admin.token, body });
      expect(res.status, JSON.stringify(body)).toBeGreaterThanOrEqual(400);
      expect(res.status, JSON.stringify(body)).toBeLessThan(500);
      expect(res.body.error).toEqual(expect.any(String));
    }
    const notObject = await s.app.inject({ method: "PUT", url: `${A}/instance`, headers: { authorization: `Bearer ${admin.token}`, "content-type": "application/json" }, payload: "[1,2]" });
    expect(notObject.statusCode).toBe(400);
  });

  it("stores name, description, rules and mode, and /api/v1 and /api/v2/instance show them", async () => {
    const put = await api(s, "PUT", `${A}/instance`, {
      token: admin.token,
      body: { name: "Quảng trường", description: "A square for talking", registrations: "approval", rules: [{ text: "Be kind", hint: "Always" }, { text: "No spam" }] },
    });
    expect(put.status).toBe(200);
    expect(put.body).toMatchObject({ name: "Quảng trường", description: "A square for talking", registrations: "approval" });
    expect(put.body.stored.name.updated_by).toBe(admin.id);
    const rules = put.body.rules as { id: string; text: string }[];
    expect(rules.map((r) => r.text)).toEqual(["Be kind", "No spam"]);

    const v2 = (await api(s, "GET", "/api/v2/instance")).body;
    expect(v2.title).toBe("Quảng trường");
    expect(v2.description).toBe("A square for talking");
    expect(v2.registrations).toMatchObject({ enabled: true, approval_required: true });
    expect(v2.rules.map((r: { text: string }) => r.text)).toEqual(["Be kind", "No spam"]);
    const v1 = (await api(s, "GET", "/api/v1/instance")).body;
    expect(v1).toMatchObject({ title: "Quảng trường", short_description: "A square for talking", registrations: true, approval_required: true });
    expect((await api(s, "GET", "/api/v1/instance/rules")).body).toHaveLength(2);
    expect((await api(s, "GET", "/nodeinfo/2.0")).body.metadata.nodeName).toBe("Quảng trường");

    // reorder and edit one rule, drop the other
    const again = await api(s, "PUT", `${A}/instance`, { token: admin.token, body: { rules: [{ id: rules[1].id, text: "No spam, ever", hint: "" }] } });
    expect(again.status).toBe(200);
    expect(again.body.rules).toEqual([{ id: rules[1].id, text: "No spam, ever", hint: "" }]);
    expect(again.body.name).toBe("Quảng trường");

    const actions = await auditActions();
    expect(actions.filter((a) => a === "instance.settings.update")).toHaveLength(1);
    expect(actions.filter((a) => a === "instance.rules.update")).toHaveLength(2);
  });

  it("an emptied description falls back to the English default the Mastodon API always sends", async () => {
    const put = await api(s, "PUT", `${A}/instance`, { token: admin.token, body: { description: "" } });
    expect(put.status).toBe(200);
    // the web app recognises this exact text and shows a translation instead (web/src/lib/instance.ts)
    expect(put.body.description).toBe(DEFAULT_INSTANCE_DESCRIPTION);
    expect((await api(s, "GET", "/api/v2/instance")).body.description).toBe(DEFAULT_INSTANCE_DESCRIPTION);
    expect((await api(s, "GET", "/api/v1/instance")).body).toMatchObject({ description: DEFAULT_INSTANCE_DESCRIPTION, short_description: DEFAULT_INSTANCE_DESCRIPTION });
    expect(DEFAULT_INSTANCE_DESCRIPTION).toMatch(/\S/);
  });

  it("approval mode leaves new sign-ups pending; closed mode refuses them", async () => {
    await api(s, "PUT", `${A}/instance`, { token: admin.token, body: { registrations: "approval" } });
    const res = await signUp("waiting");
    expect(res.status).toBe(200);
    const me = await api(s, "GET", "/api/v1/accounts/verify_credentials", { token: res.body.access_token });
    expect(me.status).toBe(401); // an unapproved user's token does not work yet

    await api(s, "PUT", `${A}/instance`, { token: admin.token, body: { registrations: "closed", closed_registrations_message: "Full for now" } });
    expect((await signUp("toolate")).status).toBe(403);
    const v2 = (await api(s, "GET", "/api/v2/instance")).body;
    expect(v2.registrations).toMatchObject({ enabled: false, message: "Full for now" });

    await api(s, "PUT", `${A}/instance`, { token: admin.token, body: { registrations: "open" } });
    const open = await signUp("welcome");
    expect(open.status).toBe(200);
    expect((await api(s, "GET", "/api/v1/accounts/verify_credentials", { token: open.body.access_token })).status).toBe(200);
  });
});

describe("admin accounts", () => {
  it("lists with v1 and v2 filters and searches by username", async () => {
    await api(s, "PUT", `${A}/instance`, { token: admin.token, body: { registrations: "approval" } });
    expect((await signUp("pendingpat")).status).toBe(200);

    const pendingV1 = await api(s, "GET", "/api/v1/admin/accounts?pending=true", { token: mod.token });
    expect(pendingV1.status).toBe(200);
    const names = pendingV1.body.map((a: { username: string }) => a.username);
    expect(names).toContain("pendingpat");
    expect(names).not.toContain("alice");
    const pat = pendingV1.body.find((a: { username: string }) => a.username === "pendingpat");
    expect(pat).toMatchObject({ approved: false, email: "pendingpat@example.test", invite_request: "I am pendingpat", role: { name: "" }, account: { username: "pendingpat" } });

    const pendingV2 = await api(s, "GET", "/api/v2/admin/accounts?status=pending&origin=local", { token: mod.token });
    expect(pendingV2.body.map((a: { username: string }) => a.username)).toEqual(pendingV1.body.map((a: { username: string }) => a.username));

    const staff = await api(s, "GET", "/api/v2/admin/accounts?permissions=staff", { token: mod.token });
    expect(staff.body.map((a: { username: string }) => a.username).sort()).toEqual(["boss", "modmarta"]);

    const search = await api(s, "GET", "/api/v1/admin/accounts?username=ALI", { token: mod.token });
    expect(search.body.map((a: { username: string }) => a.username)).toEqual(["alice"]);
    const likeChars = await api(s, "GET", "/api/v1/admin/accounts?username=%25", { token: mod.token });
    expect(likeChars.body).toEqual([]);

    const paged = await api(s, "GET", "/api/v2/admin/accounts?limit=2", { token: mod.token });
    expect(paged.body).toHaveLength(2);
    expect(paged.headers.link).toMatch(/max_id=/);

    const one = await api(s, "GET", `/api/v1/admin/accounts/${alice.id}`, { token: mod.token });
    expect(one.body).toMatchObject({ id: alice.id, approved: true, suspended: false, rostra: { role: "user" } });
  });

  it("refuses normal users (403) and bad filters or ids (4xx)", async () => {
    expect((await api(s, "GET", "/api/v1/admin/accounts", { token: alice.token })).status).toBe(403);
    expect((await api(s, "GET", "/api/v2/admin/accounts", { token: alice.token })).status).toBe(403);
    expect((await api(s, "POST", `/api/v1/admin/accounts/${mod.id}/action`, { token: alice.token, body: { type: "suspend" } })).status).toBe(403);
    expect((await api(s, "POST", `${A}/accounts/${alice.id}/role`, { token: alice.token, body: { role: "admin" } })).status).toBe(403);
    const noScope = await createUser(s, "noscope", { role: "admin", scopes: ["read", "write"] });
    expect((await api(s, "GET", "/api/v1/admin/accounts", { token: noScope.token })).status).toBe(403);
    for (const [method, url, body] of [
      ["GET", "/api/v2/admin/accounts?status=sleeping", undefined],
      ["GET", "/api/v1/admin/accounts?limit=abc", undefined],
      ["GET", "/api/v1/admin/accounts?pending=true&suspended=true", undefined],
      ["GET", "/api/v1/admin/accounts/does-not-exist", undefined],
      ["GET", "/api/v1/admin/accounts/bad%20id!", undefined],
      ["POST", `/api/v1/admin/accounts/${alice.id}/action`, { type: "explode" }],
      ["POST", `/api/v1/admin/accounts/${alice.id}/approve`, {}],
      ["POST", `/api/v1/admin/accounts/${alice.id}/unsuspend`, {}],
      ["POST", `${A}/accounts/${alice.id}/role`, { role: "owner" }],
      ["POST", `${A}/accounts/${alice.id}/role`, {}],
    ] as const) {
      const res = await api(s, method, url, { token: admin.token, body });
      expect(res.status, url).toBeGreaterThanOrEqual(400);
      expect(res.status, url).toBeLessThan(500);
      expect(res.body.error, url).toEqual(expect.any(String));
    }
  });

  it("approves and rejects pending sign-ups", async () => {
    const a = await signUp("approveme");
    const r = await signUp("rejectme");
    const list = (await api(s, "GET", "/api/v2/admin/accounts?status=pending&username=me", { token: mod.token })).body as { id: string; username: string }[];
    const approveId = list.find((x) => x.username === "approveme")!.id;
    const rejectId = list.find((x) => x.username === "rejectme")!.id;

    const ok = await api(s, "POST", `/api/v1/admin/accounts/${approveId}/approve`, { token: mod.token });
    expect(ok.status).toBe(200);
    expect(ok.body.approved).toBe(true);
    expect((await api(s, "GET", "/api/v1/accounts/verify_credentials", { token: a.body.access_token })).status).toBe(200);
    expect((await api(s, "POST", `/api/v1/admin/accounts/${approveId}/approve`, { token: mod.token })).status).toBe(422);

    const rej = await api(s, "POST", `/api/v1/admin/accounts/${rejectId}/reject`, { token: mod.token });
    expect(rej.status).toBe(200);
    expect(rej.body.username).toBe("rejectme");
    expect((await api(s, "GET", `/api/v1/admin/accounts/${rejectId}`, { token: mod.token })).status).toBe(404);
    expect((await api(s, "GET", "/api/v1/accounts/verify_credentials", { token: r.body.access_token })).status).toBe(401);
    // the name is free again
    expect((await signUp("rejectme")).status).toBe(200);

    const actions = await auditActions();
    expect(actions).toContain("account.approve");
    expect(actions).toContain("account.reject");
  });

  it("suspends and unsuspends, ending the user's sessions", async () => {
    const bob = await createUser(s, "bob");
    expect((await api(s, "POST", `/api/v1/admin/accounts/${bob.id}/action`, { token: mod.token, body: { type: "suspend", text: "spam wave" } })).status).toBe(200);
    expect((await api(s, "GET", "/api/v1/accounts/verify_credentials", { token: bob.token })).status).toBe(401);
    const view = await api(s, "GET", `/api/v1/admin/accounts/${bob.id}`, { token: mod.token });
    expect(view.body.suspended).toBe(true);
    expect((await api(s, "GET", "/api/v2/admin/accounts?status=suspended", { token: mod.token })).body.map((a: { id: string }) => a.id)).toContain(bob.id);

    const un = await api(s, "POST", `/api/v1/admin/accounts/${bob.id}/unsuspend`, { token: mod.token });
    expect(un.status).toBe(200);
    expect(un.body.suspended).toBe(false);

    expect((await api(s, "POST", `/api/v1/admin/accounts/${bob.id}/action`, { token: mod.token, body: { type: "silence" } })).status).toBe(200);
    expect((await api(s, "GET", `/api/v1/admin/accounts/${bob.id}`, { token: mod.token })).body.silenced).toBe(true);
    expect((await api(s, "POST", `/api/v1/admin/accounts/${bob.id}/unsilence`, { token: mod.token })).body.silenced).toBe(false);

    const actions = await auditActions();
    expect(actions).toEqual(expect.arrayContaining(["account.suspend", "account.unsuspend", "account.silence", "account.unsilence"]));
  });

  it("keeps staff from acting on themselves, and moderators from acting on staff", async () => {
    expect((await api(s, "POST", `/api/v1/admin/accounts/${mod.id}/action`, { token: mod.token, body: { type: "suspend" } })).status).toBe(403);
    expect((await api(s, "POST", `/api/v1/admin/accounts/${admin.id}/action`, { token: mod.token, body: { type: "suspend" } })).status).toBe(403);
    expect((await api(s, "POST", `${A}/accounts/${admin.id}/role`, { token: admin.token, body: { role: "user" } })).status).toBe(403);
    expect((await api(s, "GET", `/api/v1/admin/accounts/${admin.id}`, { token: mod.token })).body.suspended).toBe(false);
  });

  it("changes roles (admins only), and a promoted user can use the staff API at once", async () => {
    const carol = await createUser(s, "carol");
    expect((await api(s, "GET", "/api/v1/admin/accounts", { token: carol.token })).status).toBe(403);
    expect((await api(s, "POST", `${A}/accounts/${carol.id}/role`, { token: mod.token, body: { role: "moderator" } })).status).toBe(403);
    const up = await api(s, "POST", `${A}/accounts/${carol.id}/role`, { token: admin.token, body: { role: "moderator" } });
    expect(up.status).toBe(200);
    expect(up.body).toMatchObject({ role: { name: "Moderator" }, rostra: { role: "moderator" } });
    expect((await api(s, "GET", "/api/v1/admin/accounts", { token: carol.token })).status).toBe(200);

    const down = await api(s, "POST", `${A}/accounts/${carol.id}/role`, { token: admin.token, body: { role: "user" } });
    expect(down.body.rostra.role).toBe("user");
    expect((await api(s, "GET", "/api/v1/admin/accounts", { token: carol.token })).status).toBe(403);

    const entries = (await api(s, "GET", `${A}/audit?limit=200`, { token: admin.token })).body as { action: string; subject_id: string; payload: { from: string; to: string } }[];
    const roleChanges = entries.filter((e) => e.action === "account.role" && e.subject_id === carol.id).map((e) => `${e.payload.from}->${e.payload.to}`);
    expect(roleChanges.sort()).toEqual(["moderator->user", "user->moderator"]);
    expect((await verifyAuditChain(s.ctx)).ok).toBe(true);
  });
});
