import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { lintText } from "../../src/builtIn/linter.js";
import { compare, writtenBounds, writtenDecimal } from "../../src/domain/decimal.js";
import { rawLinesText } from "../support/capVerdicts.js";

/**
 * The audit of the tax-rate-cap fixes: a literal past writtenDecimal's bounds (800 significant digits, a power of ten past
 * 1100) made its line's written reading unknown, so a clear fault was a warning: 1 × 1 taxed 0.3, 798 zeros and a 1 was
 * the error, with one more zero only the float-noise warning, exit 0 (validate: the error). Such a literal is now read
 * as an interval, and the error decided at its least favourable end (the tax low, the price and quantity high).
 */
const capFindings = (lines: [string, string, string][]) =>
  lintText(rawLinesText(lines), { kind: "createOrder" }).messages.filter((m) => m.ruleId?.startsWith("tax-rate-cap"));

const tail = (head: string, zeros: number) => `${head}${"0".repeat(zeros)}1`;

const rows: readonly { name: string; lines: [string, string, string][]; found: string[]; never?: string[] }[] = [
  { name: "1 × 1 taxed 0.3, 798 zeros and a 1 (800 digits): the error, as before", lines: [["1", "1", tail("0.3", 798)]], found: ["tax-rate-cap 2"] },
  { name: "1 × 1 taxed 0.3, 799 zeros and a 1 (801 digits): the error too", lines: [["1", "1", tail("0.3", 799)]], found: ["tax-rate-cap 2"], never: ["unknown"] },
  { name: "1 × 1 taxed 0.5, 1,200 zeros and a 1 (a power of ten past 1100): the error", lines: [["1", "1", tail("0.5", 1200)]], found: ["tax-rate-cap 2"], never: ["unknown"] },
  {
    name: "a free line taxed 50 beside 1 × 1 taxed 0.1, 801 zeros and a 1: the order total 50.1 on 1 is the error whatever the tail",
    lines: [["0", "1", "50"], ["1", "1", tail("0.1", 801)]],
    found: ["tax-rate-cap 2"],
    never: ["unknown"],
  },
  {
    name: "a price past the bounds (1., 800 zeros and a 1) × 1 taxed 0.2: within 20% as doubles and as written: no finding",
    lines: [[tail("1.", 800), "1", "0.2"]],
    found: [],
  },
];

describe("tax-rate-cap: a literal past what is read as written is an interval, decided at its least favourable end", () => {
  for (const row of rows) {
    it(row.name, () => {
      const found = capFindings(row.lines);
      expect(found.map((m) => `${m.ruleId} ${m.severity}`)).toEqual(row.found);
      for (const words of row.never ?? []) for (const m of found) expect(m.message).not.toContain(words);
    });
  }
});

describe("writtenBounds: the literal's value lies within them", () => {
  it("is the literal itself where writtenDecimal reads it", () => {
    expect(writtenBounds("0.5")).toEqual({ low: writtenDecimal("0.5"), high: writtenDecimal("0.5") });
  });

  it("past 800 significant digits, truncation and one unit of its last kept digit hold the value", () => {
    const literal = fc.tuple(fc.constantFrom("", "-"), fc.stringMatching(/^[1-9][0-9]{0,3}$/), fc.integer({ min: 790, max: 900 }), fc.stringMatching(/^[0-9]{1,5}$/));
    fc.assert(
      fc.property(literal, ([sign, head, zeros, rest]) => {
        const text = `${sign}${head}.${"7".repeat(zeros)}${rest}`;
        const { low, high } = writtenBounds(text);
        // The whole value as a BigInt over a power of ten, checked against the bounds (the reference: the digits themselves).
        const digits = (head + "7".repeat(zeros) + rest).length - head.length;
        const value = { units: BigInt(sign + head + "7".repeat(zeros) + rest), scale: digits };
        expect(compare(low!, value)).toBeLessThanOrEqual(0);
        expect(compare(value, high!)).toBeLessThanOrEqual(0);
      }),
      { numRuns: 200 },
    );
  });

  it("a power of ten past 1100: a bound on the magnitude", () => {
    expect(writtenBounds("2e1200").high).toBeUndefined();
    expect(compare(writtenBounds("2e1200").low!, { units: 10n ** 1100n, scale: 0 })).toBe(0);
    expect(writtenBounds("-2e1200").low).toBeUndefined();
    expect(compare(writtenBounds("2e-1200").low!, { units: 0n, scale: 0 })).toBe(0);
    expect(compare(writtenBounds("2e-1200").high!, { units: 1n, scale: 1100 })).toBe(0);
  });
});
