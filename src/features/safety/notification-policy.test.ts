// Filtering strangers and new accounts, through the v1 and v2 notification policy.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { api, createTestServer, createUser, type TestServer, type TestUser } from "../../../test/helpers.js";
import { follow, publish } from "../timelines/test-util.js";

let s: TestServer;
let me: TestUser, newbie: TestUser, veteran: TestUser, friend: TestUser;
beforeAll(async () => {
  s = await createTestServer();
  [me, newbie, veteran, friend] = await Promise.all(["me", "newbie", "veteran", "friend"].map((n) => createUser(s, n)));
  const longAgo = new Date(Date.now() - 60 * 86_400_000).toISOString();
  await s.ctx.db.updateTable("accounts").set({ created_at: longAgo }).where("id", "in", [veteran.id, friend.id]).execute();
  await follow(s, me, friend);
});
afterAll(async () => s.close());

const from = async (query = "") => (await api(s, "GET", `/api/v1/notifications${query}`, { token: me.token })).body.map((n: any) => n.account.username);

describe("notification policy v1", () => {
  it("has Mastodon 4.3's v1 shape and defaults", async () => {
    const res = await api(s, "GET", "/api/v1/notifications/policy", { token: me.token });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      filter_not_following: false, filter_not_followers: false, filter_new_accounts: false, filter_private_mentions: true,
      summary: { pending_requests_count: 0, pending_notifications_count: 0 },
    });
    expect((await api(s, "PUT", "/api/v1/notifications/policy", { token: me.token, body: { filter_new_accounts: "perhaps" } })).status).toBe(422);
    expect((await api(s, "GET", "/api/v1/notifications/policy")).status).toBe(401);
  });

  it("filters accounts younger than 30 days, and v2 shows the same setting", async () => {
    const put = await api(s, "PUT", "/api/v1/notifications/policy", { token: me.token, body: { filter_new_accounts: true } });
    expect(put.body).toMatchObject({ filter_new_accounts: true, filter_not_following: false });
    expect((await api(s, "GET", "/api/v2/notifications/policy", { token: me.token })).body.for_new_accounts).toBe("filter");
    await publish(s, newbie, "@me chào bạn, mình mới tham gia");
    await publish(s, veteran, "@me hello from an old account");
    expect(await from()).toEqual(["veteran"]);
    expect(await from("?include_filtered=true")).toEqual(["veteran", "newbie"]);
    const summary = (await api(s, "GET", "/api/v1/notifications/policy", { token: me.token })).body.summary;
    expect(summary).toEqual({ pending_requests_count: 1, pending_notifications_count: 1 });
  });

  it("filters accounts you don't follow, and turns filtering off again", async () => {
    await api(s, "PUT", "/api/v1/notifications/policy", { token: me.token, body: { filter_new_accounts: false, filter_not_following: true } });
    await publish(s, friend, "@me see you soon");
    expect(await from()).toEqual(["friend"]);
    await api(s, "PUT", "/api/v1/notifications/policy", { token: me.token, body: { filter_not_following: false } });
    expect(await from()).toEqual(["friend", "veteran", "newbie"]);
  });
});
