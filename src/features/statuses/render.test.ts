import type { KyselyPlugin } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { api, createTestServer, createUser, type TestServer, type TestUser } from "../../../test/helpers.js";
import { renderStatuses } from "../../api/mastodon/entities/status.js";
import { setModerationPipeline } from "./moderation-gate.js";
import { statusesInOrder } from "./queries.js";
import { follow, insertMedia, post } from "./test-util.js";

let s: TestServer;
let alice: TestUser;
let bob: TestUser;
beforeAll(async () => {
  s = await createTestServer();
  alice = await createUser(s, "alice");
  bob = await createUser(s, "bob");
});
afterAll(async () => {
  setModerationPipeline(null);
  await s.close();
});

/** Renders with a database handle that counts the queries it runs. */
async function countQueries(ids: string[], viewerId: string | null): Promise<number> {
  let n = 0;
  const counter: KyselyPlugin = {
    transformQuery: (args) => {
      n++;
      return args.node;
    },
    transformResult: async (args) => args.result,
  };
  const rows = await statusesInOrder(s.ctx.db, ids);
  await renderStatuses({ ...s.ctx, db: s.ctx.db.withPlugin(counter) }, rows, viewerId);
  return n;
}

describe("status rendering", () => {
  it("runs the same number of queries for a page of 2 and a page of 20 rich statuses", async () => {
    await follow(s, bob, alice);
    const ids: string[] = [];
    for (let i = 0; i < 20; i++) {
      const kind = i % 5;
      const author = i % 2 ? alice : bob;
      const body: Record<string, unknown> = { status: `post ${i} @bob #tag${i}` };
      if (kind === 1) body.media_ids = [await insertMedia(s, author.id)];
      if (kind === 2) body.poll = { options: ["a", "b"], expires_in: 600 };
      if (kind === 3 && ids.length) body.quoted_status_id = ids[0];
      const st = await post(s, author, body);
      ids.push(kind === 4 ? (await api(s, "POST", `/api/v1/statuses/${st.id}/reblog`, { token: alice.token })).body.id : st.id);
    }
    for (const viewer of [bob.id, null]) {
      const small = await countQueries(ids.slice(0, 5), viewer);
      const large = await countQueries(ids, viewer);
      expect(large).toBe(small);
    }
  });

  it("shows a held status to its author with its moderation state, and to nobody else", async () => {
    setModerationPipeline(async () => ({ state: "held" }));
    const held = await post(s, alice, { status: "waiting for review" });
    setModerationPipeline(null);
    expect(held.moderation_state).toBe("held");
    const own = await api(s, "GET", `/api/v1/statuses/${held.id}`, { token: alice.token });
    expect(own.status).toBe(200);
    expect(own.body.moderation_state).toBe("held");
    expect((await api(s, "GET", `/api/v1/statuses/${held.id}`, { token: bob.token })).status).toBe(404);
    const mine = await api(s, "GET", `/api/v1/accounts/${alice.id}/statuses`, { token: alice.token });
    expect(mine.body[0]).toMatchObject({ id: held.id, moderation_state: "held" });
    expect((await api(s, "GET", `/api/v1/accounts/${alice.id}/statuses`, { token: bob.token })).body.map((x: any) => x.id)).not.toContain(held.id);
  });

  it("does not reveal a quoted post the reader may not see", async () => {
    const priv = await post(s, alice, { status: "followers only", visibility: "private" });
    const quoting = await post(s, alice, { status: "public quote of my private post", quoted_status_id: priv.id });
    const anon = await api(s, "GET", `/api/v1/statuses/${quoting.id}`);
    expect(anon.body.quote).toEqual({ state: "unauthorized", quoted_status: null });
    const follower = await api(s, "GET", `/api/v1/statuses/${quoting.id}`, { token: bob.token });
    expect(follower.body.quote.quoted_status.id).toBe(priv.id);
  });
});
