// The response cache may only ever serve what a fresh build would: every kind of change a timeline
// can show (counts, the reader's own flags, new posts through fan-out, edits, relationship changes,
// writes by another process) must reach the next read, and a page is served from the cache only
// while nothing changed.
import Database from "better-sqlite3";
import type { FastifyReply, FastifyRequest } from "fastify";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { api, createTestServer, createUser, type TestServer, type TestUser, usePostgres, useRedis } from "../../test/helpers.js";
import { act, follow, home, publish } from "../features/timelines/test-util.js";
import { createResponseCache, earliestExpiry } from "./response-cache.js";

describe("response cache mechanics", () => {
  function fakes() {
    let epoch = 1;
    let kvVersion = 1;
    let now = 1_000_000;
    const cache = createResponseCache(
      { current: () => epoch, of: () => epoch },
      { version: () => kvVersion } as never,
      { now: () => new Date(now) },
      { ttlMs: 10_000, maxBytes: 400 },
    )!;
    let builds = 0;
    const headers: Record<string, string> = {};
    const reply = {
      header: (k: string, v: string) => ((headers[k] = v), reply),
      getHeader: (k: string) => headers[k],
      type: () => reply,
    } as unknown as FastifyReply;
    const read = (url: string, value: unknown = { url }) =>
      cache.serve({ url } as FastifyRequest, reply, { viewer: "v", kvKeys: ["home:v"] }, async () => {
        builds++;
        return value;
      });
    return {
      cache, read,
      builds: () => builds,
      write: () => epoch++,
      fanout: () => kvVersion++,
      advance: (ms: number) => (now += ms),
      now: () => now,
    };
  }

  it("serves a second read from the cache and rebuilds after a write or a timeline change", async () => {
    const f = fakes();
    expect(await f.read("/a")).toBe('{"url":"/a"}');
    await f.read("/a");
    expect(f.builds()).toBe(1);
    f.write();
    await f.read("/a");
    expect(f.builds()).toBe(2);
    f.fanout();
    await f.read("/a");
    expect(f.builds()).toBe(3);
    expect(f.cache.stats()).toMatchObject({ hits: 1, misses: 3 });
  });

  it("ends an entry at its time limit and at the earliest expiry it shows", async () => {
    const f = fakes();
    await f.read("/t");
    f.advance(10_001);
    await f.read("/t");
    expect(f.builds()).toBe(2);
    const closes = new Date(f.now() + 2_000).toISOString();
    await f.read("/poll", [{ poll: { expires_at: closes, expired: false } }]);
    await f.read("/poll");
    expect(f.builds()).toBe(3);
    f.advance(2_001);
    await f.read("/poll");
    expect(f.builds()).toBe(4);
  });

  it("keeps nothing built across a clear(), so a corrected in-process render is never undone", async () => {
    const f = fakes();
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const slow = f.cache.serve({ url: "/c" } as FastifyRequest, { header() {}, getHeader() {}, type() {} } as unknown as FastifyReply, { viewer: "v" }, async () => {
      await gate;
      return { stale: true };
    });
    f.cache.clear();
    release();
    await slow;
    const builds = f.builds();
    await f.read("/c");
    expect(f.builds()).toBe(builds + 1);
  });

  it("keeps the most recently used bodies within its byte budget", async () => {
    const f = fakes();
    for (const u of ["/1", "/2", "/3", "/4", "/5"]) await f.read(u, { pad: "x".repeat(40), u });
    expect(f.cache.stats().bytes).toBeLessThanOrEqual(400);
    const before = f.builds();
    await f.read("/5", { pad: "x".repeat(40), u: "/5" });
    expect(f.builds()).toBe(before);
    await f.read("/1", { pad: "x".repeat(40), u: "/1" });
    expect(f.builds()).toBe(before + 1);
  });

  it("finds the earliest future expiry among polls and filter results, boosts and quotes included", () => {
    const now = Date.parse("2026-01-01T00:00:00Z");
    const filtered = [{ filter: { expires_at: "2026-01-01T00:00:05Z" } }];
    expect(earliestExpiry([{ filtered }, { poll: { expires_at: "2026-01-01T00:00:03Z" } }], now)).toBe(now + 3000);
    expect(earliestExpiry([{ reblog: { quote: { quoted_status: { poll: { expires_at: "2026-01-01T00:00:02Z" } } } } }, { filtered }], now)).toBe(now + 2000);
    expect(earliestExpiry([{ poll: { expires_at: "2025-12-31T00:00:00Z" } }, { poll: null }], now)).toBe(Number.POSITIVE_INFINITY);
  });
});

describe.skipIf(usePostgres || useRedis)("response cache over HTTP (embedded mode)", () => {
  let s: TestServer;
  let ann: TestUser;
  let ben: TestUser;
  let cat: TestUser;
  beforeAll(async () => {
    s = await createTestServer();
    [ann, ben, cat] = await Promise.all(["ann", "ben", "cat"].map((n) => createUser(s, n)));
    await follow(s, ben, ann);
  });
  afterAll(async () => {
    await s.close();
  });

  const hits = () => s.ctx.responses!.stats().hits;

  it("serves a repeated read from the cache, byte for byte, with its Link header", async () => {
    await publish(s, ann, "hello from ann");
    // the very first read rebuilds the timeline set while it reads, so it is not kept
    await home(s, ben);
    const first = await home(s, ben);
    const before = hits();
    const second = await home(s, ben);
    expect(hits()).toBe(before + 1);
    expect(second.body).toEqual(first.body);
    expect(second.link).toBe(first.link);
  });

  it("shows other people's likes, the reader's own flags and new posts at once", async () => {
    const st = await publish(s, ann, "count me");
    expect((await home(s, ben)).body[0].favourites_count).toBe(0);
    await act(s, cat, `/api/v1/statuses/${st.id}/favourite`);
    expect((await home(s, ben)).body[0].favourites_count).toBe(1);
    await act(s, ben, `/api/v1/statuses/${st.id}/bookmark`);
    expect((await home(s, ben)).body[0].bookmarked).toBe(true);
    const next = await publish(s, ann, "a newer post");
    expect((await home(s, ben)).ids[0]).toBe(next.id);
    await act(s, ben, `/api/v1/accounts/${ann.id}/mute`);
    expect((await home(s, ben)).ids).not.toContain(next.id);
    await act(s, ben, `/api/v1/accounts/${ann.id}/unmute`);
    expect((await home(s, ben)).ids).toContain(next.id);
  });

  it("shows an edit and a deletion at once", async () => {
    const st = await publish(s, ann, "first words");
    await home(s, ben);
    const edited = await api(s, "PUT", `/api/v1/statuses/${st.id}`, { token: ann.token, body: { status: "second words" } });
    expect(edited.status).toBe(200);
    expect((await home(s, ben)).body.find((x: any) => x.id === st.id).content).toContain("second words");
    expect((await api(s, "DELETE", `/api/v1/statuses/${st.id}`, { token: ann.token })).status).toBe(200);
    await s.ctx.jobs.drain();
    expect((await home(s, ben)).ids).not.toContain(st.id);
  });

  it("sees a write made by another process on the same database file", async () => {
    const st = await publish(s, ann, "changed elsewhere");
    expect((await home(s, ben)).body[0].reblogs_count).toBe(0);
    const other = new Database(path.join(s.dataDir, "rostra.sqlite"));
    try {
      other.prepare("UPDATE statuses SET reblogs_count = 42 WHERE id = ?").run(st.id);
    } finally {
      other.close();
    }
    expect((await home(s, ben)).body[0].reblogs_count).toBe(42);
  });

  it("keeps readers apart: the same URL gives each reader their own page", async () => {
    const mine = await home(s, ben);
    const theirs = await home(s, cat);
    expect(theirs.ids).not.toEqual(mine.ids);
    expect((await home(s, cat)).ids).toEqual(theirs.ids);
  });
});

describe.runIf(usePostgres)("response cache with PostgreSQL", () => {
  it("is off: other processes write where this one cannot see", async () => {
    const s = await createTestServer();
    try {
      expect(s.ctx.responses).toBeNull();
    } finally {
      await s.close();
    }
  });
});
