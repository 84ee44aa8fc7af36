import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { api, createTestServer, createUser, type TestServer } from "../../../test/helpers.js";
import { newId } from "../../core/ids.js";
import { findOrCreateTag } from "./queries.js";

let s: TestServer;
let n = 0;
beforeAll(async () => {
  s = await createTestServer();
});
afterAll(async () => {
  await s.close();
});

const user = (prefix: string) => createUser(s, `${prefix}${n++}`);

/** A published status using `tags`, written straight to the tables (the statuses feature has its own tests). */
async function statusWithTags(accountId: string, tags: string[], at: Date, visibility = "public") {
  const id = newId(at.getTime());
  await s.ctx.db.insertInto("statuses").values({
    id, uri: `http://rostra.test/s/${id}`, url: null, account_id: accountId, text: tags.map((t) => `#${t}`).join(" "), content: "",
    spoiler_text: "", visibility, sensitive: 0, language: null, in_reply_to_id: null, in_reply_to_account_id: null, reblog_of_id: null,
    quote_of_id: null, conversation_id: id, poll_id: null, application_id: null, local: 1, created_at: at.toISOString(), edited_at: null,
    deleted_at: null, replies_count: 0, reblogs_count: 0, favourites_count: 0, quotes_count: 0, moderation_state: "published",
    quote_approval: "public", reply_policy: "everyone",
  }).execute();
  for (const name of tags) {
    const tag = await findOrCreateTag(s.ctx.db, name, at);
    await s.ctx.db.insertInto("status_tags").values({ status_id: id, tag_id: tag.id }).execute();
  }
}

describe("tags", () => {
  it("shows an unused tag without saving it, and 404s an invalid name", async () => {
    const res = await api(s, "GET", "/api/v1/tags/Unused");
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ id: "", name: "Unused", url: "http://rostra.test/tags/Unused" });
    expect(res.body.history).toHaveLength(7);
    expect(res.body.history[0]).toEqual({ day: expect.stringMatching(/^\d+$/), uses: "0", accounts: "0" });
    expect(res.body.following).toBeUndefined();
    expect(await s.ctx.db.selectFrom("tags").select("id").where("name_lower", "=", "unused").executeTakeFirst()).toBeUndefined();
    for (const bad of ["has%20space", "123", "a-b", "x".repeat(150), "%F0%9F%92%A9"]) {
      const r = await api(s, "GET", `/api/v1/tags/${bad}`);
      expect(r.status).toBe(404);
    }
  });

  it("counts uses and accounts per day over the last week", async () => {
    const [a, b] = [await user("ha"), await user("hb")];
    const today = new Date();
    const yesterday = new Date(today.getTime() - 86_400_000);
    await statusWithTags(a.id, ["History"], today);
    await statusWithTags(a.id, ["history"], today);
    await statusWithTags(b.id, ["history"], today);
    await statusWithTags(b.id, ["history"], yesterday);
    await statusWithTags(b.id, ["history"], today, "direct");
    await statusWithTags(b.id, ["history"], new Date(today.getTime() - 30 * 86_400_000));
    const res = await api(s, "GET", "/api/v1/tags/HISTORY", { token: a.token });
    expect(res.body.name).toBe("History");
    expect(res.body.id).toMatch(/^\d{18}$/);
    expect(res.body.history[0]).toMatchObject({ uses: "3", accounts: "2" });
    expect(res.body.history[1]).toMatchObject({ uses: "1", accounts: "1" });
    expect(Number(res.body.history[0].day) - Number(res.body.history[1].day)).toBe(86_400);
    expect(res.body).toMatchObject({ following: false, featuring: false });
  });

  it("follows and unfollows tags, creating them on first follow, listed with Link pagination", async () => {
    const me = await user("tf");
    const follow = await api(s, "POST", "/api/v1/tags/Caf%C3%A9/follow", { token: me.token });
    expect(follow.status).toBe(200);
    expect(follow.body).toMatchObject({ name: "Café", following: true });
    expect(follow.body.id).not.toBe("");
    await api(s, "POST", "/api/v1/tags/café/follow", { token: me.token });
    await api(s, "POST", "/api/v1/tags/rust/follow", { token: me.token });
    await api(s, "POST", "/api/v1/tags/zig/follow", { token: me.token });
    const first = await api(s, "GET", "/api/v1/followed_tags?limit=2", { token: me.token });
    expect(first.body.map((t: { name: string }) => t.name)).toEqual(["zig", "rust"]);
    expect(first.body[0].following).toBe(true);
    const next = new URL(/<([^>]+)>; rel="next"/.exec(first.headers.link)![1]);
    const second = await api(s, "GET", `${next.pathname}${next.search}`, { token: me.token });
    expect(second.body.map((t: { name: string }) => t.name)).toEqual(["Café"]);
    const un = await api(s, "POST", "/api/v1/tags/RUST/unfollow", { token: me.token });
    expect(un.body).toMatchObject({ name: "rust", following: false });
    expect((await api(s, "POST", "/api/v1/tags/never-valid/follow", { token: me.token })).status).toBe(404);
    expect((await api(s, "POST", "/api/v1/tags/fine/follow")).status).toBe(401);
  });
});

describe("featured tags", () => {
  it("features tags with the owner's own counts, publicly listed, limited to ten", async () => {
    const [me, other] = [await user("fe"), await user("fo")];
    const day = new Date("2031-05-06T10:00:00.000Z");
    await statusWithTags(me.id, ["photography"], day);
    await statusWithTags(me.id, ["photography"], new Date("2031-05-07T10:00:00.000Z"));
    await statusWithTags(other.id, ["photography"], day);
    const created = await api(s, "POST", "/api/v1/featured_tags", { token: me.token, form: { name: "#Photography" } });
    expect(created.status).toBe(200);
    expect(created.body).toEqual({
      id: expect.any(String), name: "photography", url: `http://rostra.test/@${me.username}/tagged/photography`,
      statuses_count: "2", last_status_at: "2031-05-07",
    });
    const again = await api(s, "POST", "/api/v1/featured_tags", { token: me.token, body: { name: "photography" } });
    expect(again.body.id).toBe(created.body.id);
    expect((await api(s, "GET", "/api/v1/featured_tags", { token: me.token })).body).toEqual([created.body]);
    expect((await api(s, "GET", `/api/v1/accounts/${me.id}/featured_tags`)).body).toEqual([created.body]);
    expect((await api(s, "GET", "/api/v1/tags/photography", { token: me.token })).body.featuring).toBe(true);

    expect((await api(s, "POST", "/api/v1/featured_tags", { token: me.token, body: { name: "not valid" } })).status).toBe(422);
    expect((await api(s, "POST", "/api/v1/featured_tags", { token: me.token, body: {} })).status).toBe(422);
    expect((await api(s, "POST", "/api/v1/featured_tags", { token: me.token, body: { name: "y".repeat(5000) } })).status).toBe(422);
    for (let i = 0; i < 9; i++) expect((await api(s, "POST", `/api/v1/tags/extra${i}x/feature`, { token: me.token })).body.featuring).toBe(true);
    expect((await api(s, "POST", "/api/v1/featured_tags", { token: me.token, body: { name: "eleventh" } })).status).toBe(422);

    expect((await api(s, "DELETE", `/api/v1/featured_tags/${created.body.id}`, { token: other.token })).status).toBe(404);
    expect((await api(s, "DELETE", `/api/v1/featured_tags/${created.body.id}`, { token: me.token })).body).toEqual({});
    const unfeatured = await api(s, "POST", "/api/v1/tags/extra0x/unfeature", { token: me.token });
    expect(unfeatured.body.featuring).toBe(false);
    expect((await api(s, "GET", "/api/v1/featured_tags", { token: me.token })).body).toHaveLength(8);
  });

  it("suggests recently used tags that are not featured yet", async () => {
    const me = await user("fs");
    await statusWithTags(me.id, ["alpha", "beta"], new Date());
    await api(s, "POST", "/api/v1/featured_tags", { token: me.token, body: { name: "alpha" } });
    const res = await api(s, "GET", "/api/v1/featured_tags/suggestions", { token: me.token });
    expect(res.body.map((t: { name: string }) => t.name)).toEqual(["beta"]);
    expect(res.body[0]).toMatchObject({ following: false, featuring: false });
  });
});
