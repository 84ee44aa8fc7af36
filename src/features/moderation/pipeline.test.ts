import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { api, createTestServer, createUser, type TestServer, type TestUser } from "../../../test/helpers.js";
import { mdb } from "./db.js";
import { updatePolicy } from "./policy-store.js";
import { createRule } from "./rules-store.js";

let server: TestServer;
let author: TestUser;
let viet: TestUser;
let other: TestUser;

beforeAll(async () => {
  server = await createTestServer();
  author = await createUser(server, "author");
  viet = await createUser(server, "vietuser");
  other = await createUser(server, "reader");
  await server.ctx.db.updateTable("users").set({ locale: "vi" }).where("account_id", "=", viet.id).execute();
});
afterAll(async () => server.close());

const post = (u: TestUser, status: string, extra: Record<string, unknown> = {}) => api(server, "POST", "/api/v1/statuses", { token: u.token, body: { status, ...extra } });

describe("moderation pipeline", () => {
  it("publishes ordinary posts and idioms in both languages", async () => {
    for (const text of ["Lovely weather in Hanoi today", "I'm killing time before the meeting", "giết thời gian thôi, chờ xe buýt"]) {
      const res = await post(author, text);
      expect(res.status).toBe(200);
      expect(res.body.moderation_state).toBeUndefined();
      expect((await api(server, "GET", `/api/v1/statuses/${res.body.id}`, { token: other.token })).status).toBe(200);
    }
  });

  it("holds a threat (EN) before publication, visible only to its author, with evidence on a case", async () => {
    const text = "I will shoot you tomorrow, you traitor";
    const res = await post(author, text);
    expect(res.status).toBe(200);
    expect(res.body.moderation_state).toBe("held");
    expect((await api(server, "GET", `/api/v1/statuses/${res.body.id}`, { token: other.token })).status).toBe(404);
    expect((await api(server, "GET", `/api/v1/statuses/${res.body.id}`, { token: author.token })).status).toBe(200);
    const db = mdb(server.ctx.db);
    const c = await db.selectFrom("moderation_cases").selectAll().where("subject_id", "=", res.body.id).executeTakeFirstOrThrow();
    expect(c.status).toBe("open");
    expect(c.category).toBe("violence_threat");
    const signal = await db.selectFrom("moderation_events").selectAll().where("case_id", "=", c.id).where("type", "=", "signal").executeTakeFirstOrThrow();
    const p = JSON.parse(signal.payload);
    expect(p.detector).toMatch(/^patterns:en\//);
    expect(p.version).toBeTruthy();
    expect(p.score).toBeGreaterThanOrEqual(p.threshold);
    const span = p.spans[0];
    expect(text.slice(span.start, span.end)).toBe(span.text);
    const decision = await db.selectFrom("moderation_decisions").selectAll().where("case_id", "=", c.id).executeTakeFirstOrThrow();
    expect(decision.decided_by).toBeNull();
    expect(decision.automated_decision).toBe("fully");
  });

  it("holds a call to violence (VI, with and without diacritics)", async () => {
    for (const text of ["phải giết hết bọn nhà báo", "phai giet het bon nha bao"]) {
      const res = await post(viet, text);
      expect(res.body.moderation_state).toBe("held");
    }
  });

  it("publishes and queues self-harm and classifier-only insults, and labels what an operator rule marks sensitive", async () => {
    const db = mdb(server.ctx.db);
    for (const [text, category] of [["I want to kill myself tonight", "self_harm"], ["you are a stupid idiot", "hate"]]) {
      const res = await post(author, text);
      expect(res.body.moderation_state).toBeUndefined();
      const c = await db.selectFrom("moderation_cases").selectAll().where("subject_id", "=", res.body.id).executeTakeFirstOrThrow();
      expect(c).toMatchObject({ status: "open", category });
    }
    await createRule(server.ctx, author.id, { name: "nsfw tag", category: "sexual", pattern: "#nsfw\\b", score: 0.6 });
    const res = await post(author, "beach day #nsfw");
    expect(res.body).toMatchObject({ sensitive: true });
    const c = await db.selectFrom("moderation_cases").selectAll().where("subject_id", "=", res.body.id).executeTakeFirstOrThrow();
    expect(c.status).toBe("resolved");
    const d = await db.selectFrom("moderation_decisions").selectAll().where("case_id", "=", c.id).executeTakeFirstOrThrow();
    expect(JSON.parse(d.actions)[0].type).toBe("label");
  });

  it("holds a published post edited into a threat, once, and keeps the evidence of each version", async () => {
    const res = await post(author, "See you at the match tomorrow");
    expect(res.body.moderation_state).toBeUndefined();
    const edit = await api(server, "PUT", `/api/v1/statuses/${res.body.id}`, { token: author.token, body: { status: "See you tomorrow, I will stab you" } });
    expect(edit.status).toBe(200);
    expect(edit.body.moderation_state).toBe("held");
    const again = await api(server, "PUT", `/api/v1/statuses/${res.body.id}`, { token: author.token, body: { status: "See you tomorrow, I will stab you for real" } });
    expect(again.status).toBe(200);
    expect((await api(server, "GET", `/api/v1/statuses/${res.body.id}`, { token: other.token })).status).toBe(404);
    const db = mdb(server.ctx.db);
    const c = await db.selectFrom("moderation_cases").selectAll().where("subject_id", "=", res.body.id).executeTakeFirstOrThrow();
    const decisions = await db.selectFrom("moderation_decisions").selectAll().where("case_id", "=", c.id).execute();
    expect(decisions.length).toBe(1);
    expect(c.signals_count).toBeGreaterThanOrEqual(2);
  });

  it("rejects with the rule in the author's language when the policy says reject", async () => {
    await updatePolicy(server.ctx, { thresholds: { spam: { label: null, queue: 0.5, hold: null, reject: 0.6 } } }, null);
    const en = await post(author, "buy cheap pills now click here click here");
    expect(en.status).toBe(422);
    expect(en.body.error).toMatch(/No spam/);
    const vi = await post(viet, "buy cheap pills now click here click here");
    expect(vi.status).toBe(422);
    expect(vi.body.error).toMatch(/Không gửi thư rác/);
    const rejections = await mdb(server.ctx.db).selectFrom("moderation_rejections").selectAll().execute();
    expect(rejections.length).toBe(2);
    await updatePolicy(server.ctx, { thresholds: { spam: { label: null, queue: 0.6, hold: 0.9, reject: null } } }, null);
  });
});
