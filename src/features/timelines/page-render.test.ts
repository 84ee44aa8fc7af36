import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { api, createTestServer, createUser, type TestServer, type TestUser } from "../../../test/helpers.js";
import { renderStatuses } from "../../api/mastodon/entities/status.js";
import { statusesInOrder } from "../statuses/queries.js";
import { renderTimelinePage } from "./page-render.js";
import { act, follow, home, publish } from "./test-util.js";

let s: TestServer;
let alice: TestUser;
let bob: TestUser;
beforeAll(async () => {
  s = await createTestServer();
  [alice, bob] = await Promise.all(["alice", "bob"].map((n) => createUser(s, n)));
  await follow(s, bob, alice);
});
afterAll(async () => {
  await s.close();
});

describe("cached timeline rendering", () => {
  it("renders exactly what renderStatuses renders, for viewers and anonymously", async () => {
    const plain = await publish(s, alice, "plain #tag @bob");
    const poll = await publish(s, alice, { status: "vote", poll: { options: ["a", "b"], expires_in: 3600 } });
    const quote = await publish(s, alice, { status: "quoting", quoted_status_id: plain.id });
    const mine = await publish(s, bob, "bob's own");
    await act(s, bob, `/api/v1/statuses/${plain.id}/favourite`);
    await act(s, bob, `/api/v1/statuses/${plain.id}/bookmark`);
    await act(s, bob, `/api/v1/statuses/${poll.id}/mute`);
    await act(s, bob, `/api/v1/polls/${poll.poll.id}/votes`, { choices: [1] });
    const boost = await act(s, alice, `/api/v1/statuses/${plain.id}/reblog`);
    await api(s, "POST", "/api/v2/filters", { token: bob.token, body: { title: "w", context: ["home"], filter_action: "warn", keywords_attributes: [{ keyword: "quoting" }] } });
    const ids = [boost.id, mine.id, quote.id, poll.id, plain.id];
    const rows = await statusesInOrder(s.ctx.db, ids);
    for (let round = 0; round < 2; round++) {
      // second round comes from the cache
      expect(await renderTimelinePage(s.ctx, rows, bob.id, "home")).toEqual(await renderStatuses(s.ctx, rows, bob.id, "home"));
      expect(await renderTimelinePage(s.ctx, rows, alice.id, "home")).toEqual(await renderStatuses(s.ctx, rows, alice.id, "home"));
      expect(await renderTimelinePage(s.ctx, rows, null, "public")).toEqual(await renderStatuses(s.ctx, rows, null, "public"));
    }
    const page = (await home(s, bob)).body;
    expect(page.find((x: any) => x.id === quote.id).filtered[0].filter.title).toBe("w");
  });

  it("shows fresh counters and edits from the cache", async () => {
    const st = await publish(s, alice, "count me");
    expect((await home(s, bob)).body[0].favourites_count).toBe(0);
    await act(s, bob, `/api/v1/statuses/${st.id}/favourite`);
    const after = (await home(s, bob)).body[0];
    expect(after.favourites_count).toBe(1);
    expect(after.favourited).toBe(true);
    const edit = await api(s, "PUT", `/api/v1/statuses/${st.id}`, { token: alice.token, body: { status: "count me twice" } });
    expect(edit.status).toBe(200);
    expect((await home(s, bob)).body[0].content).toContain("count me twice");
  });
});
