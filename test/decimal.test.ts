import fc from "fast-check";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { cents, compare, decimalOfText, formatCompact, formatDecimal, shortestForm, toDecimal, writtenDecimal, zero, type Decimal } from "../src/domain/decimal.js";

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

describe("formatDecimal: the exact decimal as text, in time linear in its digits", () => {
  /** A reference built another way: the integer part and the fraction, its trailing zeros counted off one by one. */
  function reference({ units, scale }: Decimal): string {
    const sign = units < 0n ? "-" : "";
    const magnitude = units < 0n ? -units : units;
    const unit = 10n ** BigInt(scale);
    let fraction = (magnitude % unit).toString().padStart(scale, "0");
    while (fraction.endsWith("0")) fraction = fraction.slice(0, -1);
    return sign + (magnitude / unit).toString() + (fraction === "" ? "" : "." + fraction);
  }

  it("agrees with the reference, long runs of zeros inside the fraction included", () => {
    const zeros = fc.integer({ min: 0, max: 60 }).map((n) => "0".repeat(n));
    const digitText = fc.tuple(fc.stringMatching(/^[1-9][0-9]{0,5}$/), zeros, fc.stringMatching(/^[0-9]{0,4}$/), zeros).map((parts) => parts.join(""));
    const decimals = fc.record({ units: fc.tuple(fc.boolean(), digitText).map(([negative, text]) => (negative ? -1n : 1n) * BigInt(text)), scale: fc.integer({ min: 0, max: 140 }) });
    fc.assert(
      fc.property(decimals, (d) => {
        expect(formatDecimal(d)).toBe(reference(d));
      }),
      { numRuns: 3000 },
    );
  });

  it("names 0.2 followed by 797 zeros and a 1 digit for digit", () => {
    expect(formatDecimal({ units: 2n * 10n ** 798n + 1n, scale: 799 })).toBe(`0.2${"0".repeat(797)}1`);
    expect(formatDecimal({ units: 2n * 10n ** 798n, scale: 799 })).toBe("0.2");
  });

  // Structural: a trailing-zeros regular expression (/\.?0+$/) retries every start in a run of zeros not at the end,
  // quadratic in the run (1,075 lines taxed 0.2, 797 zeros and a 1: 8 of 10.7 seconds). Digits are scanned by loops.
  it("decimal.ts runs no regular expression anchored at the end after a run of zeros", () => {
    const source = readFileSync(new URL("../src/domain/decimal.ts", import.meta.url), "utf8");
    expect(source.match(/\/[^/\n]*0[+*]\)?\$\/[a-z]*/g) ?? []).toEqual([]);
  });
});

describe("formatCompact: a message's number, long whole numbers in exponent form", () => {
  it("names the same value as the decimal, and never 22 digits or more of a whole number", () => {
    const decimals = fc.record({ units: fc.bigInt({ min: -(10n ** 40n), max: 10n ** 40n }).map((u) => u * 10n ** BigInt(Number(u % 5n < 0n ? -(u % 5n) : u % 5n) * 7)), scale: fc.integer({ min: 0, max: 4 }) });
    fc.assert(
      fc.property(decimals, (d) => {
        const text = formatCompact(d);
        expect(compare(decimalOfText(text), d)).toBe(0);
        if (!text.includes(".") && !text.includes("e")) expect(text.replace("-", "").length).toBeLessThan(22);
      }),
      { numRuns: 2000 },
    );
    expect(formatCompact({ units: 10n ** 308n, scale: 0 })).toBe("1e308");
    expect(formatCompact({ units: 21n * 10n ** 307n, scale: 0 })).toBe("2.1e308");
  });
});
