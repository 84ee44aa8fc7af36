import { describe, expect, it } from "vitest";
import { normalize, normalizeGeneral, rewriteTokens, stripDiacritics, toOriginal } from "./normalize.js";
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

describe("fast path", () => {
  // normalize() folds most posts on character codes; it must agree with the general path on everything,
  // including what sends it back there (combining marks, surrogate pairs, compatibility forms)
  const palette = [..."abcdeiouyhwkKLMxzñÑáéíóúüÁÉ  .,-_*·/+~!?@$|€013457 9\n\t'`\"đĐăâêôơưàảãạằắẳẵặầấẩẫậèẻẽẹềếểễệìỉĩịòỏõọồốổỗộờớởỡợùủũụừứửữựỳýỷỹỵ",
    "\u200b", "\u00a0", "\u2019", "ﬁ", "ª", "²", "İ", "ß", "а", "і", "ο", "\u0301", "😀", "Ⅻ", "ǅ", "ŉ", "\u3000", "\u2028"];
  let seed = 7;
  const rnd = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
  const inputs = Array.from({ length: 20000 }, () => {
    let s = "";
    const len = 1 + Math.floor(rnd() * 30);
    for (let k = 0; k < len; k++) {
      const c = palette[Math.floor(rnd() * palette.length)];
      s += rnd() < 0.2 ? c.repeat(1 + Math.floor(rnd() * 4)) : c;
    }
    return s;
  });
  it("gives the general path's result on 20,000 random strings", () => {
    const bad = inputs.filter((t) => {
      const a = normalize(t);
      const b = normalizeGeneral(t);
      return a.text !== b.text || a.plain !== b.plain || a.starts.join() !== b.starts.join() || a.ends.join() !== b.ends.join();
    });
    expect(bad).toEqual([]);
  });
  it("rewriteTokens keeps plain and offsets in step with the text", () => {
    const v = rewriteTokens(normalize("Đm ko bít j hết"), new Map([["ko", "không"], ["j", "gì"]]));
    expect(v.text).toBe("đm không bít gì hết");
    expect(v.plain).toBe(stripDiacritics(v.text));
    expect(v.starts.length).toBe(v.text.length);
    expect(toOriginal(v, v.text.indexOf("gì"), v.text.indexOf("gì") + 2).text).toBe("j");
  });
});
