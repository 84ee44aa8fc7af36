// A decision about an account taken from the console's users page goes through the moderation
// process: a case, a decision with every statement-of-reasons field, a notice to the person, and
// their appeal. Bad input and other people's tokens get 4xx.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { api, createTestServer, createUser, type TestServer, type TestUser } from "../../../test/helpers.js";

let s: TestServer;
let user: TestUser, mod: TestUser, admin: TestUser;
const A = "/api/v1/rostra/admin";

beforeAll(async () => {
  s = await createTestServer();
  user = await createUser(s, "limitme");
  mod = await createUser(s, "modacc", { role: "moderator" });
  admin = await createUser(s, "bossacc", { role: "admin" });
});
afterAll(async () => s.close());

describe("account decisions from the users page", () => {
  it("records a decision with a statement of reasons and tells the person", async () => {
    const res = await api(s, "POST", `${A}/accounts/${user.id}/decisions`, {
      token: admin.token,
      body: { actions: [{ type: "limit" }], category: "spam", ground: "terms", facts: "Posted the same advert 200 times in an hour." },
    });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body).toMatchObject({ facts: "Posted the same advert 200 times in an hour.", category: "spam" });
    const notes = await api(s, "GET", "/api/v1/notifications?types[]=moderation_warning", { token: user.token });
    expect(notes.body.some((n: any) => n.moderation_warning?.id === res.body.id)).toBe(true);
    const account = await s.ctx.db.selectFrom("accounts").select("silenced_at").where("id", "=", user.id).executeTakeFirstOrThrow();
    expect(account.silenced_at).not.toBeNull();
    // the case holds the staff signal, so the queue and the transparency report count it
    const c = await s.ctx.db.selectFrom("moderation_cases" as never).selectAll().where("account_id" as never, "=", user.id as never).execute();
    expect(c.length).toBeGreaterThan(0);
  });

  it("answers bad input, unknown accounts and non-staff with 4xx", async () => {
    const body = { actions: [{ type: "limit" }], facts: "x" };
    expect((await api(s, "POST", `${A}/accounts/${user.id}/decisions`, { token: user.token, body })).status).toBe(403);
    expect((await api(s, "POST", `${A}/accounts/999999999999999999/decisions`, { token: admin.token, body })).status).toBe(404);
    expect((await api(s, "POST", `${A}/accounts/${user.id}/decisions`, { token: admin.token, body: { facts: "x" } })).status).toBe(422);
    expect((await api(s, "POST", `${A}/accounts/${user.id}/decisions`, { token: admin.token, body: { actions: [{ type: "explode" }], facts: "x" } })).status).toBe(422);
    expect((await api(s, "POST", `${A}/accounts/${user.id}/decisions`, { token: admin.token, body: { actions: [{ type: "limit" }] } })).status).toBe(422);
    // a moderator may not suspend a fellow staff member
    const staff = await api(s, "POST", `${A}/accounts/${admin.id}/decisions`, { token: mod.token, body: { actions: [{ type: "suspend" }], facts: "x" } });
    expect(staff.status).toBeGreaterThanOrEqual(400);
    expect(staff.status).toBeLessThan(500);
  });
});
