// The only reader of process.env: raw environment → typed, validated Config.
import path from "node:path";
import { DEFAULT_INSTANCE_DESCRIPTION } from "./features/instance-admin/default-description.js";

export type Registrations = "open" | "approval" | "closed";
export type Role = "web" | "worker" | "all";

export interface Config {
  port: number;
  host: string;
  /** Public base URL, no trailing slash, e.g. https://social.example */
  url: string;
  /** Host part of url, used in acct: handles */
  domain: string;
  dataDir: string;
  /** Either a sqlite file path or a postgres:// URL */
  database: { kind: "sqlite"; file: string } | { kind: "postgres"; url: string };
  redisUrl: string | null;
  registrations: Registrations;
  rateLimits: boolean;
  maxStatusChars: number;
  logLevel: string;
  metricsToken: string | null;
  trustProxy: boolean;
  instanceName: string;
  instanceDescription: string;
  contactEmail: string;
  role: Role;
  /** Accounts with more followers are merged into home timelines at read time instead of fanned out. */
  fanoutMaxFollowers: number;
  /** Optional external moderation models, all off by default (src/features/moderation/adapters/). */
  moderationAdapters: ModerationAdaptersConfig;
  /** Print per-statement SQLite timings on SIGUSR2 and at exit (profiling). */
  sqlStats: boolean;
  /** Keep whole timeline responses while nothing they read has changed (embedded mode only). */
  responseCache: boolean;
  /** Score texts for moderation on a worker thread (ROSTRA_DETECTION_THREAD, default on). */
  detectionThread: boolean;
}

export interface ModerationAdaptersConfig {
  /** a local ONNX model directory (model.onnx, labels.json, tokenizer.json); needs onnxruntime-node */
  onnxDir: string | null;
  /** an OpenAI-compatible endpoint (base URL, without /v1) */
  openai: { url: string; key: string | null; model: string; mode: "moderation" | "chat" } | null;
  /** per call, including connection and body; the pipeline decides without the adapter past it */
  timeoutMs: number;
  /** let the operator point the OpenAI-compatible adapter at a loopback/private address (a local model server) */
  allowPrivate: boolean;
}

export class ConfigError extends Error {}

/** Settings of the moderation evaluation tooling (tests, `npm run eval:moderation`), not of the server. */
export function evaluationSettings(env: Record<string, string | undefined> = process.env): { datasetsDir: string | null; strictFloors: boolean } {
  return { datasetsDir: env.ROSTRA_DATASETS || null, strictFloors: env.ROSTRA_STRICT_FLOORS === "1" };
}

type Env = Record<string, string | undefined>;

function int(env: Env, name: string, fallback: number, min = 0, max = Number.MAX_SAFE_INTEGER): number {
  const raw = env[name];
  if (raw === undefined || raw === "") return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min || n > max) {
    throw new ConfigError(`${name} must be an integer between ${min} and ${max}, got "${raw}"`);
  }
  return n;
}

function oneOf<T extends string>(env: Env, name: string, values: readonly T[], fallback: T): T {
  const raw = env[name];
  if (raw === undefined || raw === "") return fallback;
  if (!(values as readonly string[]).includes(raw)) {
    throw new ConfigError(`${name} must be one of ${values.join(", ")}, got "${raw}"`);
  }
  return raw as T;
}

function moderationAdapters(env: Env): ModerationAdaptersConfig {
  const rawUrl = env.ROSTRA_MODERATION_OPENAI_URL || "";
  const mode = oneOf(env, "ROSTRA_MODERATION_OPENAI_MODE", ["moderation", "chat"] as const, "moderation");
  let openai: ModerationAdaptersConfig["openai"] = null;
  if (rawUrl) {
    let u: URL;
    try {
      u = new URL(rawUrl);
    } catch {
      throw new ConfigError(`ROSTRA_MODERATION_OPENAI_URL is not a URL: "${rawUrl}"`);
    }
    if (u.protocol !== "http:" && u.protocol !== "https:") throw new ConfigError(`ROSTRA_MODERATION_OPENAI_URL must start with http:// or https://, got "${rawUrl}"`);
    const model = env.ROSTRA_MODERATION_OPENAI_MODEL || (mode === "moderation" ? "omni-moderation-latest" : "");
    if (!model) throw new ConfigError("ROSTRA_MODERATION_OPENAI_MODEL is required when ROSTRA_MODERATION_OPENAI_MODE=chat");
    openai = { url: rawUrl.replace(/\/+$/, "").replace(/\/v1$/, ""), key: env.ROSTRA_MODERATION_OPENAI_KEY || null, model, mode };
  }
  return {
    onnxDir: env.ROSTRA_MODERATION_ONNX_DIR ? path.resolve(env.ROSTRA_MODERATION_ONNX_DIR) : null,
    openai,
    timeoutMs: int(env, "ROSTRA_MODERATION_ADAPTER_TIMEOUT_MS", 800, 10, 60_000),
    allowPrivate: oneOf(env, "ROSTRA_MODERATION_ADAPTER_ALLOW_PRIVATE", ["on", "off"] as const, "off") === "on",
  };
}

export function loadConfig(env: Env = process.env, overrides: Partial<Config> = {}): Config {
  const port = int(env, "PORT", 3000, 0, 65535);
  const host = env.HOST || "0.0.0.0";
  const rawUrl = env.ROSTRA_URL || `http://localhost:${port}`;
  let parsed: URL;
  try {
    parsed = new URL(rawUrl);
  } catch {
    throw new ConfigError(`ROSTRA_URL is not a URL: "${rawUrl}"`);
  }
  if (parsed.protocol !== "http:" && parsed.protocol !== "https:") {
    throw new ConfigError(`ROSTRA_URL must start with http:// or https://, got "${rawUrl}"`);
  }
  const dataDir = path.resolve(env.ROSTRA_DATA_DIR || "./data");
  const dbUrl = env.DATABASE_URL || "";
  let database: Config["database"];
  if (dbUrl === "") database = { kind: "sqlite", file: path.join(dataDir, "rostra.sqlite") };
  else if (/^postgres(ql)?:\/\//.test(dbUrl)) database = { kind: "postgres", url: dbUrl };
  else if (/^(sqlite:|file:)/.test(dbUrl)) database = { kind: "sqlite", file: path.resolve(dbUrl.replace(/^(sqlite|file):(\/\/)?/, "")) };
  else throw new ConfigError(`DATABASE_URL must be a postgres:// URL or sqlite:PATH, got "${dbUrl}"`);
  const redisUrl = env.REDIS_URL || null;
  if (redisUrl && !/^rediss?:\/\//.test(redisUrl)) throw new ConfigError(`REDIS_URL must start with redis://, got "${redisUrl}"`);

  const config: Config = {
    port,
    host,
    url: parsed.origin,
    domain: parsed.host,
    dataDir,
    database,
    redisUrl,
    registrations: oneOf(env, "ROSTRA_REGISTRATIONS", ["open", "approval", "closed"] as const, "open"),
    rateLimits: oneOf(env, "ROSTRA_RATE_LIMITS", ["on", "off"] as const, "on") === "on",
    maxStatusChars: int(env, "ROSTRA_MAX_STATUS_CHARS", 500, 1, 100_000),
    logLevel: oneOf(env, "LOG_LEVEL", ["trace", "debug", "info", "warn", "error", "fatal", "silent"] as const, "info"),
    metricsToken: env.ROSTRA_METRICS_TOKEN || null,
    trustProxy: oneOf(env, "ROSTRA_TRUST_PROXY", ["on", "off"] as const, "off") === "on",
    instanceName: env.ROSTRA_INSTANCE_NAME || "Rostra",
    instanceDescription: env.ROSTRA_INSTANCE_DESCRIPTION || DEFAULT_INSTANCE_DESCRIPTION,
    contactEmail: env.ROSTRA_CONTACT_EMAIL || "",
    role: oneOf(env, "ROSTRA_ROLE", ["web", "worker", "all"] as const, "all"),
    fanoutMaxFollowers: int(env, "ROSTRA_FANOUT_MAX_FOLLOWERS", 5000, 0),
    sqlStats: env.ROSTRA_SQL_STATS === "1",
    responseCache: oneOf(env, "ROSTRA_RESPONSE_CACHE", ["on", "off"] as const, "on") === "on",
    detectionThread: oneOf(env, "ROSTRA_DETECTION_THREAD", ["on", "off"] as const, "on") === "on",
    moderationAdapters: moderationAdapters(env),
  };
  return { ...config, ...overrides };
}
