import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { api, createTestServer, createUser, type TestServer, type TestUser } from "../../../test/helpers.js";

let s: TestServer;
let n = 0;
beforeAll(async () => {
  s = await createTestServer();
});
afterAll(async () => {
  await s.close();
});

const user = (prefix: string) => createUser(s, `${prefix}${n++}`);
const ids = (body: { id: string }[]) => body.map((x) => x.id);
const follow = (from: TestUser, to: TestUser) => api(s, "POST", `/api/v1/accounts/${to.id}/follow`, { token: from.token });
const suspend = (u: TestUser) => s.ctx.db.updateTable("accounts").set({ suspended_at: new Date().toISOString() }).where("id", "=", u.id).execute();

function linkTo(link: string, rel: "next" | "prev"): string {
  const url = new URL(new RegExp(`<([^>]+)>; rel="${rel}"`).exec(link)![1]);
  return `${url.pathname}${url.search}`;
}

describe("followers and following", () => {
  it("pages followers newest first by follow order with next and prev links", async () => {
    const star = await user("star");
    const fans: TestUser[] = [];
    for (let i = 0; i < 5; i++) {
      fans.push(await user("fan"));
      await follow(fans[i], star);
    }
    const first = await api(s, "GET", `/api/v1/accounts/${star.id}/followers?limit=2`);
    expect(first.status).toBe(200);
    expect(ids(first.body)).toEqual([fans[4].id, fans[3].id]);
    const second = await api(s, "GET", linkTo(first.headers.link, "next"));
    expect(ids(second.body)).toEqual([fans[2].id, fans[1].id]);
    const third = await api(s, "GET", linkTo(second.headers.link, "next"));
    expect(ids(third.body)).toEqual([fans[0].id]);
    const empty = await api(s, "GET", linkTo(third.headers.link, "next"));
    expect(empty.body).toEqual([]);
    expect(empty.headers.link).toBeUndefined();
    const back = await api(s, "GET", linkTo(third.headers.link, "prev"));
    expect(ids(back.body)).toEqual([fans[2].id, fans[1].id]);
    expect(first.body[0].followers_count).toBe(0);
    expect(first.body[0].following_count).toBe(1);

    const following = await api(s, "GET", `/api/v1/accounts/${fans[0].id}/following`);
    expect(ids(following.body)).toEqual([star.id]);
    expect(following.body[0].followers_count).toBe(5);
  });

  it("hides suspended accounts, and everything from a viewer the owner blocks", async () => {
    const [owner, gone, stays, blocked] = [await user("ow"), await user("gone"), await user("stays"), await user("blk")];
    await follow(gone, owner);
    await follow(stays, owner);
    await suspend(gone);
    expect(ids((await api(s, "GET", `/api/v1/accounts/${owner.id}/followers`)).body)).toEqual([stays.id]);
    await api(s, "POST", `/api/v1/accounts/${blocked.id}/block`, { token: owner.token });
    expect((await api(s, "GET", `/api/v1/accounts/${owner.id}/followers`, { token: blocked.token })).body).toEqual([]);
    expect((await api(s, "GET", `/api/v1/accounts/${gone.id}/following`)).body).toEqual([]);
    expect((await api(s, "GET", "/api/v1/accounts/123/followers")).status).toBe(404);
    expect((await api(s, "GET", `/api/v1/accounts/${owner.id}/followers?limit=-1`)).status).toBe(422);
    expect((await api(s, "GET", `/api/v1/accounts/${owner.id}/followers?limit=100000`)).status).toBe(200);
  });
});

describe("relationships and familiar followers", () => {
  it("returns the full Relationship for each known id, in request order, skipping suspended ones unless asked", async () => {
    const [me, a, b, gone] = [await user("rm"), await user("ra"), await user("rb"), await user("rg")];
    await suspend(gone);
    const res = await api(s, "GET", `/api/v1/accounts/relationships?id[]=${b.id}&id[]=${a.id}&id[]=999&id[]=${gone.id}&id[]=${b.id}`, { token: me.token });
    expect(res.status).toBe(200);
    expect(ids(res.body)).toEqual([b.id, a.id]);
    expect(Object.keys(res.body[0]).sort()).toEqual([
      "blocked_by", "blocking", "domain_blocking", "endorsed", "followed_by", "following", "id", "languages", "muting",
      "muting_expires_at", "muting_notifications", "note", "notifying", "requested", "requested_by", "showing_reblogs",
    ]);
    const withSuspended = await api(s, "GET", `/api/v1/accounts/relationships?id[]=${gone.id}&with_suspended=true`, { token: me.token });
    expect(ids(withSuspended.body)).toEqual([gone.id]);
    const single = await api(s, "GET", `/api/v1/accounts/relationships?id=${a.id}`, { token: me.token });
    expect(ids(single.body)).toEqual([a.id]);
    expect((await api(s, "GET", "/api/v1/accounts/relationships", { token: me.token })).body).toEqual([]);
    expect((await api(s, "GET", `/api/v1/accounts/relationships?id[]=${"9".repeat(70)}`, { token: me.token })).status).toBe(422);
    expect((await api(s, "GET", `/api/v1/accounts/relationships?id[]=${a.id}`)).status).toBe(401);
  });

  it("lists accounts I follow that follow each given account", async () => {
    const [me, friend1, friend2, stranger, target, lonely] = [await user("fm"), await user("f1"), await user("f2"), await user("fs"), await user("ft"), await user("fl")];
    await follow(me, friend1);
    await follow(me, friend2);
    await follow(friend1, target);
    await follow(friend2, target);
    await follow(stranger, target);
    const res = await api(s, "GET", `/api/v1/accounts/familiar_followers?id[]=${target.id}&id[]=${lonely.id}`, { token: me.token });
    expect(res.status).toBe(200);
    expect(res.body.map((x: { id: string }) => x.id)).toEqual([target.id, lonely.id]);
    expect(ids(res.body[0].accounts).sort()).toEqual([friend1.id, friend2.id].sort());
    expect(res.body[1].accounts).toEqual([]);
  });
});

describe("suggestions", () => {
  it("suggests popular discoverable local accounts I have no relationship with, minus dismissed ones", async () => {
    const me = await user("sme");
    const [popular, followed, dismissed, blocker] = [await user("spop"), await user("sfol"), await user("sdis"), await user("sblk")];
    for (const u of [popular, followed, dismissed, blocker]) await s.ctx.db.updateTable("accounts").set({ discoverable: 1, followers_count: 1000 }).where("id", "=", u.id).execute();
    await s.ctx.db.updateTable("accounts").set({ followers_count: 5000 }).where("id", "=", popular.id).execute();
    await follow(me, followed);
    await api(s, "POST", `/api/v1/accounts/${me.id}/block`, { token: blocker.token });
    const del = await api(s, "DELETE", `/api/v1/suggestions/${dismissed.id}`, { token: me.token });
    expect(del.status).toBe(200);
    expect(del.body).toEqual({});

    const res = await api(s, "GET", "/api/v2/suggestions?limit=80", { token: me.token });
    expect(res.status).toBe(200);
    expect(res.body[0]).toMatchObject({ source: "global", sources: ["most_followed"], account: { id: popular.id } });
    const suggested = res.body.map((x: { account: { id: string } }) => x.account.id);
    for (const excluded of [me.id, followed.id, dismissed.id, blocker.id]) expect(suggested).not.toContain(excluded);
    const v1 = await api(s, "GET", "/api/v1/suggestions", { token: me.token });
    expect(v1.body[0].id).toBe(popular.id);
    expect((await api(s, "DELETE", "/api/v1/suggestions/nope", { token: me.token })).status).toBe(404);
    expect((await api(s, "GET", "/api/v2/suggestions?limit=zero", { token: me.token })).status).toBe(422);
  });
});
