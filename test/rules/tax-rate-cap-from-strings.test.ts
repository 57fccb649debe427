import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { taxRateCap } from "../../rules/tax-rate-cap.js";
import { taxRateCapFromStrings } from "../../rules/tax-rate-cap-from-strings.js";
import { taxRateCapNoSubtotal } from "../../rules/tax-rate-cap-no-subtotal.js";
import { orderItem, orderWithItems, importOrder, type Json } from "../support/payloads.js";
import { ruleDiagnostics, ruleTester } from "../support/ruleTester.js";
import { validate } from "../../src/builtIn/linter.js";

/** A line with the given price, quantity and total tax. */
const line = (actualPrice: Json, quantity: Json, itemTaxOverride: Json) => orderItem({ actualPrice, quantity, itemTaxOverride });
/** An order of the given lines whose itemTaxOverride the OMS takes as their tax (forceItemTaxOverride true, as in the documents' example). */
const order = (...lines: ReturnType<typeof line>[]) => orderWithItems(lines, { forceItemTaxOverride: true });
/** The order of one line as text, its numbers written as given. */
const writtenLine = (actualPrice: string, quantity: string, itemTaxOverride: string) =>
  JSON.stringify(order(line(0, 0, 0)), null, 2)
    .replace('"actualPrice": 0', `"actualPrice": ${actualPrice}`)
    .replace('"quantity": 0', `"quantity": ${quantity}`)
    .replace('"itemTaxOverride": 0', `"itemTaxOverride": ${itemTaxOverride}`);

/** What every message of the rule says of the strings: our reading, and the OMS's other ways, the third found by review. */
const ourReading = "that the OMS reads a number sent as a string as the number it spells is our reading";
const ignored = "or ignore the field and compute the tax itself, and then the order does not fail on it";

// Found by review: a line whose price, quantity or tax came as a string was tax-rate-cap's stated
// error, but that the OMS reads the string as its number is our reading, and it may as well ignore
// the ill-typed field (computing the tax itself), and then the order does not fail: a warning.
ruleTester(taxRateCapFromStrings, {
  valid: [
    { name: "the same line sent as numbers is tax-rate-cap's error, not this warning", payload: order(line(1, 5, 5)) },
    { name: "a numeric string at exactly 20%: \"1\" on \"1.00\" × \"5\"", payload: order(line("1.00", "5", "1")) },
    { name: "a string that is not plainly a JSON number leaves the line out", payload: order(line(" 1", 1, 0.5), line("0x1", 1, 0.5), line(1, "Infinity", 0.5), line(1, "1e999", 0.5)) },
    { name: "a string's tax on a line of zero is tax-rate-cap-no-subtotal's", payload: order(line("0", 1, "0.5")) },
    { name: "SKIP_INTERNATIONAL_TAX bypasses the cap", payload: order(line(1, "1", 0.5)), settings: { skipInternationalTax: true } },
  ],
  invalid: [
    {
      name: "a quantity sent as a string: 5 on 1 × \"5\" is 100% if read so, our reading",
      payload: order(line(1, "5", 5)),
      errors: [{ path: "/orderItems/0/itemSpecifics/itemTaxOverride", messageId: "lineRate", messageIncludes: ['quantity "5" read as 5', "subtotal of 5", "100%", ourReading, ignored] }],
    },
    {
      name: "a price sent as a string: 5 on \"1.00\" × 5 is 100%",
      payload: order(line("1.00", 5, 5)),
      errors: [{ path: "/orderItems/0/itemSpecifics/itemTaxOverride", messageId: "lineRate", messageIncludes: ['actualPrice "1.00" read as 1 × quantity 5', "100%", ourReading] }],
    },
    {
      name: "a tax sent as a string: \"5\" on 1 × 5 is 100%",
      payload: order(line(1, 5, "5")),
      errors: [{ path: "/orderItems/0/itemSpecifics/itemTaxOverride", messageId: "lineRate", messageIncludes: ['itemTaxOverride "5" read as 5 on a subtotal of 5', "100%"] }],
    },
    {
      // Over only as written, the double it spells (1) exactly 20%: the message names that double (the audit of 6382c254).
      name: "a string's digits decide as written, past a double's: \"1.0000000000000001\" on 1 × 5 is just over 20%",
      payload: order(line(1, 5, "1.0000000000000001")),
      errors: [
        {
          path: "/orderItems/0/itemSpecifics/itemTaxOverride",
          messageId: "lineRateFloatNoise",
          messageIncludes: ['itemTaxOverride "1.0000000000000001" (as a double 1) on', "just over 20%", "It is over as written by 0.0000000000000001 of tax (less than a cent),", ourReading],
        },
      ],
    },
    {
      name: "a price of 4500000.01 − 4500000 sent as a string, taxed 0.002: the noise said as the whole cents that bring it within 20%",
      payload: order(line("0.009999999776482582", 1, 0.002)),
      errors: [{ path: "/orderItems/0/itemSpecifics/itemTaxOverride", messageId: "lineRateFloatNoise", messageIncludes: ["read as the whole cents it lies within 2^-29 of", ourReading], messageExcludes: ["nearest short decimal", "15th significant digit"] }],
    },
    {
      name: "as text too, with a line's numbers all strings (the defect report's order)",
      text: writtenLine('"1"', '"5"', '"5"'),
      errors: [{ path: "/orderItems/0/itemSpecifics/itemTaxOverride", messageId: "lineRate", messageIncludes: ['itemTaxOverride "5" read as 5', 'actualPrice "1" read as 1 × quantity "5" read as 5'] }],
    },
    {
      name: "a string's tax on a zero line lifts the order total over 20%: the total counts lines read from strings, so it is this warning",
      payload: order(line(0, 1, "5"), line("10", 1, 0)),
      errors: [{ path: "/orderItems", messageId: "orderRate", messageIncludes: ["item tax 5", "subtotal 10", "50%", "sent as strings in orderItems 0, 1", ourReading] }],
    },
    {
      name: "one finding per cause: of a line of numbers and a line of strings, each over the cap, only the string line is this rule's",
      payload: order(line(1, 5, 5), line(1, "5", 5)),
      errors: [{ path: "/orderItems/1/itemSpecifics/itemTaxOverride", messageId: "lineRate", messageIncludes: ['quantity "5" read as 5'] }],
    },
  ],
});

describe("a line is reported by tax-rate-cap or tax-rate-cap-from-strings, never both", () => {
  it("the line of numbers is tax-rate-cap's error, the line of strings this rule's warning, each once", () => {
    const found = validate("createOrder", order(line(1, 5, 5), line(1, "5", 5))).diagnostics.filter((d) => d.ruleId.startsWith("tax-rate-cap"));
    expect(found.map((d) => [d.ruleId, d.path, d.severity, d.evidence])).toEqual([
      ["tax-rate-cap", "/orderItems/0/itemSpecifics/itemTaxOverride", "error", "stated"],
      ["tax-rate-cap-from-strings", "/orderItems/1/itemSpecifics/itemTaxOverride", "warning", "inferred"],
    ]);
  });

  it("on an import, create-order-only wraps it as it wraps the others: a warning, our reading too", () => {
    const found = validate("importOrder", importOrder({ orderItems: [line(1, "5", 5)] })).diagnostics.filter((d) => d.message.includes("read as 5"));
    expect(found.map((d) => [d.ruleId, d.severity, d.evidence])).toEqual([["create-order-only", "warning", "inferred"]]);
    expect(found[0]!.message).toContain("our reading too");
  });
});

// The property kept from tax-rate-cap's table: which of a line's numbers came as strings never
// changes where the cap finds it over, only which rule says so (and how sure it is).
describe("strings and numbers give the same places, split by rule", () => {
  const settings = { seed: 20261206, numRuns: 200 };
  const amount = fc.oneof(fc.integer({ min: -3, max: 20 }), fc.integer({ min: -2_000, max: 200_000 }).map((units) => units / 100));
  const taxedLine = fc.record({ price: amount, quantity: amount, tax: fc.integer({ min: 0, max: 100_000 }).map((c) => c / 100), asStrings: fc.tuple(fc.boolean(), fc.boolean(), fc.boolean()) });
  type Spec = { price: number; quantity: number; tax: number; asStrings: [boolean, boolean, boolean] };
  const written = (n: number, asString: boolean): Json => (asString ? String(n) : n);
  const findings = (lines: readonly Spec[], strings: boolean) =>
    [taxRateCap, taxRateCapFromStrings, taxRateCapNoSubtotal].flatMap((rule) =>
      ruleDiagnostics(rule, {
        payload: order(...lines.map(({ price, quantity, tax, asStrings: [p, q, t] }) => line(written(price, strings && p), written(quantity, strings && q), written(tax, strings && t)))),
      }),
    );
  const sentAsString = (lines: readonly Spec[], path: string) => {
    const index = /^\/orderItems\/(\d+)\//.exec(path)?.[1];
    return index === undefined ? undefined : lines[Number(index)]!.asStrings.some(Boolean);
  };

  it("a stated finding of numbers is this rule's warning where the line (or a line the total counts) came as strings", () => {
    fc.assert(
      fc.property(fc.array(taxedLine, { minLength: 1, maxLength: 4 }), (lines) => {
        const [asNumbers, asStrings] = [findings(lines, false), findings(lines, true)];
        const place = (d: { path: string; messageId?: string }) => [d.path, d.messageId?.replace("FromStrings", "")];
        const sorted = <T extends { path: string }>(ds: readonly T[]) => [...ds].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
        expect(sorted(asStrings).map(place)).toEqual(sorted(asNumbers).map(place));
        for (const found of asNumbers) expect([found.ruleId, found.message]).not.toContainEqual(expect.stringContaining("string"));
        for (const found of asStrings) {
          const twin = asNumbers.find((d) => d.path === found.path)!;
          const fromStrings = sentAsString(lines, found.path);
          if (twin.ruleId === "tax-rate-cap-no-subtotal") expect(found.ruleId).toBe("tax-rate-cap-no-subtotal");
          else if (fromStrings === true) expect([found.ruleId, found.severity, found.evidence]).toEqual(["tax-rate-cap-from-strings", "warning", "inferred"]);
          else if (fromStrings === false) expect([found.ruleId, found.severity]).toEqual(["tax-rate-cap", "error"]);
          // The order total is this rule's exactly when it counts a line read from strings.
          else expect(found.ruleId).toBe(found.message.includes("sent as strings") ? "tax-rate-cap-from-strings" : "tax-rate-cap");
        }
      }),
      settings,
    );
  });
});
