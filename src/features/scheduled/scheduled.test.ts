import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { api, createTestServer, createUser, type TestServer, type TestUser } from "../../../test/helpers.js";
import { insertMedia, nextMaxId } from "../statuses/test-util.js";

let s: TestServer;
let alice: TestUser;
let bob: TestUser;
beforeAll(async () => {
  s = await createTestServer();
  alice = await createUser(s, "alice");
  bob = await createUser(s, "bob");
});
afterAll(async () => {
  await s.close();
});

const inMinutes = (m: number) => new Date(Date.now() + m * 60_000).toISOString();
const schedule = (user: TestUser, body: Record<string, unknown>) => api(s, "POST", "/api/v1/statuses", { token: user.token, body });

/** Make a scheduled status due now (row and its jobs), then run due jobs. */
async function makeDue(id: string): Promise<void> {
  const past = new Date(Date.now() - 1000);
  await s.ctx.db.updateTable("scheduled_statuses").set({ scheduled_at: past.toISOString() }).where("id", "=", id).execute();
  await s.ctx.db.updateTable("jobs").set({ run_at: past.toISOString() }).where("kind", "=", "status.publish_scheduled").where("payload", "like", `%${id}%`).execute();
  await s.ctx.jobs.enqueue(s.ctx.db, "status.publish_scheduled", { scheduledId: id }, { runAt: past });
  await s.ctx.jobs.drain();
}

describe("scheduled statuses", () => {
  it("returns a ScheduledStatus and publishes it once when due", async () => {
    const media = await insertMedia(s, alice.id, "alt");
    const res = await schedule(alice, { status: "later #news", scheduled_at: inMinutes(10), visibility: "unlisted", media_ids: [media] });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ scheduled_at: expect.any(String), params: { text: "later #news", visibility: "unlisted", media_ids: [media] } });
    expect(res.body.media_attachments.map((m: any) => m.id)).toEqual([media]);
    expect((await api(s, "GET", `/api/v1/accounts/${alice.id}/statuses`)).body).toEqual([]);
    // a job for a row that is not due yet does nothing
    await s.ctx.db.updateTable("jobs").set({ run_at: new Date(Date.now() - 1000).toISOString() }).where("kind", "=", "status.publish_scheduled").execute();
    await s.ctx.jobs.drain();
    expect((await api(s, "GET", `/api/v1/scheduled_statuses/${res.body.id}`, { token: alice.token })).status).toBe(200);

    await makeDue(res.body.id);
    const published = (await api(s, "GET", `/api/v1/accounts/${alice.id}/statuses`)).body;
    expect(published).toHaveLength(1);
    expect(published[0]).toMatchObject({ visibility: "unlisted", tags: [{ name: "news" }] });
    expect(published[0].media_attachments.map((m: any) => m.id)).toEqual([media]);
    expect((await api(s, "GET", `/api/v1/scheduled_statuses/${res.body.id}`, { token: alice.token })).status).toBe(404);
    await s.ctx.jobs.enqueue(s.ctx.db, "status.publish_scheduled", { scheduledId: res.body.id });
    await s.ctx.jobs.drain();
    expect((await api(s, "GET", `/api/v1/accounts/${alice.id}/statuses`)).body).toHaveLength(1);
  });

  it("requires scheduled_at at least five minutes ahead and validates the post", async () => {
    expect((await schedule(alice, { status: "soon", scheduled_at: inMinutes(2) })).status).toBe(422);
    expect((await schedule(alice, { status: "past", scheduled_at: "2001-01-01T00:00:00Z" })).status).toBe(422);
    expect((await schedule(alice, { status: "bad", scheduled_at: "not a date" })).status).toBe(422);
    expect((await schedule(alice, { status: "", scheduled_at: inMinutes(10) })).status).toBe(422);
    expect((await schedule(alice, { status: "poll", scheduled_at: inMinutes(10), poll: { options: ["x"] } })).status).toBe(422);
  });

  it("lists, reschedules and cancels, for the owner only", async () => {
    const ids: string[] = [];
    for (let i = 0; i < 3; i++) ids.push((await schedule(bob, { status: `s${i}`, scheduled_at: inMinutes(30 + i) })).body.id);
    const first = await api(s, "GET", "/api/v1/scheduled_statuses?limit=2", { token: bob.token });
    expect(first.body.map((x: any) => x.id)).toEqual([ids[2], ids[1]]);
    const second = await api(s, "GET", `/api/v1/scheduled_statuses?limit=2&max_id=${nextMaxId(first.headers.link)}`, { token: bob.token });
    expect(second.body.map((x: any) => x.id)).toEqual([ids[0]]);
    expect((await api(s, "GET", "/api/v1/scheduled_statuses", { token: alice.token })).body.every((x: any) => !ids.includes(x.id))).toBe(true);
    expect((await api(s, "GET", `/api/v1/scheduled_statuses/${ids[0]}`, { token: alice.token })).status).toBe(404);
    expect((await api(s, "DELETE", `/api/v1/scheduled_statuses/${ids[0]}`, { token: alice.token })).status).toBe(404);

    const later = inMinutes(120);
    const moved = await api(s, "PUT", `/api/v1/scheduled_statuses/${ids[0]}`, { token: bob.token, body: { scheduled_at: later } });
    expect(moved.status).toBe(200);
    expect(moved.body.scheduled_at).toBe(later);
    expect((await api(s, "PUT", `/api/v1/scheduled_statuses/${ids[0]}`, { token: bob.token, body: { scheduled_at: inMinutes(1) } })).status).toBe(422);
    expect((await api(s, "PUT", `/api/v1/scheduled_statuses/${ids[0]}`, { token: bob.token, body: {} })).status).toBe(422);

    const del = await api(s, "DELETE", `/api/v1/scheduled_statuses/${ids[1]}`, { token: bob.token });
    expect(del.status).toBe(200);
    expect(del.body).toEqual({});
    await makeDue(ids[1]);
    expect((await api(s, "GET", `/api/v1/accounts/${bob.id}/statuses`)).body).toEqual([]);
    const reader = await createUser(s, "reader", { scopes: ["read:accounts"] });
    expect((await api(s, "GET", "/api/v1/scheduled_statuses", { token: reader.token })).status).toBe(403);
  });

  it("drops a scheduled post whose reply target disappeared", async () => {
    const target = (await api(s, "POST", "/api/v1/statuses", { token: bob.token, body: { status: "target" } })).body;
    const res = await schedule(alice, { status: "reply later", in_reply_to_id: target.id, scheduled_at: inMinutes(10) });
    await api(s, "DELETE", `/api/v1/statuses/${target.id}`, { token: bob.token });
    await makeDue(res.body.id);
    expect((await api(s, "GET", `/api/v1/scheduled_statuses/${res.body.id}`, { token: alice.token })).status).toBe(404);
    expect(await s.ctx.db.selectFrom("jobs").select("id").where("kind", "=", "status.publish_scheduled").where("payload", "like", `%${res.body.id}%`).execute()).toEqual([]);
  });
});
