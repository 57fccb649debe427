import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { maxNumberStringLength, numberInString } from "../../src/domain/numberInString.js";

/**
 * The definition, said independently of the code: a string of at most 64 characters that
 * JSON.parse reads whole as a finite number, with no whitespace around it (JSON.parse would
 * skip it; the OMS may not), and not 0 where its digits before any exponent are not all 0
 * (an underflow, as 1e999 is an overflow: not the number it spells).
 */
function oracle(text: string): number | undefined {
  const parsed = finiteParsed(text);
  return parsed === 0 && /[1-9]/.test(text.split(/[eE]/)[0]!) ? undefined : parsed;
}

function finiteParsed(text: string): number | undefined {
  if (text.length > maxNumberStringLength || text.trim() !== text || text === "") return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return undefined;
  }
  return typeof parsed === "number" && Number.isFinite(parsed) ? parsed : undefined;
}

const settings = { seed: 20261205, numRuns: 5000 };

/** Strings near the grammar's edges: its own characters, and the ones a user's code may leave in. */
const numberish = fc.string({ unit: fc.constantFrom(..."0123456789-+.eE x_,I\t\n"), maxLength: 24 });

describe("numberInString: a number sent as a string, read only when it is plainly a JSON number", () => {
  it.each([
    ["5", 5],
    ["1.00", 1],
    ["-0.5", -0.5],
    ["0", 0],
    ["1e2", 100],
    ["2.5E-1", 0.25],
    ["0.07", 0.07],
  ])("reads %j as %d", (text, value) => {
    expect(numberInString(text)).toBe(value);
  });

  it.each([" 5", "5 ", "\t5", "0x10", "Infinity", "-Infinity", "NaN", "1e999", "-1e999", "1e-400", "-1e-400", "0.5e-400", "1e-324", "+1", ".5", "5.", "01", "", "-", "1_000", "1,5", "5e", "1.2.3", "١"])(
    "leaves %j unread",
    (text) => {
      expect(numberInString(text)).toBeUndefined();
    },
  );

  it("leaves a string past 64 characters unread (a hostile text's million digits are no price)", () => {
    expect(numberInString(`0.${"1".repeat(62)}`)).toBeCloseTo(0.111);
    expect(numberInString(`0.${"1".repeat(63)}`)).toBeUndefined();
  });

  it("leaves every value that is not a string unread", () => {
    for (const value of [5, null, undefined, true, ["5"], { value: "5" }]) expect(numberInString(value)).toBeUndefined();
  });

  it("agrees with the definition on any string", () => {
    fc.assert(
      fc.property(fc.oneof(numberish, fc.string(), fc.double().map(String), fc.double({ noNaN: true, noDefaultInfinity: true }).map((n) => JSON.stringify(n))), (text) => {
        expect(numberInString(text)).toBe(oracle(text));
      }),
      settings,
    );
  });

  // Found in review: "1e-400" was read as 0 ("actualPrice "1e-400" read as 0"), though 0 is not the number it spells.
  it("reads 0 only from a string whose digits are all 0 (an underflow is no number, as an overflow is not)", () => {
    const digits = fc.stringMatching(/^[0-9]{1,6}$/);
    fc.assert(
      fc.property(fc.boolean(), digits, digits, fc.integer({ min: 300, max: 99999 }), (negative, whole, fraction, exponent) => {
        const text = `${negative ? "-" : ""}${whole.replace(/^0+(?=.)/, "")}.${fraction}e-${exponent}`;
        const read = numberInString(text);
        if (/[1-9]/.test(whole + fraction)) expect(read === undefined || read !== 0).toBe(true);
        else expect(read).toBe(0);
      }),
      settings,
    );
    expect(numberInString("0e-400")).toBe(0);
    expect(numberInString("5e-324")).toBe(5e-324);
  });

  it("reads every finite double as JSON writes it back as that double", () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (n) => {
        // JSON writes -0 as 0.
        expect(numberInString(JSON.stringify(n))).toBe(Object.is(n, -0) ? 0 : n);
      }),
      settings,
    );
  });
});
