import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { api, createTestServer, createUser, type TestServer, type TestUser } from "../../../test/helpers.js";
import { schemaErrors } from "../../../test/openapi.js";
import { createStatus } from "../statuses/create.js";
import { deleteStatus } from "../statuses/delete.js";

let s: TestServer;
let me: TestUser;
let friend: TestUser;
let stranger: TestUser;
let blocker: TestUser;
let muted: TestUser;
let hidden: TestUser;

const edge = (table: "blocks" | "follows", a: string, b: string, id: string) =>
  table === "follows"
    ? s.ctx.db.insertInto("follows").values({ id, account_id: a, target_account_id: b, show_reblogs: 1, notify: 0, languages: null, created_at: new Date().toISOString() }).execute()
    : s.ctx.db.insertInto("blocks").values({ id, account_id: a, target_account_id: b, created_at: new Date().toISOString() }).execute();

beforeAll(async () => {
  s = await createTestServer();
  me = await createUser(s, "me");
  friend = await createUser(s, "friend");
  stranger = await createUser(s, "stranger");
  blocker = await createUser(s, "blocker");
  muted = await createUser(s, "muted");
  hidden = await createUser(s, "hidden");
  await s.ctx.db.updateTable("accounts").set({ display_name: "Đặng Văn Bình" }).where("id", "=", friend.id).execute();
  await s.ctx.db.updateTable("accounts").set({ indexable: 0 }).where("id", "=", hidden.id).execute();
  await edge("follows", me.id, friend.id, "800000000000000001");
  await edge("blocks", blocker.id, me.id, "800000000000000002");
  await s.ctx.db.insertInto("mutes").values({ id: "800000000000000003", account_id: me.id, target_account_id: muted.id, created_at: new Date().toISOString(), hide_notifications: 1, expires_at: null }).execute();

  await createStatus(s.ctx, friend.id, { text: "Pancakes for breakfast #Breakfast", visibility: "public" });
  await createStatus(s.ctx, friend.id, { text: "Secret pancakes recipe", visibility: "private" });
  await createStatus(s.ctx, stranger.id, { text: "Stranger pancakes, followers only", visibility: "private" });
  await createStatus(s.ctx, stranger.id, { text: "Public pancakes from a stranger #breakfastclub", visibility: "public" });
  await createStatus(s.ctx, blocker.id, { text: "Blocker pancakes", visibility: "public" });
  await createStatus(s.ctx, muted.id, { text: "Muted pancakes", visibility: "public" });
  await createStatus(s.ctx, hidden.id, { text: "Unindexable pancakes", visibility: "public" });
  await createStatus(s.ctx, me.id, { text: "My own pancakes, direct", visibility: "direct" });
  const gone = await createStatus(s.ctx, stranger.id, { text: "Deleted pancakes", visibility: "public" });
  await deleteStatus(s.ctx, stranger.id, gone.id);
});
afterAll(async () => {
  await s.close();
});

const search = (query: string, token?: string) => api(s, "GET", `/api/v2/search?${query}`, { token });

describe("status search", () => {
  it("finds only what the viewer may see, leaving out blocks, mutes, unindexable authors and deleted posts", async () => {
    const res = await search("q=pancakes&type=statuses", me.token);
    expect(res.status).toBe(200);
    const texts = res.body.statuses.map((x: any) => x.content.replace(/<[^>]+>/g, "")).sort();
    // as in Mastodon, a followed account's followers-only post is not searchable unless interacted with
    expect(texts).toEqual(["My own pancakes, direct", "Pancakes for breakfast #Breakfast", "Public pancakes from a stranger #breakfastclub"]);
    expect(schemaErrors("Search", res.body)).toEqual([]);
  });

  it("narrows by account_id and following, and pages with offset", async () => {
    const byStranger = await search(`q=pancakes&type=statuses&account_id=${stranger.id}`, me.token);
    expect(byStranger.body.statuses).toHaveLength(1);
    const followed = await search("q=pancakes&type=statuses&following=true", me.token);
    expect(followed.body.statuses.every((x: any) => x.account.id === friend.id)).toBe(true);
    expect(followed.body.statuses).toHaveLength(1);
    const secret = (await s.ctx.db.selectFrom("statuses").select("id").where("text", "=", "Secret pancakes recipe").executeTakeFirstOrThrow()).id;
    await s.ctx.db.insertInto("bookmarks").values({ id: "800000000000000009", account_id: me.id, status_id: secret, created_at: new Date().toISOString() }).execute();
    expect((await search("q=pancakes&type=statuses&following=true", me.token)).body.statuses).toHaveLength(2);
    const page = await search("q=pancakes&type=statuses&limit=1&offset=1", me.token);
    expect(page.body.statuses).toHaveLength(1);
  });

  it("does not search statuses anonymously and refuses anonymous paging", async () => {
    const res = await search("q=pancakes");
    expect(res.status).toBe(200);
    expect(res.body.statuses).toEqual([]);
    expect((await search("q=pancakes&offset=5")).status).toBe(401);
    expect((await search("q=pancakes&resolve=true")).status).toBe(401);
  });

  it("treats search syntax as plain words", async () => {
    for (const q of ['"pancakes', "pancakes OR *", "NEAR(pancakes breakfast)", "pan:cakes", "-pancakes", "pancakes AND", "'; DROP TABLE statuses; --", "%", "_", "\\"]) {
      const res = await search(`q=${encodeURIComponent(q)}`, me.token);
      expect(res.status).toBe(200);
    }
    expect((await search(`q=${encodeURIComponent("breakfast pancakes")}&type=statuses`, me.token)).body.statuses).toHaveLength(1);
  });
});

describe("account and hashtag search", () => {
  it("finds accounts by handle and by display-name prefix, case-insensitively, exact match first", async () => {
    const res = await search("q=STRANGER&type=accounts", me.token);
    expect(res.body.accounts.map((a: any) => a.username)).toEqual(["stranger"]);
    expect((await search(`q=${encodeURIComponent("@friend@rostra.test")}&type=accounts`, me.token)).body.accounts[0].username).toBe("friend");
    expect((await search(`q=${encodeURIComponent("đặng")}&type=accounts`, me.token)).body.accounts.map((a: any) => a.username)).toEqual(["friend"]);
    expect((await search("q=blocker&type=accounts", me.token)).body.accounts).toEqual([]);
    expect((await search("q=muted&type=accounts", me.token)).body.accounts).toEqual([]);
    expect((await search("q=%25&type=accounts", me.token)).body.accounts).toEqual([]);
    const following = await api(s, "GET", "/api/v1/accounts/search?q=f&following=true", { token: me.token });
    expect(following.body.map((a: any) => a.username)).toEqual(["friend"]);
    const anon = await api(s, "GET", "/api/v1/accounts/search?q=str");
    expect(anon.body.map((a: any) => a.username)).toEqual(["stranger"]);
  });

  it("finds hashtags by prefix, the exact name first", async () => {
    const res = await search("q=%23breakfast&type=hashtags", me.token);
    expect(res.body.hashtags.map((t: any) => t.name.toLowerCase())).toEqual(["breakfast", "breakfastclub"]);
    expect(res.body.hashtags[0].history).toHaveLength(7);
    expect(res.body.hashtags[0].following).toBe(false);
  });

  it("refuses malformed parameters with 4xx", async () => {
    expect((await search("", me.token)).status).toBe(422);
    expect((await search("q=x&type=everything", me.token)).status).toBe(422);
    expect((await search("q=x&limit=lots", me.token)).status).toBe(422);
    expect((await search(`q=${"x".repeat(1001)}`, me.token)).status).toBe(422);
    expect((await search("q=x&account_id=../../etc", me.token)).status).toBe(422);
    const capped = await search("q=pancakes&limit=1000", me.token);
    expect(capped.status).toBe(200);
    const reader = await createUser(s, "writeonly", { scopes: ["write"] });
    expect((await search("q=x", reader.token)).status).toBe(403);
  });
});
