import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { childOrderIds } from "../../src/split/childOrderId.js";

const codePoints = (text: string) => Array.from(text).length;

describe("childOrderIds", () => {
  it("appends -1, -2, … by default", () => {
    expect(childOrderIds("8885456-98658-12215", 3)).toEqual({ ids: ["8885456-98658-12215-1", "8885456-98658-12215-2", "8885456-98658-12215-3"] });
  });

  it("fills {id} and {n} in one pass: an original holding {n} is not expanded again", () => {
    expect(childOrderIds("A{n}", 2, "{n}:{id}").ids).toEqual(["1:A{n}", "2:A{n}"]);
  });

  it("cuts the original's part, the same for every child, when an ID would pass 100 characters", () => {
    const { ids, truncatedTo } = childOrderIds("x".repeat(100), 2);
    expect(truncatedTo).toBe(98);
    expect(ids).toEqual(["x".repeat(98) + "-1", "x".repeat(98) + "-2"]);
    // Twice in the template: each use gets half the room.
    expect(childOrderIds("y".repeat(60), 2, "{id}/{id}/{n}").ids).toEqual([`${"y".repeat(48)}/${"y".repeat(48)}/1`, `${"y".repeat(48)}/${"y".repeat(48)}/2`]);
  });

  it("counts and cuts characters, never halves of a surrogate pair", () => {
    const { ids } = childOrderIds("😀".repeat(100), 2);
    expect(ids[0]).toBe("😀".repeat(98) + "-1");
    expect(codePoints(ids[0]!)).toBe(100);
  });

  it("refuses a template without {n}, or one that leaves no room", () => {
    expect(() => childOrderIds("A", 2, "{id}")).toThrow(/must contain \{n\}/);
    expect(() => childOrderIds("A", 2, "x".repeat(100) + "{n}")).toThrow(/makes IDs longer than 100/);
    expect(() => childOrderIds("A".repeat(50), 2, "x".repeat(99) + "{id}{n}")).toThrow(/leaves no room/);
  });

  it("for any original of 1-100 characters: distinct IDs of 1-100 characters, the original kept whole when it fits", () => {
    // Half of them at the edge (95 to 100 graphemes, some of several code points): fast-check's
    // default size draws at most 12 graphemes, so an original never had the 99 characters that cut
    // its children's IDs (and a size of "max" drew so few past 98 that 9 runs of 200 cut one).
    const original = fc.oneof(fc.string({ unit: "grapheme", minLength: 1, maxLength: 100 }), fc.string({ unit: "grapheme", minLength: 95, maxLength: 100 }));
    fc.assert(
      fc.property(original, fc.integer({ min: 2, max: 5 }), (original, count) => {
        const { ids, truncatedTo } = childOrderIds(original, count);
        expect(new Set(ids).size).toBe(count);
        for (const id of ids) {
          expect(codePoints(id)).toBeGreaterThanOrEqual(1);
          expect(codePoints(id)).toBeLessThanOrEqual(100);
        }
        if (codePoints(original) <= 98) {
          expect(truncatedTo).toBeUndefined();
          expect(ids[0]).toBe(`${original}-1`);
        }
      }),
      { seed: 20261123, numRuns: 120 },
    );
  });
});
