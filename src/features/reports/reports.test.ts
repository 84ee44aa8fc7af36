import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { api, createTestServer, createUser, type TestServer, type TestUser } from "../../../test/helpers.js";
import { schemaErrors } from "../../../test/openapi.js";
import { createStatus } from "../statuses/create.js";

let s: TestServer;
let alice: TestUser;
let troll: TestUser;
let other: TestUser;

beforeAll(async () => {
  s = await createTestServer();
  alice = await createUser(s, "alice");
  troll = await createUser(s, "troll");
  other = await createUser(s, "other");
  await s.ctx.db.insertInto("rules").values({ id: "7", text: "No harassment", hint: "", position: 1, created_at: new Date().toISOString() }).execute();
});
afterAll(async () => {
  await s.close();
});

describe("reports", () => {
  it("files a report with statuses and rules and returns the Report entity", async () => {
    const bad = await createStatus(s.ctx, troll.id, { text: "something nasty", visibility: "public" });
    const res = await api(s, "POST", "/api/v1/reports", { token: alice.token, body: { account_id: troll.id, status_ids: [bad.id], comment: "Please look", category: "violation", rule_ids: ["7"], forward: true } });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ action_taken: false, action_taken_at: null, category: "violation", comment: "Please look", forwarded: false, status_ids: [bad.id], rule_ids: ["7"] });
    expect(res.body.target_account.id).toBe(troll.id);
    expect(schemaErrors("Report", res.body)).toEqual([]);
    const row = await s.ctx.db.selectFrom("reports").selectAll().where("id", "=", res.body.id).executeTakeFirstOrThrow();
    expect(row).toMatchObject({ account_id: alice.id, target_account_id: troll.id, category: "violation" });

    const form = await api(s, "POST", "/api/v1/reports", { token: alice.token, form: { account_id: troll.id, "rule_ids[]": "7" } });
    expect(form.body.category).toBe("violation");
    const plain = await api(s, "POST", "/api/v1/reports", { token: alice.token, body: { account_id: troll.id } });
    expect(plain.body).toMatchObject({ category: "other", comment: "", status_ids: null, rule_ids: null });
  });

  it("refuses statuses of other accounts, invisible statuses, unknown rules and malformed input", async () => {
    const others = await createStatus(s.ctx, other.id, { text: "innocent", visibility: "public" });
    const secret = await createStatus(s.ctx, troll.id, { text: "followers only", visibility: "private" });
    const cases: [unknown, number][] = [
      [{ account_id: troll.id, status_ids: [others.id] }, 422],
      [{ account_id: troll.id, status_ids: [secret.id] }, 422],
      [{ account_id: troll.id, status_ids: ["999999999999999999"] }, 422],
      [{ account_id: troll.id, category: "violation", rule_ids: ["404"] }, 422],
      [{ account_id: troll.id, category: "violation" }, 422],
      [{ account_id: troll.id, category: "bogus" }, 422],
      [{ account_id: troll.id, comment: "x".repeat(1001) }, 422],
      [{ account_id: troll.id, status_ids: "not/an/id" }, 422],
      [{ account_id: alice.id }, 422],
      [{}, 422],
      [{ account_id: "999999999999999999" }, 404],
      [{ account_id: { $ne: 1 } }, 422],
    ];
    for (const [body, status] of cases) {
      const res = await api(s, "POST", "/api/v1/reports", { token: alice.token, body });
      expect([res.status, res.body.error ? "error" : "none"]).toEqual([status, "error"]);
    }
    expect((await api(s, "POST", "/api/v1/reports", { body: { account_id: troll.id } })).status).toBe(401);
    const reader = await createUser(s, "reader", { scopes: ["read"] });
    expect((await api(s, "POST", "/api/v1/reports", { token: reader.token, body: { account_id: troll.id } })).status).toBe(403);
  });
});
