import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { api, createTestServer, createUser, type TestServer, type TestUser } from "../../../test/helpers.js";
import { onFollow, onUnfollow } from "./home.js";
import { homeKey } from "./store.js";
import { act, follow, home, linkRel, post, publish } from "./test-util.js";

let s: TestServer;
let alice: TestUser;
let bob: TestUser;
let carol: TestUser;
let dave: TestUser;
beforeAll(async () => {
  s = await createTestServer();
  [alice, bob, carol, dave] = await Promise.all(["alice", "bob", "carol", "dave"].map((n) => createUser(s, n)));
  await follow(s, bob, alice);
  await follow(s, dave, alice, { reblogs: false });
});
afterAll(async () => {
  await s.close();
});

describe("home timeline (fan-out on write)", () => {
  it("pushes a status to the author and followers only", async () => {
    const st = await publish(s, alice, "hello followers");
    // bob never read his home: fan-out leaves it to be rebuilt (new post included) on his first read
    expect(await s.ctx.kv.exists(homeKey(bob.id))).toBe(false);
    expect((await home(s, bob)).ids).toContain(st.id);
    // now cached, it gets the next post from fan-out itself
    const next = await publish(s, alice, "hello again");
    expect(await s.ctx.kv.zrangeDesc(homeKey(bob.id), { limit: 5 })).toContain(next.id);
    expect((await home(s, alice)).ids).toContain(st.id);
    expect((await home(s, carol)).ids).not.toContain(st.id);
  });

  it("sends private statuses to followers only and direct ones to mentioned accounts only", async () => {
    const priv = await publish(s, alice, { status: "followers only", visibility: "private" });
    const dm = await publish(s, alice, { status: "@carol psst", visibility: "direct" });
    const bobHome = (await home(s, bob)).ids;
    expect(bobHome).toContain(priv.id);
    expect(bobHome).not.toContain(dm.id);
    const carolHome = (await home(s, carol)).ids;
    expect(carolHome).toContain(dm.id);
    expect(carolHome).not.toContain(priv.id);
  });

  it("keeps replies to strangers and hidden boosts out, as Mastodon does", async () => {
    const carolPost = await publish(s, carol, "carol speaks");
    const reply = await publish(s, alice, { status: "@carol answer", in_reply_to_id: carolPost.id });
    const selfReply = await publish(s, alice, { status: "thread 2/2", in_reply_to_id: reply.id });
    const bobHome = (await home(s, bob)).ids;
    expect(bobHome).not.toContain(reply.id);
    expect(bobHome).toContain(selfReply.id);
    const boost = await act(s, alice, `/api/v1/statuses/${carolPost.id}/reblog`);
    expect((await home(s, bob)).ids).toContain(boost.id);
    expect((await home(s, dave)).ids).not.toContain(boost.id);
  });

  it("drops deleted statuses at once, and from the store when the job runs", async () => {
    const st = await publish(s, alice, "soon gone");
    expect((await api(s, "DELETE", `/api/v1/statuses/${st.id}`, { token: alice.token })).status).toBe(200);
    expect((await home(s, bob)).ids).not.toContain(st.id);
    await s.ctx.jobs.drain();
    expect(await s.ctx.kv.zrangeDesc(homeKey(bob.id), { limit: 800 })).not.toContain(st.id);
  });

  it("hides muted and blocked authors at read time", async () => {
    const st = await publish(s, alice, "mute me");
    await act(s, bob, `/api/v1/accounts/${alice.id}/mute`);
    expect((await home(s, bob)).ids).not.toContain(st.id);
    await act(s, bob, `/api/v1/accounts/${alice.id}/unmute`);
    expect((await home(s, bob)).ids).toContain(st.id);
    const later = await publish(s, dave, "dave writes");
    await follow(s, carol, dave);
    expect((await home(s, carol)).ids).toContain(later.id);
    await act(s, dave, `/api/v1/accounts/${carol.id}/block`);
    expect((await home(s, carol)).ids).not.toContain(later.id);
  });

  it("rebuilds a timeline from the database when the store lost it", async () => {
    const before = (await home(s, bob)).ids;
    expect(before.length).toBeGreaterThan(0);
    await s.ctx.kv.del(homeKey(bob.id));
    expect(await s.ctx.kv.exists(homeKey(bob.id))).toBe(false);
    expect((await home(s, bob)).ids).toEqual(before);
    expect(await s.ctx.kv.exists(homeKey(bob.id))).toBe(true);
  });

  it("completes a timeline that fan-out started before any read", async () => {
    const erin = await createUser(s, "erin");
    await follow(s, erin, alice);
    await s.ctx.kv.del(homeKey(erin.id));
    const fresh = await publish(s, alice, "first thing erin's store sees");
    const ids = (await home(s, erin, "?limit=40")).ids;
    expect(ids[0]).toBe(fresh.id);
    expect(ids.length).toBeGreaterThan(3);
  });

  it("paginates with max_id, min_id and since_id and a Link header", async () => {
    const mine: string[] = [];
    for (let i = 0; i < 5; i++) mine.push((await post(s, carol, { status: `page ${i}` })).id);
    await s.ctx.jobs.drain();
    const first = await home(s, carol, "?limit=2");
    expect(first.ids).toEqual([mine[4], mine[3]]);
    const second = await home(s, carol, linkRel(first.link, "next").replace("/api/v1/timelines/home", ""));
    expect(second.ids).toEqual([mine[2], mine[1]]);
    const newer = await home(s, carol, linkRel(second.link, "prev").replace("/api/v1/timelines/home", ""));
    expect(newer.ids).toEqual([mine[4], mine[3]]);
    expect((await home(s, carol, `?min_id=${mine[0]}&limit=2`)).ids).toEqual([mine[2], mine[1]]);
    expect((await home(s, carol, `?since_id=${mine[2]}&limit=2`)).ids).toEqual([mine[4], mine[3]]);
    expect((await api(s, "GET", "/api/v1/timelines/home?limit=abc", { token: carol.token })).status).toBe(422);
    expect((await api(s, "GET", "/api/v1/timelines/home")).status).toBe(401);
  });

  it("merges on follow and removes on unfollow (called by the relationship services)", async () => {
    const old = await publish(s, dave, "dave's older post");
    const gina = await createUser(s, "gina");
    await home(s, gina); // materialise gina's cached timeline
    await follow(s, gina, dave);
    expect(await s.ctx.kv.zrangeDesc(homeKey(gina.id), { limit: 800 })).toContain(old.id);
    expect((await home(s, gina)).ids).toContain(old.id);
    await act(s, gina, `/api/v1/accounts/${dave.id}/unfollow`);
    expect(await s.ctx.kv.zrangeDesc(homeKey(gina.id), { limit: 800 })).not.toContain(old.id);
    expect((await home(s, gina)).ids).not.toContain(old.id);
    await follow(s, gina, dave);
    await onUnfollow(s.ctx, gina.id, dave.id); // idempotent and safe to call again
    await onFollow(s.ctx, gina.id, dave.id);
    expect((await home(s, gina)).ids).toContain(old.id);
  });

  it("merges very large accounts at read time instead of pushing (hybrid)", async () => {
    const config = s.ctx.config as { fanoutMaxFollowers?: number };
    config.fanoutMaxFollowers = 0;
    try {
      const star = await createUser(s, "star");
      const fan = await createUser(s, "fan");
      await follow(s, fan, star);
      await home(s, fan);
      const st = await publish(s, star, "to my many fans");
      expect(await s.ctx.kv.zrangeDesc(homeKey(fan.id), { limit: 800 })).not.toContain(st.id);
      expect((await home(s, fan)).ids).toContain(st.id);
    } finally {
      delete config.fanoutMaxFollowers;
    }
  });
});
