import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { availabilitySplit } from "../../rules/availability-split.js";
import { availabilitySplitImplied } from "../../rules/availability-split-implied.js";
import { preorderMix } from "../../rules/preorder-mix.js";
import { rules } from "../../rules/index.js";
import { validate } from "../../src/builtIn/linter.js";
import { createOrder, orderItem, orderWithItems } from "../support/payloads.js";
import { ruleTester } from "../support/ruleTester.js";

/** One item per availability code, part numbers Item0, Item1, ... */
const itemsOf = (...codes: string[]) => orderWithItems(codes.map((availability, i) => orderItem({ availability, partNumber: `Item${i}` })));
const at = (index: number) => `/orderItems/${index}/product/availability`;

ruleTester(availabilitySplit, {
  valid: [
    { name: "the documents' example: every item in stock", payload: createOrder() },
    { name: "the normal codes mix freely", payload: itemsOf("Y", "N", "L", "M", "S", "G", "V", "F") },
    { name: "discontinued items together", payload: itemsOf("D", "D") },
    { name: "digital content alone", payload: itemsOf("I") },
    { name: "preorders mixed with normal items are preorder-mix's business", payload: itemsOf("P", "Y") },
    // P's row is the one cause: preorder-mix's error at the P item, whose plan keeps the D item apart.
    { name: "D beside a preorder alone is preorder-mix's business", payload: itemsOf("P", "D") },
    { name: "D items beside preorders alone, however many", payload: itemsOf("D", "P", "D", "P") },
    { name: "onBlocks: the OMS splits upon order placement", payload: itemsOf("D", "J", "I", "Y"), settings: { onBlocks: true } },
    { name: "an item without a valid availability belongs to no class", payload: itemsOf("D", "Q") },
    // The documents call only Y and L normal: D beside N, M, S, G, V or F alone is availability-split-implied's warning.
    ...["N", "M", "S", "G", "V", "F"].map((code) => ({ name: `discontinued beside ${code} alone, which the documents do not call normal`, payload: itemsOf("D", code) })),
    { name: "discontinued beside N and M, neither called normal", payload: itemsOf("N", "D", "M") },
    { name: "items that are not objects", payload: createOrder({ orderItems: [orderItem({ availability: "J" }), "Y", [orderItem()]] }) },
  ],
  invalid: [
    {
      name: "discontinued with in-stock items: the D items go in their own order",
      payload: itemsOf("Y", "D", "N", "D"),
      errors: [
        {
          path: at(1),
          messageId: "discontinued",
          messageIncludes: ["orderItems 1 (Item1) is discontinued", '"cannot be combined with normal items in a cart", and the documents call availability Y normal ("the normal fulfillment process"), so they must be split into their own orders', "also holds availability Y, N", "Send 2 orders, each with its own externalOrderID", "orderItems 0 (Item0), 2 (Item2) (availability Y, N); orderItems 1 (Item1), 3 (Item3) (availability D)", "oms-lint split"],
        },
        { path: at(3), messageId: "discontinued", messageIncludes: ["orderItems 3 (Item3) is discontinued"] },
      ],
    },
    {
      name: "discontinued beside a limited item, which the documents call normal",
      payload: itemsOf("D", "L"),
      errors: [{ path: at(0), messageId: "discontinued", messageIncludes: ["also holds availability L", "the documents call availability L normal"] }],
    },
    {
      name: "discontinued beside a Y item and items not called normal: the Y item settles it",
      payload: itemsOf("D", "N", "M", "Y"),
      errors: [{ path: at(0), messageId: "discontinued", messageIncludes: ["also holds availability N, M, Y", "the documents call availability Y normal"] }],
    },
    {
      // The D item beside N is availability-split-implied's warning (our reading): J's row states J's split alone,
      // and its plan says which part of it is only our reading.
      name: "a J item beside a D item and an N item: J's error only, its plan's D apart from N said to be our reading",
      payload: itemsOf("D", "N", "J"),
      errors: [{ path: at(2), messageId: "splitToMerchant", messageIncludes: ["also holds availability D, N", "Send 3 orders", "of that plan, the availability D items apart from availability N is our reading, not the documents' word"] }],
    },
    {
      name: "split to merchant with a limited item",
      payload: itemsOf("J", "L"),
      errors: [{ path: at(0), messageId: "splitToMerchant", messageIncludes: ["Waiting for Manufacturer Acceptance"] }],
    },
    {
      name: "digital content with a physical gift card",
      payload: itemsOf("F", "I"),
      errors: [{ path: at(1), messageId: "digitalContent", messageIncludes: ["also holds availability F"] }],
    },
    // One cause, one diagnostic (audit): D's own passage speaks of normal items (Y, L), and none is
    // here; J's, I's and P's rows state their split from "products of another availability", which
    // is the one cause, reported at the J, I or P item with the whole plan.
    {
      name: "D beside a J item alone: J's error only, its plan keeping the D item apart",
      payload: itemsOf("D", "J"),
      errors: [{ path: at(1), messageId: "splitToMerchant", messageIncludes: ["also holds availability D", "Send 2 orders", "orderItems 0 (Item0) (availability D); orderItems 1 (Item1) (availability J)"] }],
    },
    {
      name: "D beside an I item alone: I's error only",
      payload: itemsOf("I", "D", "D"),
      errors: [{ path: at(0), messageId: "digitalContent", messageIncludes: ["also holds availability D", "Send 2 orders", "orderItems 0 (Item0) (availability I); orderItems 1 (Item1), 2 (Item2) (availability D)"] }],
    },
    {
      name: "D beside J and I items: their errors only, the plan naming the D order too",
      payload: itemsOf("J", "D", "I"),
      errors: [
        { path: at(0), messageId: "splitToMerchant", messageIncludes: ["also holds availability D, I", "Send 3 orders"] },
        { path: at(2), messageId: "digitalContent", messageIncludes: ["also holds availability J, D", "Send 3 orders"] },
      ],
    },
    // The message promised "(`oms-lint split <file>` writes them)" for a file split refuses (a
    // repeated key, a -0: exit 1, nothing written; audit). The rule cannot know every refusal (it
    // never sees a -0 or a 1e-999 as written), so it says what split does either way.
    {
      name: "a file `oms-lint split` refuses as it stands (a repeated key): the message does not promise that it writes them",
      text: JSON.stringify(itemsOf("Y", "D"), null, 2).replace(/"quantity": (\d+)/, `"quantity": 1, "quantity": $1`),
      errors: [{ path: at(1), messageId: "discontinued", messageIncludes: ["(`oms-lint split <file>` writes them, or says what in the file to fix first)"], messageExcludes: ["writes them)"] }],
    },
    {
      name: "every split class at once",
      payload: itemsOf("I", "Y", "J", "D"),
      errors: [
        { path: at(0), messageId: "digitalContent" },
        { path: at(2), messageId: "splitToMerchant" },
        { path: at(3), messageId: "discontinued", messageIncludes: ["also holds availability I, Y, J"] },
      ],
    },
  ],
});

describe("preorder-mix, availability-split and availability-split-implied, over random availability mixes", () => {
  const codes = ["Y", "N", "L", "M", "J", "P", "D", "I", "S", "G", "V", "F"];
  const splitClasses = new Set(["P", "D", "J", "I"]);
  const classOf = (code: string) => (splitClasses.has(code) ? code : "normal");
  const mixRules = new Set([preorderMix.meta.id, availabilitySplit.meta.id, availabilitySplitImplied.meta.id]);
  const onlyMixRules = Object.fromEntries(rules.map((r) => [r.meta.id, mixRules.has(r.meta.id) ? "error" : "off"] as const));

  it("report something iff the order holds more than one class and one of them is P, D, J or I", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...codes), { minLength: 1, maxLength: 8 }), (mix) => {
        const classes = new Set(mix.map(classOf));
        const mustSplit = classes.size > 1 && [...classes].some((c) => splitClasses.has(c));
        const found = validate("createOrder", itemsOf(...mix), { rules: onlyMixRules }).diagnostics.filter((d) => mixRules.has(d.ruleId));
        expect(found.length > 0).toBe(mustSplit);
        // And exactly the items that must leave by a cause of their own, each by one rule: P items
        // by preorder-mix, J and I items by availability-split, D items by availability-split where
        // a Y or L item stands beside them (the documents' word), else by availability-split-implied
        // where an N, M, S, G, V or F item does (our reading), and by neither beside only P, J or I
        // items, whose own finding is the one cause (one cause, one diagnostic).
        const statedNormal = mix.some((code) => ["Y", "L"].includes(code));
        const unnamedNormal = mix.some((code) => ["N", "M", "S", "G", "V", "F"].includes(code));
        const ruleOf = (code: string): string | undefined => {
          if (code === "P") return preorderMix.meta.id;
          if (code !== "D" || statedNormal) return availabilitySplit.meta.id;
          return unnamedNormal ? availabilitySplitImplied.meta.id : undefined;
        };
        const flagged = mustSplit ? mix.flatMap((code, i) => (splitClasses.has(code) && ruleOf(code) !== undefined ? [[at(i), ruleOf(code)]] : [])) : [];
        expect(found.map((d) => [d.path, d.ruleId])).toEqual(flagged);
      }),
      { seed: 20261123, numRuns: 200 },
    );
  });
});
