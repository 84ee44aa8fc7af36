// Every social-graph, list and tag route must answer malformed input with a 4xx, never a 500.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { api, createTestServer, createUser, type TestServer, type TestUser } from "../../../test/helpers.js";

let s: TestServer;
let me: TestUser;
let other: TestUser;
let listId: string;
beforeAll(async () => {
  s = await createTestServer();
  me = await createUser(s, "malformed");
  other = await createUser(s, "target");
  listId = (await api(s, "POST", "/api/v1/lists", { token: me.token, body: { title: "l" } })).body.id;
});
afterAll(async () => {
  await s.close();
});

const huge = "9".repeat(100_000);
const bodies: unknown[] = [
  { reblogs: { a: 1 }, notify: [1, 2], languages: "x".repeat(5000), duration: "soon", notifications: {}, comment: { a: 1 } },
  { title: ["a", "b", { c: 1 }], replies_policy: 7, exclusive: "maybe", account_ids: { evil: { nested: true } } },
  { name: huge, domain: huge, account_ids: Array.from({ length: 600 }, (_, i) => String(i)) },
  { domain: null, name: null, title: null, account_ids: null },
  [1, 2, 3],
  "just a string",
];
const queries = ["?limit=abc", "?limit=-1", "?max_id[]=1&max_id[x]=2", `?id[]=${"1".repeat(5000)}`, "?id[a][b]=1", "?with_suspended=perhaps", `?min_id=${huge.slice(0, 2000)}`];

function routes(): [string, string][] {
  const a = other.id;
  return [
    ...["follow", "unfollow", "block", "unblock", "mute", "unmute", "note", "pin", "unpin", "endorse", "unendorse", "remove_from_followers"].map((x) => ["POST", `/api/v1/accounts/${a}/${x}`] as [string, string]),
    ["GET", "/api/v1/accounts/relationships"], ["GET", "/api/v1/accounts/familiar_followers"],
    ["GET", `/api/v1/accounts/${a}/followers`], ["GET", `/api/v1/accounts/${a}/following`], ["GET", `/api/v1/accounts/${a}/endorsements`],
    ["GET", `/api/v1/accounts/${a}/lists`], ["GET", `/api/v1/accounts/${a}/featured_tags`],
    ["GET", "/api/v1/follow_requests"], ["POST", `/api/v1/follow_requests/${a}/authorize`], ["POST", `/api/v1/follow_requests/${a}/reject`],
    ["GET", "/api/v1/blocks"], ["GET", "/api/v1/mutes"], ["GET", "/api/v1/endorsements"],
    ["GET", "/api/v1/domain_blocks"], ["POST", "/api/v1/domain_blocks"], ["DELETE", "/api/v1/domain_blocks"],
    ["GET", "/api/v1/lists"], ["POST", "/api/v1/lists"], ["GET", `/api/v1/lists/${listId}`], ["PUT", `/api/v1/lists/${listId}`],
    ["GET", `/api/v1/lists/${listId}/accounts`], ["POST", `/api/v1/lists/${listId}/accounts`], ["DELETE", `/api/v1/lists/${listId}/accounts`],
    ["GET", "/api/v1/tags/x"], ["POST", "/api/v1/tags/x/follow"], ["POST", "/api/v1/tags/x/unfollow"], ["POST", "/api/v1/tags/x/feature"],
    ["POST", "/api/v1/tags/x/unfeature"], ["GET", "/api/v1/followed_tags"], ["GET", "/api/v1/featured_tags"], ["POST", "/api/v1/featured_tags"],
    ["DELETE", "/api/v1/featured_tags/123"], ["GET", "/api/v1/featured_tags/suggestions"],
    ["GET", "/api/v2/suggestions"], ["GET", "/api/v1/suggestions"], ["DELETE", `/api/v1/suggestions/${a}`],
  ];
}

describe("malformed input", () => {
  it("never produces a 500 on any route", async () => {
    const failures: string[] = [];
    for (const [method, url] of routes()) {
      const attempts: { url: string; body?: unknown }[] = [
        ...queries.map((q) => ({ url: `${url}${q}` })),
        ...(method === "GET" ? [] : bodies.map((body) => ({ url, body }))),
      ];
      for (const attempt of attempts) {
        const res = await s.app.inject({
          method: method as "GET",
          url: attempt.url,
          headers: { authorization: `Bearer ${me.token}`, ...(attempt.body !== undefined ? { "content-type": "application/json" } : {}) },
          payload: attempt.body !== undefined ? JSON.stringify(attempt.body) : undefined,
        });
        if (res.statusCode >= 500) failures.push(`${method} ${attempt.url.slice(0, 80)} ${JSON.stringify(attempt.body)?.slice(0, 80)} → ${res.statusCode} ${res.body}`);
      }
    }
    expect(failures).toEqual([]);
  });

  it("answers odd path ids with 404 Record not found", async () => {
    for (const id of ["0", "-1", "abc", "%00", "1%27%20OR%20%271%27=%271", "9".repeat(180)]) {
      const res = await api(s, "POST", `/api/v1/accounts/${id}/follow`, { token: me.token });
      expect(res.status).toBe(404);
      expect(res.body).toEqual({ error: "Record not found" });
      expect((await api(s, "GET", `/api/v1/lists/${id}`, { token: me.token })).status).toBe(404);
    }
  });
});
