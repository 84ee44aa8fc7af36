import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { api, createTestServer, createUser, type TestServer, type TestUser } from "../../../test/helpers.js";
import { renderStatus } from "../../api/mastodon/entities/status.js";
import { createStatus } from "../statuses/create.js";

let s: TestServer;
let alice: TestUser;
let bob: TestUser;

beforeAll(async () => {
  s = await createTestServer();
  alice = await createUser(s, "alice");
  bob = await createUser(s, "bob");
});
afterAll(async () => {
  await s.close();
});

describe("filters v2", () => {
  it("creates, reads, updates and deletes a filter with keywords, publishing filters_changed", async () => {
    const events: string[] = [];
    const listener = (m: string) => events.push(m);
    await s.ctx.pubsub.subscribe(`timeline:user:${alice.id}`, listener);
    const created = await api(s, "POST", "/api/v2/filters", {
      token: alice.token,
      body: { title: "Spoilers", context: ["home", "public"], filter_action: "hide", expires_in: 3600, keywords_attributes: [{ keyword: "spoiler", whole_word: true }, { keyword: "leak" }] },
    });
    expect(created.status).toBe(200);
    const f = created.body;
    expect(f).toMatchObject({ title: "Spoilers", context: ["home", "public"], filter_action: "hide", statuses: [] });
    expect(f.keywords.map((k: any) => [k.keyword, k.whole_word])).toEqual([["spoiler", true], ["leak", false]]);
    expect(Date.parse(f.expires_at) - Date.now()).toBeGreaterThan(3500_000);
    expect(events.map((e) => JSON.parse(e))).toContainEqual({ event: "filters_changed", stream: ["user"] });

    expect((await api(s, "GET", "/api/v2/filters", { token: alice.token })).body.map((x: any) => x.id)).toEqual([f.id]);
    expect((await api(s, "GET", "/api/v2/filters", { token: bob.token })).body).toEqual([]);
    expect((await api(s, "GET", `/api/v2/filters/${f.id}`, { token: bob.token })).status).toBe(404);

    const leak = f.keywords[1];
    const updated = await api(s, "PUT", `/api/v2/filters/${f.id}`, {
      token: alice.token,
      body: { title: "Spoilers!", filter_action: "blur", expires_in: "", keywords_attributes: [{ id: leak.id, _destroy: true }, { id: f.keywords[0].id, whole_word: false }, { keyword: "plot twist" }] },
    });
    expect(updated.status).toBe(200);
    expect(updated.body).toMatchObject({ title: "Spoilers!", filter_action: "blur", expires_at: null });
    expect(updated.body.keywords.map((k: any) => [k.keyword, k.whole_word])).toEqual([["spoiler", false], ["plot twist", false]]);

    expect((await api(s, "DELETE", `/api/v2/filters/${f.id}`, { token: bob.token })).status).toBe(404);
    expect((await api(s, "DELETE", `/api/v2/filters/${f.id}`, { token: alice.token })).status).toBe(200);
    expect((await api(s, "GET", `/api/v2/filters/${f.id}`, { token: alice.token })).status).toBe(404);
    await s.ctx.pubsub.unsubscribe(`timeline:user:${alice.id}`, listener);
  });

  it("accepts form-encoded bodies with key[] arrays", async () => {
    const res = await s.app.inject({
      method: "POST",
      url: "/api/v2/filters",
      headers: { authorization: `Bearer ${alice.token}`, "content-type": "application/x-www-form-urlencoded" },
      payload: "title=Form&context[]=home&context[]=thread&keywords_attributes[][keyword]=foo&keywords_attributes[][whole_word]=true",
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ title: "Form", context: ["home", "thread"], filter_action: "warn", keywords: [{ keyword: "foo", whole_word: true }] });
  });

  it("refuses malformed input with 4xx", async () => {
    const bad = [
      {},
      { title: "x" },
      { title: "x", context: ["everywhere"] },
      { title: "x", context: ["home"], filter_action: "explode" },
      { title: "x", context: ["home"], expires_in: "soon" },
      { title: "x".repeat(300), context: ["home"] },
      { title: { a: 1 }, context: ["home"] },
      { title: "x", context: ["home"], keywords_attributes: "nope" },
      { title: "x", context: ["home"], keywords_attributes: [{ keyword: "" }] },
    ];
    for (const body of bad) {
      const res = await api(s, "POST", "/api/v2/filters", { token: alice.token, body });
      expect([400, 422]).toContain(res.status);
      expect(res.body.error).toBeTruthy();
    }
    const f = (await api(s, "POST", "/api/v2/filters", { token: alice.token, body: { title: "t", context: ["home"] } })).body;
    const other = (await api(s, "POST", "/api/v2/filters", { token: bob.token, body: { title: "b", context: ["home"], keywords_attributes: [{ keyword: "bobs" }] } })).body;
    // a keyword id from someone else's filter is not found
    expect((await api(s, "PUT", `/api/v2/filters/${f.id}`, { token: alice.token, body: { keywords_attributes: [{ id: other.keywords[0].id, _destroy: true }] } })).status).toBe(404);
    expect((await api(s, "GET", `/api/v2/filters/keywords/${other.keywords[0].id}`, { token: alice.token })).status).toBe(404);
    expect((await api(s, "GET", "/api/v2/filters", {})).status).toBe(401);
    const reader = await createUser(s, "reader", { scopes: ["read"] });
    expect((await api(s, "POST", "/api/v2/filters", { token: reader.token, body: { title: "t", context: ["home"] } })).status).toBe(403);
  });

  it("manages keywords and statuses as sub-resources", async () => {
    const f = (await api(s, "POST", "/api/v2/filters", { token: alice.token, body: { title: "Sub", context: ["thread"] } })).body;
    const kw = await api(s, "POST", `/api/v2/filters/${f.id}/keywords`, { token: alice.token, body: { keyword: "cats", whole_word: false } });
    expect(kw.status).toBe(200);
    expect(kw.body).toMatchObject({ keyword: "cats", whole_word: false });
    expect((await api(s, "GET", `/api/v2/filters/${f.id}/keywords`, { token: alice.token })).body).toHaveLength(1);
    const put = await api(s, "PUT", `/api/v2/filters/keywords/${kw.body.id}`, { token: alice.token, body: { keyword: "dogs", whole_word: true } });
    expect(put.body).toMatchObject({ id: kw.body.id, keyword: "dogs", whole_word: true });
    expect((await api(s, "GET", `/api/v2/filters/keywords/${kw.body.id}`, { token: alice.token })).body.keyword).toBe("dogs");
    expect((await api(s, "DELETE", `/api/v2/filters/keywords/${kw.body.id}`, { token: bob.token })).status).toBe(404);
    expect((await api(s, "DELETE", `/api/v2/filters/keywords/${kw.body.id}`, { token: alice.token })).status).toBe(200);

    const mine = await createStatus(s.ctx, bob.id, { text: "a public post", visibility: "public" });
    const secret = await createStatus(s.ctx, bob.id, { text: "followers only", visibility: "private" });
    const fs = await api(s, "POST", `/api/v2/filters/${f.id}/statuses`, { token: alice.token, body: { status_id: mine.id } });
    expect(fs.status).toBe(200);
    expect(fs.body).toEqual({ id: expect.any(String), status_id: mine.id });
    expect((await api(s, "POST", `/api/v2/filters/${f.id}/statuses`, { token: alice.token, body: { status_id: mine.id } })).status).toBe(422);
    expect((await api(s, "POST", `/api/v2/filters/${f.id}/statuses`, { token: alice.token, body: { status_id: secret.id } })).status).toBe(404);
    expect((await api(s, "POST", `/api/v2/filters/${f.id}/statuses`, { token: alice.token, body: { status_id: "../x" } })).status).toBe(422);
    expect((await api(s, "GET", `/api/v2/filters/${f.id}/statuses`, { token: alice.token })).body).toHaveLength(1);
    expect((await api(s, "GET", `/api/v2/filters/statuses/${fs.body.id}`, { token: alice.token })).body.status_id).toBe(mine.id);

    // the status renderer reports the match in `filtered`
    const rendered = await renderStatus(s.ctx, mine, alice.id, "thread");
    expect(rendered.filtered).toEqual([{ filter: expect.objectContaining({ id: f.id, title: "Sub" }), keyword_matches: null, status_matches: [mine.id] }]);
    expect((await renderStatus(s.ctx, mine, alice.id, "home")).filtered).toEqual([]);

    expect((await api(s, "DELETE", `/api/v2/filters/statuses/${fs.body.id}`, { token: alice.token })).status).toBe(200);
    expect((await api(s, "GET", `/api/v2/filters/statuses/${fs.body.id}`, { token: alice.token })).status).toBe(404);
  });
});

describe("filters v1", () => {
  it("maps one keyword to one v1 filter, irreversible to hide", async () => {
    const created = await api(s, "POST", "/api/v1/filters", { token: bob.token, form: { phrase: "politics", "context[]": "home", irreversible: "true", whole_word: "false" } });
    expect(created.status).toBe(200);
    expect(created.body).toMatchObject({ phrase: "politics", context: ["home"], irreversible: true, whole_word: false, expires_at: null });
    const id = created.body.id;
    const v2 = (await api(s, "GET", "/api/v2/filters", { token: bob.token })).body.find((f: any) => f.title === "politics");
    expect(v2).toMatchObject({ filter_action: "hide", keywords: [{ id, keyword: "politics" }] });

    const list = await api(s, "GET", "/api/v1/filters", { token: bob.token });
    expect(list.body.map((f: any) => f.phrase)).toContain("politics");
    const updated = await api(s, "PUT", `/api/v1/filters/${id}`, { token: bob.token, body: { phrase: "elections", context: ["home", "notifications"], irreversible: false, expires_in: 600 } });
    expect(updated.body).toMatchObject({ id, phrase: "elections", context: ["home", "notifications"], irreversible: false });
    expect(updated.body.expires_at).toBeTruthy();
    expect((await api(s, "GET", `/api/v1/filters/${id}`, { token: alice.token })).status).toBe(404);
    expect((await api(s, "POST", "/api/v1/filters", { token: bob.token, body: { phrase: "x" } })).status).toBe(422);
    expect((await api(s, "POST", "/api/v1/filters", { token: bob.token, body: { context: ["home"] } })).status).toBe(422);
    expect((await api(s, "DELETE", `/api/v1/filters/${id}`, { token: bob.token })).status).toBe(200);
    expect((await api(s, "GET", `/api/v1/filters/${id}`, { token: bob.token })).status).toBe(404);
    expect((await api(s, "GET", "/api/v2/filters", { token: bob.token })).body.find((f: any) => f.id === v2.id)).toBeUndefined();
  });
});
