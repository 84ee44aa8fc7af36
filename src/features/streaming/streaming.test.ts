import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { api, createTestServer, createUser, type TestServer, type TestUser } from "../../../test/helpers.js";
import { sha256 } from "../../core/crypto.js";
import { revokeTokens } from "../auth/tokens.js";
import { act, follow, publish } from "../timelines/test-util.js";
import { isUpdate, openSse, openWs, subscribe } from "./test-client.js";

let s: TestServer;
let base: string;
let alice: TestUser;
let bob: TestUser;
let carol: TestUser;
beforeAll(async () => {
  s = await createTestServer();
  const address = await s.app.listen({ port: 0, host: "127.0.0.1" });
  base = address.replace("localhost", "127.0.0.1");
  [alice, bob, carol] = await Promise.all(["alice", "bob", "carol"].map((n) => createUser(s, n)));
  await follow(s, bob, alice);
});
afterAll(async () => {
  await s.close();
});

function within<T>(p: Promise<T>, what: string, ms = 5000): Promise<T> {
  return Promise.race([p, new Promise<T>((_, reject) => setTimeout(() => reject(new Error(`timed out: ${what}`)), ms))]);
}

describe("streaming over WebSocket", () => {
  it("requires a valid user token", async () => {
    await expect(openWs(base)).rejects.toThrow(/401/);
    await expect(openWs(base, { token: "nope" })).rejects.toThrow(/401/);
    const health = await fetch(`${base}/api/v1/streaming/health`);
    expect(await health.text()).toBe("OK");
  });

  it("delivers update and delete to followers' user streams, rendered for them, and nothing to others", async () => {
    const b = await openWs(base, { token: bob.token });
    const c = await openWs(base, { token: carol.token });
    await subscribe(b, { stream: "user" });
    await subscribe(c, { stream: "user" });
    const st = await publish(s, alice, "streamed");
    const got = await b.waitFor(isUpdate(st.id), "update on bob's stream");
    expect(got.stream).toEqual(["user"]);
    const payload = JSON.parse(got.payload!);
    expect(payload.account.id).toBe(alice.id);
    expect(payload.favourited).toBe(false);
    const own = await publish(s, carol, "carol's own"); // barrier: carol's stream is ordered
    await c.waitFor(isUpdate(own.id), "carol's own update");
    expect(c.events.some(isUpdate(st.id))).toBe(false);
    await api(s, "DELETE", `/api/v1/statuses/${st.id}`, { token: alice.token });
    await s.ctx.jobs.drain();
    const del = await b.waitFor((e) => e.event === "delete", "delete event");
    expect(del.payload).toBe(st.id);
    b.ws.close();
    c.ws.close();
  });

  it("marks per-viewer flags on boosts of statuses the viewer favourited", async () => {
    const b = await openWs(base, { token: bob.token });
    await subscribe(b, { stream: "user" });
    const carolPost = await publish(s, carol, "boost me");
    await act(s, bob, `/api/v1/statuses/${carolPost.id}/favourite`);
    const boost = await act(s, alice, `/api/v1/statuses/${carolPost.id}/reblog`);
    const got = JSON.parse((await b.waitFor(isUpdate(boost.id), "boost update")).payload!);
    expect(got.reblog.id).toBe(carolPost.id);
    expect(got.reblog.favourited).toBe(true);
    b.ws.close();
  });

  it("pushes notifications to user and user:notification streams", async () => {
    const b = await openWs(base, { token: bob.token, query: "?stream=user:notification" });
    const st = await publish(s, alice, "@bob look");
    const n = await b.waitFor((e) => e.event === "notification", "notification");
    expect(n.stream).toEqual(["user:notification"]);
    const json = JSON.parse(n.payload!);
    expect(json.type).toBe("mention");
    expect(json.status.id).toBe(st.id);
    expect(json.account.id).toBe(alice.id);
    b.ws.close();
  });

  it("accepts the token as Sec-WebSocket-Protocol and echoes it back", async () => {
    const b = await openWs(base, { protocol: bob.token });
    expect(b.ws.protocol).toBe(bob.token);
    await subscribe(b, { stream: "hashtag", tag: "Rostra" });
    const st = await publish(s, carol, "hello #rostra");
    expect((await b.waitFor(isUpdate(st.id), "hashtag update")).stream).toEqual(["hashtag", "rostra"]);
    b.ws.close();
  });

  it("drops public events from accounts the viewer mutes", async () => {
    await act(s, bob, `/api/v1/accounts/${carol.id}/mute`);
    const b = await openWs(base, { query: `?stream=public:local&access_token=${bob.token}` });
    await subscribe(b, { stream: "public" });
    const muted = await publish(s, carol, "you muted me");
    const barrier = await publish(s, alice, "after that");
    await b.waitFor((e) => isUpdate(barrier.id)(e) && e.stream?.[0] === "public", "public update");
    await b.waitFor((e) => isUpdate(barrier.id)(e) && e.stream?.[0] === "public:local", "public:local update");
    expect(b.events.some(isUpdate(muted.id))).toBe(false);
    await act(s, bob, `/api/v1/accounts/${carol.id}/unmute`);
    b.ws.close();
  });

  it("streams a list to its owner only and conversations to participants", async () => {
    const list = await api(s, "POST", "/api/v1/lists", { token: bob.token, body: { title: "alice" } });
    await api(s, "POST", `/api/v1/lists/${list.body.id}/accounts`, { token: bob.token, body: { account_ids: [alice.id] } });
    const c = await openWs(base, { token: carol.token });
    c.send({ type: "subscribe", stream: "list", list: list.body.id });
    expect((await c.waitFor((e) => !!e.error, "list refusal")).error).toMatch(/Not authorized/);
    const b = await openWs(base, { token: bob.token });
    await subscribe(b, { stream: "list", list: list.body.id });
    await subscribe(b, { stream: "direct" });
    const st = await publish(s, alice, "list item");
    expect((await b.waitFor(isUpdate(st.id), "list update")).stream).toEqual(["list", list.body.id]);
    const dm = await publish(s, alice, { status: "@bob private words", visibility: "direct" });
    const conv = JSON.parse((await b.waitFor((e) => e.event === "conversation", "conversation")).payload!);
    expect(conv.last_status.id).toBe(dm.id);
    expect(conv.unread).toBe(true);
    expect(conv.accounts.map((a: any) => a.id)).toEqual([alice.id]);
    b.ws.close();
    c.ws.close();
  });

  it("closes the socket as soon as its token is revoked", async () => {
    const dave = await createUser(s, "dave");
    const d = await openWs(base, { token: dave.token });
    await subscribe(d, { stream: "user" });
    await revokeTokens(s.ctx, { tokenHash: sha256(dave.token) });
    expect(await within(d.closed, "socket close after revocation")).toBeGreaterThan(0);
  });
});

describe("streaming over SSE", () => {
  it("delivers user and hashtag events as server-sent events", async () => {
    const user = await openSse(base, "/api/v1/streaming/user", bob.token);
    const tag = await openSse(base, "/api/v1/streaming/hashtag?tag=sse", bob.token);
    expect(user.status).toBe(200);
    const st = await publish(s, alice, "over #sse");
    expect(JSON.parse((await user.waitFor(isUpdate(st.id), "sse update")).payload!).id).toBe(st.id);
    await tag.waitFor(isUpdate(st.id), "sse hashtag update");
    user.close();
    tag.close();
    const refused = await fetch(`${base}/api/v1/streaming/user`);
    expect(refused.status).toBe(401);
    const badList = await fetch(`${base}/api/v1/streaming/list?list=1`, { headers: { authorization: `Bearer ${bob.token}` } });
    expect(badList.status).toBe(400);
  });
});
