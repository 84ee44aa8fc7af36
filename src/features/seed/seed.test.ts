import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestServer, type TestServer } from "../../../test/helpers.js";
import { seed } from "./generate.js";

let s: TestServer;
beforeAll(async () => {
  s = await createTestServer();
});
afterAll(async () => {
  await s.close();
});

describe("seed", () => {
  it("writes users, follows and statuses with counters that match the rows", async () => {
    const phases: string[] = [];
    const result = await seed(s.ctx, { users: 40, statuses: 300, medianFollows: 5, celebrityFollowers: 30, onProgress: (p) => phases.push(p) });
    expect(result.accountIds).toHaveLength(40);
    expect(phases).toEqual(expect.arrayContaining(["accounts", "follows", "statuses", "counters"]));
    const db = s.ctx.db;
    const accounts = await db.selectFrom("accounts").selectAll().execute();
    for (const a of accounts) {
      const followers = await db.selectFrom("follows").select((eb) => eb.fn.countAll<number>().as("n")).where("target_account_id", "=", a.id).executeTakeFirstOrThrow();
      const statuses = await db.selectFrom("statuses").select((eb) => eb.fn.countAll<number>().as("n")).where("account_id", "=", a.id).executeTakeFirstOrThrow();
      expect(a.followers_count).toBe(Number(followers.n));
      expect(a.statuses_count).toBe(Number(statuses.n));
    }
    const celebrity = accounts.find((a) => a.id === result.accountIds[0])!;
    expect(celebrity.followers_count).toBeGreaterThanOrEqual(30);
    const replies = await db.selectFrom("statuses").select(["id", "replies_count"]).where("replies_count", ">", 0).execute();
    for (const r of replies.slice(0, 20)) {
      const n = await db.selectFrom("statuses").select((eb) => eb.fn.countAll<number>().as("n")).where("in_reply_to_id", "=", r.id).executeTakeFirstOrThrow();
      expect(r.replies_count).toBe(Number(n.n));
    }
    const ids = new Set(result.statusIds);
    expect(ids.size).toBe(300);
  });
});
