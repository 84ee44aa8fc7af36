import { describe, expect, it } from "vitest";
import { createDetector } from "./detect.js";
import { decide, DEFAULT_POLICY } from "./policy.js";
import { unsafeReason } from "./operator-rules.js";

const d = createDetector();
const violence = (t: string, language?: string) => {
  const a = d.analyze(t, language ? { language } : {});
  return Math.max(a.scores.violence_threat, a.scores.violence_incitement);
};

describe("violence and its non-violent twins", () => {
  it.each([
    "I will kill you", "We should hang all the journalists", "tao sẽ giết mày", "phải giết hết bọn nhà báo",
    "giet het bon phan dong", "Republicans should be shot", "I hope all Muslims die",
  ])("flags %s", (t) => expect(violence(t)).toBeGreaterThanOrEqual(0.7));

  it.each([
    ["negation", "I would never kill you"],
    ["negation", "tao không bao giờ giết mày"],
    ["counter-speech", "Saying 'kill all Muslims' is disgusting"],
    ["counter-speech", "nói 'giết hết bọn nhà báo' là ghê tởm"],
    ["news", "Prosecutors said he posted 'I will shoot the judge' before the trial"],
    ["idiom", "You're killing it!"],
    ["idiom", "I'd kill for a coffee"],
    ["idiom", "cười chết mất"],
    ["idiom", "đẹp chết người"],
    ["game", "I'm going to kill you in Fortnite tonight"],
    ["cooking", "Kill the heat and let the sauce rest"],
    ["electoral", "We will annihilate the Republicans in November"],
  ])("%s: %s is not violence", (_k, t) => expect(violence(t)).toBeLessThan(0.5));

  it("reports spans in original coordinates", () => {
    const text = "ok so... I w1ll k i l l you";
    const s = d.analyze(text).signals.find((x) => x.category === "violence_threat")!;
    expect(s.spans[0].text).toBe("I w1ll k i l l you");
    expect(text.slice(s.spans[0].start, s.spans[0].end)).toBe(s.spans[0].text);
  });

  it("detects the language, with override", () => {
    expect(d.analyze("tao se giet may").language).toBe("vi");
    expect(d.analyze("the weather is nice today").language).toBe("en");
    expect(d.analyze("hello", { language: "vi" }).language).toBe("vi");
  });
});

describe("operator rules", () => {
  it("runs safe rules and rejects catastrophic ones", () => {
    const det = createDetector({ classifier: false, rules: [{ id: "r1", pattern: "buy\\s+followers", category: "spam" }] });
    const a = det.analyze("BUY   followers now");
    expect(a.scores.spam).toBe(0.9);
    expect(a.signals[0].spans[0].text).toBe("BUY   followers");
    expect(unsafeReason("(a+)+$")).not.toBeNull();
    expect(unsafeReason("(?<=x)y")).not.toBeNull();
    expect(() => createDetector({ rules: [{ id: "bad", pattern: "(a*)*b", category: "spam" }] })).toThrow();
  });
});

describe("policy", () => {
  it("holds threats, queues harassment, publishes clean text", () => {
    expect(decide(d.analyze("I will kill you")).outcome).toBe("hold");
    expect(decide(d.analyze("What a lovely day at the beach")).outcome).toBe("publish");
    const q = decide({ language: "en", signals: [], scores: { ...d.analyze("hi").scores, harassment: 0.7 } });
    expect(q.outcome).toBe("queue");
    expect(q.category).toBe("harassment");
  });
  it("never rejects by default but can be configured to", () => {
    const a = d.analyze("I will kill you");
    expect(decide(a).outcome).not.toBe("reject");
    const strict = { ...DEFAULT_POLICY, categories: { ...DEFAULT_POLICY.categories, violence_threat: { hold: 0.5, reject: 0.9 } } };
    expect(decide(a, strict).outcome).toBe("reject");
  });
});

describe("adversarial inputs", () => {
  it.each([
    "a".repeat(10_000),
    "kill ".repeat(2_000),
    "i will ".repeat(1_500) + "kill you",
    "k i l l ".repeat(1_500),
    "tao sẽ ".repeat(1_500) + "giết",
    "bọn nhà báo ".repeat(1_000),
    "!".repeat(10_000),
    "a1".repeat(5_000),
  ])("completes on long adversarial input #%#", (t) => {
    const t0 = performance.now();
    const a = d.analyze(t);
    expect(a.scores).toBeDefined();
    expect(performance.now() - t0).toBeLessThan(20_000); // generous: only catches catastrophic backtracking
  });
});
