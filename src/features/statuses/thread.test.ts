import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { api, createTestServer, createUser, type TestServer, type TestUser } from "../../../test/helpers.js";
import { block, post } from "./test-util.js";

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

const reply = (user: TestUser, parent: string, text: string, extra: Record<string, unknown> = {}) => post(s, user, { status: text, in_reply_to_id: parent, ...extra });
const ids = (list: any[]) => list.map((x) => x.id);

describe("context", () => {
  it("returns ancestors oldest first and descendants depth-first with self-replies promoted", async () => {
    const root = await post(s, alice, { status: "root" });
    const b1 = await reply(bob, root.id, "bob 1");
    const b1c = await reply(carol, b1.id, "carol under bob");
    const a1 = await reply(alice, root.id, "alice self-reply");
    const a1a = await reply(alice, a1.id, "alice again");
    const c1 = await reply(carol, root.id, "carol 1");
    const ctx = await api(s, "GET", `/api/v1/statuses/${root.id}/context`);
    expect(ctx.status).toBe(200);
    expect(ctx.body.ancestors).toEqual([]);
    // depth-first: b1, b1c, a1, a1a, c1; then alice's self-replies go first
    expect(ids(ctx.body.descendants)).toEqual([a1.id, a1a.id, b1.id, b1c.id, c1.id]);
    const mid = await api(s, "GET", `/api/v1/statuses/${b1c.id}/context`, { token: alice.token });
    expect(ids(mid.body.ancestors)).toEqual([root.id, b1.id]);
    expect(mid.body.descendants).toEqual([]);
  });

  it("hides what the viewer may not see, and blocked or muted accounts' replies", async () => {
    const root = await post(s, alice, { status: "visible root" });
    const priv = await reply(bob, root.id, "followers only", { visibility: "private" });
    const underPriv = await reply(bob, priv.id, "public under private");
    const c = await reply(carol, root.id, "carol says");
    const anon = await api(s, "GET", `/api/v1/statuses/${root.id}/context`);
    expect(ids(anon.body.descendants)).toEqual([underPriv.id, c.id]);
    // bob's reply to himself counts as a self-reply and is promoted
    expect(ids((await api(s, "GET", `/api/v1/statuses/${root.id}/context`, { token: bob.token })).body.descendants)).toEqual([underPriv.id, priv.id, c.id]);

    const dave = await createUser(s, "dave");
    await api(s, "POST", `/api/v1/accounts/${carol.id}/mute`, { token: dave.token });
    expect(ids((await api(s, "GET", `/api/v1/statuses/${root.id}/context`, { token: dave.token })).body.descendants)).toEqual([underPriv.id]);
    const erin = await createUser(s, "erin");
    await block(s, carol, erin);
    expect(ids((await api(s, "GET", `/api/v1/statuses/${root.id}/context`, { token: erin.token })).body.descendants)).toEqual([underPriv.id]);
    // the thread of a hidden status is a 404
    expect((await api(s, "GET", `/api/v1/statuses/${priv.id}/context`)).status).toBe(404);
    expect((await api(s, "GET", "/api/v1/statuses/nope!/context")).status).toBe(404);
  });

  it("keeps deleted posts' replies in place and bounds anonymous depth", async () => {
    const root = await post(s, alice, { status: "chain" });
    let parent = root.id;
    const chain: string[] = [];
    for (let i = 0; i < 25; i++) {
      parent = (await reply(alice, parent, `link ${i}`)).id;
      chain.push(parent);
    }
    await api(s, "DELETE", `/api/v1/statuses/${chain[0]}`, { token: alice.token });
    const anon = await api(s, "GET", `/api/v1/statuses/${root.id}/context`);
    expect(ids(anon.body.descendants)).toEqual(chain.slice(1, 20));
    const signedIn = await api(s, "GET", `/api/v1/statuses/${root.id}/context`, { token: bob.token });
    expect(ids(signedIn.body.descendants)).toEqual(chain.slice(1));
    const leaf = await api(s, "GET", `/api/v1/statuses/${chain[24]}/context`, { token: bob.token });
    expect(ids(leaf.body.ancestors)).toEqual([root.id, ...chain.slice(1, 24)]);
  });
});
