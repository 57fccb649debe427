import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { damerauLevenshtein, distanceAtLeast, withinDistance } from "../../src/engine/nearestName.js";

/**
 * The unrestricted Damerau-Levenshtein distance by its textbook recurrence (Lowrance and
 * Wagner, with the alphabet's last rows in a Map): what the faster table in nearestName.ts must
 * equal, on every pair of names.
 */
function referenceDistance(a: string, b: string): number {
  const infinity = a.length + b.length;
  const d: number[][] = Array.from({ length: a.length + 2 }, () => new Array<number>(b.length + 2).fill(0));
  d[0]![0] = infinity;
  for (let i = 0; i <= a.length; i++) [d[i + 1]![0], d[i + 1]![1]] = [infinity, i];
  for (let j = 0; j <= b.length; j++) [d[0]![j + 1], d[1]![j + 1]] = [infinity, j];
  const lastRow = new Map<string, number>();
  for (let i = 1; i <= a.length; i++) {
    let lastColumn = 0;
    for (let j = 1; j <= b.length; j++) {
      const i1 = lastRow.get(b[j - 1]!) ?? 0;
      const j1 = lastColumn;
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      if (cost === 0) lastColumn = j;
      d[i + 1]![j + 1] = Math.min(d[i]![j]! + cost, d[i + 1]![j]! + 1, d[i]![j + 1]! + 1, d[i1]![j1]! + (i - i1 - 1) + 1 + (j - j1 - 1));
    }
    lastRow.set(a[i - 1]!, i);
  }
  return d[a.length + 1]![b.length + 1]!;
}

// Names over a small alphabet (so that pairs share characters and transpose), with characters
// past ASCII (which share buckets in distanceAtLeast) and a surrogate pair.
const name = fc.string({ unit: fc.constantFrom(..."abcdeID_0", "é", "ÿ", "ŉ", "Ā", "😀"), maxLength: 12 });

describe("the did-you-mean distance and its bounds", () => {
  it("equals the textbook recurrence on every pair of names", () => {
    fc.assert(fc.property(name, name, (a, b) => damerauLevenshtein(a, b) === referenceDistance(a, b)), { numRuns: 2000 });
  });

  it("is never below distanceAtLeast, so skipping a pair by the bound never loses a nearer name", () => {
    fc.assert(fc.property(name, name, (a, b) => distanceAtLeast(a, b) <= referenceDistance(a, b)), { numRuns: 2000 });
  });

  it("withinDistance answers as the distance does, for every limit", () => {
    fc.assert(fc.property(name, name, fc.integer({ min: 0, max: 4 }), (a, b, limit) => withinDistance(a, b, limit) === referenceDistance(a, b) <= limit), { numRuns: 2000 });
  });

  it("tells names that share no character apart by the bound alone", () => {
    expect(distanceAtLeast("q0000001", "orderItems")).toBeGreaterThan(2);
    expect(distanceAtLeast("customerIP", "cusotmerIP")).toBe(0);
  });
});
