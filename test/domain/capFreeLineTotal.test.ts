import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { taxRateCap } from "../../rules/tax-rate-cap.js";
import { validate } from "../../src/builtIn/linter.js";
import { orderItem, orderWithItems, type JsonObject } from "../support/payloads.js";
import { ruleDiagnostics } from "../support/ruleTester.js";

/**
 * The audit of 2026-12-07: an order total over 20% only because of a tax on a line whose subtotal is zero (a free gift
 * line) was tax-rate-cap's stated error at /orderItems, though that tax judged at its own line has no rate (seed 004
 * states a cap on "a rate greater than 20%"), and the total's base (the item subtotal, shipping left out) is our reading
 * of "the overall order total": with the gift's order's shipping of 20 in it, 2.5 on 30 is 8.3%. Lines of a subtotal
 * above zero, each within 20%, total within 20% (a weighted mean), so such a total's excess is the zero lines' taxes
 * alone: SPEC §3, inferred is a warning at most. The one finding is each zero line's tax-rate-cap-no-subtotal warning.
 */
const order = (...items: JsonObject[]) => orderWithItems(items, { forceItemTaxOverride: true });
const main = (itemTaxOverride: number) => orderItem({ actualPrice: 10, quantity: 1, itemTaxOverride, itemSpecifics: { shipping: 20 } });
const gift = orderItem({ actualPrice: 0, quantity: 1, itemTaxOverride: 0.5 });
const capFindings = (payload: unknown) =>
  validate("createOrder", payload)
    .diagnostics.filter((d) => d.ruleId.startsWith("tax-rate-cap"))
    .map((d) => `${d.ruleId} ${d.severity} ${d.path}`);
const giftWarning = "tax-rate-cap-no-subtotal warning /orderItems/1/itemSpecifics/itemTaxOverride";

describe("an order total over 20% only by a free line's tax is that line's warning, not the total's error", () => {
  it("MAIN 10 taxed 2 (shipping 20) beside a free gift taxed 0.5: the gift line's warning alone", () => {
    expect(capFindings(order(main(2), gift))).toEqual([giftWarning]);
    const [found] = validate("createOrder", order(main(2), gift)).diagnostics.filter((d) => d.ruleId === "tax-rate-cap-no-subtotal");
    expect(found?.evidence).toBe("inferred");
    expect(found?.message).toContain("orderItems 1: itemTaxOverride 0.5 on a subtotal of 0 (actualPrice 0 × quantity 1)");
    expect(found?.message).toContain("the document does not say such an order fails: our reading");
  });

  it("MAIN taxed 1, the total within 20% too: the same warning", () => {
    expect(capFindings(order(main(1), gift))).toEqual([giftWarning]);
  });

  it("MAIN taxed 3, over 20% by itself: MAIN's stated error stays, and the gift line's warning beside it", () => {
    expect(capFindings(order(main(3), gift))).toEqual(["tax-rate-cap error /orderItems/0/itemSpecifics/itemTaxOverride", giftWarning]);
  });

  it("beside a line of −1 (the total counted without it, negativeLinesLeftOut): the gift line's warning alone", () => {
    const negative = orderItem({ actualPrice: -1, quantity: 1, itemTaxOverride: 0 });
    expect(capFindings(order(main(2), gift, negative))).toEqual([giftWarning]);
  });
});

describe("tax-rate-cap's error needs a line of a subtotal above zero taxed over 20% of it", () => {
  // Prices and taxes in cents, quantities whole, none below zero; a third of the lines free, many taxes at or near 20%.
  const taxedLine = fc
    .record({ priceCents: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 100_000 })), quantity: fc.integer({ min: 0, max: 20 }), offset: fc.integer({ min: -3, max: 3 }), far: fc.integer({ min: 0, max: 50_000 }) })
    .chain(({ priceCents, quantity, offset, far }) => {
      const capCents = Math.floor((priceCents * quantity) / 5);
      return fc.record({
        priceCents: fc.constant(priceCents),
        quantity: fc.constant(quantity),
        taxCents: fc.oneof(fc.constant(Math.max(0, capCents + offset)), fc.constant(far), fc.constant(null)),
      });
    });

  it("any error finding of tax-rate-cap implies some line with 5 × tax > price × quantity > 0, in integer cents", () => {
    fc.assert(
      fc.property(fc.array(taxedLine, { minLength: 1, maxLength: 5 }), (lines) => {
        const payload = order(...lines.map(({ priceCents, quantity, taxCents }) => orderItem({ actualPrice: priceCents / 100, quantity, itemTaxOverride: taxCents === null ? null : taxCents / 100 })));
        const errors = ruleDiagnostics(taxRateCap, { payload }).filter((d) => d.severity === "error");
        const lineOver = lines.some(({ priceCents, quantity, taxCents }) => priceCents * quantity > 0 && taxCents !== null && 5 * taxCents > priceCents * quantity);
        if (errors.length > 0) expect(lineOver).toBe(true);
      }),
      { seed: 20261207, numRuns: 300 },
    );
  });
});
