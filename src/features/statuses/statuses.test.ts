import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { api, createTestServer, createUser, type TestServer, type TestUser } from "../../../test/helpers.js";
import { forgetStatusParts } from "../../api/mastodon/entities/status-parts.js";

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

describe("statuses", () => {
  it("creates a status with mentions, hashtags and links rendered to Mastodon HTML", async () => {
    const res = await api(s, "POST", "/api/v1/statuses", { token: alice.token, body: { status: "Hi @bob and @nobody, see https://example.com/a/very/long/path/that/goes/on #Rostra <b>x</b>", language: "en" } });
    expect(res.status).toBe(200);
    const st = res.body;
    expect(st.content).toContain('class="u-url mention"');
    expect(st.content).toContain('href="http://rostra.test/@bob"');
    expect(st.content).toContain("@nobody");
    expect(st.content).toContain('class="mention hashtag" rel="tag"');
    expect(st.content).toContain("&lt;b&gt;x&lt;/b&gt;");
    expect(st.content).not.toContain("<b>");
    expect(st.mentions.map((m: any) => m.acct)).toEqual(["bob"]);
    expect(st.tags).toEqual([{ name: "rostra", url: "http://rostra.test/tags/rostra" }]);
    expect(st.account.username).toBe("alice");
    expect(st.favourited).toBe(false);
    const got = await api(s, "GET", `/api/v1/statuses/${st.id}`);
    expect(got.status).toBe(200);
    expect(got.body.favourited).toBeUndefined();
    const me = await api(s, "GET", "/api/v1/accounts/verify_credentials", { token: alice.token });
    expect(me.body.statuses_count).toBe(1);
  });

  it("answers the creation with the post as it is read back from the database (mentions, hashtags as stored)", async () => {
    // the hashtag exists already with another spelling; the creation response is built without reading the parts back
    await api(s, "POST", "/api/v1/statuses", { token: carol.token, body: { status: "first use of #ReadBack" } });
    const res = await api(s, "POST", "/api/v1/statuses", { token: alice.token, body: { status: "@carol @bob @carol #readback #Zeta #alpha #READBACK done" } });
    expect(res.status).toBe(200);
    forgetStatusParts(s.ctx, res.body.id);
    const got = await api(s, "GET", `/api/v1/statuses/${res.body.id}`, { token: alice.token });
    expect(got.status).toBe(200);
    const sortTags = (x: any) => ({ ...x, tags: [...x.tags].sort((a: any, b: any) => a.name.localeCompare(b.name)) });
    expect(sortTags(res.body)).toEqual(sortTags(got.body));
    expect(res.body.mentions.map((m: any) => m.acct).sort()).toEqual(["bob", "carol"]);
    expect(res.body.tags.map((t: any) => t.name).sort()).toEqual(["alpha", "readback", "zeta"]);
  });

  it("counts URLs as 23 characters against the limit", async () => {
    const url = `https://example.com/${"a".repeat(600)}`;
    const ok = await api(s, "POST", "/api/v1/statuses", { token: alice.token, body: { status: `${"x".repeat(470)} ${url}` } });
    expect(ok.status).toBe(200);
    const tooLong = await api(s, "POST", "/api/v1/statuses", { token: alice.token, body: { status: "x".repeat(501) } });
    expect(tooLong.status).toBe(422);
    expect(tooLong.body.error).toMatch(/character limit/);
  });

  it("accepts form-encoded bodies with nested poll options", async () => {
    const payload = "status=Which%3F&poll[options][]=Tea&poll[options][]=Coffee&poll[expires_in]=3600&poll[multiple]=true";
    const res = await s.app.inject({ method: "POST", url: "/api/v1/statuses", headers: { authorization: `Bearer ${alice.token}`, "content-type": "application/x-www-form-urlencoded" }, payload });
    expect(res.statusCode).toBe(200);
    const body = JSON.parse(res.body);
    expect(body.poll.options.map((o: any) => o.title)).toEqual(["Tea", "Coffee"]);
    expect(body.poll.multiple).toBe(true);
    const bad = await api(s, "POST", "/api/v1/statuses", { token: alice.token, body: { status: "x", poll: { options: ["only one"], expires_in: 3600 } } });
    expect(bad.status).toBe(422);
  });

  it("honours Idempotency-Key", async () => {
    const a = await api(s, "POST", "/api/v1/statuses", { token: bob.token, body: { status: "once" }, headers: { "idempotency-key": "k1" } });
    const b = await api(s, "POST", "/api/v1/statuses", { token: bob.token, body: { status: "once" }, headers: { "idempotency-key": "k1" } });
    expect(a.body.id).toBe(b.body.id);
  });

  it("hides private and direct statuses from those who may not see them (404, no oracle)", async () => {
    const priv = await api(s, "POST", "/api/v1/statuses", { token: alice.token, body: { status: "followers only", visibility: "private" } });
    const dm = await api(s, "POST", "/api/v1/statuses", { token: alice.token, body: { status: "@bob secret", visibility: "direct" } });
    expect((await api(s, "GET", `/api/v1/statuses/${priv.body.id}`)).status).toBe(404);
    expect((await api(s, "GET", `/api/v1/statuses/${priv.body.id}`, { token: carol.token })).status).toBe(404);
    expect((await api(s, "GET", `/api/v1/statuses/${dm.body.id}`, { token: carol.token })).status).toBe(404);
    expect((await api(s, "GET", `/api/v1/statuses/${dm.body.id}`, { token: bob.token })).status).toBe(200);
    expect((await api(s, "GET", `/api/v1/statuses/${dm.body.id}`, { token: alice.token })).status).toBe(200);
    const many = await api(s, "GET", `/api/v1/statuses?id[]=${priv.body.id}&id[]=${dm.body.id}`, { token: carol.token });
    expect(many.body).toEqual([]);
  });

  it("replies keep the conversation and count; delete returns the source and fixes counts", async () => {
    const root = await api(s, "POST", "/api/v1/statuses", { token: alice.token, body: { status: "root post" } });
    const reply = await api(s, "POST", "/api/v1/statuses", { token: bob.token, body: { status: "@alice a reply", in_reply_to_id: root.body.id } });
    expect(reply.status).toBe(200);
    expect(reply.body.in_reply_to_id).toBe(root.body.id);
    expect(reply.body.in_reply_to_account_id).toBe(alice.id);
    expect((await api(s, "GET", `/api/v1/statuses/${root.body.id}`)).body.replies_count).toBe(1);
    expect((await api(s, "DELETE", `/api/v1/statuses/${reply.body.id}`, { token: alice.token })).status).toBe(404);
    const del = await api(s, "DELETE", `/api/v1/statuses/${reply.body.id}`, { token: bob.token });
    expect(del.status).toBe(200);
    expect(del.body.text).toBe("@alice a reply");
    expect((await api(s, "GET", `/api/v1/statuses/${reply.body.id}`)).status).toBe(404);
    expect((await api(s, "GET", `/api/v1/statuses/${root.body.id}`)).body.replies_count).toBe(0);
  });

  it("rejects malformed input with 4xx", async () => {
    for (const body of [{ status: { nested: true } }, { status: "x", visibility: "everyone" }, { status: "x", media_ids: ["../../etc"] }, { status: "x", in_reply_to_id: "999999999999999999" }]) {
      const res = await api(s, "POST", "/api/v1/statuses", { token: alice.token, body });
      expect(res.status).toBeGreaterThanOrEqual(400);
      expect(res.status).toBeLessThan(500);
    }
    const raw = await s.app.inject({ method: "POST", url: "/api/v1/statuses", headers: { authorization: `Bearer ${alice.token}`, "content-type": "application/json" }, payload: "{not json" });
    expect(raw.statusCode).toBe(400);
    expect(JSON.parse(raw.body).error).toBeTruthy();
  });
});
