import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { api, createTestServer, createUser, type TestServer, type TestUser } from "../../../test/helpers.js";
import { follow, publish } from "../timelines/test-util.js";

let s: TestServer;
let alice: TestUser;
let stranger: TestUser;
let friend: TestUser;
let other: TestUser;
beforeAll(async () => {
  s = await createTestServer();
  [alice, stranger, friend, other] = await Promise.all(["alice", "stranger", "friend", "other"].map((n) => createUser(s, n)));
  await follow(s, alice, friend);
});
afterAll(async () => {
  await s.close();
});

const types = async (query = "") => {
  const res = await api(s, "GET", `/api/v1/notifications${query}`, { token: alice.token });
  expect(res.status).toBe(200);
  return res.body.map((n: any) => `${n.type}:${n.account.username}`);
};

describe("notification policy and requests", () => {
  it("has Mastodon's defaults and validates updates", async () => {
    const res = await api(s, "GET", "/api/v2/notifications/policy", { token: alice.token });
    expect(res.body).toEqual({
      for_not_following: "accept", for_not_followers: "accept", for_new_accounts: "accept",
      for_private_mentions: "filter", for_limited_accounts: "filter",
      summary: { pending_requests_count: 0, pending_notifications_count: 0 },
    });
    expect((await api(s, "PATCH", "/api/v2/notifications/policy", { token: alice.token, body: { for_new_accounts: "maybe" } })).status).toBe(422);
  });

  it("holds private mentions from strangers back as a request until accepted", async () => {
    await publish(s, stranger, { status: "@alice hi there", visibility: "direct" });
    await publish(s, friend, { status: "@alice hi friend", visibility: "direct" });
    expect(await types()).toEqual(["mention:friend"]);
    expect(await types("?include_filtered=true")).toEqual(["mention:friend", "mention:stranger"]);
    const reqs = await api(s, "GET", "/api/v1/notifications/requests", { token: alice.token });
    expect(reqs.body).toHaveLength(1);
    expect(reqs.body[0]).toMatchObject({ id: stranger.id, notifications_count: "1" });
    expect(reqs.body[0].account.id).toBe(stranger.id);
    expect(reqs.body[0].last_status.content).toContain("hi there");
    const policy = await api(s, "GET", "/api/v2/notifications/policy", { token: alice.token });
    expect(policy.body.summary).toEqual({ pending_requests_count: 1, pending_notifications_count: 1 });
    expect((await api(s, "POST", `/api/v1/notifications/requests/${stranger.id}/accept`, { token: alice.token })).status).toBe(200);
    expect(await types()).toEqual(["mention:friend", "mention:stranger"]);
    expect((await api(s, "GET", "/api/v1/notifications/requests", { token: alice.token })).body).toEqual([]);
  });

  it("filters or drops per category", async () => {
    await api(s, "PATCH", "/api/v2/notifications/policy", { token: alice.token, body: { for_not_following: "filter" } });
    await publish(s, other, "@alice public hello");
    expect(await types()).not.toContain("mention:other");
    expect((await api(s, "POST", `/api/v1/notifications/requests/${other.id}/dismiss`, { token: alice.token })).status).toBe(200);
    expect(await types("?include_filtered=true")).not.toContain("mention:other");
    await api(s, "PATCH", "/api/v2/notifications/policy", { token: alice.token, body: { for_not_following: "drop" } });
    await publish(s, other, "@alice again");
    expect(await types("?include_filtered=true")).not.toContain("mention:other");
    expect(await s.ctx.db.selectFrom("notifications").select("id").where("account_id", "=", alice.id).where("from_account_id", "=", other.id).execute()).toEqual([]);
    await publish(s, friend, "@alice friends still get through");
    expect((await types()).filter((t: string) => t === "mention:friend")).toHaveLength(2);
  });
});
