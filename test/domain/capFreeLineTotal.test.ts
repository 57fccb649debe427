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
 * of "the overall order total": with the gift's order's shipping of 20 in it, 2.5 on 30 is 8.3%. So ec7b54bc made every
 * such total the zero lines' tax-rate-cap-no-subtotal warnings. Its review: 100 on a free line beside 10 taxed 0 is over
 * 20% whatever the base (no shipping at all), yet it was one warning, exit 0. Now such a total is the stated error where
 * it is over 20% even with every shipping amount the order carries added to its base (the widest base the payload
 * gives), the zero lines' warnings the same cause; only where the shipping brings it within 20% (or may: an amount not
 * read exactly) is it the zero lines' warning, saying both bases.
 */
const order = (...items: JsonObject[]) => orderWithItems(items, { forceItemTaxOverride: true });
const main = (itemTaxOverride: number, itemSpecifics: JsonObject = { shipping: 20 }) => orderItem({ actualPrice: 10, quantity: 1, itemTaxOverride, itemSpecifics });
const gift = (itemTaxOverride = 0.5) => orderItem({ actualPrice: 0, quantity: 1, itemTaxOverride });
const capFindings = (payload: unknown) =>
  validate("createOrder", payload)
    .diagnostics.filter((d) => d.ruleId.startsWith("tax-rate-cap"))
    .map((d) => `${d.ruleId} ${d.severity} ${d.path}`);
const capFound = (payload: unknown, ruleId: string) => validate("createOrder", payload).diagnostics.filter((d) => d.ruleId === ruleId);
const giftWarning = "tax-rate-cap-no-subtotal warning /orderItems/1/itemSpecifics/itemTaxOverride";
const totalError = "tax-rate-cap error /orderItems";

describe("an order total over 20% only by a free line's tax: the stated error where shipping cannot bring it within 20%", () => {
  it("the review's order: MAIN 10 taxed 0 beside a free gift taxed 100, no shipping: the total's stated error, 1000% on either base", () => {
    const payload = order(main(0, {}), gift(100));
    expect(capFindings(payload)).toEqual([totalError]);
    const [found] = capFound(payload, "tax-rate-cap");
    expect(found?.evidence).toBe("stated");
    expect(found?.message).toContain("the order's item tax 100");
    expect(found?.message).toContain("on its item subtotal 10 is a tax rate of 1000%");
    expect(found?.message).toContain("even counting every shipping amount the order carries");
    expect(found?.message).toContain("0 in all) it is 1000% of 10");
  });

  it("MAIN 10 taxed 2 with no shipping beside a free gift taxed 0.5: 2.5 on 10 is 25% on either base, the stated error alone", () => {
    expect(capFindings(order(main(2, {}), gift()))).toEqual([totalError]);
    expect(capFound(order(main(2, {}), gift()), "tax-rate-cap")[0]?.message).toContain("is a tax rate of 25%, and even counting every shipping amount the order carries (each line's shipping and shippingMethod's price, 0 in all) it is 25% of 10");
  });

  it("shipping 5 on the gift line and 1 as shippingMethod's price: 100 on 16 is still 625%, the stated error counting both", () => {
    const payload = orderWithItems([main(0, {}), orderItem({ actualPrice: 0, quantity: 1, itemTaxOverride: 100, itemSpecifics: { shipping: 5 } })], {
      forceItemTaxOverride: true,
      shippingMethod: { shippingType: "standard", shippingClass: "Standard", price: 1 },
    });
    expect(capFound(payload, "tax-rate-cap")[0]?.message).toContain("6 in all) it is 625% of 16");
  });

  it("ec7b54bc's order: MAIN 10 taxed 2 (shipping 20) beside a free gift taxed 0.5: the gift line's warning, saying both bases", () => {
    expect(capFindings(order(main(2), gift()))).toEqual([giftWarning]);
    const [found] = capFound(order(main(2), gift()), "tax-rate-cap-no-subtotal");
    expect(found?.evidence).toBe("inferred");
    expect(found?.message).toContain("orderItems 1: itemTaxOverride 0.5 on a subtotal of 0 (actualPrice 0 × quantity 1)");
    expect(found?.message).toContain("the document does not say such an order fails: our reading");
    expect(found?.message).toContain("The order's item tax 2.5 on its item subtotal 10 is a tax rate of 25%, over 20% only through such taxes, but within 20% once every shipping amount the order carries counts");
    expect(found?.message).toContain("20 in all: 8.33% of 30");
    expect(found?.message).toContain("without saying whether its base counts shipping");
  });

  it("shippingMethod's price counts as shipping too: 20 there brings 2.5 on 10 within 20%, the gift line's warning", () => {
    const payload = orderWithItems([main(2, {}), gift()], { forceItemTaxOverride: true, shippingMethod: { shippingType: "standard", shippingClass: "Standard", price: 20 } });
    expect(capFindings(payload)).toEqual([giftWarning]);
  });

  it("a shipping amount sent as a string: the base is not read exactly, so the gift line's warning, saying so", () => {
    const payload = order(main(2, { shipping: "20" }), gift());
    expect(capFindings(payload)).toEqual([giftWarning]);
    expect(capFound(payload, "tax-rate-cap-no-subtotal")[0]?.message).toContain("the order carries a shipping amount the cap does not read exactly");
  });

  it("a shipping amount not in whole cents (1.005): the gift line's warning, as for a string", () => {
    expect(capFindings(order(main(2, { shipping: 1.005 }), gift()))).toEqual([giftWarning]);
  });

  it("MAIN taxed 1, the total within 20% on the item subtotal: the plain warning, no word of bases", () => {
    expect(capFindings(order(main(1), gift()))).toEqual([giftWarning]);
    expect(capFound(order(main(1), gift()), "tax-rate-cap-no-subtotal")[0]?.message).not.toContain("shipping amount");
  });

  it("MAIN taxed 3, over 20% by itself: MAIN's stated error stays, and the gift line's warning beside it", () => {
    expect(capFindings(order(main(3), gift()))).toEqual(["tax-rate-cap error /orderItems/0/itemSpecifics/itemTaxOverride", giftWarning]);
  });

  it("beside a line of −1 (the total counted without it, negativeLinesLeftOut): the gift line's warning alone", () => {
    const negative = orderItem({ actualPrice: -1, quantity: 1, itemTaxOverride: 0 });
    expect(capFindings(order(main(2), gift(), negative))).toEqual([giftWarning]);
  });
});

describe("tax-rate-cap's error needs a line over 20% of its subtotal, or the order's item tax over 20% of its item subtotal and all shipping", () => {
  // Prices, taxes and shipping in cents, quantities whole, none below zero; a third of the lines free, many taxes at or
  // near 20%, and shipping on some lines, some of it large enough to bring a total within 20%.
  const taxedLine = fc
    .record({ priceCents: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 100_000 })), quantity: fc.integer({ min: 0, max: 20 }), offset: fc.integer({ min: -3, max: 3 }), far: fc.integer({ min: 0, max: 50_000 }) })
    .chain(({ priceCents, quantity, offset, far }) => {
      const capCents = Math.floor((priceCents * quantity) / 5);
      return fc.record({
        priceCents: fc.constant(priceCents),
        quantity: fc.constant(quantity),
        taxCents: fc.oneof(fc.constant(Math.max(0, capCents + offset)), fc.constant(far), fc.constant(null)),
        shippingCents: fc.oneof(fc.constant(null), fc.integer({ min: 0, max: 3 }), fc.integer({ min: 0, max: 200_000 })),
      });
    });

  it("any error finding of tax-rate-cap implies some line with 5 × tax > price × quantity > 0, or 5 × all tax > item subtotal + all shipping, in integer cents", () => {
    fc.assert(
      fc.property(fc.array(taxedLine, { minLength: 1, maxLength: 5 }), fc.oneof(fc.constant(null), fc.integer({ min: 0, max: 100_000 })), (lines, methodCents) => {
        const items = lines.map(({ priceCents, quantity, taxCents, shippingCents }) =>
          orderItem({ actualPrice: priceCents / 100, quantity, itemTaxOverride: taxCents === null ? null : taxCents / 100, itemSpecifics: { shipping: shippingCents === null ? null : shippingCents / 100 } }),
        );
        const shippingMethod = { shippingType: "standard", shippingClass: "Standard", ...(methodCents === null ? {} : { price: methodCents / 100 }) };
        const payload = orderWithItems(items, { forceItemTaxOverride: true, shippingMethod });
        const errors = ruleDiagnostics(taxRateCap, { payload }).filter((d) => d.severity === "error");
        const lineOver = lines.some(({ priceCents, quantity, taxCents }) => priceCents * quantity > 0 && taxCents !== null && 5 * taxCents > priceCents * quantity);
        const sum = (of: (line: (typeof lines)[number]) => number) => lines.reduce((total, line) => total + of(line), 0);
        const shipping = sum((line) => line.shippingCents ?? 0) + (methodCents ?? 0);
        const totalOver = 5 * sum((line) => line.taxCents ?? 0) > sum((line) => line.priceCents * line.quantity) + shipping;
        if (errors.length > 0) expect(lineOver || totalOver).toBe(true);
      }),
      { seed: 20261207, numRuns: 300 },
    );
  });

  it("an order total over 20% of its item subtotal and all shipping by a free line's tax, every other line within 20%, is the error", () => {
    const within = fc.tuple(fc.integer({ min: 1, max: 100_000 }), fc.integer({ min: 1, max: 20 }), fc.integer({ min: 0, max: 100_000 }));
    fc.assert(
      fc.property(fc.array(within, { minLength: 1, maxLength: 4 }), fc.integer({ min: 1, max: 100_000 }), (plain, over) => {
        const subtotal = plain.reduce((total, [price, quantity]) => total + price * quantity, 0);
        const shipping = plain.reduce((total, [, , ship]) => total + ship, 0);
        const taxes = plain.map(([price, quantity]) => Math.floor((price * quantity) / 5));
        // The free line's tax lifts the total just over 20% of the item subtotal and all shipping, by `over` cents at least.
        const freeTax = Math.floor((subtotal + shipping) / 5) - taxes.reduce((a, b) => a + b, 0) + over;
        const items = [...plain.map(([price, quantity, ship], i) => orderItem({ actualPrice: price / 100, quantity, itemTaxOverride: taxes[i]! / 100, itemSpecifics: { shipping: ship / 100 } })), gift(freeTax / 100)];
        expect(capFindings(order(...items))).toEqual([totalError]);
      }),
      { seed: 20261207, numRuns: 100 },
    );
  });
});
