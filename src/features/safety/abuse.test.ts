// "Hide likely abuse" with English and Vietnamese replies the pipeline publishes but queues.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { api, createTestServer, createUser, type TestServer, type TestUser } from "../../../test/helpers.js";
import { follow, publish } from "../timelines/test-util.js";
import { sdb } from "./db.js";

let s: TestServer;
let alice: TestUser, troll: TestUser, trollVi: TestUser, kind: TestUser, pal: TestUser, reader: TestUser, optedOut: TestUser;
let root: any;
const r: Record<string, any> = {};
beforeAll(async () => {
  s = await createTestServer();
  [alice, troll, trollVi, kind, pal, reader, optedOut] = await Promise.all(["alice", "troll", "trollvi", "kind", "pal", "reader", "optedout"].map((n) => createUser(s, n)));
  await follow(s, alice, pal);
  root = await publish(s, alice, "Our neighbourhood garden opens on Saturday");
  const reply = (u: TestUser, status: string) => publish(s, u, { status, in_reply_to_id: root.id });
  r.en = await reply(troll, "@alice you are a stupid idiot");
  r.vi = await reply(trollVi, "@alice mày là đồ ngu");
  r.kind = await reply(kind, "@alice great news, thanks!");
  r.viKind = await reply(kind, "@alice cảm ơn bạn nhiều");
  r.pal = await reply(pal, "@alice you are a stupid idiot, see you there");
  r.self = await reply(alice, "@troll you are a stupid idiot yourself");
});
afterAll(async () => s.close());

const contextIds = async (u: TestUser | null, id = root.id) => {
  const res = await api(s, "GET", `/api/v1/statuses/${id}/context`, u ? { token: u.token } : {});
  expect(res.status).toBe(200);
  return res.body.descendants.map((d: any) => d.id);
};
const mentionsFrom = async (u: TestUser) => {
  const res = await api(s, "GET", "/api/v1/notifications?types[]=mention&types[]=quote", { token: u.token });
  return res.body.map((n: any) => n.account.username);
};

describe("likely-abuse score", () => {
  it("stores the pipeline's abuse score for flagged posts (EN and VI) and 0 for the rest", async () => {
    const rows = await sdb(s.ctx.db).selectFrom("statuses").select(["id", "abuse_score"]).where("id", "in", [r.en.id, r.vi.id, r.kind.id, r.viKind.id]).execute();
    const score = new Map(rows.map((x) => [x.id, Number(x.abuse_score)]));
    expect(score.get(r.en.id)).toBeGreaterThanOrEqual(0.45);
    expect(score.get(r.vi.id)).toBeGreaterThanOrEqual(0.45);
    expect(score.get(r.kind.id)).toBe(0);
    expect(score.get(r.viKind.id)).toBe(0);
  });
});

describe("hide likely abuse", () => {
  it("hides flagged replies in the thread, but never the viewer's own, the author's or followed accounts'", async () => {
    const ids = await contextIds(alice);
    expect(ids).not.toContain(r.en.id);
    expect(ids).not.toContain(r.vi.id);
    expect(ids).toEqual(expect.arrayContaining([r.kind.id, r.viKind.id, r.pal.id, r.self.id]));
    expect(await contextIds(troll)).toContain(r.en.id);
    // another reader does not follow pal either: only the thread author's reply stays
    const forReader = await contextIds(reader);
    expect(forReader).toEqual(expect.arrayContaining([r.self.id, r.kind.id]));
    expect(forReader).not.toContain(r.pal.id);
  });

  it("keeps the post visible elsewhere and shows everything to anonymous readers and users who turned it off", async () => {
    expect((await api(s, "GET", `/api/v1/statuses/${r.en.id}`, { token: alice.token })).status).toBe(200);
    expect((await api(s, "GET", `/api/v1/accounts/${troll.id}/statuses`, { token: alice.token })).body.map((x: any) => x.id)).toContain(r.en.id);
    expect(await contextIds(null)).toEqual(expect.arrayContaining([r.en.id, r.vi.id]));
    const off = await api(s, "PATCH", "/api/v1/accounts/update_credentials", { token: optedOut.token, body: { source: { hide_likely_abuse: false } } });
    expect(off.status).toBe(200);
    expect((await api(s, "GET", "/api/v1/preferences", { token: optedOut.token })).body["rostra:hide_likely_abuse"]).toBe(false);
    expect(await contextIds(optedOut)).toEqual(expect.arrayContaining([r.en.id, r.vi.id]));
  });

  it("drops mention and quote notifications about flagged posts, except from followed accounts", async () => {
    const from = await mentionsFrom(alice);
    expect(from).not.toContain("troll");
    expect(from).not.toContain("trollvi");
    expect(from).toEqual(expect.arrayContaining(["kind", "pal"]));
    await publish(s, troll, { status: "what a stupid idiot", quoted_status_id: root.id });
    await publish(s, kind, { status: "Everyone come along!", quoted_status_id: root.id });
    const quotes = (await api(s, "GET", "/api/v1/notifications?types[]=quote", { token: alice.token })).body.map((n: any) => n.account.username);
    expect(quotes).toEqual(["kind"]);
  });

  it("lets notifications through for users who turned it off", async () => {
    await publish(s, trollVi, "@optedout mày là đồ ngu");
    expect(await mentionsFrom(optedOut)).toEqual(["trollvi"]);
  });
});
