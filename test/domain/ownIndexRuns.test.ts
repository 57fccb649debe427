import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { indexRuns, ownIndexRuns } from "../../src/domain/availabilityClasses.js";
import { maxQuoted, shortenList } from "../../src/engine/messageTemplate.js";

/**
 * Sorted, distinct item indexes: runs of consecutive ones and gaps, up to a few thousand items.
 * Half of them long (size "max"): fast-check's default size draws ~10 steps, whose list always
 * fits a message, and so never reached the shortening.
 */
const step = fc.tuple(fc.integer({ min: 1, max: 40 }), fc.integer({ min: 1, max: 3 }));
const indexes = fc
  .oneof(fc.array(step, { maxLength: 1500 }), fc.array(step, { maxLength: 1500, size: "max" }))
  .map((steps) => {
    const list: number[] = [];
    let next = 0;
    for (const [gap, run] of steps) {
      next += gap;
      for (let k = 0; k < run; k++) list.push(next++);
    }
    return list;
  });

/**
 * Lint's split plan names the items it places (or cannot place) in its own sentence, filled in
 * whole; a list longer than a message quotes was cut at a character count, through a number:
 * "…95, 2997, 2999" named an index 95 where the list held 2995 (audit).
 */
describe("ownIndexRuns: a plan's index list, shortened only between whole runs", () => {
  it("property: the whole list where it fits; else its first and last runs, whole, around one '…'", () => {
    fc.assert(
      fc.property(indexes, (list) => {
        const runs = indexRuns(list).split(", ");
        const shown = ownIndexRuns(list);
        if (indexRuns(list).length <= maxQuoted) return void expect(shown).toBe(indexRuns(list));
        const pieces = shown.split(", ");
        const cut = pieces.indexOf("…");
        expect(pieces.lastIndexOf("…")).toBe(cut);
        const [head, tail] = [pieces.slice(0, cut), pieces.slice(cut + 1)];
        expect(head.length).toBeGreaterThan(0);
        expect(tail.length).toBeGreaterThan(0);
        expect(head).toEqual(runs.slice(0, head.length));
        expect(tail).toEqual(runs.slice(runs.length - tail.length));
        expect(head.length + tail.length).toBeLessThan(runs.length);
        expect(head.join(", ").length).toBeLessThanOrEqual(120);
        expect(tail.length === 1 || tail.join(", ").length <= 20).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it("the audit's list: the odd indexes to 2999 end in 2995, 2997, 2999, not a cut 95", () => {
    const odd = Array.from({ length: 1500 }, (_, i) => 2 * i + 1);
    const shown = ownIndexRuns(odd);
    expect(shown).toMatch(/^1, 3, 5, .*, …, 2995, 2997, 2999$/);
    expect(shown.length).toBeLessThanOrEqual(maxQuoted);
  });

  // The audit of the split fixes: two entries of ~80 characters each read "A, …, B", though none was left out.
  it("shortenList writes no '…' where every entry is kept", () => {
    const [a, b] = ["A".repeat(80), "B".repeat(80)];
    expect(shortenList([a, b])).toBe(`${a}, ${b}`);
    expect(shortenList([a, "c".repeat(50), b])).toBe(`${a}, …, ${b}`);
  });
});
