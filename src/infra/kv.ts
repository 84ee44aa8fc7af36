// Small key/value + sorted-set store used for home timelines and rate-limit counters:
// in-process maps in embedded mode, Redis in scale-out mode. Both pass src/infra/kv.test.ts.

export interface KvStore {
  /** Insert members with numeric-string scores (ids); keep only the newest `cap`. */
  zadd(key: string, members: string[], cap: number): Promise<void>;
  zrem(key: string, members: string[]): Promise<void>;
  /**
   * Add one member to many sets (fan-out): the sets at `prefix + k` for each k of `keys` that exist; a
   * key holding no set is left alone. Timelines are caches: one nobody has read is rebuilt from the
   * database when first read, new member included, so filling it meanwhile would cost memory and
   * fan-out time for nothing (as Mastodon skips the feeds of inactive users). In process it runs
   * synchronously (returns nothing to await), without building a key string per set; Redis runs it as
   * one script.
   */
  zaddToMany(prefix: string, keys: readonly string[], member: string, cap: number): void | Promise<void>;
  /** Members between bounds (exclusive), newest first, at most `limit`. */
  zrangeDesc(key: string, opts: { maxId?: string; minId?: string; limit: number }): Promise<string[]>;
  /** Members above minId, oldest first (for min_id pagination). */
  zrangeAsc(key: string, opts: { minId: string; maxId?: string; limit: number }): Promise<string[]>;
  exists(key: string): Promise<boolean>;
  del(key: string): Promise<void>;
  /** Increment a counter that expires after windowMs; returns the new count and ms left. */
  incr(key: string, windowMs: number): Promise<{ count: number; resetMs: number }>;
  /**
   * In-process store only: a number that changes whenever the sorted set at `key` changes, so a cached
   * response built from it can tell it is stale. Redis is shared by processes, so it has none.
   */
  version?(key: string): number;
  close(): Promise<void>;
}

// Ids are fixed-width 18-digit strings, so string comparison is numeric comparison. Sets are kept
// oldest first: fan-out adds the newest id, which is then a push, not a shift of the whole array.
function insertSorted(list: string[], id: string): void {
  const n = list.length;
  if (n === 0 || list[n - 1] < id) {
    list.push(id);
    return;
  }
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (list[mid] < id) lo = mid + 1;
    else hi = mid;
  }
  if (list[lo] !== id) list.splice(lo, 0, id);
}

/** Trimming is batched: a set may hold up to TRIM_SLACK more than its cap, which reads never show. */
const TRIM_SLACK = 64;

interface SortedSet {
  /** null once deleted: the entry stays so that a recreated set never repeats an old version */
  ids: string[] | null;
  cap: number;
  version: number;
}

/**
 * Sets are kept per key prefix ("home:", "list:"), each a map by the rest of the key: fan-out looks a
 * set up by the account or list id it already holds — the same string object on every post, whose hash
 * V8 has cached — instead of hashing a freshly concatenated key per set.
 */
function splitKey(key: string): [string, string] {
  const i = key.indexOf(":");
  return i < 0 ? ["", key] : [key.slice(0, i + 1), key.slice(i + 1)];
}

export function createMemoryKv(): KvStore {
  const spaces = new Map<string, Map<string, SortedSet>>();
  const counters = new Map<string, { count: number; reset: number }>();
  let versions = 0;
  const space = (prefix: string) => {
    let m = spaces.get(prefix);
    if (!m) spaces.set(prefix, (m = new Map()));
    return m;
  };
  /** The entry at `key`, deleted or not (a deleted one still carries its version). */
  const find = (key: string): SortedSet | undefined => {
    const [prefix, rest] = splitKey(key);
    return spaces.get(prefix)?.get(rest);
  };
  /** The set at `key` unless it was deleted. */
  const live = (key: string): (SortedSet & { ids: string[] }) | undefined => {
    const set = find(key);
    return set?.ids ? (set as SortedSet & { ids: string[] }) : undefined;
  };
  // the highest member ever added to any set: a member above it is above every set's newest, so it
  // is appended without comparing strings in each set (fan-out of new posts, the common case)
  let highest = "";
  const addIn = (m: Map<string, SortedSet>, rest: string, members: string[], cap: number, append = false) => {
    let set = m.get(rest);
    if (!set) m.set(rest, (set = { ids: [], cap, version: 0 }));
    addTo(set, members, cap, append);
  };
  const addTo = (set: SortedSet, members: string[], cap: number, append: boolean) => {
    set.version = ++versions;
    set.cap = cap;
    const ids = (set.ids ??= []);
    if (append) ids.push(members[0]);
    else for (const id of members) insertSorted(ids, id);
    if (ids.length > cap + TRIM_SLACK) ids.splice(0, ids.length - cap);
  };
  const noteHighest = (members: string[]) => {
    for (const id of members) if (id > highest) highest = id;
  };
  /** Index of the oldest member a reader may see (the newest `cap`). */
  const floor = (set: { ids: string[]; cap: number }) => Math.max(0, set.ids.length - set.cap);
  return {
    version: (key) => find(key)?.version ?? 0,
    async zadd(key, members, cap) {
      const [prefix, rest] = splitKey(key);
      addIn(space(prefix), rest, members, cap);
      noteHighest(members);
    },
    zaddToMany(prefix, keys, member, cap) {
      const m = spaces.get(prefix);
      if (!m) return;
      const members = [member];
      const append = member > highest;
      for (let i = 0; i < keys.length; i++) {
        const set = m.get(keys[i]);
        if (set?.ids) addTo(set, members, cap, append);
      }
      if (append) highest = member;
    },
    async zrem(key, members) {
      const set = find(key);
      if (!set) return;
      set.version = ++versions;
      if (!set.ids) return;
      const drop = new Set(members);
      set.ids = set.ids.filter((m) => !drop.has(m));
    },
    async zrangeDesc(key, { maxId, minId, limit }) {
      const set = live(key);
      const out: string[] = [];
      if (!set) return out;
      const list = set.ids;
      for (let i = list.length - 1, end = floor(set); i >= end; i--) {
        const m = list[i];
        if (maxId !== undefined && m >= maxId) continue;
        if (minId !== undefined && m <= minId) break;
        out.push(m);
        if (out.length >= limit) break;
      }
      return out;
    },
    async zrangeAsc(key, { minId, maxId, limit }) {
      const set = live(key);
      const out: string[] = [];
      if (!set) return out;
      const list = set.ids;
      for (let i = floor(set); i < list.length; i++) {
        const m = list[i];
        if (m <= minId) continue;
        if (maxId !== undefined && m >= maxId) break;
        out.push(m);
        if (out.length >= limit) break;
      }
      return out;
    },
    async exists(key) {
      return live(key) !== undefined;
    },
    async del(key) {
      const set = find(key);
      if (set?.ids) {
        set.ids = null;
        set.version = ++versions;
      }
      counters.delete(key);
    },
    async incr(key, windowMs) {
      const now = Date.now();
      let c = counters.get(key);
      if (!c || c.reset <= now) {
        c = { count: 0, reset: now + windowMs };
        counters.set(key, c);
        if (counters.size > 100_000) {
          for (const [k, v] of counters) if (v.reset <= now) counters.delete(k);
        }
      }
      c.count++;
      return { count: c.count, resetMs: c.reset - now };
    },
    async close() {
      spaces.clear();
      counters.clear();
    },
  };
}

/** zaddToMany on Redis: ZADD (score 0) and trim to the cap, in each of KEYS that exists. */
const ADD_TO_EXISTING = `
for _, key in ipairs(KEYS) do
  if redis.call('EXISTS', key) == 1 then
    redis.call('ZADD', key, 0, ARGV[1])
    redis.call('ZREMRANGEBYRANK', key, 0, -(tonumber(ARGV[2]) + 1))
  end
end
return 0`;

export async function createRedisKv(url: string, prefix = "rostra:"): Promise<KvStore> {
  const { Redis } = await import("ioredis");
  const r = new Redis(url, { maxRetriesPerRequest: 3 });
  // Scores must be exact: ids exceed 2^53, so all members share score 0 and order lexically (fixed width).
  const k = (key: string) => prefix + key;
  return {
    async zadd(key, members, cap) {
      if (members.length === 0) return;
      const args: (string | number)[] = [];
      for (const m of members) args.push(0, m);
      await r
        .multi()
        .zadd(k(key), ...args)
        .zremrangebyrank(k(key), 0, -(cap + 1))
        .exec();
    },
    async zaddToMany(prefix, keys, member, cap) {
      if (keys.length === 0) return;
      await r.eval(ADD_TO_EXISTING, keys.length, ...keys.map((key) => k(prefix + key)), member, cap);
    },
    async zrem(key, members) {
      if (members.length) await r.zrem(k(key), ...members);
    },
    async zrangeDesc(key, { maxId, minId, limit }) {
      const max = maxId !== undefined ? `(${maxId}` : "+";
      const min = minId !== undefined ? `(${minId}` : "-";
      return r.zrevrangebylex(k(key), max, min, "LIMIT", 0, limit);
    },
    async zrangeAsc(key, { minId, maxId, limit }) {
      const max = maxId !== undefined ? `(${maxId}` : "+";
      return r.zrangebylex(k(key), `(${minId}`, max, "LIMIT", 0, limit);
    },
    async exists(key) {
      return (await r.exists(k(key))) === 1;
    },
    async del(key) {
      await r.del(k(key));
    },
    async incr(key, windowMs) {
      const res = await r.multi().incr(k(key)).pexpire(k(key), windowMs, "NX").pttl(k(key)).exec();
      const count = Number(res?.[0]?.[1] ?? 1);
      const ttl = Number(res?.[2]?.[1] ?? windowMs);
      return { count, resetMs: ttl > 0 ? ttl : windowMs };
    },
    async close() {
      r.disconnect();
    },
  };
}
