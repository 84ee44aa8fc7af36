import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { api, createTestServer, createUser, type TestServer, type TestUser } from "../../../test/helpers.js";
import { block, follow, jobsOfKind, notificationsOf, post } from "./test-util.js";

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

describe("favourites", () => {
  it("is idempotent, counts once, notifies the author and is undone with its notification", async () => {
    const st = await post(s, alice, { status: "like me" });
    const a = await act(bob, st.id, "favourite");
    expect(a.status).toBe(200);
    expect(a.body).toMatchObject({ id: st.id, favourited: true, favourites_count: 1 });
    expect((await act(bob, st.id, "favourite")).body.favourites_count).toBe(1);
    expect(await notificationsOf(s, alice.id, "favourite")).toHaveLength(1);
    const un = await act(bob, st.id, "unfavourite");
    expect(un.body).toMatchObject({ favourited: false, favourites_count: 0 });
    expect((await act(bob, st.id, "unfavourite")).body.favourites_count).toBe(0);
    expect(await notificationsOf(s, alice.id, "favourite")).toHaveLength(0);
  });

  it("favouriting a boost favourites the original", async () => {
    const st = await post(s, alice, { status: "original" });
    const boost = await act(carol, st.id, "reblog");
    const fav = await act(bob, boost.body.id, "favourite");
    expect(fav.body.id).toBe(st.id);
    expect(fav.body.favourites_count).toBe(1);
  });

  it("answers 404 for hidden statuses, 403 when the actor blocks the author, and checks scopes", async () => {
    const priv = await post(s, alice, { status: "followers", visibility: "private" });
    expect((await act(carol, priv.id, "favourite")).status).toBe(404);
    expect((await act(carol, "999999999999999999", "favourite")).status).toBe(404);
    expect((await act(carol, "../etc", "favourite")).status).toBe(404);
    const pub = await post(s, alice, { status: "public" });
    const dave = await createUser(s, "dave");
    await block(s, dave, alice);
    expect((await act(dave, pub.id, "favourite")).status).toBe(403);
    const erin = await createUser(s, "erin");
    await block(s, alice, erin);
    expect((await act(erin, pub.id, "favourite")).status).toBe(404);
    const reader = await createUser(s, "reader", { scopes: ["read"] });
    expect((await act(reader, pub.id, "favourite")).status).toBe(403);
    const favOnly = await createUser(s, "favonly", { scopes: ["write:favourites"] });
    expect((await act(favOnly, pub.id, "favourite")).status).toBe(200);
    expect((await act(favOnly, pub.id, "bookmark")).status).toBe(403);
    expect((await api(s, "POST", `/api/v1/statuses/${pub.id}/favourite`)).status).toBe(401);
  });
});

describe("reblogs", () => {
  it("creates one boost row, counts, notifies, distributes; unreblog soft-deletes and undistributes", async () => {
    const st = await post(s, alice, { status: "boost me" });
    const before = (await api(s, "GET", "/api/v1/accounts/verify_credentials", { token: bob.token })).body.statuses_count;
    const r = await act(bob, st.id, "reblog", { visibility: "unlisted" });
    expect(r.status).toBe(200);
    expect(r.body.reblog).toMatchObject({ id: st.id, reblogs_count: 1, reblogged: true });
    expect(r.body.visibility).toBe("unlisted");
    const again = await act(bob, st.id, "reblog");
    expect(again.body.id).toBe(r.body.id);
    expect((await api(s, "GET", `/api/v1/statuses/${st.id}`)).body.reblogs_count).toBe(1);
    expect((await api(s, "GET", "/api/v1/accounts/verify_credentials", { token: bob.token })).body.statuses_count).toBe(before + 1);
    const notes = await notificationsOf(s, alice.id, "reblog");
    expect(notes.filter((n) => n.status_id === st.id)).toHaveLength(1);
    expect((await jobsOfKind(s, "status.distribute")).some((j) => j.payload.statusId === r.body.id)).toBe(true);

    const un = await act(bob, st.id, "unreblog");
    expect(un.status).toBe(200);
    expect(un.body).toMatchObject({ id: st.id, reblogged: false, reblogs_count: 0 });
    expect((await api(s, "GET", `/api/v1/statuses/${r.body.id}`)).status).toBe(404);
    const row = await s.ctx.db.selectFrom("statuses").select("deleted_at").where("id", "=", r.body.id).executeTakeFirst();
    expect(row?.deleted_at).toBeTruthy();
    const undist = (await jobsOfKind(s, "status.undistribute")).find((j) => j.payload.statusId === r.body.id);
    expect(undist?.payload).toEqual({ statusId: r.body.id, accountId: bob.id, reblogIds: [] });
    expect((await notificationsOf(s, alice.id, "reblog")).filter((n) => n.status_id === st.id)).toHaveLength(0);
    expect((await api(s, "GET", "/api/v1/accounts/verify_credentials", { token: bob.token })).body.statuses_count).toBe(before);
    expect((await act(bob, st.id, "unreblog")).body.reblogs_count).toBe(0);
  });

  it("refuses followers-only boosts by others and direct boosts; keeps private for the author's own", async () => {
    await follow(s, carol, alice);
    const priv = await post(s, alice, { status: "private", visibility: "private" });
    expect((await act(carol, priv.id, "reblog")).status).toBe(403);
    const own = await act(alice, priv.id, "reblog", { visibility: "public" });
    expect(own.status).toBe(200);
    expect(own.body.visibility).toBe("private");
    const dm = await post(s, alice, { status: "@carol psst", visibility: "direct" });
    expect((await act(carol, dm.id, "reblog")).status).toBe(403);
    expect((await act(alice, dm.id, "reblog")).status).toBe(403);
    const pub = await post(s, alice, { status: "pub" });
    expect((await act(carol, pub.id, "reblog", { visibility: "direct" })).status).toBe(422);
    expect((await act(carol, pub.id, "reblog", { visibility: ["a", { b: 1 }] })).status).toBe(422);
  });
});

describe("bookmarks, pins and conversation mutes", () => {
  it("bookmarks idempotently", async () => {
    const st = await post(s, alice, { status: "save me" });
    expect((await act(bob, st.id, "bookmark")).body.bookmarked).toBe(true);
    expect((await act(bob, st.id, "bookmark")).body.bookmarked).toBe(true);
    expect((await act(bob, st.id, "unbookmark")).body.bookmarked).toBe(false);
    expect((await act(bob, st.id, "unbookmark")).status).toBe(200);
  });

  it("pins only own non-direct posts, at most five", async () => {
    const pinner = await createUser(s, "pinner");
    const other = await post(s, alice, { status: "not yours" });
    expect((await act(pinner, other.id, "pin")).status).toBe(422);
    const dm = await post(s, pinner, { status: "@alice dm", visibility: "direct" });
    expect((await act(pinner, dm.id, "pin")).status).toBe(422);
    const ids: string[] = [];
    for (let i = 0; i < 6; i++) ids.push((await post(s, pinner, { status: `post ${i}`, visibility: i === 0 ? "private" : "public" })).id);
    for (const id of ids.slice(0, 5)) expect((await act(pinner, id, "pin")).body.pinned).toBe(true);
    expect((await act(pinner, ids[0], "pin")).status).toBe(200);
    const sixth = await act(pinner, ids[5], "pin");
    expect(sixth.status).toBe(422);
    expect(sixth.body.error).toMatch(/maximum number/);
    expect((await act(pinner, ids[0], "unpin")).body.pinned).toBe(false);
    expect((await act(pinner, ids[5], "pin")).status).toBe(200);
  });

  it("mutes a conversation: muted flag and no more notifications from it", async () => {
    const st = await post(s, alice, { status: "thread root" });
    const m = await act(alice, st.id, "mute");
    expect(m.body.muted).toBe(true);
    expect((await act(alice, st.id, "mute")).body.muted).toBe(true);
    const before = (await notificationsOf(s, alice.id, "favourite")).length;
    await act(bob, st.id, "favourite");
    expect(await notificationsOf(s, alice.id, "favourite")).toHaveLength(before);
    expect((await act(alice, st.id, "unmute")).body.muted).toBe(false);
    const reader = await createUser(s, "muter", { scopes: ["write:statuses"] });
    expect((await act(reader, st.id, "mute")).status).toBe(403);
  });
});
