import { describe, expect, it } from "vitest";
import type { LoadedFilter } from "./queries.js";
import { compileFilters, isHiddenByFilters, keywordRegex, matchFilters } from "./match.js";

function filter(id: string, action: string, context: string[], keywords: [string, boolean][], statusIds: string[] = []): LoadedFilter {
  return {
    row: { id, account_id: "1", title: `f${id}`, context: JSON.stringify(context), action, expires_at: null, created_at: "2024-01-01T00:00:00.000Z" },
    keywords: keywords.map(([keyword, whole], i) => ({ id: `${id}${i}`, filter_id: id, keyword, whole_word: whole ? 1 : 0 })),
    statuses: statusIds.map((s, i) => ({ id: `${id}s${i}`, filter_id: id, status_id: s })),
  };
}

describe("matchFilters", () => {
  const filters = compileFilters([
    filter("1", "warn", ["home", "public"], [["spoiler", true], ["c++", true]]),
    filter("2", "hide", ["home"], [["cat", false]]),
    filter("3", "blur", ["thread"], [["phở", true]], ["777"]),
  ]);

  it("matches whole words case-insensitively and substrings when not whole-word", () => {
    const r = matchFilters(filters, "Big SPOILER ahead about concatenation", "home");
    expect(r.map((x) => x.filter.id)).toEqual(["1", "2"]);
    expect(r[0].keyword_matches).toEqual(["SPOILER"]);
    expect(r[0].status_matches).toBeNull();
    expect(r[0].filter).toMatchObject({ title: "f1", filter_action: "warn", context: ["home", "public"] });
    expect(isHiddenByFilters(r)).toBe(true);
    expect(matchFilters(filters, "spoilers everywhere", "public")).toEqual([]);
  });

  it("respects the context and handles keywords with punctuation and Unicode", () => {
    expect(matchFilters(filters, "I write C++ daily", "public")[0].keyword_matches).toEqual(["C++"]);
    expect(matchFilters(filters, "cat", "notifications")).toEqual([]);
    expect(matchFilters(filters, "Ăn phở bò", "thread")).toHaveLength(1);
    expect(matchFilters(filters, "phởbò", "thread")).toEqual([]);
  });

  it("matches per-status filters by id", () => {
    const r = matchFilters(filters, "nothing here", "thread", "777");
    expect(r).toHaveLength(1);
    expect(r[0]).toMatchObject({ keyword_matches: null, status_matches: ["777"] });
  });

  it("treats keywords as literals and stays fast on adversarial input", () => {
    expect(keywordRegex("a.*b(", false).test("xa.*b(y")).toBe(true);
    expect(keywordRegex("a.*b(", false).test("axxb(")).toBe(false);
    const evil = compileFilters([filter("9", "warn", ["home"], [["a".repeat(50) + "!", true]])]);
    const start = Date.now();
    matchFilters(evil, "a".repeat(200_000), "home");
    expect(Date.now() - start).toBeLessThan(1000);
  });
});
