import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { errorsFirstCap } from "../../src/formatters/errorsFirstCap.js";

// The cap SARIF's 25,000 results and the step summary's rows and bytes share (audit of the CI formats: the summary
// kept the first 1,000 problems in report order, 1,000 warnings and none of the errors found after them).

const entry = fc.record({ isError: fc.boolean(), weight: fc.integer({ min: 0, max: 9 }) });

describe("errorsFirstCap: a count and a weight limit, errors kept before warnings", () => {
  it("property: within both limits; the first errors and the first warnings, in the order found; an error left out only where it could not fit with every warning gone", () => {
    fc.assert(
      fc.property(fc.array(entry, { maxLength: 40 }), fc.integer({ min: 0, max: 12 }), fc.integer({ min: 0, max: 60 }), (entries, countLimit, weightLimit) => {
        const cap = errorsFirstCap<number>(countLimit, weightLimit);
        let refusedError: { heldErrors: number; heldErrorWeight: number; weight: number } | undefined;
        entries.forEach(({ isError, weight }, index) => {
          const before = new Set(cap.held());
          cap.offer(index, isError, weight);
          const heldNow = cap.held();
          if (isError && !heldNow.includes(index) && refusedError === undefined) {
            const errors = [...before].filter((i) => entries[i]!.isError);
            refusedError = { heldErrors: errors.length, heldErrorWeight: errors.reduce((sum, i) => sum + entries[i]!.weight, 0), weight };
          }
        });
        const held = cap.held();
        expect(held).toEqual([...held].sort((a, b) => a - b));
        expect(held.length).toBeLessThanOrEqual(countLimit);
        expect(held.reduce((sum, i) => sum + entries[i]!.weight, 0)).toBeLessThanOrEqual(weightLimit);
        const of = (errors: boolean) => entries.flatMap((e, i) => (e.isError === errors ? [i] : []));
        const heldOf = (errors: boolean) => held.filter((i) => entries[i]!.isError === errors);
        // No gap: what is held of each level is the first of that level found.
        expect(heldOf(true)).toEqual(of(true).slice(0, heldOf(true).length));
        expect(heldOf(false)).toEqual(of(false).slice(0, heldOf(false).length));
        expect(cap.leftOut).toEqual({ errors: of(true).length - heldOf(true).length, warnings: of(false).length - heldOf(false).length });
        // The first error left out would not have fit beside the errors held before it, every warning gone.
        if (refusedError !== undefined) {
          const { heldErrors, heldErrorWeight, weight } = refusedError;
          expect(heldErrors + 1 > countLimit || heldErrorWeight + weight > weightLimit).toBe(true);
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
