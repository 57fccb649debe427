import { describe, expect, it } from "vitest";
import { lintText } from "../../src/builtIn/linter.js";
import { rawLinesText } from "../support/capVerdicts.js";

/**
 * The audit of the tax-rate-cap fixes: 1 × 1e-1200 taxed 1e1000 quoted its quantity and subtotal as 0.000…0001 (the
 * bound 1e-1100 its interval is read at, not the literal, and not said to be a bound), its rate as "1" and 119 zeros
 * cut with "…" (without "at least"), its excess as a number of about 4,000 characters, and said it was "within 20% with
 * each number read as that double" where those doubles (Infinity on 0) give no rate at all.
 */
const message = (line: readonly [string, string, string]) => {
  const found = lintText(rawLinesText([line]), { kind: "createOrder" }).messages.filter((m) => m.ruleId?.startsWith("tax-rate-cap"));
  expect(found.map((m) => m.ruleId)).toEqual(["tax-rate-cap-float-noise"]);
  return found[0]!.message;
};

describe("a finding read at an interval's end says it is a bound, in short numbers", () => {
  const said = message(["1", "1e-1200", "1e1000"]);
  it("the quantity is quoted as written, its reading a bound: below 1e-1100", () => {
    expect(said).toContain("quantity 1e-1200 (as written below 1e-1100)");
    expect(said).toContain("subtotal of below 1e-1100");
  });
  it("the rate is at least a number in short form, uncut", () => {
    expect(said).toMatch(/a tax rate of at least 1e\d+%/);
  });
  it("the excess is short: no run of a hundred zeros or nines, and the message is short", () => {
    expect(said).not.toMatch(/0{100}|9{100}/);
    expect(said.length).toBeLessThan(1500);
    expect(said).toMatch(/over as written by at least \S+ of tax/);
  });
  it("it does not say the doubles are within 20%, where they give no rate", () => {
    expect(said).not.toContain("within 20% with each number read as that double");
    expect(said).toContain("no rate");
  });
});
