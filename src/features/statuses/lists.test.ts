import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { api, createTestServer, createUser, type TestServer, type TestUser } from "../../../test/helpers.js";
import { follow, nextMaxId, post } from "./test-util.js";

let s: TestServer;
let alice: TestUser;
let bob: TestUser;
let carol: TestUser;
beforeAll(async () => {
  s = await createTestServer();
  alice = await createUser(s, "alice");
  bob = await createUser(s, "bob");
  carol = await createUser(s, "carol");
});
afterAll(async () => {
  await s.close();
});

const act = (user: TestUser, id: string, action: string, body?: unknown) => api(s, "POST", `/api/v1/statuses/${id}/${action}`, { token: user.token, body });

describe("favourited_by and reblogged_by", () => {
  it("lists accounts newest first with Link pagination by the edge id", async () => {
    const st = await post(s, alice, { status: "popular" });
    const fans: TestUser[] = [];
    for (let i = 0; i < 3; i++) fans.push(await createUser(s, `fan${i}`));
    for (const f of fans) {
      await act(f, st.id, "favourite");
      await act(f, st.id, "reblog");
    }
    for (const what of ["favourited_by", "reblogged_by"]) {
      const first = await api(s, "GET", `/api/v1/statuses/${st.id}/${what}?limit=2`);
      expect(first.status).toBe(200);
      expect(first.body.map((a: any) => a.username)).toEqual(["fan2", "fan1"]);
      const max = nextMaxId(first.headers.link);
      expect(max).toBeTruthy();
      const second = await api(s, "GET", `/api/v1/statuses/${st.id}/${what}?limit=2&max_id=${max}`);
      expect(second.body.map((a: any) => a.username)).toEqual(["fan0"]);
    }
  });

  it("hides the lists of hidden statuses and rejects malformed paging", async () => {
    const priv = await post(s, alice, { status: "secret", visibility: "private" });
    expect((await api(s, "GET", `/api/v1/statuses/${priv.id}/favourited_by`)).status).toBe(404);
    expect((await api(s, "GET", `/api/v1/statuses/${priv.id}/reblogged_by`, { token: carol.token })).status).toBe(404);
    const pub = await post(s, alice, { status: "pub" });
    const bad = await api(s, "GET", `/api/v1/statuses/${pub.id}/favourited_by?limit=abc`);
    expect(bad.status).toBe(422);
    expect(bad.body.error).toBeTruthy();
  });
});

describe("favourites and bookmarks", () => {
  it("pages by the favourite row id and drops statuses that became hidden", async () => {
    await follow(s, bob, alice);
    const a = await post(s, alice, { status: "one" });
    const b = await post(s, alice, { status: "two", visibility: "private" });
    const c = await post(s, alice, { status: "three" });
    // favourite order differs from status order: the list follows the favourites
    for (const st of [c, a, b]) await act(bob, st.id, "favourite");
    for (const st of [c, a, b]) await act(bob, st.id, "bookmark");
    for (const path of ["favourites", "bookmarks"]) {
      const page1 = await api(s, "GET", `/api/v1/${path}?limit=2`, { token: bob.token });
      expect(page1.body.map((x: any) => x.id)).toEqual([b.id, a.id]);
      const page2 = await api(s, "GET", `/api/v1/${path}?limit=2&max_id=${nextMaxId(page1.headers.link)}`, { token: bob.token });
      expect(page2.body.map((x: any) => x.id)).toEqual([c.id]);
    }
    await api(s, "POST", `/api/v1/accounts/${alice.id}/unfollow`, { token: bob.token });
    const after = await api(s, "GET", "/api/v1/favourites", { token: bob.token });
    expect(after.body.map((x: any) => x.id)).toEqual([a.id, c.id]);
    expect((await api(s, "GET", "/api/v1/favourites")).status).toBe(401);
    const noScope = await createUser(s, "nofav", { scopes: ["read:statuses"] });
    expect((await api(s, "GET", "/api/v1/bookmarks", { token: noScope.token })).status).toBe(403);
  });
});

describe("quotes", () => {
  it("lists visible quotes, lets the quoted author revoke one and change the policy", async () => {
    const st = await post(s, alice, { status: "quotable" });
    const q1 = await post(s, bob, { status: "quoting", quoted_status_id: st.id });
    const q2 = await post(s, carol, { status: "quoting privately", quoted_status_id: st.id, visibility: "private" });
    const list = await api(s, "GET", `/api/v1/statuses/${st.id}/quotes`, { token: alice.token });
    expect(list.status).toBe(200);
    expect(list.body.map((x: any) => x.id)).toEqual([q1.id]);
    expect((await api(s, "GET", `/api/v1/statuses/${st.id}/quotes`, { token: carol.token })).body.map((x: any) => x.id)).toEqual([q2.id, q1.id]);
    expect((await api(s, "GET", `/api/v1/statuses/${st.id}`)).body.quotes_count).toBe(2);

    expect((await act(bob, st.id, `quotes/${q1.id}/revoke`)).status).toBe(403);
    expect((await act(alice, st.id, `quotes/${st.id}/revoke`)).status).toBe(404);
    const revoked = await act(alice, st.id, `quotes/${q1.id}/revoke`);
    expect(revoked.status).toBe(200);
    expect(revoked.body.id).toBe(q1.id);
    expect(revoked.body.quote).toBeNull();
    expect((await api(s, "GET", `/api/v1/statuses/${st.id}`)).body.quotes_count).toBe(1);

    const policy = await api(s, "PUT", `/api/v1/statuses/${st.id}/interaction_policy`, { token: alice.token, body: { quote_approval_policy: "nobody" } });
    expect(policy.status).toBe(200);
    expect(policy.body.quote_approval.automatic).toEqual([]);
    expect((await api(s, "POST", "/api/v1/statuses", { token: bob.token, body: { status: "again", quoted_status_id: st.id } })).status).toBe(422);
    expect((await api(s, "PUT", `/api/v1/statuses/${st.id}/interaction_policy`, { token: bob.token, body: { quote_approval_policy: "public" } })).status).toBe(404);
    expect((await api(s, "PUT", `/api/v1/statuses/${st.id}/interaction_policy`, { token: alice.token, body: { quote_approval_policy: "everyone" } })).status).toBe(422);
  });
});
