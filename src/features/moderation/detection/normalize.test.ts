import { describe, expect, it } from "vitest";
import { normalize, rewriteTokens, stripDiacritics, toOriginal } from "./normalize.js";
import vi from "./languages/vi/index.js";

describe("normalize (English)", () => {
  it.each([
    ["I w1ll K1LL y0u", "i will kill you"],
    ["k i l l them", "kill them"],
    ["k.i.l.l", "kill"],
    ["kіll (Cyrillic і)", "kill (cyrillic i)"],
    ["ｋｉｌｌ 𝐲𝐨𝐮", "kill you"],
    ["kiiiiill", "kill"],
    ["shooooot", "shoot"],
    ["r@pe and $hoot", "rape and shoot"],
    ["k̷i̷l̷l̷", "kill"],
    ["I’ll", "i'll"],
  ])("%s → %s", (input, out) => expect(normalize(input).text).toBe(out));

  it("leaves numbers, times and mentions alone", () => {
    expect(normalize("at 4pm on the 3rd, 2024 @alice").text).toBe("at 4pm on the 3rd, 2024 @alice");
    expect(normalize("wow!!").text).toBe("wow!!");
  });
});

describe("normalize (Vietnamese)", () => {
  it("keeps diacritics in text and strips them in plain", () => {
    const n = normalize("Giết hết bọn nó");
    expect(n.text).toBe("giết hết bọn nó");
    expect(n.plain).toBe("giet het bon no");
    expect(stripDiacritics("đâm chết")).toBe("dam chet");
  });
  it("composes decomposed (NFD) input and collapses repeated letters in Vietnamese words", () => {
    expect(normalize("gie\u0302\u0301t").text).toBe("giết");
    expect(normalize("chếtttttt").text).toBe("chết");
    expect(normalize("g i ế t").text).toBe("giết");
  });
  it("expands teencode in the Vietnamese view", () => {
    const v = vi.view!(normalize("ko bít j, dm vcl"));
    expect(v.text).toBe("không biết gì, địt mẹ vãi cả lồn");
  });
});

describe("offset map", () => {
  it("maps normalised spans back to the original text", () => {
    const src = "Hey   I w1ll k i l l you!";
    const n = normalize(src);
    const i = n.text.indexOf("kill");
    expect(toOriginal(n, i, i + 4)).toEqual({ start: 13, end: 20, text: "k i l l" });
  });
  it("maps through teencode rewrites and surrogate pairs", () => {
    const src = "😀 t ko giet m";
    const v = rewriteTokens(normalize(src), new Map([["ko", "không"]]));
    const i = v.text.indexOf("không");
    expect(toOriginal(v, i, i + 5).text).toBe("ko");
    const j = v.text.indexOf("giet");
    expect(toOriginal(v, j, j + 4)).toEqual({ start: 8, end: 12, text: "giet" });
  });
});
