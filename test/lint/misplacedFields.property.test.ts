import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { validate } from "../../src/builtIn/linter.js";
import { edited, orderItem, orderWithItems, type JsonObject } from "../support/payloads.js";

/** A Create Order whose items each lack the given crucial fields, and how many times validate() lists its top-level keys. */
function listings(lacking: readonly (readonly string[])[]): { listed: number; found: number } {
  const items = lacking.map((fields, index) => edited(orderItem({ partNumber: `Product${index}` }), Object.fromEntries(fields.map((field) => [`/itemSpecifics/${field}`, undefined]))) as JsonObject);
  let listed = 0;
  const order = new Proxy(orderWithItems(items), { ownKeys: (target) => (listed++, Reflect.ownKeys(target)) });
  const found = validate("createOrder", order).diagnostics.length;
  return { listed, found };
}

/**
 * Found by the review of 882326a: the keys that stand in the wrong object were looked for by a
 * walk of the whole payload for each object lacking two or more fields (up to ~500 before the
 * schema's list cap), so a 20,000-item order whose items each lacked quantity and actualPrice
 * took 13.5 s to lint, against 1.2 s with quantity alone missing. Every walk lists the order's
 * top-level keys once: their count must not grow with the objects that lack fields.
 */
describe("the payload is walked for misplaced keys once per validate(), however many objects lack fields", () => {
  it("the order's keys are listed as often for one item lacking fields as for forty, lacking one field or two", () => {
    const once = listings([["quantity", "actualPrice"]]);
    expect(once.found).toBe(1);
    fc.assert(
      fc.property(fc.array(fc.subarray(["quantity", "actualPrice"], { minLength: 1 }), { minLength: 1, maxLength: 40 }), (lacking) => {
        const many = listings(lacking);
        // One finding an item: its one missing field, or its two as one finding at its itemSpecifics.
        expect(many.found).toBe(lacking.length);
        expect(many.listed).toBe(once.listed);
      }),
      { numRuns: 30 },
    );
  });
});
