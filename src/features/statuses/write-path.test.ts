// The write path's shared machinery: group commit (one writer's failure stays its own), batched job
// handlers (with per-job retry when a batch fails) and the streaming presence that lets fan-out skip
// streams nobody listens to.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { api, createTestServer, createUser, type TestServer, type TestUser, usePostgres, useRedis } from "../../../test/helpers.js";
import { hasListeners, hasSharedListeners } from "../streaming/presence.js";
import { atBatchEnd, inWriteTransaction } from "./write-batch.js";
import { rawQuery } from "./write-sql.js";

let s: TestServer;
let alice: TestUser;
beforeAll(async () => {
  s = await createTestServer();
  alice = await createUser(s, "alice");
});
afterAll(async () => {
  await s.close();
});

const tagRow = (name: string) => s.ctx.db.selectFrom("tags").select("name").where("name_lower", "=", name).executeTakeFirst();
const insertTag = (trx: Parameters<Parameters<typeof inWriteTransaction>[1]>[0], name: string) =>
  rawQuery(trx, s.ctx.dialect, "insert into tags (id, name, name_lower, created_at, last_status_at, usable) values (?, ?, ?, ?, ?, 1)", [
    `9${Math.floor(Math.random() * 1e15)}`.padEnd(18, "0"), name, name, new Date().toISOString(), new Date().toISOString(),
  ]);

describe("group commit", () => {
  it("commits concurrent writers together while a failing one rolls back only its own writes", async () => {
    const results = await Promise.allSettled([
      inWriteTransaction(s.ctx, async (trx) => {
        await insertTag(trx, "gc_first");
        return "first";
      }),
      inWriteTransaction(s.ctx, async (trx) => {
        await insertTag(trx, "gc_failing");
        throw new Error("writer failed");
      }),
      inWriteTransaction(s.ctx, async (trx) => {
        await insertTag(trx, "gc_third");
        return "third";
      }),
    ]);
    expect(results[0]).toEqual({ status: "fulfilled", value: "first" });
    expect(results[1].status).toBe("rejected");
    expect((results[1] as PromiseRejectedResult).reason.message).toBe("writer failed");
    expect(results[2]).toEqual({ status: "fulfilled", value: "third" });
    expect(await tagRow("gc_first")).toBeDefined();
    expect(await tagRow("gc_failing")).toBeUndefined();
    expect(await tagRow("gc_third")).toBeDefined();
  });

  it("creates many statuses at once, each with its own mention, tag and job", async () => {
    const bob = await createUser(s, "bob_gc");
    const posts = await Promise.all(Array.from({ length: 12 }, (_, i) => api(s, "POST", "/api/v1/statuses", { token: alice.token, body: { status: `batch ${i} #gcbatch @bob_gc` } })));
    expect(posts.map((p) => p.status)).toEqual(posts.map(() => 200));
    const ids = posts.map((p) => p.body.id as string);
    expect(new Set(ids).size).toBe(12);
    const mentions = await s.ctx.db.selectFrom("mentions").select("status_id").where("account_id", "=", bob.id).execute();
    expect(new Set(mentions.map((m) => m.status_id))).toEqual(new Set(ids));
    const notes = await s.ctx.db.selectFrom("notifications").select("status_id").where("account_id", "=", bob.id).where("type", "=", "mention").execute();
    expect(notes).toHaveLength(12);
    await s.ctx.jobs.drain();
    const home = await api(s, "GET", "/api/v1/timelines/home?limit=40", { token: alice.token });
    for (const id of ids) expect(home.body.map((x: { id: string }) => x.id)).toContain(id);
  });
});

describe.skipIf(usePostgres)("work left for the end of a group commit (SQLite)", () => {
  it("runs after every writer, once per key, and is dropped with a failing writer", async () => {
    const ran: string[] = [];
    const leave = (trx: Parameters<Parameters<typeof inWriteTransaction>[1]>[0], what: string, key?: string) =>
      expect(atBatchEnd(trx, async () => void ran.push(what), key)).toBe(true);
    const results = await Promise.allSettled([
      inWriteTransaction(s.ctx, async (trx) => {
        leave(trx, "first");
        leave(trx, "shared by first", "shared");
        ran.push("writer 1");
      }),
      inWriteTransaction(s.ctx, async (trx) => {
        leave(trx, "of the failing writer");
        ran.push("writer 2");
        throw new Error("writer failed");
      }),
      inWriteTransaction(s.ctx, async (trx) => {
        leave(trx, "third");
        leave(trx, "shared by third", "shared");
        ran.push("writer 3");
      }),
    ]);
    expect(results.map((r) => r.status)).toEqual(["fulfilled", "rejected", "fulfilled"]);
    expect(ran).toEqual(["writer 1", "writer 2", "writer 3", "first", "shared by first", "third"]);
  });

  it("keeps the writers' posts when the left work fails, and skips only the failing item", async () => {
    const ran: string[] = [];
    await Promise.all([
      inWriteTransaction(s.ctx, async (trx) => {
        await insertTag(trx, "gc_end_kept");
        atBatchEnd(trx, async () => {
          throw new Error("index broke");
        });
      }),
      inWriteTransaction(s.ctx, async (trx) => {
        atBatchEnd(trx, async (t) => {
          await insertTag(t, "gc_end_work");
          ran.push("ok");
        });
      }),
    ]);
    expect(await tagRow("gc_end_kept")).toBeDefined();
    expect(await tagRow("gc_end_work")).toBeDefined();
    expect(ran).toEqual(["ok"]); // the failing item came first: the whole stopped before this one, which then ran alone
  });

  it("is not a batch outside one: the caller does the work itself", async () => {
    await s.ctx.db.transaction().execute(async (trx) => {
      expect(atBatchEnd(trx, async () => {})).toBe(false);
    });
  });

  it("indexes posts created together for search, merging 8 index segments a level", async () => {
    const posts = await Promise.all(Array.from({ length: 10 }, (_, i) => api(s, "POST", "/api/v1/statuses", { token: alice.token, body: { status: `quokka${i} together in one commit` } })));
    expect(posts.map((p) => p.status)).toEqual(posts.map(() => 200));
    const found = await api(s, "GET", "/api/v2/search?type=statuses&q=together%20commit&limit=40", { token: alice.token });
    expect(found.body.statuses.map((x: { id: string }) => x.id).sort()).toEqual(posts.map((p) => p.body.id).sort());
    const one = await api(s, "GET", "/api/v2/search?type=statuses&q=quokka7", { token: alice.token });
    expect(one.body.statuses.map((x: { id: string }) => x.id)).toEqual([posts[7].body.id]);
    const config = await rawQuery<{ k: string; v: number }>(s.ctx.db, s.ctx.dialect, "select k, v from statuses_fts_config where k = 'automerge'", []);
    expect(Object.fromEntries(config.map((r) => [r.k, Number(r.v)]))).toEqual({ automerge: 8 });
  });
});

describe("batched jobs", () => {
  it("hands consecutive jobs of a kind to the batch handler, and retries one by one when the batch fails", async () => {
    const batches: string[][] = [];
    const singles: string[] = [];
    s.ctx.jobs.register("test.batched", async (p: { v: string }) => {
      singles.push(p.v);
    });
    s.ctx.jobs.registerBatch("test.batched", async (ps: { v: string }[]) => {
      batches.push(ps.map((p) => p.v));
      if (ps.some((p) => p.v === "bad")) throw new Error("batch failed");
    });
    // one transaction: a polling worker sees all of them or none
    const enqueue = (vs: string[]) => s.ctx.db.transaction().execute(async (trx) => {
      for (const v of vs) await s.ctx.jobs.enqueue(trx, "test.batched", { v });
    });
    await enqueue(["a", "b", "c"]);
    await s.ctx.jobs.drain();
    expect(batches).toEqual([["a", "b", "c"]]);
    expect(singles).toEqual([]);

    await enqueue(["d", "bad"]);
    await s.ctx.jobs.drain();
    expect(batches[1]).toEqual(["d", "bad"]);
    expect(singles).toEqual(["d", "bad"]);
    expect(await s.ctx.jobs.pending()).toBe(0);
  });
});

describe.skipIf(useRedis)("streaming presence (in-process pub/sub)", () => {
  it("knows which streams have subscribers", async () => {
    const listener = () => {};
    expect(hasListeners(s.ctx, "user:presence-test")).toBe(false);
    await s.ctx.pubsub.subscribe("timeline:user:presence-test", listener);
    expect(hasListeners(s.ctx, "user:presence-test")).toBe(true);
    await s.ctx.pubsub.unsubscribe("timeline:user:presence-test", listener);
    expect(hasListeners(s.ctx, "user:presence-test")).toBe(false);

    expect(hasSharedListeners(s.ctx)).toBe(false);
    await s.ctx.pubsub.subscribe("timeline:hashtag:cats", listener);
    expect(hasSharedListeners(s.ctx)).toBe(true);
    await s.ctx.pubsub.unsubscribe("timeline:hashtag:cats", listener);
    expect(hasSharedListeners(s.ctx)).toBe(false);
  });

  it("still delivers to a subscriber that joins after the author's earlier posts", async () => {
    const got: string[] = [];
    const listener = (raw: string) => got.push(JSON.parse(raw).event);
    await api(s, "POST", "/api/v1/statuses", { token: alice.token, body: { status: "nobody listens" } });
    await s.ctx.jobs.drain();
    await s.ctx.pubsub.subscribe(`timeline:user:${alice.id}`, listener);
    await api(s, "POST", "/api/v1/statuses", { token: alice.token, body: { status: "now someone does" } });
    await s.ctx.jobs.drain();
    await s.ctx.pubsub.unsubscribe(`timeline:user:${alice.id}`, listener);
    expect(got).toEqual(["update"]);
  });
});
