import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { add, compare, toDecimal, zero } from "../../src/domain/decimal.js";
import { splitOrder } from "../../src/split/splitOrder.js";
import { orderItem, orderPayment, orderWithItems, type JsonObject } from "../support/payloads.js";

type Child = JsonObject & { orderPayments: { maxAmount: number }[] };

/**
 * A discontinued item of 1,000 and a normal one of 0.01, paid by `count` payments of one cent
 * each: every cent goes to the discontinued child, and the normal child must be given one.
 */
function lopsided(count: number): JsonObject {
  return orderWithItems(
    [
      orderItem({ partNumber: "Big", availability: "D", actualPrice: 1000, quantity: 1 }),
      orderItem({ partNumber: "Small", availability: "Y", actualPrice: 0.01, quantity: 1 }),
    ],
    { orderPayments: Array.from({ length: count }, () => orderPayment({}, { maxAmount: 0.01 })) },
  );
}

const cents = (child: Child) => child.orderPayments.reduce((sum, p) => add(sum, toDecimal(p.maxAmount)), zero);

describe("splitOrder over many payments", () => {
  it("gives a child whose shares all round to 0 one cent of 64,000 one-cent payments (each donor's payments counted once, not per candidate)", () => {
    // Counting a donor's payments afresh for each of them took 106 s for 32,000 (quadratic): hours here.
    const count = 64_000;
    const { children } = splitOrder(lopsided(count));
    const [big, small] = children as Child[];
    expect(small!.orderPayments).toHaveLength(1);
    expect(big!.orderPayments).toHaveLength(count - 1);
    expect(compare(add(cents(big!), cents(small!)), toDecimal(count / 100))).toBe(0);
  }, 60_000);

  it("for any number of one-cent payments from 2: the small child carries exactly one, the big one the rest", () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 300 }), (count) => {
        const [big, small] = splitOrder(lopsided(count)).children as Child[];
        expect(small!.orderPayments.map((p) => p.maxAmount)).toEqual([0.01]);
        expect(big!.orderPayments).toHaveLength(count - 1);
      }),
      { numRuns: 50 },
    );
  });
});
