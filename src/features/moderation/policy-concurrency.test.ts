// Concurrent saves of the moderation policy through the admin API, over real HTTP: every save becomes
// the next version, in some order, each building on the one before — never a 500 or a lost change.
// A save made from a form loaded at an older version gets a 409 instead of undoing a newer change.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestServer, createUser, type TestServer, type TestUser } from "../../../test/helpers.js";
import { verifyAuditChain } from "./audit.js";
import { PolicyConflictError, updatePolicy } from "./policy-store.js";

let s: TestServer;
let admin: TestUser;
let base: string;
const P = "/api/v1/rostra/admin/policy";

beforeAll(async () => {
  s = await createTestServer();
  base = (await s.app.listen({ port: 0, host: "127.0.0.1" })).replace("localhost", "127.0.0.1");
  admin = await createUser(s, "policyadmin", { role: "admin" });
});
afterAll(async () => s.close());

async function put(body: unknown): Promise<{ status: number; body: any }> {
  const res = await fetch(`${base}${P}`, { method: "PUT", headers: { authorization: `Bearer ${admin.token}`, "content-type": "application/json" }, body: JSON.stringify(body) });
  return { status: res.status, body: await res.json() };
}

async function current(): Promise<any> {
  return (await fetch(`${base}${P}`, { headers: { authorization: `Bearer ${admin.token}` } })).json();
}

describe("concurrent policy saves", () => {
  it("all succeed, in order, each building on the previous version", async () => {
    const before = (await current()).version as number;
    // each request changes a different category, so a lost update would show as a missing change
    const cats = ["violence_threat", "violence_incitement", "hate", "harassment", "sexual", "self_harm", "spam", "illegal_other"];
    const results = await Promise.all(cats.map((cat, i) => put({ thresholds: { [cat]: { queue: 0.3 + i / 100 } } })));
    for (const r of results) expect(r.status, JSON.stringify(r.body)).toBe(200);
    const versions = results.map((r) => r.body.version as number).sort((a, b) => a - b);
    expect(versions).toEqual(cats.map((_, i) => before + 1 + i));
    const latest = await current();
    expect(latest.version).toBe(before + cats.length);
    cats.forEach((cat, i) => expect(latest.thresholds[cat].queue).toBeCloseTo(0.3 + i / 100));
    // one audit row per version, and the chain still verifies
    expect(await verifyAuditChain(s.ctx)).toMatchObject({ ok: true });
  });

  it("lets one of several saves from the same loaded version through and answers the others with 409", async () => {
    const loaded = (await current()).version as number;
    const results = await Promise.allSettled([1, 2, 3, 4].map((i) => updatePolicy(s.ctx, { strikeDays: 30 + i }, admin.id, { expectedVersion: loaded })));
    const won = results.filter((r) => r.status === "fulfilled");
    const lost = results.filter((r): r is PromiseRejectedResult => r.status === "rejected");
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(3);
    for (const r of lost) {
      expect(r.reason).toBeInstanceOf(PolicyConflictError);
      expect(r.reason.status).toBe(409);
      expect(r.reason.message).toBe(`The moderation policy changed since version ${loaded} (it is now version ${loaded + 1}); reload it and save again`);
    }
    expect((await current()).version).toBe(loaded + 1);
    // the winner's change is the one stored
    expect((await current()).strikeDays).toBe((won[0] as PromiseFulfilledResult<{ strikeDays: number }>).value.strikeDays);
  });

  it("answers 409 over HTTP to concurrent saves of forms loaded at the same version", async () => {
    const loaded = (await current()).version as number;
    const results = await Promise.all([1, 2, 3, 4].map((i) => put({ version: loaded, thresholds: { spam: { queue: 0.5 + i / 100 } } })));
    expect(results.map((r) => r.status).sort()).toEqual([200, 409, 409, 409]);
    for (const r of results.filter((x) => x.status === 409)) expect(r.body.error).toMatch(/^The moderation policy changed since version \d+ \(it is now version \d+\); reload it and save again$/);
    expect((await current()).version).toBe(loaded + 1);
    expect((await put({ version: "seven", strikeDays: 5 })).status).toBe(422);
  });
});
