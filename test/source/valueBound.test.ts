import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { findOversized, mayHoldMoreValues } from "../../src/source/entryCount.js";

/** Values in a parsed JSON value, the root included. */
function countValues(value: unknown): number {
  if (Array.isArray(value)) return 1 + value.reduce((sum: number, v) => sum + countValues(v), 0);
  if (typeof value === "object" && value !== null) return 1 + Object.values(value).reduce((sum: number, v) => sum + countValues(v), 0);
  return 1;
}

describe("mayHoldMoreValues: the cheap bound that spares the values walk", () => {
  it("never says no when a text holds more values than allowed (any JSON, any spacing)", () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.boolean(), (value, spaced) => {
        const text = JSON.stringify(value, null, spaced ? 2 : undefined);
        const count = countValues(JSON.parse(text));
        expect(mayHoldMoreValues(text, count - 1)).toBe(true);
        // And it agrees with the exact walk wherever that walk finds too many values.
        if (findOversized(text, { maxDepth: Infinity, maxEntries: Infinity, maxValues: count - 1 })?.limit === "values") {
          expect(mayHoldMoreValues(text, count - 1)).toBe(true);
        }
      }),
    );
  });

  it("says no for a text whose commas and brackets allow no more than the limit", () => {
    expect(mayHoldMoreValues('{"a": [1, 2], "b": "x"}', 5)).toBe(false);
    expect(mayHoldMoreValues('{"a": [1, 2], "b": "x"}', 4)).toBe(true);
    expect(mayHoldMoreValues("[" + "{},".repeat(10) + "{}]", 11)).toBe(true);
    expect(mayHoldMoreValues("[" + "{},".repeat(10) + "{}]", 23)).toBe(false);
  });
});
