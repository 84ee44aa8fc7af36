// Every route of the media, filters, instance, reports and search features answers malformed input
// with a Mastodon-style 4xx JSON error, never a 500.
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestServer, createUser, type TestServer, type TestUser } from "../../../test/helpers.js";

let s: TestServer;
let u: TestUser;

beforeAll(async () => {
  s = await createTestServer();
  u = await createUser(s, "fuzzer");
});
afterAll(async () => {
  await s.close();
});

const ROUTES: [string, string][] = [
  ["POST", "/api/v1/media"], ["POST", "/api/v2/media"], ["GET", "/api/v1/media/:id"], ["PUT", "/api/v1/media/:id"], ["DELETE", "/api/v1/media/:id"],
  ["GET", "/system/media/:id"],
  ["GET", "/api/v2/filters"], ["POST", "/api/v2/filters"], ["GET", "/api/v2/filters/:id"], ["PUT", "/api/v2/filters/:id"], ["DELETE", "/api/v2/filters/:id"],
  ["GET", "/api/v2/filters/:id/keywords"], ["POST", "/api/v2/filters/:id/keywords"], ["GET", "/api/v2/filters/keywords/:id"], ["PUT", "/api/v2/filters/keywords/:id"],
  ["DELETE", "/api/v2/filters/keywords/:id"], ["GET", "/api/v2/filters/:id/statuses"], ["POST", "/api/v2/filters/:id/statuses"],
  ["GET", "/api/v2/filters/statuses/:id"], ["DELETE", "/api/v2/filters/statuses/:id"],
  ["GET", "/api/v1/filters"], ["POST", "/api/v1/filters"], ["GET", "/api/v1/filters/:id"], ["PUT", "/api/v1/filters/:id"], ["DELETE", "/api/v1/filters/:id"],
  ["POST", "/api/v1/reports"], ["GET", "/api/v2/search"], ["GET", "/api/v1/accounts/search"], ["GET", "/.well-known/webfinger"],
  ["GET", "/api/v1/trends/tags"], ["GET", "/api/v1/trends/statuses"], ["POST", "/api/v1/announcements/:id/dismiss"],
];

const FIELDS = ["q", "title", "context", "filter_action", "expires_in", "keywords_attributes", "keyword", "whole_word", "status_id", "phrase", "irreversible",
  "description", "focus", "account_id", "status_ids", "rule_ids", "category", "comment", "forward", "limit", "offset", "type", "resource", "following"];

const value = fc.oneof(
  fc.string({ maxLength: 40 }), fc.integer(), fc.double(), fc.boolean(), fc.constant(null), fc.constant("x".repeat(5000)),
  fc.array(fc.oneof(fc.string({ maxLength: 10 }), fc.integer(), fc.constant(null)), { maxLength: 5 }),
  fc.dictionary(fc.string({ maxLength: 8 }), fc.oneof(fc.string({ maxLength: 10 }), fc.integer(), fc.boolean()), { maxKeys: 4 }),
);

describe("malformed input", () => {
  it("never produces a 500 and always answers JSON errors", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...ROUTES),
        fc.oneof(fc.constant("999999999999999999"), fc.constant("..%2F..%2Fetc"), fc.string({ minLength: 1, maxLength: 30 }).map(encodeURIComponent)),
        fc.dictionary(fc.constantFrom(...FIELDS), value, { maxKeys: 6 }),
        fc.boolean(),
        async ([method, path], id, body, asForm) => {
          const url = path.replace(":id", id || "x");
          const query = new URLSearchParams(Object.entries(body).map(([k, v]): [string, string] => [k, typeof v === "string" ? v : JSON.stringify(v)])).toString();
          const headers: Record<string, string> = { authorization: `Bearer ${u.token}` };
          let payload: string | undefined;
          if (method !== "GET" && method !== "DELETE") {
            headers["content-type"] = asForm ? "application/x-www-form-urlencoded" : "application/json";
            payload = asForm ? query : JSON.stringify(body);
          }
          const res = await s.app.inject({ method: method as "GET", url: method === "GET" ? `${url}?${query}` : url, headers, payload });
          expect(res.statusCode).toBeLessThan(500);
          if (res.statusCode >= 400) expect(res.json().error).toEqual(expect.any(String));
        },
      ),
      { numRuns: 300 },
    );
  });
});
