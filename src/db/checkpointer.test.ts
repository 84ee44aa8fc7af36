// The WAL is checkpointed into the database file by the worker thread, not by the main connection.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { sql } from "kysely";
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { connectDb } from "./connect.js";

describe("background WAL checkpoints", () => {
  it("moves committed pages into the database file without the main connection checkpointing", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "rostra-ckpt-"));
    const file = path.join(dir, "t.sqlite");
    const { db, close } = await connectDb({ kind: "sqlite", file });
    try {
      await sql`CREATE TABLE t (id INTEGER PRIMARY KEY, body TEXT)`.execute(db);
      const before = fs.statSync(file).size;
      const body = "x".repeat(4000);
      // ~4 MB: far below the main connection's autocheckpoint threshold (16,000 pages)
      for (let i = 0; i < 1000; i++) await sql`INSERT INTO t (body) VALUES (${body})`.execute(db);
      let after = fs.statSync(file).size;
      for (let i = 0; i < 40 && after < before + 3_000_000; i++) {
        await new Promise((r) => setTimeout(r, 100));
        after = fs.statSync(file).size;
      }
      expect(after).toBeGreaterThan(before + 3_000_000);
      const rows = await sql<{ n: number }>`SELECT count(*) AS n FROM t`.execute(db);
      expect(rows.rows[0].n).toBe(1000);
    } finally {
      await close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it("lets a process that closes the database carry on (a CLI command, the benchmark)", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "rostra-ckpt-"));
    const connect = fileURLToPath(new URL("./connect.ts", import.meta.url));
    const script = `const { connectDb } = await import(${JSON.stringify(connect)});
      const h = await connectDb({ kind: "sqlite", file: ${JSON.stringify(path.join(dir, "c.sqlite"))} });
      await h.close();
      console.log("after close");`;
    const run = spawnSync(process.execPath, ["--import", "tsx", "--input-type=module", "-e", script], { encoding: "utf8", timeout: 60_000 });
    fs.rmSync(dir, { recursive: true, force: true });
    expect(run.stdout).toContain("after close");
    expect(run.status).toBe(0);
  });
});
