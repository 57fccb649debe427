import { describe, expect, it } from "vitest";
import { kinds } from "../../src/kinds/kinds.js";
import { validate } from "../../src/builtIn/linter.js";
import { createOrder } from "../support/payloads.js";

/**
 * SPEC §5, 100,000-deep nesting, the library side: values built in memory have no text to
 * refuse at level 1001, so validate() walks them all, and never overflows its stack.
 * (The text side, refused or raised past the depth: nesting.test.ts.)
 */

const depth = 100_000;

describe("validate() on values nested 100,000 deep (built in memory, no text to refuse)", () => {
  let deepArray: unknown = 0;
  let deepObject: unknown = "x";
  for (let i = 0; i < depth; i++) {
    deepArray = [deepArray];
    deepObject = { a: deepObject, __proto__: null };
  }
  const order = createOrder();
  const [item] = order.orderItems as Record<string, unknown>[];
  const placements: Record<string, unknown> = {
    "the whole value (array)": deepArray,
    "the whole value (object)": deepObject,
    customOrderData: { ...order, customOrderData: deepObject },
    "an unknown field": { ...order, unknown: deepArray },
    "an item's product": { ...order, orderItems: [{ ...item, product: deepObject }] },
    "an item's customItemData": { ...order, orderItems: [{ ...item, itemSpecifics: { customItemData: deepObject } }] },
    "a custom data value": { name: "a", value: deepObject },
    "a search parameter": { orderID: deepArray },
    "a search response": { collection: [deepObject, deepArray] },
  };

  it.each(Object.keys(placements))("%s: never throws, for any kind", (name) => {
    for (const { kind } of kinds) {
      const result = validate(kind, placements[name]);
      expect(result.diagnostics.every((d) => !/internal error/.test(d.message))).toBe(true);
    }
  });
});
