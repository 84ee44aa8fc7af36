import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { api, createTestServer, createUser, type TestServer, type TestUser } from "../../../test/helpers.js";
import { insertMedia } from "../statuses/test-util.js";
import { onListChanged } from "./home.js";
import { listKey } from "./store.js";
import { act, follow, publish, timeline } from "./test-util.js";

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

describe("public timelines", () => {
  it("lists public statuses only, anonymously too, with local and only_media", async () => {
    const pub = await publish(s, alice, "public #Cats");
    const unlisted = await publish(s, alice, { status: "unlisted", visibility: "unlisted" });
    const priv = await publish(s, alice, { status: "private", visibility: "private" });
    const media = await publish(s, alice, { status: "with a picture", media_ids: [await insertMedia(s, alice.id)] });
    const anon = (await timeline(s, null, "/api/v1/timelines/public")).ids;
    expect(anon).toContain(pub.id);
    expect(anon).not.toContain(unlisted.id);
    expect(anon).not.toContain(priv.id);
    expect((await timeline(s, bob, "/api/v1/timelines/public?local=true")).ids).toContain(pub.id);
    expect((await timeline(s, bob, "/api/v1/timelines/public?remote=true")).ids).toEqual([]);
    expect((await timeline(s, bob, "/api/v1/timelines/public?only_media=true")).ids).toEqual([media.id]);
    expect((await api(s, "GET", "/api/v1/timelines/public?local=maybe")).status).toBe(422);
  });

  it("hides accounts the viewer blocks or mutes, and those blocking the viewer", async () => {
    const st = await publish(s, carol, "carol in public");
    expect((await timeline(s, bob, "/api/v1/timelines/public")).ids).toContain(st.id);
    await act(s, bob, `/api/v1/accounts/${carol.id}/mute`);
    expect((await timeline(s, bob, "/api/v1/timelines/public")).ids).not.toContain(st.id);
    await act(s, bob, `/api/v1/accounts/${carol.id}/unmute`);
    await act(s, carol, `/api/v1/accounts/${bob.id}/block`);
    expect((await timeline(s, bob, "/api/v1/timelines/public")).ids).not.toContain(st.id);
    expect((await timeline(s, bob, "/api/v1/timelines/tag/carolsays")).ids).toEqual([]);
    await act(s, carol, `/api/v1/accounts/${bob.id}/unblock`);
  });

  it("filters hashtag timelines with any, all and none", async () => {
    const a = await publish(s, bob, "#fox #dog");
    const b = await publish(s, bob, "#fox only");
    const c = await publish(s, bob, "#dog only");
    await publish(s, bob, { status: "#fox but private", visibility: "private" });
    expect((await timeline(s, null, "/api/v1/timelines/tag/fox")).ids).toEqual([b.id, a.id]);
    expect((await timeline(s, null, "/api/v1/timelines/tag/FOX?any[]=dog")).ids).toEqual([c.id, b.id, a.id]);
    expect((await timeline(s, null, "/api/v1/timelines/tag/fox?all[]=dog")).ids).toEqual([a.id]);
    expect((await timeline(s, null, "/api/v1/timelines/tag/fox?none[]=dog")).ids).toEqual([b.id]);
    expect((await timeline(s, null, "/api/v1/timelines/tag/nosuchtag")).ids).toEqual([]);
  });

  it("finds statuses linking to a URL (substring match)", async () => {
    const st = await publish(s, alice, "read https://example.com/article_1 now");
    await publish(s, alice, "read https://example.com/articleX1 too");
    expect((await timeline(s, null, "/api/v1/timelines/link?url=https://example.com/article_1")).ids).toEqual([st.id]);
    expect((await api(s, "GET", "/api/v1/timelines/link")).status).toBe(422);
  });
});

describe("list timelines", () => {
  it("shows members' statuses to the owner only, cached and rebuilt", async () => {
    await follow(s, carol, alice);
    const list = await api(s, "POST", "/api/v1/lists", { token: carol.token, body: { title: "friends" } });
    expect(list.status).toBe(200);
    const id = list.body.id;
    expect((await api(s, "POST", `/api/v1/lists/${id}/accounts`, { token: carol.token, body: { account_ids: [alice.id] } })).status).toBe(200);
    await onListChanged(s.ctx, id);
    const before = await publish(s, alice, { status: "for followers", visibility: "private" });
    // nobody read the list since it changed: fan-out leaves its timeline to the rebuild on first read
    expect(await s.ctx.kv.exists(listKey(id))).toBe(false);
    let ids = (await timeline(s, carol, `/api/v1/timelines/list/${id}`)).ids;
    expect(ids[0]).toBe(before.id);
    expect(ids.length).toBeGreaterThan(1); // older posts came from the rebuild
    // once read, the cached timeline gets new posts from fan-out
    const after = await publish(s, alice, { status: "for followers, again", visibility: "private" });
    expect(await s.ctx.kv.zrangeDesc(listKey(id), { limit: 10 })).toContain(after.id);
    ids = (await timeline(s, carol, `/api/v1/timelines/list/${id}`)).ids;
    expect(ids.slice(0, 2)).toEqual([after.id, before.id]);
    await s.ctx.kv.del(listKey(id));
    expect((await timeline(s, carol, `/api/v1/timelines/list/${id}`)).ids).toEqual(ids);
    expect((await api(s, "GET", `/api/v1/timelines/list/${id}`, { token: bob.token })).status).toBe(404);
  });
});
