// better-sqlite3 behind Kysely: Kysely's driver calls prepare() for every query, which costs as much
// as running a point read. This wrapper keeps prepared statements by SQL text (bounded, most recently
// used kept) and, with ROSTRA_SQL_STATS=1, counts statements and their time per SQL text (printed to
// stderr on SIGUSR2 and at exit) for profiling. Every query passes through prepare(), so it is also
// where writes are counted: the data epoch (dataEpoch) that response caches are checked against.
import type BetterSqlite3 from "better-sqlite3";

type Statement = BetterSqlite3.Statement<unknown[], unknown>;

const MAX_STATEMENTS = 1000;

interface Stat {
  count: number;
  ms: number;
  maxMs: number;
}

/** The subset of the better-sqlite3 Database that Kysely's SqliteDialect uses. */
export interface SqliteLike {
  prepare(sql: string): Statement;
  close(): unknown;
}

/** Tables whose rows no response shows: writing them leaves the data epoch alone. */
const UNSEEN_TABLES = new Set(["jobs"]);

/**
 * What running `sql` can change for a reader: null for nothing (plain reads, BEGIN, COMMIT, SAVEPOINT,
 * RELEASE), the table a data statement writes, or "*" for anything else (DDL, ROLLBACK — it takes
 * back writes a reader on this connection may already have seen — and statements not recognised).
 */
export function writeTarget(sql: string): string | null {
  const head = /^\s*(\w+)/.exec(sql)?.[1]?.toLowerCase() ?? "";
  switch (head) {
    case "select":
    case "explain":
    case "begin":
    case "commit":
    case "end":
    case "savepoint":
    case "release":
      return null;
    case "pragma":
      return sql.includes("=") ? "*" : null;
    case "with":
      return /\b(insert|update|delete|replace)\b/i.test(sql) ? "*" : null;
    case "insert":
    case "replace":
    case "update":
    case "delete": {
      const table = /^\s*(?:insert\s+(?:or\s+\w+\s+)?into|replace\s+into|update(?:\s+or\s+\w+)?|delete\s+from)\s+"?(\w+)"?/i.exec(sql)?.[1];
      return table ? table.toLowerCase() : "*";
    }
    default:
      return "*";
  }
}

export interface DataEpoch {
  /**
   * A number that changes whenever the database may read differently than before: a write through
   * this connection (except to tables no response shows), or a commit by another connection or
   * process (PRAGMA data_version).
   */
  current(): number;
  /** The same, for what reads only these tables depend on (writes elsewhere leave it alone). */
  of(tables: readonly string[]): number;
}

export function cachedStatements(db: BetterSqlite3.Database, opts: { stats?: boolean } = {}): SqliteLike & { epoch: DataEpoch } {
  const cache = new Map<string, { stmt: Statement; target: string | null }>();
  // writes counted per table; "*" counts writes that may touch any table
  const perTable = new Map<string, number>();
  let seen = 0; // writes to tables a response may show
  let external = 0; // commits by other connections seen
  let lastVersion = -1;
  const dataVersion = db.prepare("PRAGMA data_version").pluck();
  const checkExternal = () => {
    const v = dataVersion.get() as number;
    if (v !== lastVersion) {
      lastVersion = v;
      external++;
    }
  };
  const epochOf: DataEpoch = {
    current() {
      checkExternal();
      return seen + external;
    },
    of(tables) {
      checkExternal();
      let n = external + (perTable.get("*") ?? 0);
      for (const t of tables) n += perTable.get(t) ?? 0;
      return n;
    },
  };
  const prepare = (sql: string): Statement => {
    // one lookup per query: SQL texts are long, and hashing one costs as much as a point read's setup
    let entry = cache.get(sql);
    if (entry === undefined) {
      entry = { stmt: db.prepare(sql) as Statement, target: writeTarget(sql) };
      cache.set(sql, entry);
      // the few hundred texts in use fit; past the bound the oldest is dropped
      if (cache.size > MAX_STATEMENTS) cache.delete(cache.keys().next().value as string);
    }
    const target = entry.target;
    // counted before the statement runs: better-sqlite3 runs it synchronously right after prepare()
    if (target !== null) {
      perTable.set(target, (perTable.get(target) ?? 0) + 1);
      if (!UNSEEN_TABLES.has(target)) seen++;
    }
    // a statement still iterating (streamed query) cannot be reused: prepare a fresh one
    return entry.stmt.busy ? (db.prepare(sql) as Statement) : entry.stmt;
  };
  if (!opts.stats) return { prepare, close: () => db.close(), epoch: epochOf };

  const stats = new Map<string, Stat>();
  const record = (sql: string, started: bigint) => {
    const key = sql.replace(/\?(, \?)+/g, "?…");
    const s = stats.get(key) ?? { count: 0, ms: 0, maxMs: 0 };
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    s.count++;
    s.ms += ms;
    if (ms > s.maxMs) s.maxMs = ms;
    stats.set(key, s);
  };
  const dump = () => {
    const rows = [...stats].sort((a, b) => b[1].ms - a[1].ms).slice(0, 40);
    process.stderr.write(`SQL statements by total time (count, total ms, max ms, sql):\n${rows.map(([sql, s]) => `${String(s.count).padStart(8)} ${s.ms.toFixed(0).padStart(8)} ${s.maxMs.toFixed(1).padStart(7)}  ${sql.slice(0, 300)}`).join("\n")}\n`);
    stats.clear();
  };
  process.on("SIGUSR2", dump);
  process.on("exit", dump);
  const timed = (sql: string, stmt: Statement): Statement =>
    new Proxy(stmt, {
      get(target, prop) {
        const value = Reflect.get(target, prop, target);
        if (prop !== "all" && prop !== "run" && prop !== "get") return typeof value === "function" ? value.bind(target) : value;
        return (...args: unknown[]) => {
          const started = process.hrtime.bigint();
          try {
            return (value as (...a: unknown[]) => unknown).apply(target, args);
          } finally {
            record(sql, started);
          }
        };
      },
    });
  return { prepare: (sql) => timed(sql, prepare(sql)), close: () => db.close(), epoch: epochOf };
}
