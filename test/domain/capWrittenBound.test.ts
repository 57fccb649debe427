import { describe, expect, it } from "vitest";
import { writtenDecimal } from "../../src/domain/decimal.js";
import { rawLinesText, verdicts } from "../support/capVerdicts.js";

/**
 * The audit of the tax-rate-cap family: a line's integer literal past 2^53 was read as written at any length (the
 * unsafe-integer facts), so a price of 45035996273704964 then 8 million zeros then e-8000000 built a BigInt of 8 million
 * digits, and the CLI took 12.6 s on that 8 MB file (0.25 s with a tax of 0), growing with the file. Read as written, a
 * literal's digits are normalised first (trailing zeros dropped, the exponent folded in) and bounded: its verdict is the
 * short literal's, from a decimal of the short literal's size.
 */
const padded = (zeros: number) => "45035996273704964" + "0".repeat(zeros) + `e-${zeros}`;

describe("a literal read as written is normalised and bounded in size", () => {
  it("45035996273704964, 8 million zeros, e-8000000 is read as the 17-digit 45035996273704964, scale 0", () => {
    const read = writtenDecimal(padded(8_000_000));
    expect(read).toEqual({ units: 45035996273704964n, scale: 0 });
  });

  it("a million zeros past 45035996273704964 (tax 9007199254740993): the verdicts of the short literal, as text and as a value", () => {
    const [long, short] = [padded(1_000_000), "45035996273704964"].map((price) => verdicts(rawLinesText([[price, "1", "9007199254740993"]])));
    expect(long).toEqual(short);
    expect(long!.text).toEqual(["tax-rate-cap-float-noise warning"]);
  });

  it("no decimal the cap reads from a literal holds more than 800 significant digits (a million nines is not read as written)", () => {
    expect(writtenDecimal("9".repeat(1_000_000))).toBeUndefined();
    expect(writtenDecimal("9".repeat(800))?.units.toString().length).toBe(800);
  });
});
