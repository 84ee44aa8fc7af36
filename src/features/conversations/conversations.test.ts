import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { api, createTestServer, createUser, type TestServer, type TestUser } from "../../../test/helpers.js";
import { linkRel, publish } from "../timelines/test-util.js";

let s: TestServer;
let alice: TestUser;
let bob: TestUser;
let carol: TestUser;
beforeAll(async () => {
  s = await createTestServer();
  [alice, bob, carol] = await Promise.all(["alice", "bob", "carol"].map((n) => createUser(s, n)));
});
afterAll(async () => {
  await s.close();
});

const inbox = async (user: TestUser, query = "") => {
  const res = await api(s, "GET", `/api/v1/conversations${query}`, { token: user.token });
  expect(res.status).toBe(200);
  return res;
};

describe("conversations", () => {
  it("keeps a DM inbox per participant: unread for recipients, read for the sender", async () => {
    const dm = await publish(s, alice, { status: "@bob @carol secret plans", visibility: "direct" });
    const [mine] = (await inbox(alice)).body;
    expect(mine).toMatchObject({ unread: false, last_status: { id: dm.id } });
    expect(mine.accounts.map((a: any) => a.id).sort()).toEqual([bob.id, carol.id].sort());
    const [bobs] = (await inbox(bob)).body;
    expect(bobs.unread).toBe(true);
    expect(bobs.accounts.map((a: any) => a.id).sort()).toEqual([alice.id, carol.id].sort());
    const reply = await publish(s, bob, { status: "@alice ok", in_reply_to_id: dm.id, visibility: "direct" });
    expect((await inbox(alice)).body[0]).toMatchObject({ id: mine.id, unread: true, last_status: { id: reply.id } });
    const read = await api(s, "POST", `/api/v1/conversations/${bobs.id}/read`, { token: bob.token });
    expect(read.body.unread).toBe(false);
    expect((await api(s, "POST", `/api/v1/conversations/${bobs.id}/read`, { token: carol.token })).status).toBe(404);
  });

  it("falls back to the previous message when the last one is deleted, and paginates", async () => {
    const first = await publish(s, carol, { status: "@alice one", visibility: "direct" });
    const second = await publish(s, carol, { status: "@alice two", in_reply_to_id: first.id, visibility: "direct" });
    expect((await inbox(alice)).body[0].last_status.id).toBe(second.id);
    await api(s, "DELETE", `/api/v1/statuses/${second.id}`, { token: carol.token });
    await s.ctx.jobs.drain();
    expect((await inbox(alice)).body[0].last_status.id).toBe(first.id);
    const page = await inbox(alice, "?limit=1");
    expect(page.body).toHaveLength(1);
    const next = await api(s, "GET", linkRel(page.headers.link, "next"), { token: alice.token });
    expect(next.body).toHaveLength(1);
    expect(next.body[0].id).not.toBe(page.body[0].id);
  });

  it("removes a conversation from one inbox only", async () => {
    const [c] = (await inbox(carol)).body;
    expect((await api(s, "DELETE", `/api/v1/conversations/${c.id}`, { token: carol.token })).status).toBe(200);
    expect((await inbox(carol)).body.map((x: any) => x.id)).not.toContain(c.id);
    expect((await inbox(alice)).body.length).toBe(2);
  });
});
