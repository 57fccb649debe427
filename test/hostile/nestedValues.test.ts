import { describe, expect, it } from "vitest";
import { kinds, type Kind } from "../../src/kinds/kinds.js";
import { validate } from "../../src/builtIn/linter.js";
import { createOrder } from "../support/payloads.js";
import { segments, valueAt } from "../../src/json/jsonPointer.js";

/**
 * SPEC §6, 100,000-deep nesting, the library side: a value built in memory has no text to
 * refuse at level 1001, so validate() holds the value itself to the text's depth limit: one
 * `parse` finding at the container one level too deep, found without recursion (no stack
 * overflow), and no rule walks the rest. (The text side, refused or raised past the depth:
 * nesting.test.ts.)
 */

const depth = 100_000;

/**
 * Walked to the end past a raised limit, a value need only be deeper than any recursion reaches
 * to show one: a recursion of the smallest frame overflows Node's default stack at ~15,700 levels
 * (a walk over Object.keys with a callback at ~5,700), so 30,000 levels overflow any walk that
 * recurses, at less than a third of the 100,000 levels' walk (4.5 s of the suite's time; linear
 * in the depth).
 */
const raisedDepth = 30_000;

/** Each place a caller's code may put a value, holding a list and an object nested `levels` deep. */
function placementsAt(levels: number): Record<string, unknown> {
  let deepArray: unknown = 0;
  let deepObject: unknown = "x";
  for (let i = 0; i < levels; i++) {
    deepArray = [deepArray];
    deepObject = { a: deepObject, __proto__: null };
  }
  const order = createOrder();
  const [item] = order.orderItems as Record<string, unknown>[];
  return {
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
}

describe("validate() on values nested 100,000 deep (built in memory, no text to refuse)", () => {
  const placements = placementsAt(depth);

  it.each(Object.keys(placements))("%s: one finding at level 1001, for any kind", (name) => {
    const value = placements[name];
    for (const { kind } of kinds) {
      const { diagnostics } = validate(kind, value);
      expect(diagnostics, kind).toEqual([expect.objectContaining({ ruleId: "parse", severity: "error", message: expect.stringMatching(/^the value nests deeper than 1000 levels here: .*maxDepth option\)$/) })]);
      // Every step of the path enters a container: the one it names is the 1001st level.
      const path = diagnostics[0]!.path;
      expect(segments(path)).toHaveLength(1000);
      expect(typeof valueAt(value, path)).toBe("object");
    }
  });

  // Each placement under the kind whose schema and rules read it: a custom data value is walked
  // by the custom data rules, a search parameter by the search's, a response by its shape.
  const ownKinds: Readonly<Record<string, Kind>> = { "a custom data value": "orderCustomData", "a search parameter": "orderItemSearch", "a search response": "orderItemSearchResponse" };
  const kindOf = (name: string): Kind => ownKinds[name] ?? "createOrder";

  it("past a depth raised by the option, it is walked to the end without overflowing the stack, under the kind that reads it", () => {
    const raised = placementsAt(raisedDepth);
    for (const name of Object.keys(raised)) {
      const { diagnostics } = validate(kindOf(name), raised[name], { maxDepth: raisedDepth + 10 });
      expect(diagnostics.every((d) => d.ruleId !== "parse" && !/internal error/.test(d.message)), name).toBe(true);
      // The kind's own checks reached the deep value: it is no string, number or record where that kind wants one.
      if (kindOf(name) !== "createOrder") expect(diagnostics.map((d) => d.path), name).toContainEqual(expect.stringMatching(/^\/(value|orderID|collection\/[01])$/));
    }
  });
});
