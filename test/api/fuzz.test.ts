// Property test: random bodies thrown at every write route must never produce a 500 — malformed input
// gets a Mastodon-style JSON error with a 4xx status.
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestServer, createUser, type TestServer, type TestUser } from "../helpers.js";

let s: TestServer;
let user: TestUser;
let other: TestUser;
let statusId: string;

beforeAll(async () => {
  s = await createTestServer();
  user = await createUser(s, "fuzzer", { role: "admin" });
  other = await createUser(s, "target");
  const res = await s.app.inject({ method: "POST", url: "/api/v1/statuses", headers: { authorization: `Bearer ${other.token}`, "content-type": "application/json" }, payload: JSON.stringify({ status: "fuzz target" }) });
  statusId = JSON.parse(res.body).id;
});
afterAll(async () => {
  await s.close();
});

const SKIP = new Set(["/oauth/authorize", "/auth/sign_up", "/auth/sign_out"]); // HTML forms, tested separately

function fill(url: string, pick: number): string {
  const ids = [statusId, other.id, "999999999999999999", "abc", "-1", "%2e%2e"];
  return url.replace(/:([a-z_]+)/gi, (_m, name: string) => {
    if (/name|hashtag|tag/.test(name)) return "fuzz";
    if (/group_key/.test(name)) return "ungrouped-1";
    return encodeURIComponent(ids[pick % ids.length]);
  });
}

const body = fc.oneof(
  fc.anything({ maxDepth: 3 }),
  fc.dictionary(fc.constantFrom("status", "id", "account_id", "media_ids", "poll", "visibility", "title", "limit", "choices", "description", "focus", "comment", "category", "display_name", "note", "fields_attributes", "scheduled_at", "expires_in", "context", "keywords_attributes", "locked", "type", "duration"), fc.anything({ maxDepth: 2 })),
);

describe("random bodies on write routes", () => {
  it("never answer 500", async () => {
    const writes = s.app.routeTable.filter((r) => ["POST", "PUT", "PATCH", "DELETE"].includes(r.method) && !SKIP.has(r.url) && !r.url.includes("*"));
    expect(writes.length).toBeGreaterThan(3);
    const failures: string[] = [];
    for (const route of writes) {
      await fc.assert(
        fc.asyncProperty(body, fc.nat(), fc.boolean(), async (payload, pick, asForm) => {
          const url = fill(route.url, pick);
          let encoded: string;
          let type: string;
          if (asForm && payload && typeof payload === "object") {
            type = "application/x-www-form-urlencoded";
            encoded = Object.entries(payload as object).map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(String(v))}`).join("&");
          } else {
            type = "application/json";
            encoded = JSON.stringify(payload) ?? "null";
          }
          const res = await s.app.inject({ method: route.method as "POST", url, headers: { authorization: `Bearer ${user.token}`, "content-type": type }, payload: encoded });
          if (res.statusCode >= 500) failures.push(`${route.method} ${url} ${encoded.slice(0, 200)} → ${res.statusCode} ${res.body.slice(0, 200)}`);
          return res.statusCode < 500;
        }),
        { numRuns: 12, seed: 20261123, endOnFailure: true },
      ).catch(() => undefined);
    }
    expect(failures).toEqual([]);
  }, 120_000);
});
