// "Nothing is lost": a held post waits for a person however long it takes (no job or expiry removes or
// releases it), its author deleting it keeps the row and its case, and every action a moderator can
// choose is undone by a reversal, back to the exact state before.
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { api, createTestServer, createUser, type TestServer, type TestUser } from "../../../test/helpers.js";
import { issueToken } from "../auth/tokens.js";
import { CHOOSABLE } from "./actions.js";
import { activeStrikes } from "./strikes.js";

let s: TestServer;
let reader: TestUser, mod: TestUser, admin: TestUser;
const A = "/api/v1/rostra/admin";
const realClock = { now: () => new Date() };

beforeAll(async () => {
  s = await createTestServer();
  reader = await createUser(s, "onlooker");
  mod = await createUser(s, "keeper", { role: "moderator" });
  admin = await createUser(s, "keeperadmin", { role: "admin" });
});
afterAll(async () => {
  s.ctx.clock = realClock;
  await s.close();
});

async function caseOf(statusId: string): Promise<any> {
  const q = await api(s, "GET", `${A}/queue?status=active&limit=200`, { token: mod.token });
  return q.body.find((c: any) => c.subject_id === statusId);
}

const statusRow = (id: string) => s.ctx.db.selectFrom("statuses").selectAll().where("id", "=", id).executeTakeFirstOrThrow();
const statusesCount = async (accountId: string) => Number((await s.ctx.db.selectFrom("accounts").select("statuses_count").where("id", "=", accountId).executeTakeFirstOrThrow()).statuses_count);

describe("held posts are kept", () => {
  it("wait for a person however long it takes", async () => {
    const author = await createUser(s, "patient");
    const p = await api(s, "POST", "/api/v1/statuses", { token: author.token, body: { status: "I will shoot you tomorrow" } });
    expect(p.body.moderation_state).toBe("held");
    const before = await statusRow(p.body.id);

    // a year and more later, with every queued job run (whatever its due time)
    s.ctx.clock = { now: () => new Date(Date.now() + 400 * 86_400_000) };
    try {
      await sql`UPDATE jobs SET run_at = '1970-01-01T00:00:00.000Z'`.execute(s.ctx.db);
      await s.ctx.jobs.drain();
      expect(await statusRow(p.body.id)).toEqual(before);
      const c = await caseOf(p.body.id);
      expect(c).toMatchObject({ status: "open", overdue: true });
      // the author still has it, with the notice that it awaits review
      const own = await api(s, "GET", `/api/v1/statuses/${p.body.id}`, { token: author.token });
      expect(own).toMatchObject({ status: 200, body: { moderation_state: "held", text: null } });
      expect((await api(s, "GET", `/api/v1/rostra/statuses/${p.body.id}/moderation`, { token: author.token })).body.notice).toMatch(/held for review/);
    } finally {
      s.ctx.clock = realClock;
    }
  });

  it("deleted by its author, keep their row and case; a later release does not count them again", async () => {
    const author = await createUser(s, "regretful");
    const p = await api(s, "POST", "/api/v1/statuses", { token: author.token, body: { status: "I will shoot you tomorrow" } });
    expect(p.body.moderation_state).toBe("held");
    const count = await statusesCount(author.id);
    expect((await api(s, "DELETE", `/api/v1/statuses/${p.body.id}`, { token: author.token })).status).toBe(200);
    const row = await statusRow(p.body.id);
    expect(row).toMatchObject({ text: "I will shoot you tomorrow", moderation_state: "held" });
    expect(row.deleted_at).not.toBeNull();
    // the case stays in the queue with the evidence
    const c = await caseOf(p.body.id);
    const view = await api(s, "GET", `${A}/cases/${c.id}`, { token: mod.token });
    expect(view.body.subject.status).toMatchObject({ id: p.body.id, text: "I will shoot you tomorrow" });
    // a moderator finds nothing wrong: the post is released, but stays deleted and out of the counts
    const d = await api(s, "POST", `${A}/cases/${c.id}/decisions`, { token: mod.token, body: { actions: [], facts: "A line from a song." } });
    expect(d.status).toBe(200);
    expect(await statusRow(p.body.id)).toMatchObject({ moderation_state: "published", deleted_at: row.deleted_at });
    expect(await statusesCount(author.id)).toBe(count);
    expect((await api(s, "GET", `/api/v1/statuses/${p.body.id}`, { token: reader.token })).status).toBe(404);
  });
});

describe("every action is reversible", () => {
  // each chosen alone, on a fresh account (no strikes, so no escalation ladder), then reversed by staff
  const choices: { type: string; days?: number }[] = [...CHOOSABLE.filter((t) => t !== "none").map((type) => ({ type })), { type: "suspend", days: 7 }];

  async function snapshot(accountId: string, statusId: string) {
    const status = await s.ctx.db.selectFrom("statuses").select(["text", "visibility", "sensitive", "reply_policy", "quote_approval", "moderation_state", "deleted_at"]).where("id", "=", statusId).executeTakeFirstOrThrow();
    const account = await s.ctx.db.selectFrom("accounts").innerJoin("users", "users.account_id", "accounts.id").select(["silenced_at", "sensitized_at", "suspended_at", "statuses_count", "users.disabled"]).where("accounts.id", "=", accountId).executeTakeFirstOrThrow();
    const strikes = (await activeStrikes(s.ctx.db, accountId, new Date().toISOString())).length;
    const visible = (await api(s, "GET", `/api/v1/statuses/${statusId}`, { token: reader.token })).status;
    return { status, account: { ...account, statuses_count: Number(account.statuses_count) }, strikes, visible };
  }

  for (const choice of choices) {
    it(`${choice.type}${choice.days ? ` for ${choice.days} days` : ""}`, async () => {
      const u = await createUser(s, `rev_${choice.type}${choice.days ?? ""}`.slice(0, 30));
      const p = await api(s, "POST", "/api/v1/statuses", { token: u.token, body: { status: "a perfectly ordinary post" } });
      await api(s, "POST", "/api/moderation/notices", { body: { url: `${s.ctx.config.url}/@${u.username}/${p.body.id}`, category: "harassment", explanation: "Rude" } });
      const c = await caseOf(p.body.id);
      const before = await snapshot(u.id, p.body.id);

      const d = await api(s, "POST", `${A}/cases/${c.id}/decisions`, { token: mod.token, body: { actions: [choice], facts: "Rude to a neighbour." } });
      expect(d.status).toBe(200);
      expect(d.body.actionList.map((a: any) => a.type)).toEqual([choice.type]);
      const during = await snapshot(u.id, p.body.id);
      // the action did something (a warning changes nothing but the record)
      if (choice.type === "warn") expect(during).toEqual(before);
      else expect(during).not.toEqual(before);

      const rev = await api(s, "POST", `${A}/decisions/${d.body.id}/reverse`, { token: admin.token, body: { reason: "Wrong account." } });
      expect(rev.status).toBe(200);
      expect(await snapshot(u.id, p.body.id)).toEqual(before);
      // a timed suspension's end job finds nothing left to lift
      await sql`UPDATE jobs SET run_at = '1970-01-01T00:00:00.000Z'`.execute(s.ctx.db);
      await s.ctx.jobs.drain();
      expect(await snapshot(u.id, p.body.id)).toEqual(before);
      // the author can use the account again (suspension and freezing ended their sessions)
      const token = (await issueToken(s.ctx.db, { appId: null, accountId: u.id, scopes: ["read"] })).token;
      expect((await api(s, "GET", "/api/v1/accounts/verify_credentials", { token })).status).toBe(200);
    });
  }
});
