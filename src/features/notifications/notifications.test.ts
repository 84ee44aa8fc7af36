import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { api, createTestServer, createUser, type TestServer, type TestUser } from "../../../test/helpers.js";
import { act, follow, linkRel, publish } from "../timelines/test-util.js";

let s: TestServer;
let alice: TestUser;
let bob: TestUser;
let carol: TestUser;
let dave: TestUser;
let mine: any;
beforeAll(async () => {
  s = await createTestServer();
  [alice, bob, carol, dave] = await Promise.all(["alice", "bob", "carol", "dave"].map((n) => createUser(s, n)));
  mine = await publish(s, alice, "alice's post");
  await follow(s, bob, alice);
  await follow(s, carol, alice);
  for (const u of [bob, carol, dave]) await act(s, u, `/api/v1/statuses/${mine.id}/favourite`);
  await publish(s, bob, "@alice hello");
});
afterAll(async () => {
  await s.close();
});

const get = async (user: TestUser, path: string) => {
  const res = await api(s, "GET", path, { token: user.token });
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res;
};

describe("notifications v1", () => {
  it("lists notifications with the Mastodon shape, filtered by types, exclude_types and account_id", async () => {
    const all = (await get(alice, "/api/v1/notifications")).body;
    expect(all.map((n: any) => n.type)).toEqual(["mention", "favourite", "favourite", "favourite", "follow", "follow"]);
    const fav = all[1];
    expect(Object.keys(fav).sort()).toEqual(["account", "created_at", "group_key", "id", "status", "type"]);
    expect(fav.status.id).toBe(mine.id);
    expect(fav.group_key).toBe(`favourite-${mine.id}`);
    expect(all[4].status).toBeUndefined();
    expect((await get(alice, "/api/v1/notifications?types[]=follow")).body.length).toBe(2);
    expect((await get(alice, "/api/v1/notifications?exclude_types[]=favourite&exclude_types[]=follow")).body.map((n: any) => n.type)).toEqual(["mention"]);
    expect((await get(alice, `/api/v1/notifications?account_id=${dave.id}`)).body.map((n: any) => n.type)).toEqual(["favourite"]);
    expect((await get(alice, `/api/v1/notifications/${fav.id}`)).body.id).toBe(fav.id);
    expect((await api(s, "GET", `/api/v1/notifications/${fav.id}`, { token: bob.token })).status).toBe(404);
  });

  it("paginates with a Link header", async () => {
    const first = await get(alice, "/api/v1/notifications?limit=4");
    expect(first.body.length).toBe(4);
    const next = await get(alice, linkRel(first.headers.link, "next"));
    expect(next.body.map((n: any) => n.type)).toEqual(["follow", "follow"]);
    const prev = await get(alice, linkRel(next.headers.link, "prev"));
    expect(prev.body.map((n: any) => n.id)).toEqual(first.body.slice(0, 4).map((n: any) => n.id).slice(-4));
  });

  it("counts unread notifications after the marker", async () => {
    const all = (await get(alice, "/api/v1/notifications")).body;
    expect((await get(alice, "/api/v1/notifications/unread_count")).body).toEqual({ count: 6 });
    await api(s, "POST", "/api/v1/markers", { token: alice.token, body: { notifications: { last_read_id: all[2].id } } });
    expect((await get(alice, "/api/v1/notifications/unread_count")).body).toEqual({ count: 2 });
    expect((await get(alice, "/api/v2/notifications/unread_count")).body).toEqual({ count: 2 });
  });

  it("hides notifications about statuses the recipient can no longer see, and from blocked accounts", async () => {
    const priv = await publish(s, carol, { status: "@alice between us", visibility: "private" });
    const ids = () => get(alice, "/api/v1/notifications?types[]=mention").then((r) => r.body.map((n: any) => n.status.id));
    expect(await ids()).toContain(priv.id);
    // visibility can be narrowed behind our back (moderation holds the status)
    await s.ctx.db.updateTable("statuses").set({ moderation_state: "held" }).where("id", "=", priv.id).execute();
    expect(await ids()).not.toContain(priv.id);
    await act(s, alice, `/api/v1/accounts/${dave.id}/block`);
    expect((await get(alice, `/api/v1/notifications?account_id=${dave.id}`)).body).toEqual([]);
  });

  it("dismisses one and clears all", async () => {
    const z = await createUser(s, "zed");
    await follow(s, bob, z);
    await follow(s, carol, z);
    const list = (await get(z, "/api/v1/notifications")).body;
    expect(list.length).toBe(2);
    expect((await api(s, "POST", `/api/v1/notifications/${list[0].id}/dismiss`, { token: z.token })).status).toBe(200);
    expect((await get(z, "/api/v1/notifications")).body.length).toBe(1);
    expect((await api(s, "POST", `/api/v1/notifications/${list[0].id}/dismiss`, { token: z.token })).status).toBe(404);
    await api(s, "POST", "/api/v1/notifications/clear", { token: z.token });
    expect((await get(z, "/api/v1/notifications")).body).toEqual([]);
  });
});

describe("grouped notifications v2", () => {
  it("groups favourites of one status and follows, with accounts and statuses alongside", async () => {
    const res = (await get(alice, "/api/v2/notifications")).body;
    const types = res.notification_groups.map((g: any) => g.type);
    expect(types).toEqual(["mention", "favourite", "follow"]); // carol's mention is held by moderation now
    const favs = res.notification_groups[1];
    expect(favs.group_key).toBe(`favourite-${mine.id}`);
    expect(favs.notifications_count).toBe(2); // dave is blocked now
    expect(favs.status_id).toBe(mine.id);
    expect(favs.sample_account_ids.sort()).toEqual([bob.id, carol.id].sort());
    expect(favs.page_min_id <= favs.page_max_id).toBe(true);
    expect(res.accounts.map((a: any) => a.id)).toEqual(expect.arrayContaining([bob.id, carol.id]));
    expect(res.statuses.map((x: any) => x.id)).toContain(mine.id);
    expect(res.notification_groups[2].notifications_count).toBe(2);
    const ungrouped = (await get(alice, "/api/v2/notifications?grouped_types[]=follow")).body.notification_groups;
    expect(ungrouped.filter((g: any) => g.type === "favourite").length).toBe(2);
  });

  it("shows, lists accounts of and dismisses one group", async () => {
    const key = `favourite-${mine.id}`;
    const one = (await get(alice, `/api/v2/notifications/${key}`)).body;
    expect(one.notification_groups).toHaveLength(1);
    const accounts = (await get(alice, `/api/v2/notifications/${key}/accounts`)).body;
    expect(accounts.map((a: any) => a.id).sort()).toEqual([bob.id, carol.id].sort());
    expect((await api(s, "POST", `/api/v2/notifications/${key}/dismiss`, { token: alice.token })).status).toBe(200);
    expect((await api(s, "GET", `/api/v2/notifications/${key}`, { token: alice.token })).status).toBe(404);
  });
});
