import { describe, expect, it } from "vitest";
import { createDetector } from "./detect.js";
import { evaluateLabelled, fold, parseLabelMap } from "./labelled.js";
import { renderHtmlReport } from "./report-html.js";

describe("labelled evaluation", () => {
  it("maps labels", () => {
    const m = parseLabelMap("0=none,1=harassment,2=hate,offensive=harassment");
    expect([m("0"), m("1"), m("2"), m("offensive"), m("hate"), m("none")]).toEqual(["none", "harassment", "hate", "harassment", "hate", "none"]);
    expect(() => m("weird")).toThrow(/--map/);
    expect(() => parseLabelMap("x=nonsense")).toThrow(/unknown category/);
  });
  it("folds violence onto hate when the gold labels have no violence class", () => {
    expect(fold("violence_threat", new Set(["none", "hate", "harassment"]))).toBe("hate");
    expect(fold("violence_threat", new Set(["none", "violence_incitement"]))).toBe("violence_incitement");
    expect(fold("spam", new Set(["none", "hate"]))).toBe("none");
  });
  it("reports P/R/F1, per language, confusion, throughput and an HTML page with inline SVG", () => {
    const rows = [
      { text: "I will kill you", gold: "violence_threat" as const, language: "en" },
      { text: "What a lovely day", gold: "none" as const, language: "en" },
      { text: "tao sẽ giết mày", gold: "violence_threat" as const, language: "vi" },
      { text: "Te voy a matar", gold: "violence_threat" as const },
    ];
    const r = evaluateLabelled(createDetector(), rows);
    expect(r.violence.recall).toBe(1);
    expect(r.violence.precision).toBe(1);
    expect(Object.keys(r.perLanguage).sort()).toEqual(["en", "es", "vi"]);
    expect(r.confusion.violence_threat.violence_threat).toBe(3);
    expect(r.postsPerSecond).toBeGreaterThan(0);
    const html = renderHtmlReport("t", r);
    expect(html).toContain("<svg");
    expect(html).not.toMatch(/<script|<link|src=|href=/);
  });
});
