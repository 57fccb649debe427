import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { aboutCompact, compare, formatCompact, formatDecimal, formatQuotable, multiply, subtract, writtenDecimal, type Decimal } from "../../src/domain/decimal.js";

/** A decimal of up to 500 digits and up to 500 places, either sign. */
const decimals = fc.record({ units: fc.bigInt({ min: -(10n ** 500n), max: 10n ** 500n }), scale: fc.integer({ min: 0, max: 500 }) });
const magnitude = (d: Decimal): Decimal => (d.units < 0n ? { units: -d.units, scale: d.scale } : d);

describe("aboutCompact: a message's value, short", () => {
  it("is formatCompact where that is 40 characters or fewer, else 'about' and a value within half a unit of its 17th significant digit", () => {
    fc.assert(
      fc.property(decimals, (d) => {
        const text = aboutCompact(d);
        if (formatCompact(d).length <= 40) {
          expect(text).toBe(formatCompact(d));
          return;
        }
        expect(text.startsWith("about ")).toBe(true);
        expect(text.length).toBeLessThanOrEqual(6 + 25);
        const read = writtenDecimal(text.slice("about ".length))!;
        // |read − d| ≤ half a unit of the 17th significant digit of d, that is ≤ |d| × 10^-16 / 2 × 10.
        const off = magnitude(subtract(read, d));
        expect(compare(multiply(off, { units: 2n * 10n ** 16n, scale: 0 }), multiply(magnitude(d), { units: 10n, scale: 0 }))).toBeLessThanOrEqual(0);
      }),
    );
  });
  it("-1e400 + 5 is about -1e400", () => {
    expect(aboutCompact({ units: -(10n ** 400n) + 5n, scale: 0 })).toBe("about -1e400");
  });
});

describe("formatQuotable: a message's value, exact", () => {
  it("is formatDecimal up to 40 characters, else formatCompact, and reads back as the value", () => {
    fc.assert(
      fc.property(decimals, (d) => {
        const text = formatQuotable(d);
        expect(text).toBe(formatDecimal(d).length <= 40 ? formatDecimal(d) : formatCompact(d));
        expect(compare(writtenDecimal(text)!, d)).toBe(0);
      }),
    );
  });
});
