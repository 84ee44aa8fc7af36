import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { api, createTestServer, createUser, type TestServer, type TestUser } from "../../../test/helpers.js";
import { distributeStatus } from "../timelines/distribute.js";
import { act, follow, publish } from "../timelines/test-util.js";

let s: TestServer;
let poster: TestUser, bell: TestUser, plain: TestUser, muter: TestUser, other: TestUser;
beforeAll(async () => {
  s = await createTestServer();
  [poster, bell, plain, muter, other] = await Promise.all(["poster", "bell", "plain", "muter", "other"].map((n) => createUser(s, n)));
  await follow(s, bell, poster, { notify: true });
  await follow(s, plain, poster);
  await follow(s, muter, poster, { notify: true });
  await act(s, muter, `/api/v1/accounts/${poster.id}/mute`, { notifications: true });
});
afterAll(async () => s.close());

const statusNotes = async (u: TestUser) => {
  const res = await api(s, "GET", "/api/v1/notifications?types[]=status", { token: u.token });
  expect(res.status).toBe(200);
  return res.body.map((n: any) => n.status.id);
};

describe("status notifications", () => {
  it("tell followers who asked (notify=true) about new posts they can see, once", async () => {
    const pub = await publish(s, poster, "Hello followers");
    const priv = await publish(s, poster, { status: "Xin chào những người theo dõi", visibility: "private" });
    const thread = await publish(s, poster, { status: "and a second part", in_reply_to_id: pub.id });
    expect(await statusNotes(bell)).toEqual([thread.id, priv.id, pub.id]);
    expect(await statusNotes(plain)).toEqual([]);
    expect(await statusNotes(muter)).toEqual([]);
    // the job may run again (retries): no duplicates
    await distributeStatus(s.ctx, pub.id);
    expect(await statusNotes(bell)).toHaveLength(3);
    const res = await api(s, "GET", "/api/v2/notifications?types[]=status", { token: bell.token });
    expect(res.body.notification_groups.map((g: any) => g.type)).toEqual(["status", "status", "status"]);
  });

  it("skip boosts, direct messages and replies to other people", async () => {
    const before = (await statusNotes(bell)).length;
    const theirs = await publish(s, other, "someone else's post");
    await publish(s, poster, { status: "@other good point", in_reply_to_id: theirs.id });
    await publish(s, poster, { status: "@other psst", visibility: "direct" });
    await act(s, poster, `/api/v1/statuses/${theirs.id}/reblog`);
    expect(await statusNotes(bell)).toHaveLength(before);
  });
});
