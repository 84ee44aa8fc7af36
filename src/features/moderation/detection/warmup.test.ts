// The background warm-up builds a pack step by step, yielding to the event loop between steps.
import { describe, expect, it } from "vitest";
import { createDetector } from "./detect.js";
import { PACKS } from "./languages/index.js";
import { warmUp } from "./warmup.js";

describe("warm-up", () => {
  it("prepares a pack in small steps and gives the event loop a turn between them", async () => {
    const en = [PACKS.find((p) => p.code === "en")!];
    let steps = 0;
    let ticks = 0;
    const timer = setInterval(() => ticks++, 0);
    await warmUp({ packs: en, keepAlive: true, onStep: () => steps++ });
    clearInterval(timer);
    expect(steps).toBeGreaterThan(30);
    expect(ticks).toBeGreaterThan(0);
    // the same set of packs is prepared once
    expect(warmUp({ packs: en })).toBe(warmUp({ packs: en }));
    expect(createDetector({ packs: en, warm: true }).analyze("I will kill you").scores.violence_threat).toBeGreaterThan(0.5);
  });
});
