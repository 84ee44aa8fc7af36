// One contract for both stores: the in-process one (embedded mode) and Redis (scale-out, when
// ROSTRA_TEST_REDIS=1). Timelines depend on exactly these semantics: newest-first ranges with
// exclusive bounds, a cap that keeps the newest, idempotent adds.
import { afterAll, describe, expect, it } from "vitest";
import { REDIS_URL, useRedis } from "../../test/helpers.js";
import { createMemoryKv, createRedisKv, type KvStore } from "./kv.js";

const id = (n: number) => String(n).padStart(18, "0");

const stores: [string, () => Promise<KvStore>][] = [["memory", async () => createMemoryKv()]];
if (useRedis) stores.push(["redis", () => createRedisKv(REDIS_URL, `rostra-kv-test-${process.pid}-${Date.now()}:`)]);

describe.each(stores)("%s key/value store", (_name, make) => {
  let kv: KvStore;
  afterAll(async () => kv?.close());

  it("keeps ids ordered, unique and capped to the newest", async () => {
    kv = await make();
    await kv.zadd("t", [id(5), id(1), id(3)], 4);
    await kv.zadd("t", [id(3), id(9)], 4);
    expect(await kv.zrangeDesc("t", { limit: 10 })).toEqual([id(9), id(5), id(3), id(1)]);
    for (let n = 10; n < 200; n++) await kv.zadd("t", [id(n)], 4);
    expect(await kv.zrangeDesc("t", { limit: 10 })).toEqual([id(199), id(198), id(197), id(196)]);
    expect(await kv.zrangeAsc("t", { minId: id(0), limit: 10 })).toEqual([id(196), id(197), id(198), id(199)]);
    // an id older than everything kept, added to a full set, is not shown
    await kv.zadd("t", [id(2)], 4);
    expect(await kv.zrangeDesc("t", { limit: 10 })).toEqual([id(199), id(198), id(197), id(196)]);
  });

  it("reads ranges with exclusive bounds and limits, and removes members", async () => {
    await kv.zadd("r", [1, 2, 3, 4, 5, 6].map(id), 100);
    expect(await kv.zrangeDesc("r", { maxId: id(5), minId: id(2), limit: 10 })).toEqual([id(4), id(3)]);
    expect(await kv.zrangeDesc("r", { maxId: id(6), limit: 2 })).toEqual([id(5), id(4)]);
    expect(await kv.zrangeAsc("r", { minId: id(2), maxId: id(6), limit: 2 })).toEqual([id(3), id(4)]);
    await kv.zrem("r", [id(4), id(6)]);
    expect(await kv.zrangeDesc("r", { limit: 10 })).toEqual([id(5), id(3), id(2), id(1)]);
    expect(await kv.exists("r")).toBe(true);
    await kv.del("r");
    expect(await kv.exists("r")).toBe(false);
    expect(await kv.zrangeDesc("r", { limit: 10 })).toEqual([]);
  });

  it("adds a member to many existing sets at once under one key prefix, and (in process) versions every change", async () => {
    await kv.zadd("m:1", [id(3)], 10);
    await kv.zadd("m:2", [id(0)], 10);
    await kv.zadd("m:4", [id(0)], 10);
    await kv.del("m:4");
    const before = kv.version?.("m:1");
    await kv.zaddToMany("m:", ["1", "2"], id(1), 10);
    await kv.zaddToMany("m:", ["1"], id(2), 10);
    await kv.zaddToMany("m:", ["2"], id(7), 10);
    await kv.zaddToMany("m:", [], id(8), 10);
    expect(await kv.zrangeDesc("m:1", { limit: 10 })).toEqual([id(3), id(2), id(1)]);
    expect(await kv.zrangeDesc("m:2", { limit: 10 })).toEqual([id(7), id(1), id(0)]);
    // the cap holds for sets filled this way too
    for (let i = 10; i < 30; i++) await kv.zaddToMany("m:", ["2"], id(i), 10);
    expect(await kv.zrangeDesc("m:2", { limit: 100 })).toEqual([29, 28, 27, 26, 25, 24, 23, 22, 21, 20].map(id));
    // sets that do not exist (never made, or deleted) are not created: their reader rebuilds them
    await kv.zaddToMany("m:", ["3", "4"], id(40), 10);
    expect(await kv.exists("m:3")).toBe(false);
    expect(await kv.exists("m:4")).toBe(false);
    await kv.zaddToMany("x:", ["1"], id(41), 10);
    expect(await kv.exists("x:1")).toBe(false);
    if (kv.version) {
      expect(kv.version("m:1")).not.toBe(before);
      const v = kv.version("m:1");
      await kv.zrangeDesc("m:1", { limit: 1 });
      expect(kv.version("m:1")).toBe(v);
      await kv.del("m:1");
      const deleted = kv.version("m:1");
      expect(deleted).not.toBe(v);
      // a set created again never shows a version a reader may have seen before
      await kv.zadd("m:1", [id(3)], 10);
      expect([before, v, deleted]).not.toContain(kv.version("m:1"));
      // keys without a prefix are sets like any other
      await kv.zadd("plain", [id(1)], 10);
      expect(kv.version("plain")).toBeGreaterThan(0);
    }
  });
});
