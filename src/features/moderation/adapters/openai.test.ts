import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createOpenAiAdapter, extractJson, locateSpans, mapModerationScores, parseChatVerdict } from "./openai.js";
import { type MockServer, startMockOpenAi } from "./testing/mock-openai.js";

let mock: MockServer;
beforeAll(async () => {
  mock = await startMockOpenAi();
});
afterAll(async () => mock.close());
beforeEach(() => {
  mock.requests.length = 0;
});

const signal = () => AbortSignal.timeout(2000);
const adapter = (over: Partial<Parameters<typeof createOpenAiAdapter>[0]> = {}) =>
  createOpenAiAdapter({ url: mock.url, key: "sk-test", model: "test-mod", mode: "moderation", allowPrivate: true, ...over });

describe("OpenAI-compatible adapter, moderation mode", () => {
  it("posts {model, input} to /v1/moderations and maps category_scores to our categories", async () => {
    mock.behaviour = {
      kind: "moderation",
      scores: { violence: 0.91, "violence/graphic": 0.4, hate: 0.2, "hate/threatening": 0.7, harassment: 0.1, "harassment/threatening": 0.05, sexual: 0.01, "sexual/minors": 0, "self-harm": 0.1, "self-harm/intent": 0.62, "self-harm/instructions": 0.3, illicit: 0.9, "illicit/violent": 0.5 },
    };
    const signals = await adapter().classify("we should burn their houses", signal());
    expect(mock.requests).toHaveLength(1);
    const r = mock.requests[0];
    expect(r).toMatchObject({ method: "POST", path: "/v1/moderations", body: { model: "test-mod", input: "we should burn their houses" } });
    expect(r.headers.authorization).toBe("Bearer sk-test");
    const by = Object.fromEntries(signals.map((s) => [s.category, s]));
    expect(by.violence_threat.score).toBe(0.91);
    expect(by.violence_incitement.score).toBe(0.7); // hate/threatening beats 0.8 × illicit/violent
    expect(by.hate.score).toBe(0.7);
    expect(by.harassment.score).toBe(0.1);
    expect(by.self_harm.score).toBe(0.62);
    expect(by.sexual.score).toBe(0.01);
    expect(by.spam).toBeUndefined(); // plain "illicit" has no category of ours
    expect(by.violence_threat).toMatchObject({ detector: "openai-compatible:test-mod", version: "mock-moderation-1", spans: [] });
    expect(by.violence_threat.reason).toContain("violence");
  });

  it("accepts underscore spellings and ignores unknown keys and non-numbers", () => {
    const m = mapModerationScores({ self_harm: 0.4, "Hate/Threatening": "0.3", weird: 1, sexual: "lots" });
    expect(m.get("self_harm")!.score).toBe(0.4);
    expect(m.get("violence_incitement")!.score).toBe(0.3);
    expect(m.has("sexual")).toBe(false);
    expect(() => mapModerationScores(null)).toThrow(/category_scores/);
  });

  it("fails on HTTP errors, malformed JSON, missing results, oversized bodies and redirects", async () => {
    const cases: [MockServer["behaviour"], RegExp][] = [
      [{ kind: "raw", status: 500, body: "{}" }, /HTTP 500/],
      [{ kind: "raw", status: 200, body: "{not json" }, /invalid JSON/],
      [{ kind: "raw", status: 200, body: '{"results": []}' }, /no results/],
      [{ kind: "raw", status: 200, body: JSON.stringify({ results: [{ category_scores: { x: "y".repeat(300_000) } }] }) }, /too large/],
      [{ kind: "raw", status: 302, body: "", headers: { location: "http://169.254.169.254/" } }, /redirect/],
    ];
    for (const [b, err] of cases) {
      mock.behaviour = b;
      await expect(adapter().classify("hello", signal())).rejects.toThrow(err);
    }
  });

  it("refuses a loopback endpoint unless the operator allowed private addresses", async () => {
    mock.behaviour = { kind: "moderation", scores: { violence: 1 } };
    await expect(adapter({ allowPrivate: false }).classify("hello", signal())).rejects.toThrow(/refusing to connect to 127\.0\.0\.1/);
    expect(mock.requests).toHaveLength(0);
  });

  it("stops at the abort signal", async () => {
    mock.behaviour = { kind: "slow", ms: 5000 };
    const t0 = Date.now();
    await expect(adapter().classify("hello", AbortSignal.timeout(100))).rejects.toThrow();
    expect(Date.now() - t0).toBeLessThan(1000);
  });
});

describe("OpenAI-compatible adapter, chat mode", () => {
  it("sends the fixed system prompt and reads a fenced JSON verdict with spans", async () => {
    const text = "Tao sẽ đâm chết mày ngày mai";
    mock.behaviour = { kind: "chat", model: "llama-guard-x", content: 'Sure.\n```json\n{"category": "violence_threat", "score": 0.93, "spans": ["ĐÂM CHẾT MÀY", "not there"]}\n```' };
    const [s] = await adapter({ mode: "chat", model: "guard" }).classify(text, signal());
    const req = mock.requests[0];
    expect(req.path).toBe("/v1/chat/completions");
    expect(req.body).toMatchObject({ model: "guard", temperature: 0 });
    expect(req.body.messages[0].role).toBe("system");
    expect(req.body.messages[0].content).toMatch(/JSON only/);
    expect(req.body.messages[0].content).toMatch(/Vietnamese/);
    expect(req.body.messages[1]).toEqual({ role: "user", content: text });
    expect(s).toMatchObject({ category: "violence_threat", score: 0.93, detector: "openai-compatible:guard", version: "llama-guard-x" });
    const at = text.indexOf("đâm chết mày");
    expect(s.spans).toEqual([{ start: at, end: at + 12, text: "đâm chết mày" }]);
  });

  it("returns nothing for a 'none' verdict and fails on malformed ones", async () => {
    mock.behaviour = { kind: "chat", content: '{"category":"none","score":0.02,"spans":[]}' };
    expect(await adapter({ mode: "chat" }).classify("hello", signal())).toEqual([]);
    for (const content of ["unsafe\nS1", '{"category":"murder","score":1}', '{"category":"hate"}', '{"category": "hate", "score": 0.9']) {
      mock.behaviour = { kind: "chat", content };
      await expect(adapter({ mode: "chat" }).classify("hello", signal())).rejects.toThrow(/malformed/);
    }
    mock.behaviour = { kind: "raw", status: 200, body: '{"choices":[{"message":{"content":null}}]}' };
    await expect(adapter({ mode: "chat" }).classify("hello", signal())).rejects.toThrow(/no message content/);
  });

  it("parses verdicts defensively", () => {
    expect(extractJson('prefix {"a": "}{", "b": {"c": 1}} suffix')).toEqual({ a: "}{", b: { c: 1 } });
    expect(parseChatVerdict('{"category":"Violence-Incitement","score":"1.7"}', "x")).toEqual({ category: "violence_incitement", score: 1, spans: [] });
    expect(locateSpans("Kill them ALL", ["them all", { text: "kill" }, 5, "x".repeat(600)])).toEqual([
      { start: 5, end: 13, text: "them ALL" },
      { start: 0, end: 4, text: "Kill" },
    ]);
  });
});
