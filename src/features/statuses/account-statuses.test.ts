import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { api, createTestServer, createUser, type TestServer, type TestUser } from "../../../test/helpers.js";
import { block, follow, insertMedia, nextMaxId, post } from "./test-util.js";

let s: TestServer;
let alice: TestUser;
let bob: TestUser;
let carol: TestUser;
const posted: Record<string, string> = {};
beforeAll(async () => {
  s = await createTestServer();
  alice = await createUser(s, "alice");
  bob = await createUser(s, "bob");
  carol = await createUser(s, "carol");
  const other = await post(s, bob, { status: "bob's post" });
  const media = await insertMedia(s, alice.id);
  posted.public = (await post(s, alice, { status: "public #Cats" })).id;
  posted.unlisted = (await post(s, alice, { status: "unlisted", visibility: "unlisted" })).id;
  posted.private = (await post(s, alice, { status: "private", visibility: "private" })).id;
  posted.direct = (await post(s, alice, { status: "@bob direct", visibility: "direct" })).id;
  posted.media = (await post(s, alice, { status: "with media", media_ids: [media] })).id;
  posted.replyOther = (await post(s, alice, { status: "@bob reply", in_reply_to_id: other.id })).id;
  posted.selfReply = (await post(s, alice, { status: "thread 2/2", in_reply_to_id: posted.public })).id;
  posted.boost = (await api(s, "POST", `/api/v1/statuses/${other.id}/reblog`, { token: alice.token })).body.id;
  await api(s, "POST", `/api/v1/statuses/${posted.unlisted}/pin`, { token: alice.token });
});
afterAll(async () => {
  await s.close();
});

const list = async (query = "", user?: TestUser) => {
  const res = await api(s, "GET", `/api/v1/accounts/${alice.id}/statuses${query}`, { token: user?.token });
  expect(res.status).toBe(200);
  return res;
};
const ids = (res: { body: any[] }) => res.body.map((x) => x.id);
const named = (...names: string[]) => names.map((n) => posted[n]);

describe("account statuses", () => {
  it("shows each viewer only what they may see", async () => {
    const all = named("boost", "selfReply", "replyOther", "media", "unlisted", "public");
    expect(ids(await list())).toEqual(all);
    expect(ids(await list("", carol))).toEqual(all);
    expect(ids(await list("", bob))).toEqual(named("boost", "selfReply", "replyOther", "media", "direct", "unlisted", "public"));
    expect(ids(await list("", alice))).toEqual(named("boost", "selfReply", "replyOther", "media", "direct", "private", "unlisted", "public"));
    await follow(s, carol, alice);
    expect(ids(await list("", carol))).toContain(posted.private);
    expect(ids(await list("", carol))).not.toContain(posted.direct);
  });

  it("applies pinned, exclude_replies (keeping self-replies), exclude_reblogs, only_media and tagged", async () => {
    expect(ids(await list("?pinned=true"))).toEqual(named("unlisted"));
    expect(ids(await list("?exclude_replies=true"))).toEqual(named("boost", "selfReply", "media", "unlisted", "public"));
    expect(ids(await list("?exclude_reblogs=true&exclude_replies=1"))).toEqual(named("selfReply", "media", "unlisted", "public"));
    expect(ids(await list("?only_media=true"))).toEqual(named("media"));
    expect(ids(await list("?tagged=cats"))).toEqual(named("public"));
  });

  it("paginates with Link headers", async () => {
    const first = await list("?limit=2");
    expect(ids(first)).toEqual(named("boost", "selfReply"));
    const second = await list(`?limit=2&max_id=${nextMaxId(first.headers.link)}`);
    expect(ids(second)).toEqual(named("replyOther", "media"));
    const newer = await list(`?limit=2&min_id=${posted.media}`);
    expect(ids(newer)).toEqual(named("selfReply", "replyOther"));
    expect(ids(await list(`?since_id=${posted.selfReply}`))).toEqual(named("boost"));
    expect((await api(s, "GET", `/api/v1/accounts/${alice.id}/statuses?max_id=../x`)).status).toBe(422);
    expect((await api(s, "GET", `/api/v1/accounts/${alice.id}/statuses?pinned=maybe`)).status).toBe(422);
    expect((await api(s, "GET", "/api/v1/accounts/123/statuses")).status).toBe(404);
  });

  it("is empty for a viewer the author blocks and for suspended accounts; drops boosts of hidden posts", async () => {
    const dave = await createUser(s, "dave");
    await block(s, alice, dave);
    expect((await list("", dave)).body).toEqual([]);
    const erin = await createUser(s, "erin");
    await block(s, erin, bob);
    expect(ids(await list("", erin))).not.toContain(posted.boost);
    await s.ctx.db.updateTable("accounts").set({ suspended_at: new Date().toISOString() }).where("id", "=", alice.id).execute();
    expect((await list()).body).toEqual([]);
    await s.ctx.db.updateTable("accounts").set({ suspended_at: null }).where("id", "=", alice.id).execute();
  });
});
