// Settings live in one JSON column: concurrent update_credentials calls must all land.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { api, createTestServer, createUser, type TestServer, type TestUser } from "../../../test/helpers.js";

let s: TestServer;
let u: TestUser;
beforeAll(async () => {
  s = await createTestServer();
  u = await createUser(s, "racer");
});
afterAll(async () => {
  await s.close();
});

describe("update_credentials source settings", () => {
  it("keeps every setting when several updates arrive at once", async () => {
    const updates = [
      { privacy: "unlisted" },
      { sensitive: true },
      { language: "vi" },
      { quote_policy: "followers" },
      { reply_policy: "following" },
      { hide_likely_abuse: true },
    ];
    const results = await Promise.all(updates.map((source) => api(s, "PATCH", "/api/v1/accounts/update_credentials", { token: u.token, body: { source } })));
    expect(results.map((r) => r.status)).toEqual(updates.map(() => 200));
    const me = await api(s, "GET", "/api/v1/accounts/verify_credentials", { token: u.token });
    expect(me.body.source).toMatchObject({ privacy: "unlisted", sensitive: true, language: "vi", reply_policy: "following", hide_likely_abuse: true });
    const prefs = await api(s, "GET", "/api/v1/preferences", { token: u.token });
    expect(prefs.body["posting:default:quote_policy"]).toBe("followers");
  });
});
