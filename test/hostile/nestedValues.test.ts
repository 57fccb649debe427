import { describe, expect, it } from "vitest";
import { kinds } from "../../src/kinds/kinds.js";
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

  it("past a depth raised by the option, it is walked to the end without overflowing the stack", () => {
    for (const name of Object.keys(placements)) {
      const { diagnostics } = validate("createOrder", placements[name], { maxDepth: depth + 10 });
      expect(diagnostics.every((d) => d.ruleId !== "parse" && !/internal error/.test(d.message)), name).toBe(true);
    }
  });
});
