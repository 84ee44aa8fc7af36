import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { api, createTestServer, createUser, type TestServer, type TestUser } from "../../../test/helpers.js";
import { block, notificationsOf, post } from "../statuses/test-util.js";

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

const vote = (user: TestUser, pollId: string, body: unknown) => api(s, "POST", `/api/v1/polls/${pollId}/votes`, { token: user.token, body });
const newPoll = async (extra: Record<string, unknown> = {}, visibility = "public") =>
  (await post(s, alice, { status: "vote!", visibility, poll: { options: ["a", "b", "c"], expires_in: 3600, ...extra } })).poll;
const statusOf = async (pollId: string) => (await s.ctx.db.selectFrom("polls").select("status_id").where("id", "=", pollId).executeTakeFirstOrThrow()).status_id;

/** End a poll now: move its expiry and its job into the past, then run due jobs. */
async function endPoll(pollId: string): Promise<void> {
  const past = new Date(Date.now() - 1000).toISOString();
  await s.ctx.db.updateTable("polls").set({ expires_at: past }).where("id", "=", pollId).execute();
  await s.ctx.db.updateTable("jobs").set({ run_at: past }).where("kind", "=", "poll.expire").where("payload", "like", `%${pollId}%`).execute();
  await s.ctx.jobs.drain();
}

describe("polls", () => {
  it("single choice: one vote, counted once, shown as own votes", async () => {
    const poll = await newPoll();
    const res = await vote(bob, poll.id, { choices: [1] });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ votes_count: 1, voters_count: 1, voted: true, own_votes: [1] });
    expect(res.body.options[1].votes_count).toBe(1);
    const again = await vote(bob, poll.id, { choices: [0] });
    expect(again.status).toBe(422);
    expect(again.body.error).toMatch(/already voted/);
    expect((await vote(carol, poll.id, { choices: [0, 1] })).status).toBe(422);
    expect((await api(s, "GET", `/api/v1/polls/${poll.id}`, { token: carol.token })).body).toMatchObject({ votes_count: 1, voted: false, own_votes: [] });
    expect((await api(s, "GET", `/api/v1/polls/${poll.id}`)).body.voted).toBeUndefined();
  });

  it("multiple choice: several options, voters counted once, no repeated choice", async () => {
    const poll = await newPoll({ multiple: true });
    const res = await vote(bob, poll.id, { choices: [0, 2] });
    expect(res.body).toMatchObject({ votes_count: 2, voters_count: 1, own_votes: [0, 2] });
    expect((await vote(bob, poll.id, { choices: [2] })).status).toBe(422);
    expect((await vote(carol, poll.id, { choices: [1, 1] })).status).toBe(422);
    const carolVote = await vote(carol, poll.id, { choices: [2] });
    expect(carolVote.body).toMatchObject({ votes_count: 3, voters_count: 2 });
    expect(carolVote.body.options.map((o: any) => o.votes_count)).toEqual([1, 0, 2]);
  });

  it("refuses own, ended, invalid and malformed votes with 4xx", async () => {
    const poll = await newPoll();
    expect((await vote(alice, poll.id, { choices: [0] })).body.error).toMatch(/own polls/);
    expect((await vote(bob, poll.id, { choices: [7] })).status).toBe(422);
    expect((await vote(bob, poll.id, { choices: ["x"] })).status).toBe(422);
    expect((await vote(bob, poll.id, {})).status).toBe(422);
    expect((await vote(bob, poll.id, { choices: { nested: { x: 1 } } })).status).toBe(422);
    expect((await vote(bob, "99999", { choices: [0] })).status).toBe(404);
    const form = await s.app.inject({ method: "POST", url: `/api/v1/polls/${poll.id}/votes`, headers: { authorization: `Bearer ${bob.token}`, "content-type": "application/x-www-form-urlencoded" }, payload: "choices[]=0" });
    expect(form.statusCode).toBe(200);
    await endPoll(poll.id);
    const late = await vote(carol, poll.id, { choices: [0] });
    expect(late.status).toBe(422);
    expect(late.body.error).toMatch(/ended/);
  });

  it("is as visible as its status", async () => {
    const poll = await newPoll({}, "private");
    expect((await api(s, "GET", `/api/v1/polls/${poll.id}`)).status).toBe(404);
    expect((await vote(bob, poll.id, { choices: [0] })).status).toBe(404);
    const dave = await createUser(s, "dave");
    const pub = await newPoll();
    await block(s, dave, alice);
    expect((await vote(dave, pub.id, { choices: [0] })).status).toBe(403);
  });

  it("expiry notifies voters and the author once", async () => {
    const poll = await newPoll();
    await vote(bob, poll.id, { choices: [0] });
    await vote(carol, poll.id, { choices: [1] });
    await endPoll(poll.id);
    const statusId = await statusOf(poll.id);
    const mine = async (user: TestUser) => (await notificationsOf(s, user.id, "poll")).filter((n) => n.status_id === statusId);
    for (const user of [alice, bob, carol]) expect(await mine(user)).toHaveLength(1);
    // a duplicate job (e.g. after an edit moved the expiry) does not notify twice
    await s.ctx.jobs.enqueue(s.ctx.db, "poll.expire", { pollId: poll.id });
    await s.ctx.jobs.drain();
    expect(await mine(bob)).toHaveLength(1);
    const view = await api(s, "GET", `/api/v1/polls/${poll.id}`, { token: bob.token });
    expect(view.body.expired).toBe(true);
  });

  it("an expiry job for a poll that is not over yet does nothing", async () => {
    const poll = await newPoll();
    await vote(bob, poll.id, { choices: [0] });
    await s.ctx.db.updateTable("jobs").set({ run_at: new Date(Date.now() - 1000).toISOString() }).where("kind", "=", "poll.expire").where("payload", "like", `%${poll.id}%`).execute();
    await s.ctx.jobs.drain();
    const statusId = await statusOf(poll.id);
    expect((await notificationsOf(s, bob.id, "poll")).filter((n) => n.status_id === statusId)).toHaveLength(0);
  });
});
