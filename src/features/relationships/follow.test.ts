import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { api, createTestServer, createUser, type TestServer, type TestUser } from "../../../test/helpers.js";

let s: TestServer;
let n = 0;
beforeAll(async () => {
  s = await createTestServer();
});
afterAll(async () => {
  await s.close();
});

const user = (prefix: string, opts?: { scopes?: string[] }) => createUser(s, `${prefix}${n++}`, opts);

async function counts(id: string) {
  const row = await s.ctx.db.selectFrom("accounts").select(["followers_count", "following_count"]).where("id", "=", id).executeTakeFirstOrThrow();
  return { followers: Number(row.followers_count), following: Number(row.following_count) };
}

async function notificationTypes(to: TestUser, from: TestUser) {
  const rows = await s.ctx.db.selectFrom("notifications").select("type").where("account_id", "=", to.id).where("from_account_id", "=", from.id).execute();
  return rows.map((r) => r.type).sort();
}

async function lock(u: TestUser) {
  await s.ctx.db.updateTable("accounts").set({ locked: 1 }).where("id", "=", u.id).execute();
}

describe("following", () => {
  it("follows an unlocked account, counting and notifying once however often it is repeated", async () => {
    const [a, b] = [await user("fa"), await user("fb")];
    const res = await api(s, "POST", `/api/v1/accounts/${b.id}/follow`, { token: a.token });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ id: b.id, following: true, showing_reblogs: true, notifying: false, requested: false, followed_by: false });
    await api(s, "POST", `/api/v1/accounts/${b.id}/follow`, { token: a.token });
    await Promise.all(Array.from({ length: 5 }, () => api(s, "POST", `/api/v1/accounts/${b.id}/follow`, { token: a.token })));
    expect(await counts(a.id)).toEqual({ followers: 0, following: 1 });
    expect(await counts(b.id)).toEqual({ followers: 1, following: 0 });
    expect(await notificationTypes(b, a)).toEqual(["follow"]);
    const back = await api(s, "GET", `/api/v1/accounts/relationships?id[]=${a.id}`, { token: b.token });
    expect(back.body[0].followed_by).toBe(true);
  });

  it("changes reblogs, notify and languages of an existing follow", async () => {
    const [a, b] = [await user("oa"), await user("ob")];
    await api(s, "POST", `/api/v1/accounts/${b.id}/follow`, { token: a.token, body: { reblogs: false, languages: ["en"] } });
    const res = await api(s, "POST", `/api/v1/accounts/${b.id}/follow`, { token: a.token, form: { notify: "true", "languages[]": "de" } });
    expect(res.body).toMatchObject({ following: true, showing_reblogs: false, notifying: true, languages: ["de"] });
    const bad = await api(s, "POST", `/api/v1/accounts/${b.id}/follow`, { token: a.token, body: { languages: ["<script>"] } });
    expect(bad.status).toBe(422);
    expect((await api(s, "POST", `/api/v1/accounts/${b.id}/follow`, { token: a.token, body: { reblogs: { x: 1 } } })).status).toBe(422);
    expect(await counts(b.id)).toEqual({ followers: 1, following: 0 });
  });

  it("unfollows, decrementing counts, and unfollowing again changes nothing", async () => {
    const [a, b] = [await user("ua"), await user("ub")];
    await api(s, "POST", `/api/v1/accounts/${b.id}/follow`, { token: a.token });
    const res = await api(s, "POST", `/api/v1/accounts/${b.id}/unfollow`, { token: a.token });
    expect(res.status).toBe(200);
    expect(res.body.following).toBe(false);
    await api(s, "POST", `/api/v1/accounts/${b.id}/unfollow`, { token: a.token });
    expect(await counts(a.id)).toEqual({ followers: 0, following: 0 });
    expect(await counts(b.id)).toEqual({ followers: 0, following: 0 });
  });

  it("refuses self-follows and unknown ids with 404 Record not found", async () => {
    const a = await user("sa");
    const self = await api(s, "POST", `/api/v1/accounts/${a.id}/follow`, { token: a.token });
    expect(self.status).toBe(404);
    const unknown = await api(s, "POST", "/api/v1/accounts/999999999999999999/follow", { token: a.token });
    expect(unknown.status).toBe(404);
    expect(unknown.body).toEqual({ error: "Record not found" });
    expect((await api(s, "POST", `/api/v1/accounts/${"x".repeat(150)}/block`, { token: a.token })).status).toBe(404);
    expect((await api(s, "POST", "/api/v1/accounts/%27%20OR%201=1/mute", { token: a.token })).status).toBe(404);
  });

  it("refuses to follow across a block in either direction with 403", async () => {
    const [a, b] = [await user("ba"), await user("bb")];
    await api(s, "POST", `/api/v1/accounts/${a.id}/block`, { token: b.token });
    expect((await api(s, "POST", `/api/v1/accounts/${b.id}/follow`, { token: a.token })).status).toBe(403);
    expect((await api(s, "POST", `/api/v1/accounts/${a.id}/follow`, { token: b.token })).status).toBe(403);
    expect(await counts(b.id)).toEqual({ followers: 0, following: 0 });
  });

  it("needs write:follows to follow and read:follows to read relationships", async () => {
    const reader = await user("ro", { scopes: ["read"] });
    const target = await user("rt");
    const res = await api(s, "POST", `/api/v1/accounts/${target.id}/follow`, { token: reader.token });
    expect(res.status).toBe(403);
    const legacy = await user("lf", { scopes: ["follow"] });
    expect((await api(s, "POST", `/api/v1/accounts/${target.id}/follow`, { token: legacy.token })).status).toBe(200);
    expect((await api(s, "GET", `/api/v1/accounts/relationships?id=${target.id}`, { token: legacy.token })).status).toBe(200);
    expect((await api(s, "POST", `/api/v1/accounts/${target.id}/follow`)).status).toBe(401);
  });
});

describe("locked accounts and follow requests", () => {
  it("turns a follow into a request, listed with a Link header, and authorizing it makes a follow", async () => {
    const [a, c, locked] = [await user("ra"), await user("rc"), await user("rl")];
    await lock(locked);
    const res = await api(s, "POST", `/api/v1/accounts/${locked.id}/follow`, { token: a.token, body: { reblogs: false } });
    expect(res.body).toMatchObject({ following: false, requested: true, showing_reblogs: false });
    await api(s, "POST", `/api/v1/accounts/${locked.id}/follow`, { token: c.token });
    expect(await counts(locked.id)).toEqual({ followers: 0, following: 0 });
    expect(await notificationTypes(locked, a)).toEqual(["follow_request"]);

    const list = await api(s, "GET", "/api/v1/follow_requests?limit=1", { token: locked.token });
    expect(list.status).toBe(200);
    expect(list.body.map((x: { id: string }) => x.id)).toEqual([c.id]);
    expect(list.headers.link).toMatch(/max_id=\d+.*rel="next"/);
    const next = /<([^>]+)>; rel="next"/.exec(list.headers.link)![1];
    const page2 = await api(s, "GET", next.replace("http://rostra.test", ""), { token: locked.token });
    expect(page2.body.map((x: { id: string }) => x.id)).toEqual([a.id]);
    const rel = await api(s, "GET", `/api/v1/accounts/relationships?id[]=${a.id}`, { token: locked.token });
    expect(rel.body[0].requested_by).toBe(true);

    const ok = await api(s, "POST", `/api/v1/follow_requests/${a.id}/authorize`, { token: locked.token });
    expect(ok.status).toBe(200);
    expect(ok.body).toMatchObject({ id: a.id, followed_by: true, requested_by: false });
    expect(await counts(locked.id)).toEqual({ followers: 1, following: 0 });
    expect(await counts(a.id)).toEqual({ followers: 0, following: 1 });
    expect(await notificationTypes(locked, a)).toEqual(["follow"]);
    const mine = await api(s, "GET", `/api/v1/accounts/relationships?id[]=${locked.id}`, { token: a.token });
    expect(mine.body[0]).toMatchObject({ following: true, requested: false, showing_reblogs: false });
    expect((await api(s, "POST", `/api/v1/follow_requests/${a.id}/authorize`, { token: locked.token })).status).toBe(404);

    const rejected = await api(s, "POST", `/api/v1/follow_requests/${c.id}/reject`, { token: locked.token });
    expect(rejected.body.requested_by).toBe(false);
    expect(await notificationTypes(locked, c)).toEqual([]);
    expect((await api(s, "GET", "/api/v1/follow_requests", { token: locked.token })).body).toEqual([]);
  });

  it("withdraws a pending request on unfollow", async () => {
    const [a, locked] = [await user("wa"), await user("wl")];
    await lock(locked);
    await api(s, "POST", `/api/v1/accounts/${locked.id}/follow`, { token: a.token });
    const res = await api(s, "POST", `/api/v1/accounts/${locked.id}/unfollow`, { token: a.token });
    expect(res.body.requested).toBe(false);
    expect((await api(s, "GET", "/api/v1/follow_requests", { token: locked.token })).body).toEqual([]);
    expect(await notificationTypes(locked, a)).toEqual([]);
  });

  it("lets an account remove a follower", async () => {
    const [a, b] = [await user("xa"), await user("xb")];
    await api(s, "POST", `/api/v1/accounts/${b.id}/follow`, { token: a.token });
    const res = await api(s, "POST", `/api/v1/accounts/${a.id}/remove_from_followers`, { token: b.token });
    expect(res.body.followed_by).toBe(false);
    expect(await counts(b.id)).toEqual({ followers: 0, following: 0 });
    expect(await counts(a.id)).toEqual({ followers: 0, following: 0 });
  });
});
