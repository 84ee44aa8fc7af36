import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { api, createTestServer, createUser, type TestServer } from "../../../test/helpers.js";
import { newId } from "../../core/ids.js";
import { blockedEitherWay, followerIds, isFollowing, mutedIds, relationshipBetween } from "./queries.js";

let s: TestServer;
let n = 0;
let now = new Date("2030-01-01T00:00:00.000Z");
beforeAll(async () => {
  s = await createTestServer();
  s.ctx.clock = { now: () => now };
});
afterAll(async () => {
  await s.close();
});

const user = (prefix: string) => createUser(s, `${prefix}${n++}`);

async function counts(id: string) {
  const row = await s.ctx.db.selectFrom("accounts").select(["followers_count", "following_count"]).where("id", "=", id).executeTakeFirstOrThrow();
  return [Number(row.followers_count), Number(row.following_count)];
}

describe("blocks", () => {
  it("cuts follows both ways and pending requests, fixing counts, lists and endorsements", async () => {
    const [a, b, c] = [await user("ba"), await user("bb"), await user("bc")];
    await api(s, "POST", `/api/v1/accounts/${b.id}/follow`, { token: a.token });
    await api(s, "POST", `/api/v1/accounts/${a.id}/follow`, { token: b.token });
    await api(s, "POST", `/api/v1/accounts/${b.id}/endorse`, { token: a.token });
    const list = await api(s, "POST", "/api/v1/lists", { token: a.token, body: { title: "friends" } });
    await api(s, "POST", `/api/v1/lists/${list.body.id}/accounts`, { token: a.token, body: { account_ids: [b.id] } });
    await s.ctx.db.updateTable("accounts").set({ locked: 1 }).where("id", "=", a.id).execute();
    await api(s, "POST", `/api/v1/accounts/${a.id}/follow`, { token: c.token });
    expect(await counts(a.id)).toEqual([1, 1]);

    const res = await api(s, "POST", `/api/v1/accounts/${b.id}/block`, { token: a.token });
    expect(res.body).toMatchObject({ blocking: true, following: false, followed_by: false, endorsed: false });
    await api(s, "POST", `/api/v1/accounts/${c.id}/block`, { token: a.token });
    expect(await counts(a.id)).toEqual([0, 0]);
    expect(await counts(b.id)).toEqual([0, 0]);
    expect((await api(s, "GET", `/api/v1/lists/${list.body.id}/accounts`, { token: a.token })).body).toEqual([]);
    expect((await api(s, "GET", "/api/v1/follow_requests", { token: a.token })).body).toEqual([]);
    const theirs = await api(s, "GET", `/api/v1/accounts/relationships?id[]=${a.id}`, { token: b.token });
    expect(theirs.body[0]).toMatchObject({ blocked_by: true, following: false });
    expect(await blockedEitherWay(s.ctx.db, b.id)).toEqual(new Set([a.id]));

    // blocking twice is harmless; unblocking restores nothing but the block
    await api(s, "POST", `/api/v1/accounts/${b.id}/block`, { token: a.token });
    const un = await api(s, "POST", `/api/v1/accounts/${b.id}/unblock`, { token: a.token });
    expect(un.body).toMatchObject({ blocking: false, following: false });
    expect((await api(s, "POST", `/api/v1/accounts/${a.id}/block`, { token: a.token })).status).toBe(403);
  });

  it("lists blocks newest first with Link pagination", async () => {
    const me = await user("bl");
    const targets = [await user("t"), await user("t"), await user("t")];
    for (const t of targets) await api(s, "POST", `/api/v1/accounts/${t.id}/block`, { token: me.token });
    const first = await api(s, "GET", "/api/v1/blocks?limit=2", { token: me.token });
    expect(first.body.map((x: { id: string }) => x.id)).toEqual([targets[2].id, targets[1].id]);
    const link = first.headers.link as string;
    expect(link).toContain('rel="next"');
    expect(link).toContain('rel="prev"');
    const next = new URL(/<([^>]+)>; rel="next"/.exec(link)![1]);
    expect(next.searchParams.get("limit")).toBe("2");
    const second = await api(s, "GET", `${next.pathname}${next.search}`, { token: me.token });
    expect(second.body.map((x: { id: string }) => x.id)).toEqual([targets[0].id]);
    const prev = new URL(/<([^>]+)>; rel="prev"/.exec(second.headers.link)![1]);
    const back = await api(s, "GET", `${prev.pathname}${prev.search}`, { token: me.token });
    expect(back.body.map((x: { id: string }) => x.id)).toEqual([targets[2].id, targets[1].id]);
    expect((await api(s, "GET", "/api/v1/blocks?limit=abc", { token: me.token })).status).toBe(422);
    expect((await api(s, "GET", "/api/v1/blocks?max_id=%00%01", { token: me.token })).status).toBe(422);
  });
});

describe("mutes", () => {
  it("mutes with a duration that expires, and with or without notifications", async () => {
    const [a, b, c] = [await user("ma"), await user("mb"), await user("mc")];
    const res = await api(s, "POST", `/api/v1/accounts/${b.id}/mute`, { token: a.token, form: { duration: "3600", notifications: "false" } });
    expect(res.body).toMatchObject({ muting: true, muting_notifications: false, muting_expires_at: "2030-01-01T01:00:00.000Z" });
    await api(s, "POST", `/api/v1/accounts/${c.id}/mute`, { token: a.token });
    const list = await api(s, "GET", "/api/v1/mutes", { token: a.token });
    expect(list.body.map((x: { id: string; mute_expires_at: string | null }) => [x.id, x.mute_expires_at])).toEqual([
      [c.id, null],
      [b.id, "2030-01-01T01:00:00.000Z"],
    ]);
    expect(await mutedIds(s.ctx.db, a.id, now)).toEqual(new Set([b.id, c.id]));
    const rel = await api(s, "GET", `/api/v1/accounts/relationships?id[]=${c.id}`, { token: a.token });
    expect(rel.body[0]).toMatchObject({ muting: true, muting_notifications: true });

    now = new Date("2030-01-01T02:00:00.000Z");
    expect(await mutedIds(s.ctx.db, a.id, now)).toEqual(new Set([c.id]));
    expect((await api(s, "GET", "/api/v1/mutes", { token: a.token })).body.map((x: { id: string }) => x.id)).toEqual([c.id]);
    const expired = await api(s, "GET", `/api/v1/accounts/relationships?id[]=${b.id}`, { token: a.token });
    expect(expired.body[0]).toMatchObject({ muting: false, muting_notifications: false });

    // muting again replaces the expired mute
    await api(s, "POST", `/api/v1/accounts/${b.id}/mute`, { token: a.token, body: { duration: 0 } });
    expect(await mutedIds(s.ctx.db, a.id, now)).toEqual(new Set([b.id, c.id]));
    const un = await api(s, "POST", `/api/v1/accounts/${b.id}/unmute`, { token: a.token });
    expect(un.body.muting).toBe(false);
    expect((await api(s, "POST", `/api/v1/accounts/${b.id}/mute`, { token: a.token, body: { duration: -5 } })).status).toBe(422);
    expect((await api(s, "POST", `/api/v1/accounts/${b.id}/mute`, { token: a.token, body: { duration: "1e99" } })).status).toBe(422);
  });
});

describe("notes and endorsements", () => {
  it("sets and clears a private note, refusing an oversized one", async () => {
    const [a, b] = [await user("na"), await user("nb")];
    const res = await api(s, "POST", `/api/v1/accounts/${b.id}/note`, { token: a.token, body: { comment: "met at the conference" } });
    expect(res.body.note).toBe("met at the conference");
    expect((await api(s, "GET", `/api/v1/accounts/relationships?id[]=${a.id}`, { token: b.token })).body[0].note).toBe("");
    expect((await api(s, "POST", `/api/v1/accounts/${b.id}/note`, { token: a.token, body: { comment: "x".repeat(5000) } })).status).toBe(422);
    expect((await api(s, "POST", `/api/v1/accounts/${b.id}/note`, { token: a.token, body: { comment: ["a", { b: 1 }] } })).status).toBe(422);
    expect((await api(s, "POST", `/api/v1/accounts/${b.id}/note`, { token: a.token, body: { comment: "" } })).body.note).toBe("");
  });

  it("endorses only followed accounts and lists endorsements, own and public", async () => {
    const [a, b] = [await user("ea"), await user("eb")];
    const refused = await api(s, "POST", `/api/v1/accounts/${b.id}/pin`, { token: a.token });
    expect(refused.status).toBe(422);
    await api(s, "POST", `/api/v1/accounts/${b.id}/follow`, { token: a.token });
    expect((await api(s, "POST", `/api/v1/accounts/${b.id}/pin`, { token: a.token })).body.endorsed).toBe(true);
    expect((await api(s, "POST", `/api/v1/accounts/${b.id}/endorse`, { token: a.token })).body.endorsed).toBe(true);
    expect((await api(s, "GET", "/api/v1/endorsements", { token: a.token })).body.map((x: { id: string }) => x.id)).toEqual([b.id]);
    expect((await api(s, "GET", `/api/v1/accounts/${a.id}/endorsements`)).body.map((x: { id: string }) => x.id)).toEqual([b.id]);
    await api(s, "POST", `/api/v1/accounts/${b.id}/unpin`, { token: a.token });
    expect((await api(s, "GET", "/api/v1/endorsements", { token: a.token })).body).toEqual([]);
    await api(s, "POST", `/api/v1/accounts/${b.id}/endorse`, { token: a.token });
    await api(s, "POST", `/api/v1/accounts/${b.id}/unfollow`, { token: a.token });
    expect((await api(s, "GET", "/api/v1/endorsements", { token: a.token })).body).toEqual([]);
  });
});

describe("domain blocks", () => {
  it("blocks a remote domain, severing follows with it, and unblocks", async () => {
    const a = await user("da");
    const remote = newId();
    await s.ctx.db.insertInto("accounts").values({
      id: remote, username: "far", domain: "remote.example", acct_lower: "far@remote.example", display_name: "", note: "", fields: "[]",
      avatar_media_id: null, header_media_id: null, locked: 0, bot: 0, discoverable: 1, indexable: 1, uri: "https://remote.example/users/far",
      url: "https://remote.example/@far", created_at: now.toISOString(), updated_at: now.toISOString(), followers_count: 0, following_count: 1,
      statuses_count: 0, last_status_at: null, suspended_at: null, silenced_at: null, sensitized_at: null, moved_to_account_id: null,
    }).execute();
    await s.ctx.db.insertInto("follows").values({ id: newId(), account_id: remote, target_account_id: a.id, show_reblogs: 1, notify: 0, languages: null, created_at: now.toISOString() }).execute();
    await s.ctx.db.updateTable("accounts").set({ followers_count: 1 }).where("id", "=", a.id).execute();
    expect(await followerIds(s.ctx.db, a.id)).toEqual([remote]);

    expect((await api(s, "POST", "/api/v1/domain_blocks", { token: a.token, form: { domain: "Remote.Example" } })).body).toEqual({});
    expect((await api(s, "GET", "/api/v1/domain_blocks", { token: a.token })).body).toEqual(["remote.example"]);
    expect(await isFollowing(s.ctx.db, remote, a.id)).toBe(false);
    expect(await counts(a.id)).toEqual([0, 0]);
    const [rel] = await relationshipBetween(s.ctx.db, a.id, [remote]);
    expect(rel.domainBlocking).toBe(true);
    expect((await api(s, "POST", `/api/v1/accounts/${remote}/follow`, { token: a.token })).status).toBe(403);

    for (const bad of ["", "not a domain", "rostra.test", "x".repeat(300), "-bad-.example"]) {
      expect((await api(s, "POST", "/api/v1/domain_blocks", { token: a.token, body: { domain: bad } })).status).toBe(422);
    }
    expect((await api(s, "POST", "/api/v1/domain_blocks", { token: a.token, body: { domain: { nested: true } } })).status).toBe(422);
    await api(s, "DELETE", "/api/v1/domain_blocks?domain=remote.example", { token: a.token });
    expect((await api(s, "GET", "/api/v1/domain_blocks", { token: a.token })).body).toEqual([]);
  });
});
