// Shared test helpers: a real Context on a fresh SQLite file (default) or a fresh PostgreSQL database
// (ROSTRA_TEST_DB=postgres), optionally with Redis (ROSTRA_TEST_REDIS=1), and an app built without listening.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { FastifyInstance, InjectOptions } from "fastify";
import pg from "pg";
import pino from "pino";
import { buildApp, type AppOptions } from "../src/app.js";
import { type Config, loadConfig } from "../src/config.js";
import { type Context, createContext } from "../src/context.js";
import { createLocalUser } from "../src/features/accounts/register.js";
import { issueToken } from "../src/features/auth/tokens.js";

export const PG_BASE = process.env.ROSTRA_TEST_PG_URL ?? "postgres://postgres@127.0.0.1:5432";
export const usePostgres = process.env.ROSTRA_TEST_DB === "postgres";
export const useRedis = process.env.ROSTRA_TEST_REDIS === "1";
export const REDIS_URL = process.env.ROSTRA_TEST_REDIS_URL ?? "redis://127.0.0.1:6379";

export interface TestServer {
  ctx: Context;
  app: FastifyInstance;
  dataDir: string;
  close(): Promise<void>;
}

let counter = 0;

export async function createTestServer(opts: { env?: Record<string, string>; app?: AppOptions; config?: Partial<Config> } = {}): Promise<TestServer> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "rostra-test-"));
  const env: Record<string, string> = {
    ROSTRA_DATA_DIR: dataDir,
    ROSTRA_URL: "http://rostra.test",
    ROSTRA_RATE_LIMITS: "off",
    LOG_LEVEL: "silent",
    ...opts.env,
  };
  let dropDb: (() => Promise<void>) | null = null;
  if (usePostgres) {
    const name = `rostra_test_${process.pid}_${Date.now()}_${counter++}`;
    const admin = new pg.Client({ connectionString: `${PG_BASE}/postgres` });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    await admin.end();
    env.DATABASE_URL = `${PG_BASE}/${name}`;
    dropDb = async () => {
      const c = new pg.Client({ connectionString: `${PG_BASE}/postgres` });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    };
  }
  if (useRedis) env.REDIS_URL = REDIS_URL;
  const config = loadConfig(env, opts.config);
  const ctx = await createContext(config, { log: pino({ level: "silent" }) });
  const app = await buildApp(ctx, opts.app);
  await app.ready();
  return {
    ctx,
    app,
    dataDir,
    async close() {
      await app.close();
      await ctx.close();
      if (dropDb) await dropDb();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export interface TestUser {
  id: string;
  username: string;
  token: string;
}

/** A user with an all-scopes token, created through the service layer (fast; the OAuth flow has its own tests). */
export async function createUser(server: TestServer, username: string, opts: { role?: "user" | "moderator" | "admin"; scopes?: string[] } = {}): Promise<TestUser> {
  const id = await createLocalUser(server.ctx, {
    username,
    email: `${username}@example.test`,
    password: "correct horse battery",
    role: opts.role,
    approved: true,
    // a fixed hash keeps tests fast: argon2 costs ~50 ms per call
    passwordHash: await fixedHash(),
  });
  const t = await issueToken(server.ctx.db, { appId: null, accountId: id, scopes: opts.scopes ?? ["read", "write", "follow", "push", "admin:read", "admin:write"] });
  return { id, username, token: t.token };
}

let hashPromise: Promise<string> | null = null;
function fixedHash(): Promise<string> {
  hashPromise ??= import("../src/features/auth/passwords.js").then((m) => m.hashPassword("correct horse battery"));
  return hashPromise;
}

/** app.inject with a bearer token and JSON parsing of the reply. */
export async function api(
  server: TestServer,
  method: InjectOptions["method"],
  url: string,
  opts: { token?: string; body?: unknown; form?: Record<string, string>; headers?: Record<string, string> } = {},
): Promise<{ status: number; body: any; headers: Record<string, any> }> {
  const headers: Record<string, string> = { ...opts.headers };
  if (opts.token) headers.authorization = `Bearer ${opts.token}`;
  let payload: string | undefined;
  if (opts.form) {
    headers["content-type"] = "application/x-www-form-urlencoded";
    payload = new URLSearchParams(opts.form).toString();
  } else if (opts.body !== undefined) {
    headers["content-type"] = "application/json";
    payload = JSON.stringify(opts.body);
  }
  const res = await server.app.inject({ method, url, headers, payload });
  let body: any = res.body;
  if ((res.headers["content-type"] ?? "").toString().includes("application/json")) body = res.body ? JSON.parse(res.body) : null;
  return { status: res.statusCode, body, headers: res.headers };
}
