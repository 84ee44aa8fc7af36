// The shared read caches (local timeline candidates, big accounts' newest statuses) must never show a
// reader less or more than the per-reader queries would: new posts at once, blocks and mutes applied,
// the reader's own held posts, hidden reblogs.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestServer, createUser, type TestServer, type TestUser } from "../../../test/helpers.js";
import { act, follow, home, post, publish, timeline } from "./test-util.js";

let s: TestServer;
let ann: TestUser;
let ben: TestUser;
let cat: TestUser;
beforeAll(async () => {
  s = await createTestServer();
  [ann, ben, cat] = await Promise.all(["ann", "ben", "cat"].map((n) => createUser(s, n)));
});
afterAll(async () => {
  await s.close();
});

const local = (u: TestUser | null) => timeline(s, u, "/api/v1/timelines/public?local=true").then((t) => t.ids);

describe("shared local timeline candidates", () => {
  it("shows a new post at once and applies each reader's blocks and mutes", async () => {
    const first = await publish(s, ann, "first local post");
    expect(await local(ben)).toContain(first.id); // fills the shared window
    const second = await publish(s, ann, "second local post");
    expect((await local(ben))[0]).toBe(second.id);
    expect(await local(null)).toContain(second.id);
    await act(s, cat, `/api/v1/accounts/${ann.id}/block`);
    await act(s, ben, `/api/v1/accounts/${ann.id}/mute`);
    expect(await local(cat)).not.toContain(second.id);
    expect(await local(ben)).not.toContain(second.id);
    expect(await local(null)).toContain(second.id);
    await act(s, ben, `/api/v1/accounts/${ann.id}/unmute`);
    expect(await local(ben)).toContain(second.id);
  });

  it("shows a reader their own held post, and nobody else", async () => {
    const held = await publish(s, ben, "ben's post under review");
    await s.ctx.db.updateTable("statuses").set({ moderation_state: "held" }).where("id", "=", held.id).execute();
    expect(await local(ben)).toContain(held.id);
    expect(await local(ann)).not.toContain(held.id);
    expect(await local(null)).not.toContain(held.id);
  });
});

describe("the author's own home timeline", () => {
  it("holds a new post as soon as it is created, before the fan-out job runs", async () => {
    const writer = await createUser(s, "eager");
    await home(s, writer); // the cached home timeline exists
    const st = await post(s, writer, { status: "right away" });
    expect((await home(s, writer)).ids[0]).toBe(st.id);
    await s.ctx.jobs.drain();
    expect((await home(s, writer)).ids.filter((id) => id === st.id)).toHaveLength(1);
  });
});

describe("cached status renders", () => {
  it("show a follower the followers-only post a status quotes, and hide it from others", async () => {
    const quoter = await createUser(s, "quoter");
    const reader = await createUser(s, "reader");
    await follow(s, reader, quoter);
    const priv = await publish(s, quoter, { status: "for followers", visibility: "private" });
    const quoting = await publish(s, quoter, { status: "quoting my own followers-only post", quoted_status_id: priv.id });
    expect((await local(null))).toContain(quoting.id); // the anonymous render is cached first
    const inHome = (await home(s, reader)).body.find((x: any) => x.id === quoting.id);
    expect(inHome.quote.quoted_status.id).toBe(priv.id);
    const byId = await timeline(s, reader, `/api/v1/accounts/${quoter.id}/statuses`);
    expect(byId.body.find((x: any) => x.id === quoting.id).quote.quoted_status.id).toBe(priv.id);
    const stranger = (await local(ann)) && (await timeline(s, ann, "/api/v1/timelines/public?local=true")).body.find((x: any) => x.id === quoting.id);
    expect(stranger.quote).toEqual({ state: "unauthorized", quoted_status: null });
  });
});

describe("big accounts merged at read time", () => {
  it("shows their new posts at once and leaves out reblogs the follower hid", async () => {
    const config = s.ctx.config as { fanoutMaxFollowers?: number };
    config.fanoutMaxFollowers = 0;
    try {
      const star = await createUser(s, "star2");
      const fan = await createUser(s, "fan2");
      await follow(s, fan, star, { reblogs: false });
      const one = await publish(s, star, "star post one");
      expect((await home(s, fan)).ids).toContain(one.id); // fills the shared window
      const two = await publish(s, star, "star post two");
      expect((await home(s, fan)).ids[0]).toBe(two.id);
      const other = await publish(s, ann, "something worth boosting");
      const boost = await act(s, star, `/api/v1/statuses/${other.id}/reblog`);
      expect((await home(s, fan)).ids).not.toContain(boost.id);
      await follow(s, fan, star, { reblogs: true });
      expect((await home(s, fan)).ids).toContain(boost.id);
    } finally {
      delete config.fanoutMaxFollowers;
    }
  });
});
