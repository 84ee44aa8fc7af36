// matcher.ts: the split of a big pattern and its first-word keys must reproduce a global exec loop exactly,
// and a gate must never turn away a text the regex matches.
import { describe, expect, it } from "vitest";
import { compile } from "./languages/compile.js";
import { PACKS } from "./languages/index.js";
import { gateOf, gatePasses, matcherOf, scan, sliceStarts, test, V8_OPTIMISE_LIMIT, wordStarts } from "./matcher.js";
import { normalize } from "./normalize.js";

const es = PACKS.find((p) => p.code === "es")!;
const TEXTS = [
  "Hay que matar a todos los judíos y después quemar a los gitanos.",
  "Los negros deberían ser ejecutados, y las mujeres también deberían ser fusiladas.",
  "te voy a matar, te voy a matar y os vamos a colgar a todos",
  "No hay que matar a los inmigrantes; hay que escucharlos.",
  "La película de ayer: el villano decía que los judíos merecen morir.",
  "Si vuelves a aparecer por mi barrio te voy a matar, sé dónde vives.",
  "Ayer fuimos al mercado con mis abuelos y compramos fruta fresca.",
  "los_judíos l'homme _matar a todos los gitanos",
];
/** One turn of the event loop, between slices of a long synchronous comparison. */
const turn = () => new Promise<void>((resolve) => setImmediate(resolve));

const execAll = (re: RegExp, t: string) => {
  const out: Array<[number, string]> = [];
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(t)) !== null) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    out.push([m.index, m[0]]);
  }
  return out;
};

describe("matcher", () => {
  it("splits only big patterns, each part below V8's optimisation limit when it can", () => {
    const small = compile("<(?:matar|quemar) a {GROUP}>", { GROUP: ["judíos", "gitanos"] }, { unaccented: true });
    expect(matcherOf(small)).toBeNull();
    const big = es.rules.filter((r) => r.re.source.length > V8_OPTIMISE_LIMIT).map((r) => matcherOf(r.re)!);
    expect(big.length).toBeGreaterThan(10);
    expect(big.every((m) => m.parts.length >= 1)).toBe(true);
    expect(big.some((m) => m.parts.length > 1)).toBe(true);
  });

  it("finds exactly the matches of a global exec loop, for every big Spanish rule", async () => {
    for (const rule of es.rules) {
      const mt = matcherOf(rule.re);
      if (!mt) continue;
      await turn();
      for (const t of TEXTS) {
        const v = es.view!(normalize(t));
        const got = scan(mt, v.text, wordStarts(v.plain)).map((m) => [m.index, m[0]]);
        expect(got, `${rule.id}: ${t}`).toEqual(execAll(rule.re, v.text));
        rule.re.lastIndex = 0;
        expect(test(mt, v.text, wordStarts(v.plain)), `${rule.id}: ${t}`).toBe(rule.re.test(v.text));
      }
    }
    // the reference side runs every big regex unsplit, which V8 leaves unoptimised: ~20 s for the
    // Spanish pack, growing with it (the engine itself never runs them that way), so the loop gives the
    // event loop a turn per rule: a worker blocked for a minute misses its own messages to vitest
  }, 120_000);

  it("keys a part on its first two words", () => {
    const re = compile("<(?:la película (?:mata|asusta)|el libro x)>", {}, { unaccented: true });
    const g = gateOf(re)!;
    expect(g).not.toBeNull();
    const starts = (t: string) => wordStarts(normalize(t).plain);
    expect(gatePasses(g, starts("vi la película ayer"))).toBe(true);
    expect(gatePasses(g, starts("vi la pelicula ayer"))).toBe(true);
    expect(gatePasses(g, starts("la casa y la mesa"))).toBe(false);
    expect(gatePasses(g, starts("el lápiz"))).toBe(false);
    expect(gatePasses(g, starts("el libro"))).toBe(true); // two words are keyed on, the third is the regex's to check
  });

  it("never turns away a text its regex matches (gates of every Spanish regex, whole texts and slices)", async () => {
    const regexes = [...es.rules.flatMap((r) => [r.re, ...(r.requires ?? []), ...(r.requiresPost ?? [])]), ...es.mitigators.map((m) => m.re)];
    for (const re of regexes) {
      const g = gateOf(re);
      if (!g) continue;
      await turn();
      for (const t of TEXTS) {
        const v = es.view!(normalize(t));
        re.lastIndex = 0;
        if (re.test(v.text)) expect(gatePasses(g, wordStarts(v.plain)), `${re.source.slice(0, 60)}: ${t}`).toBe(true);
        // a slice that starts inside a word begins a word there
        for (const [a, b] of [[3, 30], [10, v.text.length], [0, 12]] as const) {
          if (b > v.text.length) continue;
          re.lastIndex = 0;
          if (re.test(v.text.slice(a, b))) expect(gatePasses(g, sliceStarts(wordStarts(v.plain), v.plain, a, b))).toBe(true);
        }
      }
    }
  });
});
