import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { cents, compare, decimalOfText, formatDecimal, shortestForm, toDecimal, writtenDecimal, zero, type Decimal } from "../src/domain/decimal.js";

describe("cents: the integer shortcut for money agrees with exact decimals", () => {
  it("gives k for k/100 written as JSON money, up to 10^13", () => {
    fc.assert(
      fc.property(fc.integer({ min: -999_999_999_999_999, max: 999_999_999_999_999 }), (k) => {
        expect(cents(k / 100)).toBe(k);
      }),
    );
  });

  it("whenever it gives k, the number's decimal is exactly k hundredths", () => {
    const numbers = fc.oneof(
      fc.double({ noNaN: true, noDefaultInfinity: true }),
      fc.integer({ min: -1e9, max: 1e9 }).map((k) => k / 100),
      fc.integer({ min: -1e9, max: 1e9 }).map((k) => k / 1000),
      fc.double({ min: 1e12, max: 1e14, noNaN: true }),
    );
    fc.assert(
      fc.property(numbers, (n) => {
        const k = cents(n);
        if (k !== undefined) expect(compare(toDecimal(n), { units: BigInt(k), scale: 2 })).toBe(0);
      }),
      { numRuns: 5000 },
    );
  });

  it("has no answer for a number that is not a whole number of hundredths", () => {
    for (const n of [0.071, 0.005, 1e-7, 1e13, -1e13, Number.NaN, Number.POSITIVE_INFINITY]) expect(cents(n)).toBeUndefined();
  });
});

describe("shortestForm: the double a literal parses to, as JSON.parse gives it", () => {
  it.each([
    ["1.0000000000000001", "1"],
    ["9000000000.00099945068359375", "9000000000.001"],
    ["9000000000.0009995", "9000000000.001"],
    ["0.044000000000000004", "0.044000000000000004"],
    ["12345670.009", "12345670.009"],
  ])("%s is %s", (written, shortest) => {
    expect(formatDecimal(shortestForm(decimalOfText(written)))).toBe(shortest);
  });

  // toFixed(100) is exact for a double from 2^-48 (its last bit is at most 2^-100).
  it("a double's exact expansion (1e-9…1e15) comes back to its shortest form", () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, min: 1e-9, max: 1e15 }), (x) => {
        const expansion = x.toFixed(100).replace(/0+$/, "").replace(/\.$/, "");
        expect(compare(shortestForm(decimalOfText(expansion)), toDecimal(x))).toBe(0);
      }),
    );
  });
});

describe("writtenDecimal: a literal as written, normalised and bounded", () => {
  const cases: readonly [string, Decimal | undefined][] = [
    ["4503599627370497.4e0", { units: 45035996273704974n, scale: 1 }],
    ["100000000000000001e-17", { units: 100000000000000001n, scale: 17 }],
    ["-1.50E+2", { units: -150n, scale: 0 }],
    ["0.000", { units: 0n, scale: 0 }],
    ["1e-400", { units: 1n, scale: 400 }],
    ["1e400", { units: 10n ** 400n, scale: 0 }],
    // Past the bounds: no BigInt of a billion digits.
    ["1e-999999999", undefined],
    ["1e1101", undefined],
    ["1." + "0".repeat(799) + "1", undefined],
    ["0e-999999999999", { units: 0n, scale: 0 }],
  ];
  for (const [text, expected] of cases) {
    it(`${text.length > 40 ? text.slice(0, 40) + "…" : text}`, () => {
      const read = writtenDecimal(text);
      expect(read === undefined ? undefined : compare(read, expected ?? zero) === 0).toBe(expected === undefined ? undefined : true);
    });
  }
});
