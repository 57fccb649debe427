import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { orderReader } from "../../src/split/orderSnapshot.js";
import { SplitError } from "../../src/split/splitError.js";
import { splitOrder } from "../../src/split/splitOrder.js";
import { createOrder } from "../support/payloads.js";
import { thrownBySplit } from "../support/thrownBySplit.js";
import { exampleToSplit } from "./hostileReads.js";

/**
 * A getter that builds a new object at every read makes values without end: two such getters an
 * object are 2^1000 objects within the depth bound, and split's read of the order ran out of heap
 * whether or not the order needed a split (the audit of c6e782e1: "heap out of memory" at 256 MB
 * after 7.6 s). A split refuses the first value past the depth bound where it meets it, an order
 * that needs no split is not read past what decides it, and the read stops past maxValues values.
 */

/** An object whose keys a and b are getters building another such object at each read, counted: past `allowed` reads a getter throws, so a read without a bound stops there too, with another message. */
function getterTree(allowed: number): { readonly value: object; readonly reads: () => number } {
  let reads = 0;
  const node = (): object => {
    const made = {};
    for (const key of ["a", "b"]) {
      Object.defineProperty(made, key, {
        enumerable: true,
        get: () => {
          if (++reads > allowed) throw new RangeError("the getter was read past the bound");
          return node();
        },
      });
    }
    return made;
  };
  return { value: node(), reads: () => reads };
}

/** How many values a JSON value is: itself and every value below it. */
function valuesIn(value: unknown): number {
  if (typeof value !== "object" || value === null) return 1;
  return 1 + Object.values(value).reduce((sum: number, member) => sum + valuesIn(member), 0);
}

describe("splitOrder reads a bounded number of values", () => {
  it("an object built by getters, in an order that needs a split: the SplitError that it nests too deep, at the first value past the bound", () => {
    const tree = getterTree(100_000);
    const order = exampleToSplit();
    order.extra = tree.value;
    const error = thrownBySplit(order);
    expect(error).toBeInstanceOf(SplitError);
    expect((error as SplitError).message).toContain("nests more than 1000 levels deep");
    expect((error as SplitError).pointer).toBe(`/extra${"/a".repeat(999)}`);
    expect(tree.reads()).toBeLessThanOrEqual(2_000);
  });

  it("an object built by getters, in an order that needs no split: the order comes back unsplit, the object unread", () => {
    const tree = getterTree(100_000);
    const order = createOrder();
    order.extra = tree.value as never;
    const result = splitOrder(order);
    expect(result.split).toBe(false);
    expect(result.children[0]).toBe(order);
    expect(tree.reads()).toBe(0);
  });

  it("an object built by getters in an item, read to decide: a SplitError past maxValues values, at the value past them", () => {
    const tree = getterTree(20_000);
    const order = createOrder();
    (order.orderItems as Record<string, unknown>[])[0]!.extra = tree.value;
    let error: unknown;
    try {
      orderReader(order, 10_000).valueAt("orderItems");
    } catch (thrown) {
      error = thrown;
    }
    expect(error).toBeInstanceOf(SplitError);
    expect((error as SplitError).message).toContain("more than 10,000 values");
    expect((error as SplitError).pointer).toMatch(/^\/orderItems\/0\/extra(\/[ab])+$/);
  });

  // The CLI parses a file under its --max-values (or limits.maxValues) and passes that limit: an order of 5.7 million values
  // read under --max-values 6000000 was refused by split's own default, the message telling the user to raise --max-values
  // (audit of fbc520a0). Here at a small scale: the option decides, both ways.
  it("splitOrder's maxValues option is the bound: an order past it is refused, the same order under a larger one split", () => {
    const order = exampleToSplit();
    const held = valuesIn(order);
    const refused = thrownBySplit(order, { maxValues: held - 1 });
    expect(refused).toBeInstanceOf(SplitError);
    expect((refused as SplitError).message).toContain(`more than ${(held - 1).toLocaleString("en-US")} values`);
    expect(splitOrder(order, { maxValues: held }).split).toBe(true);
  });

  it.each([0, -1, 1.5, Number.NaN, 2 ** 53])("splitOrder's maxValues %s is refused as a misuse (TypeError), not read as no bound", (maxValues) => {
    expect(() => splitOrder(exampleToSplit(), { maxValues })).toThrow(TypeError);
  });

  it("property: the order is read whole exactly when it holds no more than maxValues values (the order itself one of them)", () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 4 }), fc.integer({ min: 1, max: 400 }), (extra, maxValues) => {
        const order = { extra };
        const held = 1 + valuesIn(extra);
        let error: unknown;
        try {
          expect(orderReader(order, maxValues).snapshot()).toEqual(order);
        } catch (thrown) {
          error = thrown;
        }
        if (held <= maxValues) expect(error).toBeUndefined();
        else expect((error as SplitError).message).toContain(`more than ${maxValues.toLocaleString("en-US")} values`);
      }),
      { numRuns: 300 },
    );
  });
});
