// Private and direct statuses, and blocked relationships, never leak through any read route listed in
// SECURITY.md. A hidden status answers 404 exactly like a missing one.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import WebSocket from "ws";
import { api, createTestServer, createUser, type TestServer, type TestUser } from "../helpers.js";

let s: TestServer;
let alice: TestUser; // author
let follower: TestUser; // follows alice: may see private posts
let stranger: TestUser;
let blocked: TestUser; // blocked by alice
let mentioned: TestUser;
let priv: any;
let direct: any;
let pub: any;
let base: string;

const SECRET = "zebracrossing";

beforeAll(async () => {
  s = await createTestServer();
  await s.app.listen({ port: 0, host: "127.0.0.1" });
  base = `127.0.0.1:${(s.app.server.address() as { port: number }).port}`;
  alice = await createUser(s, "alice");
  follower = await createUser(s, "follower");
  stranger = await createUser(s, "stranger");
  blocked = await createUser(s, "blocked");
  mentioned = await createUser(s, "mentioned");
  expect((await api(s, "POST", `/api/v1/accounts/${alice.id}/follow`, { token: follower.token })).status).toBe(200);
  expect((await api(s, "POST", `/api/v1/accounts/${alice.id}/follow`, { token: blocked.token })).status).toBe(200);
  expect((await api(s, "POST", `/api/v1/accounts/${blocked.id}/block`, { token: alice.token })).status).toBe(200);
  pub = (await api(s, "POST", "/api/v1/statuses", { token: alice.token, body: { status: `public ${SECRET}words #${SECRET}` } })).body;
  priv = (await api(s, "POST", "/api/v1/statuses", { token: alice.token, body: { status: `private ${SECRET} #${SECRET}`, visibility: "private" } })).body;
  direct = (await api(s, "POST", "/api/v1/statuses", { token: alice.token, body: { status: `@mentioned direct ${SECRET} #${SECRET}`, visibility: "direct" } })).body;
  await s.ctx.jobs.drain();
});
afterAll(async () => {
  await s?.close();
});

const ids = (list: any[]) => (Array.isArray(list) ? list.map((x) => x.id) : []);

describe("no leaks of private/direct statuses", () => {
  it("status by id, context, batch, favourited_by, reblogged_by, history, source, quotes", async () => {
    for (const st of [priv, direct]) {
      for (const viewer of [undefined, stranger.token, blocked.token]) {
        for (const path of ["", "/context", "/favourited_by", "/reblogged_by", "/history", "/source", "/quotes"]) {
          const res = await api(s, "GET", `/api/v1/statuses/${st.id}${path}`, { token: viewer });
          expect([404, 401], `${path} as ${viewer ?? "anonymous"}`).toContain(res.status);
        }
        const batch = await api(s, "GET", `/api/v1/statuses?id[]=${st.id}`, { token: viewer });
        expect(ids(batch.body)).not.toContain(st.id);
      }
    }
    expect((await api(s, "GET", `/api/v1/statuses/${priv.id}`, { token: follower.token })).status).toBe(200);
    expect((await api(s, "GET", `/api/v1/statuses/${direct.id}`, { token: mentioned.token })).status).toBe(200);
    expect((await api(s, "GET", `/api/v1/statuses/${direct.id}`, { token: follower.token })).status).toBe(404);
  });

  it("account statuses, public, tag and home timelines", async () => {
    for (const viewer of [undefined, stranger.token]) {
      const acct = await api(s, "GET", `/api/v1/accounts/${alice.id}/statuses`, { token: viewer });
      expect(ids(acct.body)).toContain(pub.id);
      expect(ids(acct.body)).not.toContain(priv.id);
      expect(ids(acct.body)).not.toContain(direct.id);
      for (const path of ["/api/v1/timelines/public", "/api/v1/timelines/public?local=true", `/api/v1/timelines/tag/${SECRET}`]) {
        const res = await api(s, "GET", path, { token: viewer });
        expect(res.status).toBe(200);
        expect(ids(res.body)).not.toContain(priv.id);
        expect(ids(res.body)).not.toContain(direct.id);
      }
    }
    const strangerHome = await api(s, "GET", "/api/v1/timelines/home", { token: stranger.token });
    expect(ids(strangerHome.body)).toEqual([]);
    const followerHome = await api(s, "GET", "/api/v1/timelines/home", { token: follower.token });
    expect(ids(followerHome.body)).toContain(priv.id);
    expect(ids(followerHome.body)).not.toContain(direct.id);
  });

  it("search", async () => {
    for (const viewer of [stranger.token, follower.token]) {
      const res = await api(s, "GET", `/api/v2/search?q=${SECRET}&type=statuses`, { token: viewer });
      expect(res.status).toBe(200);
      expect(ids(res.body.statuses)).not.toContain(direct.id);
      if (viewer === stranger.token) expect(ids(res.body.statuses)).not.toContain(priv.id);
    }
    const anon = await api(s, "GET", `/api/v2/search?q=${SECRET}&type=statuses`);
    expect(anon.body?.statuses ?? []).toEqual([]);
  });

  it("notifications: a stranger is not notified of a direct message to someone else", async () => {
    const res = await api(s, "GET", "/api/v1/notifications", { token: stranger.token });
    expect(res.status).toBe(200);
    expect(res.body.map((n: any) => n.status?.id)).not.toContain(direct.id);
    // Mastodon's default policy filters private mentions from accounts one does not follow
    const m = await api(s, "GET", "/api/v1/notifications?include_filtered=true", { token: mentioned.token });
    expect(m.body.map((n: any) => n.status?.id)).toContain(direct.id);
  });

  it("streaming: strangers' public streams never carry private posts", async () => {
    const ws = new WebSocket(`ws://${base}/api/v1/streaming?stream=public`, { headers: { authorization: `Bearer ${stranger.token}` } });
    const seen: string[] = [];
    ws.on("message", (raw) => {
      const msg = JSON.parse(raw.toString());
      if (msg.event === "update") seen.push(JSON.parse(msg.payload).id);
    });
    await new Promise<void>((resolve, reject) => {
      ws.once("open", () => resolve());
      ws.once("error", reject);
    });
    const p2 = (await api(s, "POST", "/api/v1/statuses", { token: alice.token, body: { status: `private again ${SECRET}`, visibility: "private" } })).body;
    const marker = (await api(s, "POST", "/api/v1/statuses", { token: alice.token, body: { status: "public marker" } })).body;
    await s.ctx.jobs.drain();
    const deadline = Date.now() + 5000;
    while (!seen.includes(marker.id) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    ws.close();
    expect(seen).toContain(marker.id);
    expect(seen).not.toContain(p2.id);
  });

  it("media of others cannot be read or edited through the API", async () => {
    const res = await api(s, "GET", `/api/v1/media/999999999999999999`, { token: stranger.token });
    expect(res.status).toBe(404);
  });
});

describe("blocks are honoured everywhere", () => {
  it("the blocked account cannot follow, see posts, or notify", async () => {
    expect((await api(s, "GET", `/api/v1/statuses/${pub.id}`, { token: blocked.token })).status).toBe(404);
    const follow = await api(s, "POST", `/api/v1/accounts/${alice.id}/follow`, { token: blocked.token });
    expect(follow.status).toBeGreaterThanOrEqual(400);
    const rel = await api(s, "GET", `/api/v1/accounts/relationships?id[]=${alice.id}`, { token: blocked.token });
    expect(rel.body[0].following).toBe(false);
    expect(rel.body[0].blocked_by).toBe(true);
    const acct = await api(s, "GET", `/api/v1/accounts/${alice.id}/statuses`, { token: blocked.token });
    expect(ids(acct.body)).toEqual([]);
    const mention = await api(s, "POST", "/api/v1/statuses", { token: blocked.token, body: { status: "@alice hello" } });
    expect(mention.status).toBe(200);
    const reply = await api(s, "POST", "/api/v1/statuses", { token: blocked.token, body: { status: "reply", in_reply_to_id: pub.id } });
    expect(reply.status).toBe(404);
    await s.ctx.jobs.drain();
    const notes = await api(s, "GET", "/api/v1/notifications", { token: alice.token });
    expect(notes.body.map((n: any) => n.account.id)).not.toContain(blocked.id);
    const tag = await api(s, "GET", `/api/v1/timelines/tag/${SECRET}`, { token: blocked.token });
    expect(ids(tag.body)).not.toContain(pub.id);
    const search = await api(s, "GET", `/api/v2/search?q=${SECRET}words&type=statuses`, { token: blocked.token });
    expect(ids(search.body.statuses)).not.toContain(pub.id);
  });
});
