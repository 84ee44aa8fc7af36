// The feature hashing is tuned for speed (a radix sort of the hashes, n-grams remembered by word): it must
// produce exactly what a plain TypedArray sort and a fresh hashing give, since the model was trained on them.
import { describe, expect, it } from "vitest";
import { featurize } from "./features.js";

describe("featurize", () => {
  const texts = ["i will kill you", "giết hết bọn nó đi", "the the the cat sat on the mat", "", "a", "x".repeat(300), "mátalos a todos ya"];
  it("orders the hashes as a plain sort does, whatever the bits", () => {
    for (const bits of [10, 17, 18, 20, 26]) {
      for (const t of texts) {
        const f = featurize(t, t, bits);
        const sorted = Int32Array.from(f.idx).sort();
        expect([...f.idx]).toEqual([...sorted]);
        expect(new Set(f.idx).size).toBe(f.idx.length);
      }
    }
  });
  it("gives the same vector the second time (the n-gram cache changes nothing)", () => {
    for (const t of texts) {
      const a = featurize(t, t, 17);
      const b = featurize(t, t, 17);
      expect([...b.idx]).toEqual([...a.idx]);
      expect([...b.val]).toEqual([...a.val]);
    }
  });
});
