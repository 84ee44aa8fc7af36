import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { api, createTestServer, createUser, type TestServer, type TestUser } from "../../../test/helpers.js";
import { setModerationPipeline } from "./moderation-gate.js";
import { follow, insertMedia, jobsOfKind, notificationsOf, post } from "./test-util.js";

let s: TestServer;
let alice: TestUser;
let bob: TestUser;
let carol: TestUser;
beforeAll(async () => {
  s = await createTestServer();
  alice = await createUser(s, "alice");
  bob = await createUser(s, "bob");
  carol = await createUser(s, "carol");
});
afterAll(async () => {
  await s.close();
});
afterEach(() => setModerationPipeline(null));

const edit = (user: TestUser, id: string, body: unknown) => api(s, "PUT", `/api/v1/statuses/${id}`, { token: user.token, body });

describe("editing", () => {
  it("edits text, re-composes mentions and tags, keeps history with the original first", async () => {
    const st = await post(s, alice, { status: "first #old", spoiler_text: "" });
    const res = await edit(alice, st.id, { status: "second #new @bob", spoiler_text: "cw" });
    expect(res.status).toBe(200);
    expect(res.body.edited_at).toBeTruthy();
    expect(res.body.content).toContain("second");
    expect(res.body.tags.map((t: any) => t.name)).toEqual(["new"]);
    expect(res.body.mentions.map((m: any) => m.acct)).toEqual(["bob"]);
    expect(res.body.sensitive).toBe(true);
    await edit(alice, st.id, { status: "third" });
    const history = await api(s, "GET", `/api/v1/statuses/${st.id}/history`);
    expect(history.status).toBe(200);
    expect(history.body.map((h: any) => h.content.replace(/<[^>]+>/g, ""))).toEqual(["first #old", "second #new @bob", "third"]);
    expect(history.body[0].created_at).toBe(st.created_at);
    expect(history.body[1].spoiler_text).toBe("cw");
    expect(history.body[0].account.id).toBe(alice.id);
    const source = await api(s, "GET", `/api/v1/statuses/${st.id}/source`, { token: bob.token });
    expect(source.body).toEqual({ id: st.id, text: "third", spoiler_text: "" });
    expect((await api(s, "GET", `/api/v1/statuses/${st.id}/source`)).status).toBe(401);
  });

  it("a never-edited status has a one-entry history; an edit without changes records nothing", async () => {
    const st = await post(s, alice, { status: "stable", language: "en" });
    const h = await api(s, "GET", `/api/v1/statuses/${st.id}/history`);
    expect(h.body).toHaveLength(1);
    const same = await edit(alice, st.id, { status: "stable" });
    expect(same.status).toBe(200);
    expect(same.body.edited_at).toBeNull();
    expect(await s.ctx.db.selectFrom("status_edits").select("id").where("status_id", "=", st.id).execute()).toHaveLength(0);
  });

  it("is for the owner only and validates like create", async () => {
    const st = await post(s, alice, { status: "mine" });
    expect((await edit(bob, st.id, { status: "hijack" })).status).toBe(404);
    expect((await edit(alice, st.id, { status: "" })).status).toBe(422);
    expect((await edit(alice, st.id, { status: "x".repeat(501) })).status).toBe(422);
    expect((await edit(alice, st.id, { status: { a: 1 } })).status).toBe(422);
    expect((await edit(alice, st.id, { status: "p", poll: { options: ["a"], expires_in: 600 } })).status).toBe(422);
    expect((await edit(alice, "1234", { status: "x" })).status).toBe(404);
    const reader = await createUser(s, "reader", { scopes: ["read"] });
    expect((await edit(reader, st.id, { status: "x" })).status).toBe(403);
  });

  it("replaces media and updates alt text", async () => {
    const m1 = await insertMedia(s, alice.id, "one");
    const m2 = await insertMedia(s, alice.id);
    const st = await post(s, alice, { status: "pics", media_ids: [m1] });
    const res = await edit(alice, st.id, { status: "pics", media_ids: [m2], media_attributes: [{ id: m2, description: "two", focus: "0.5,-0.5" }] });
    expect(res.status).toBe(200);
    expect(res.body.media_attachments.map((m: any) => [m.id, m.description, m.meta.focus])).toEqual([[m2, "two", { x: 0.5, y: -0.5 }]]);
    const history = await api(s, "GET", `/api/v1/statuses/${st.id}/history`);
    expect(history.body.map((h: any) => h.media_attachments.map((m: any) => m.id))).toEqual([[m1], [m2]]);
    const bobs = await insertMedia(s, bob.id);
    expect((await edit(alice, st.id, { status: "pics", media_ids: [bobs] })).status).toBe(422);
    expect((await edit(alice, st.id, { status: "pics", media_ids: [m2], media_attributes: [{ id: m2, focus: "9,9" }] })).status).toBe(422);
  });

  it("replacing poll options resets the votes", async () => {
    const st = await post(s, alice, { status: "poll", poll: { options: ["a", "b"], expires_in: 3600 } });
    expect((await api(s, "POST", `/api/v1/polls/${st.poll.id}/votes`, { token: bob.token, body: { choices: [0] } })).status).toBe(200);
    const kept = await edit(alice, st.id, { status: "poll edited", poll: { options: ["a", "b"], expires_in: 3600 } });
    expect(kept.body.poll.votes_count).toBe(1);
    const reset = await edit(alice, st.id, { status: "poll edited", poll: { options: ["a", "c"], expires_in: 3600 } });
    expect(reset.body.poll).toMatchObject({ id: st.poll.id, votes_count: 0, voters_count: 0 });
    expect(reset.body.poll.options).toEqual([{ title: "a", votes_count: 0 }, { title: "c", votes_count: 0 }]);
    const bobView = await api(s, "GET", `/api/v1/polls/${st.poll.id}`, { token: bob.token });
    expect(bobView.body.voted).toBe(false);
    const history = await api(s, "GET", `/api/v1/statuses/${st.id}/history`);
    expect(history.body.at(-1).poll).toEqual({ options: [{ title: "a" }, { title: "c" }] });
    const removed = await edit(alice, st.id, { status: "no poll now" });
    expect(removed.body.poll).toBeNull();
  });

  it("notifies boosters and quoters, enqueues status.updated and streams status.update to followers", async () => {
    await follow(s, carol, alice);
    const st = await post(s, alice, { status: "to be edited" });
    await api(s, "POST", `/api/v1/statuses/${st.id}/reblog`, { token: bob.token });
    await post(s, carol, { status: "quoting", quoted_status_id: st.id });
    const seen: any[] = [];
    const listener = (m: string) => seen.push(JSON.parse(m));
    await s.ctx.pubsub.subscribe(`timeline:user:${carol.id}`, listener);
    await edit(alice, st.id, { status: "edited!" });
    expect((await notificationsOf(s, bob.id, "update")).map((n) => n.status_id)).toEqual([st.id]);
    expect((await notificationsOf(s, carol.id, "quoted_update")).map((n) => n.status_id)).toEqual([st.id]);
    expect((await jobsOfKind(s, "status.updated")).map((j) => j.payload)).toContainEqual({ statusId: st.id });
    await s.ctx.jobs.drain();
    await s.ctx.pubsub.unsubscribe(`timeline:user:${carol.id}`, listener);
    const update = seen.find((m) => m.event === "status.update" && JSON.parse(m.payload).id === st.id);
    expect(update.stream).toEqual(["user"]);
    expect(JSON.parse(update.payload).content).toContain("edited!");
  });

  it("passes edited text through the moderation gate; a held edit leaves circulation", async () => {
    const st = await post(s, alice, { status: "harmless" });
    const before = (await api(s, "GET", "/api/v1/accounts/verify_credentials", { token: alice.token })).body.statuses_count;
    const seen: string[][] = [];
    setModerationPipeline(async (_ctx, input) => {
      seen.push(input.texts);
      return input.texts.some((t) => t.includes("badword")) ? { state: "held" } : { state: "published" };
    });
    const res = await edit(alice, st.id, { status: "now with badword" });
    expect(res.status).toBe(200);
    expect(seen[0][0]).toBe("now with badword");
    expect(res.body.moderation_state).toBe("held");
    expect((await api(s, "GET", `/api/v1/statuses/${st.id}`)).status).toBe(404);
    expect((await api(s, "GET", `/api/v1/statuses/${st.id}`, { token: alice.token })).status).toBe(200);
    expect((await api(s, "GET", "/api/v1/accounts/verify_credentials", { token: alice.token })).body.statuses_count).toBe(before - 1);
  });
});
