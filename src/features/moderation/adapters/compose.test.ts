import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { api, createTestServer, createUser } from "../../../../test/helpers.js";
import { ConfigError, loadConfig } from "../../../config.js";
import { createDetector } from "../detection/detect.js";
import { mdb } from "../db.js";
import { CircuitBreaker } from "./breaker.js";
import { adapterSetOf, createAdapterSet, withAdapters } from "./compose.js";
import { createOpenAiAdapter } from "./openai.js";
import { type MockServer, startMockOpenAi } from "./testing/mock-openai.js";

let mock: MockServer;
beforeAll(async () => {
  mock = await startMockOpenAi();
});
afterAll(async () => mock.close());
beforeEach(() => {
  mock.requests.length = 0;
});

const base = createDetector();
const THREAT = "I will shoot you tomorrow, you traitor";
const env = (over: Record<string, string> = {}) => ({ ROSTRA_MODERATION_OPENAI_URL: `${mock.url}/v1/`, ROSTRA_MODERATION_OPENAI_MODEL: "mock", ROSTRA_MODERATION_ADAPTER_ALLOW_PRIVATE: "on", ...over });
const detectorWith = (timeoutMs: number, breaker = { failures: 3, cooldownMs: 60_000 }) =>
  withAdapters(base, adapterSetOf([createOpenAiAdapter({ url: mock.url, key: null, model: "mock", mode: "moderation", allowPrivate: true })], timeoutMs, { breaker }));

describe("configuration", () => {
  it("is off by default and validates what an operator sets", () => {
    const off = loadConfig({}).moderationAdapters;
    expect(off).toEqual({ onnxDir: null, openai: null, timeoutMs: 800, allowPrivate: false });
    const on = loadConfig({ ...env(), ROSTRA_MODERATION_OPENAI_KEY: "k", ROSTRA_MODERATION_ONNX_DIR: "models/tox", ROSTRA_MODERATION_ADAPTER_TIMEOUT_MS: "250" }).moderationAdapters;
    expect(on.openai).toEqual({ url: mock.url, key: "k", model: "mock", mode: "moderation" });
    expect(on).toMatchObject({ timeoutMs: 250, allowPrivate: true });
    expect(on.onnxDir).toMatch(/models\/tox$/);
    expect(loadConfig({ ROSTRA_MODERATION_OPENAI_URL: "https://api.example" }).moderationAdapters.openai!.model).toBe("omni-moderation-latest");
    expect(() => loadConfig({ ROSTRA_MODERATION_OPENAI_URL: "https://x.example", ROSTRA_MODERATION_OPENAI_MODE: "chat" })).toThrow(ConfigError);
    expect(() => loadConfig({ ROSTRA_MODERATION_OPENAI_URL: "ftp://x.example" })).toThrow(ConfigError);
    expect(() => loadConfig({ ROSTRA_MODERATION_ADAPTER_ALLOW_PRIVATE: "yes" })).toThrow(ConfigError);
  });
});

describe("adapters composed with the built-in detector", () => {
  it("with none configured, the detector is the built-in one itself: no wrapper, no network", () => {
    expect(createAdapterSet(loadConfig({}).moderationAdapters)).toBeNull();
    const d = withAdapters(base, null);
    expect(d).toBe(base);
    expect(d.analyzeWithAdapters).toBeUndefined();
  });

  it("adds the adapter's signals and raises the scores", async () => {
    mock.behaviour = { kind: "moderation", scores: { violence: 0.97, "self-harm": 0.1 } };
    const a = await detectorWith(2000).analyzeWithAdapters!("they deserve what is coming, tonight");
    expect(a.scores.violence_threat).toBe(0.97);
    expect(a.scores.self_harm).toBe(0.1);
    expect(a.signals[0]).toMatchObject({ category: "violence_threat", detector: "openai-compatible:mock" });
    expect(a.signals.some((s) => s.category === "self_harm")).toBe(false); // below the signal floor
    expect(a.notes).toBeUndefined();
  });

  it("fails open within the timeout: built-in signals kept, an adapter_error note added", async () => {
    mock.behaviour = { kind: "slow", ms: 3000 };
    const t0 = performance.now();
    const a = await detectorWith(150).analyzeWithAdapters!(THREAT);
    const took = performance.now() - t0;
    expect(took).toBeLessThan(150 + 600); // the endpoint would take 3000
    expect(a.notes).toEqual([{ type: "adapter_error", adapter: "openai-compatible:mock", message: "timed out after 150 ms" }]);
    expect(a).toMatchObject({ ...base.analyze(THREAT), notes: a.notes });
    expect(a.scores.violence_threat).toBeGreaterThanOrEqual(0.7);
  });

  it("fails open on malformed JSON", async () => {
    mock.behaviour = { kind: "raw", status: 200, body: '{"results": [{"category_scores": ' };
    const a = await detectorWith(2000).analyzeWithAdapters!(THREAT);
    expect(a.notes![0]).toMatchObject({ type: "adapter_error", message: expect.stringMatching(/malformed/) });
    expect(a.signals).toEqual(base.analyze(THREAT).signals);
  });

  it("opens the circuit after repeated failures and closes it after a successful trial", async () => {
    let now = 0;
    const set = adapterSetOf([createOpenAiAdapter({ url: mock.url, key: null, model: "mock", mode: "moderation", allowPrivate: true })], 2000, { breaker: { failures: 3, cooldownMs: 1000, now: () => now } })!;
    const d = withAdapters(base, set);
    mock.behaviour = { kind: "raw", status: 503, body: "{}" };
    for (let i = 0; i < 3; i++) expect((await d.analyzeWithAdapters!("hello")).notes![0].message).toBe("HTTP 503");
    expect(set.breakers.get("openai-compatible:mock")!.state).toBe("open");
    const skipped = await d.analyzeWithAdapters!("hello");
    expect(skipped.notes![0].message).toMatch(/circuit open/);
    expect(mock.requests).toHaveLength(3); // no call while open
    now += 1000; // cooldown over: one trial goes out; it fails, so the circuit opens again
    expect((await d.analyzeWithAdapters!("hello")).notes![0].message).toBe("HTTP 503");
    expect((await d.analyzeWithAdapters!("hello")).notes![0].message).toMatch(/circuit open/);
    expect(mock.requests).toHaveLength(4);
    now += 1000;
    mock.behaviour = { kind: "moderation", scores: { harassment: 0.8 } };
    expect((await d.analyzeWithAdapters!("hello")).scores.harassment).toBe(0.8);
    expect(set.breakers.get("openai-compatible:mock")!.state).toBe("closed");
    expect((await d.analyzeWithAdapters!("hello")).notes).toBeUndefined();
  });

  it("lets one trial through while half-open", () => {
    let now = 0;
    const b = new CircuitBreaker({ failures: 1, cooldownMs: 10, now: () => now });
    b.failure();
    expect(b.allow()).toBe(false);
    now = 10;
    expect([b.allow(), b.allow()]).toEqual([true, false]);
    b.success();
    expect(b.allow()).toBe(true);
  });
});

describe("the publication pipeline with an adapter", () => {
  it("makes no calls when off; holds on the adapter's verdict when on; publishes when the endpoint hangs", async () => {
    mock.behaviour = { kind: "moderation", scores: { violence: 0.99 } };
    const off = await createTestServer();
    const on = await createTestServer({ env: env({ ROSTRA_MODERATION_ADAPTER_TIMEOUT_MS: "1000" }) });
    try {
      const u = await createUser(off, "quiet");
      expect((await api(off, "POST", "/api/v1/statuses", { token: u.token, body: { status: "they will get what is coming to them" } })).body.moderation_state).toBeUndefined();
      expect(mock.requests).toHaveLength(0);

      const v = await createUser(on, "watched");
      const held = await api(on, "POST", "/api/v1/statuses", { token: v.token, body: { status: "they will get what is coming to them" } });
      expect(held.body.moderation_state).toBe("held");
      expect(mock.requests.map((r) => r.body.input)).toEqual(["they will get what is coming to them"]);
      const c = await mdb(on.ctx.db).selectFrom("moderation_cases").selectAll().where("subject_id", "=", held.body.id).executeTakeFirstOrThrow();
      const sig = await mdb(on.ctx.db).selectFrom("moderation_events").selectAll().where("case_id", "=", c.id).where("type", "=", "signal").executeTakeFirstOrThrow();
      expect(JSON.parse(sig.payload)).toMatchObject({ detector: "openai-compatible:mock", version: "mock-moderation-1", score: 0.99 });

      mock.behaviour = { kind: "slow", ms: 5000 };
      const t0 = performance.now();
      const ok = await api(on, "POST", "/api/v1/statuses", { token: v.token, body: { status: "Lovely weather in Hanoi today" } });
      expect(ok.status).toBe(200);
      expect(ok.body.moderation_state).toBeUndefined();
      expect(performance.now() - t0).toBeLessThan(4000); // the endpoint would take 5000
    } finally {
      await off.close();
      await on.close();
    }
  });
});
