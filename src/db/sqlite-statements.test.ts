// The data epoch must move on every write a reader could see — per table for caches that read only
// some tables — and on commits by other processes; reads and transaction bookkeeping leave it alone.
import Database from "better-sqlite3";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { cachedStatements, writeTarget } from "./sqlite-statements.js";

describe("writeTarget", () => {
  it("names the table a data statement writes, and nothing for reads", () => {
    expect(writeTarget('insert into "follows" ("id") values (?)')).toBe("follows");
    expect(writeTarget("INSERT OR IGNORE INTO statuses_fts (rowid, text) VALUES (?, ?)")).toBe("statuses_fts");
    expect(writeTarget('update "accounts" set "x" = 1')).toBe("accounts");
    expect(writeTarget("  delete from jobs where id = ?")).toBe("jobs");
    expect(writeTarget("select * from follows")).toBeNull();
    expect(writeTarget("savepoint rostra_writer")).toBeNull();
    expect(writeTarget("PRAGMA data_version")).toBeNull();
    expect(writeTarget("rollback to savepoint rostra_writer")).toBe("*");
    expect(writeTarget("create table t (a)")).toBe("*");
    expect(writeTarget("with x as (select 1) delete from follows")).toBe("*");
  });
});

describe("data epoch", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "rostra-epoch-"));
  const file = path.join(dir, "e.sqlite");
  const sqlite = new Database(file);
  sqlite.pragma("journal_mode = WAL");
  const db = cachedStatements(sqlite);
  db.prepare("create table follows (a)").run();
  db.prepare("create table statuses (a)").run();
  db.prepare("create table jobs (a)").run();
  afterAll(() => {
    sqlite.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it("moves per table, ignores reads and job bookkeeping, and sees other processes' commits", () => {
    const all = db.epoch.current();
    const follows = db.epoch.of(["follows"]);
    db.prepare("select * from follows").all();
    db.prepare("insert into jobs (a) values (1)").run();
    expect(db.epoch.current()).toBe(all);
    db.prepare("insert into statuses (a) values (1)").run();
    expect(db.epoch.current()).not.toBe(all);
    expect(db.epoch.of(["follows"])).toBe(follows);
    db.prepare('insert into "follows" (a) values (1)').run();
    const afterFollow = db.epoch.of(["follows"]);
    expect(afterFollow).not.toBe(follows);
    const other = new Database(file);
    other.prepare("insert into statuses (a) values (2)").run();
    other.close();
    expect(db.epoch.of(["follows"])).not.toBe(afterFollow);
  });
});
