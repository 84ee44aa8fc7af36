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

const user = (prefix: string, scopes?: string[]) => createUser(s, `${prefix}${n++}`, scopes ? { scopes } : {});
const follow = (from: TestUser, to: TestUser) => api(s, "POST", `/api/v1/accounts/${to.id}/follow`, { token: from.token });
const ids = (body: { id: string }[]) => body.map((x) => x.id);

describe("lists", () => {
  it("creates, reads, updates and deletes a list with Mastodon's defaults and validation", async () => {
    const me = await user("lc");
    const created = await api(s, "POST", "/api/v1/lists", { token: me.token, form: { title: "Close friends" } });
    expect(created.status).toBe(200);
    expect(created.body).toEqual({ id: expect.any(String), title: "Close friends", replies_policy: "list", exclusive: false });
    const id = created.body.id;
    const updated = await api(s, "PUT", `/api/v1/lists/${id}`, { token: me.token, body: { replies_policy: "followed", exclusive: true } });
    expect(updated.body).toEqual({ id, title: "Close friends", replies_policy: "followed", exclusive: true });
    expect((await api(s, "GET", `/api/v1/lists/${id}`, { token: me.token })).body.exclusive).toBe(true);
    expect(ids((await api(s, "GET", "/api/v1/lists", { token: me.token })).body)).toEqual([id]);

    expect((await api(s, "POST", "/api/v1/lists", { token: me.token, body: {} })).status).toBe(422);
    expect((await api(s, "POST", "/api/v1/lists", { token: me.token, body: { title: "   " } })).status).toBe(422);
    expect((await api(s, "POST", "/api/v1/lists", { token: me.token, body: { title: "x".repeat(10_000) } })).status).toBe(422);
    expect((await api(s, "POST", "/api/v1/lists", { token: me.token, body: { title: "t", replies_policy: "everyone" } })).status).toBe(422);
    expect((await api(s, "PUT", `/api/v1/lists/${id}`, { token: me.token, body: { title: "" } })).status).toBe(422);
    expect((await api(s, "POST", "/api/v1/lists", { token: me.token, body: [1, 2] })).status).toBe(400);

    expect((await api(s, "DELETE", `/api/v1/lists/${id}`, { token: me.token })).body).toEqual({});
    expect((await api(s, "GET", `/api/v1/lists/${id}`, { token: me.token })).status).toBe(404);
  });

  it("keeps lists private: another user's list answers 404 everywhere", async () => {
    const [owner, other] = [await user("lo"), await user("lx")];
    const { body: list } = await api(s, "POST", "/api/v1/lists", { token: owner.token, body: { title: "mine" } });
    for (const [method, url] of [["GET", ""], ["PUT", ""], ["DELETE", ""], ["GET", "/accounts"], ["POST", "/accounts"], ["DELETE", "/accounts"]] as const) {
      const res = await api(s, method, `/api/v1/lists/${list.id}${url}`, { token: other.token, body: { title: "stolen", account_ids: [owner.id] } });
      expect(res.status).toBe(404);
      expect(res.body).toEqual({ error: "Record not found" });
    }
    expect((await api(s, "GET", "/api/v1/lists", { token: other.token })).body).toEqual([]);
    expect((await api(s, "GET", `/api/v1/lists/${list.id}`, { token: owner.token })).body.title).toBe("mine");
  });

  it("adds only followed accounts, pages members and finds an account's lists", async () => {
    const me = await user("lm");
    const followed = [await user("lf"), await user("lf"), await user("lf")];
    for (const f of followed) await follow(me, f);
    const stranger = await user("ls");
    const { body: list } = await api(s, "POST", "/api/v1/lists", { token: me.token, body: { title: "people" } });

    const refused = await api(s, "POST", `/api/v1/lists/${list.id}/accounts`, { token: me.token, body: { account_ids: [followed[0].id, stranger.id] } });
    expect(refused.status).toBe(422);
    expect((await api(s, "GET", `/api/v1/lists/${list.id}/accounts`, { token: me.token })).body).toEqual([]);
    expect((await api(s, "POST", `/api/v1/lists/${list.id}/accounts`, { token: me.token, body: { account_ids: ["999999999999999999"] } })).status).toBe(404);
    expect((await api(s, "POST", `/api/v1/lists/${list.id}/accounts`, { token: me.token, body: {} })).status).toBe(422);

    const ok = await api(s, "POST", `/api/v1/lists/${list.id}/accounts`, { token: me.token, form: { "account_ids[]": followed[0].id } });
    expect(ok.status).toBe(200);
    await api(s, "POST", `/api/v1/lists/${list.id}/accounts`, { token: me.token, body: { account_ids: [followed[1].id, followed[2].id] } });
    expect((await api(s, "POST", `/api/v1/lists/${list.id}/accounts`, { token: me.token, body: { account_ids: [followed[1].id] } })).status).toBe(422);

    const page = await api(s, "GET", `/api/v1/lists/${list.id}/accounts?limit=2`, { token: me.token });
    expect(page.body).toHaveLength(2);
    const next = new URL(/<([^>]+)>; rel="next"/.exec(page.headers.link)![1]);
    const rest = await api(s, "GET", `${next.pathname}${next.search}`, { token: me.token });
    expect([...ids(page.body), ...ids(rest.body)].sort()).toEqual(followed.map((f) => f.id).sort());
    const all = await api(s, "GET", `/api/v1/lists/${list.id}/accounts?limit=0`, { token: me.token });
    expect(all.body).toHaveLength(3);
    expect(all.headers.link).toBeUndefined();

    expect(ids((await api(s, "GET", `/api/v1/accounts/${followed[0].id}/lists`, { token: me.token })).body)).toEqual([list.id]);
    expect((await api(s, "GET", `/api/v1/accounts/${stranger.id}/lists`, { token: me.token })).body).toEqual([]);

    await api(s, "DELETE", `/api/v1/lists/${list.id}/accounts?account_ids[]=${followed[0].id}`, { token: me.token });
    await api(s, "POST", `/api/v1/accounts/${followed[1].id}/unfollow`, { token: me.token });
    expect(ids((await api(s, "GET", `/api/v1/lists/${list.id}/accounts`, { token: me.token })).body)).toEqual([followed[2].id]);
  });

  it("needs the lists scopes", async () => {
    const reader = await user("lr", ["read:lists"]);
    expect((await api(s, "GET", "/api/v1/lists", { token: reader.token })).status).toBe(200);
    expect((await api(s, "POST", "/api/v1/lists", { token: reader.token, body: { title: "x" } })).status).toBe(403);
    expect((await api(s, "GET", "/api/v1/lists")).status).toBe(401);
  });
});
