import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { errorsFirstCap } from "../../src/formatters/errorsFirstCap.js";

// The cap SARIF's 25,000 results and the step summary's rows and bytes share (audit of the CI formats: the summary
// kept the first 1,000 problems in report order, 1,000 warnings and none of the errors found after them).

const entry = fc.record({ isError: fc.boolean(), weight: fc.integer({ min: 0, max: 9 }) });

describe("errorsFirstCap: a count and a weight limit, errors kept before warnings", () => {
  it("property: within both limits, in the order found; the first warnings; an error left out only where it could not fit beside the errors held before it, every warning gone, so no warning is held in a place a left-out error would fit", () => {
    fc.assert(
      fc.property(fc.array(entry, { maxLength: 40 }), fc.integer({ min: 0, max: 12 }), fc.integer({ min: 0, max: 60 }), (entries, countLimit, weightLimit) => {
        const cap = errorsFirstCap<number>(countLimit, weightLimit);
        entries.forEach(({ isError, weight }, index) => cap.offer(index, isError, weight));
        const held = cap.held();
        const weightOf = (indexes: readonly number[]) => indexes.reduce((sum, i) => sum + entries[i]!.weight, 0);
        const fitsAll = (indexes: readonly number[]) => indexes.length <= countLimit && weightOf(indexes) <= weightLimit;
        expect(held).toEqual([...held].sort((a, b) => a - b));
        expect(fitsAll(held)).toBe(true);
        const of = (errors: boolean) => entries.flatMap((e, i) => (e.isError === errors ? [i] : []));
        const heldOf = (errors: boolean) => held.filter((i) => entries[i]!.isError === errors);
        // No gap among the warnings: those held are the first found.
        expect(heldOf(false)).toEqual(of(false).slice(0, heldOf(false).length));
        expect(cap.leftOut).toEqual({ errors: of(true).length - heldOf(true).length, warnings: of(false).length - heldOf(false).length });
        for (const error of of(true).filter((i) => !held.includes(i))) {
          // It would not fit beside the errors held before it, with every warning gone.
          expect(fitsAll([...heldOf(true).filter((i) => i < error), error])).toBe(false);
          // Nor in the place of any warning held.
          for (const warning of heldOf(false)) expect(fitsAll([...held.filter((i) => i !== warning), error])).toBe(false);
        }
        expect(cap.bitBy() === undefined).toBe(held.length === entries.length);
      }),
    );
  });

  it("says which limit bit first", () => {
    const byCount = errorsFirstCap<number>(1);
    byCount.offer(0, false);
    byCount.offer(1, true);
    expect([byCount.held(), byCount.bitBy(), byCount.leftOut]).toEqual([[1], "count", { errors: 0, warnings: 1 }]);
    const byWeight = errorsFirstCap<number>(10, 5);
    byWeight.offer(0, false, 4);
    byWeight.offer(1, false, 2);
    expect([byWeight.held(), byWeight.bitBy()]).toEqual([[0], "weight"]);
  });
});
