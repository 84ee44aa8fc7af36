// The pattern compiler: factored alternations must match exactly the lexicon's entries (with their
// unaccented spellings), and the MHC template split must be deterministic and keep derived cases with
// the template they derive from.
import { describe, expect, it } from "vitest";
import { templateHalves } from "./hatecheck.js";
import { alt } from "./languages/compile.js";
import { ES_LEXICON as L } from "./languages/es/lexicon.js";
import { stripDiacritics } from "./normalize.js";

describe("factored alternations", () => {
  for (const name of ["FUT1", "IMPER_OBJ", "INF_THEM", "SUBJ3", "PART", "GROUP"]) {
    it(`${name}: every entry and its unaccented spelling match in full, near misses do not`, () => {
      const re = new RegExp(`^${alt(L[name], false, true)}$`, "u");
      for (const e of L[name]) {
        const w = e.replace(/^=/, "");
        expect(re.test(w), w).toBe(true);
        if (!e.startsWith("=")) expect(re.test(stripDiacritics(w)), stripDiacritics(w)).toBe(true);
      }
      const entries = new Set(L[name].flatMap((e) => [e, stripDiacritics(e)]));
      for (const e of L[name].slice(0, 200)) {
        for (const miss of [e + "x", "x" + e, e.slice(0, -1)]) if (!entries.has(miss)) expect(re.test(miss), miss).toBe(false);
      }
    });
  }
});

describe("MHC template halves", () => {
  const rows = [
    { templ_id: "1", gender_male: "Odio a los [male_IDENT_P].", ref_templ_id: "", test_case: "a" },
    { templ_id: "2", gender_male: "No odio a los [male_IDENT_P].", ref_templ_id: "1.0", test_case: "b" },
    { templ_id: "3", gender_male: "Los [male_IDENT_P] son escoria.", ref_templ_id: "", test_case: "c" },
    { templ_id: "4", gender_male: "¿Los [male_IDENT_P] son escoria?", ref_templ_id: "3.0", test_case: "d" },
  ];
  const half = templateHalves(rows);
  it("puts a derived case in its original's half", () => {
    expect(half(rows[1])).toBe(half(rows[0]));
    expect(half(rows[3])).toBe(half(rows[2]));
  });
  it("is deterministic", () => {
    expect(rows.map(templateHalves(rows))).toEqual(rows.map(half));
  });
});
