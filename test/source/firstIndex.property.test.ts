import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { firstIndex } from "../../src/source/firstIndex.js";

describe("firstIndex: the first index past a value in a sorted list", () => {
  it("property: agrees with a scan from the start, for any sorted list and any value (before, inside, after it)", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -50, max: 50 })), fc.integer({ min: -60, max: 60 }), (numbers, value) => {
        const sorted = numbers.sort((a, b) => a - b);
        const scanned = sorted.findIndex((n) => n > value);
        expect(firstIndex(sorted.length, (i) => sorted[i]! > value)).toBe(scanned === -1 ? sorted.length : scanned);
      }),
    );
  });

  it.each([
    { list: [], value: 0, expected: 0 },
    { list: [1, 2, 3], value: 0, expected: 0 },
    { list: [1, 2, 3], value: 3, expected: 3 },
    { list: [1, 2, 2, 2, 3], value: 2, expected: 4 },
  ])("$list past $value: $expected", ({ list, value, expected }) => {
    expect(firstIndex(list.length, (i) => list[i]! > value)).toBe(expected);
  });

  it("asks at most ⌈log2(n + 1)⌉ indexes, each inside the list", () => {
    const asked: number[] = [];
    const n = 1_000_000;
    firstIndex(n, (i) => (asked.push(i), i >= 765_432));
    expect(asked.length).toBeLessThanOrEqual(Math.ceil(Math.log2(n + 1)));
    expect(asked.every((i) => i >= 0 && i < n)).toBe(true);
  });
});
