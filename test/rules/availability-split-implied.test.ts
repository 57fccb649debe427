import { describe, expect, it } from "vitest";
import { availabilitySplitImplied } from "../../rules/availability-split-implied.js";
import { validate } from "../../src/builtIn/linter.js";
import { createOrder, importOrder, orderItem, orderWithItems } from "../support/payloads.js";
import { ruleTester } from "../support/ruleTester.js";

/** One item per availability code, part numbers Item0, Item1, ... */
const itemsOf = (...codes: string[]) => orderWithItems(codes.map((availability, i) => orderItem({ availability, partNumber: `Item${i}` })));
const at = (index: number) => `/orderItems/${index}/product/availability`;

/** The codes that share the normal class but that the Availability table does not call normal, with the meaning it gives each. */
const notCalledNormal: readonly (readonly [string, string])[] = [
  ["N", "No"],
  ["M", "Manufacturer Ship Only"],
  ["S", "Ship to Store Only"],
  ["G", "Gift Card (Digital)"],
  ["V", "Service"],
  ["F", "Gift Card (Physical)"],
];

ruleTester(availabilitySplitImplied, {
  valid: [
    { name: "the documents' example: every item in stock", payload: createOrder() },
    { name: "discontinued items together", payload: itemsOf("D", "D") },
    { name: "items the documents do not call normal, without a D item", payload: itemsOf("N", "M", "Y") },
    // The documents' word covers these: availability-split's error, never this rule's warning as well.
    { name: "D beside Y, which the documents call normal", payload: itemsOf("D", "Y") },
    { name: "D beside L, which the documents call normal", payload: itemsOf("L", "D") },
    { name: "D beside N and Y: the Y item settles it", payload: itemsOf("D", "N", "Y") },
    { name: "D beside J, whose row states the split", payload: itemsOf("D", "J") },
    { name: "onBlocks: the OMS splits upon order placement", payload: itemsOf("D", "N"), settings: { onBlocks: true } },
    { name: "an item without a valid availability belongs to no class", payload: itemsOf("D", "Q") },
  ],
  invalid: [
    ...notCalledNormal.map(([code, meaning]) => ({
      name: `D beside ${code} (${meaning}) alone: that ${code} is normal is our reading`,
      payload: itemsOf("D", code),
      errors: [
        {
          path: at(0),
          messageId: "discontinued",
          messageIncludes: [
            `orderItems 0 (Item0) is discontinued (availability D) in an order that also holds items of availability ${code} (${meaning})`,
            '"cannot be combined with normal items in a cart"',
            "call Y and L normal",
            `whether availability ${code} is normal they do not say`,
            "our reading",
            `orderItems 0 (Item0) (availability D); orderItems 1 (Item1) (availability ${code})`,
            "`oms-lint split <file>` writes them",
          ],
        },
      ],
    })),
    // A review found D + J + N an error at the D item, its plan keeping D apart from N as the
    // documents' word: the J (or I, or P) item's split is stated, and reported at that item; what
    // is left of the D item's is beside N alone, our reading. Only the N-type codes are named.
    ...[
      ["J", "D", "N"],
      ["D", "N", "I"],
      ["P", "D", "N"],
    ].map((codes) => ({
      name: `D beside N and ${codes.find((code) => code !== "D" && code !== "N")}, whose own row states its split: what is left of D's is our reading`,
      payload: itemsOf(...codes),
      errors: [
        {
          path: at(codes.indexOf("D")),
          messageId: "discontinued",
          messageIncludes: ["also holds items of availability N (No):", "whether availability N is normal they do not say", "Send 3 orders", "of that plan, the availability D items apart from availability N is our reading, not the documents' word"],
        },
      ],
    })),
    {
      name: "D items beside N and M: each D item once, both codes named",
      payload: itemsOf("N", "D", "M", "D"),
      errors: [
        { path: at(1), messageId: "discontinued", messageIncludes: ["orderItems 1 (Item1) is discontinued", "also holds items of availability N (No), M (Manufacturer Ship Only)", "whether availability N, M is normal", "Send 2 orders"] },
        { path: at(3), messageId: "discontinued", messageIncludes: ["orderItems 3 (Item3) is discontinued"] },
      ],
    },
  ],
});

describe("availability-split-implied beside availability-split", () => {
  const onD = (codes: string[]) =>
    validate("createOrder", itemsOf(...codes))
      .diagnostics.filter((d) => d.path === at(0))
      .map((d) => [d.ruleId, d.severity, d.evidence]);

  it("a D item beside only N and M is a warning of our reading, not an error", () => {
    expect(onD(["D", "N", "M"])).toEqual([["availability-split-implied", "warning", "inferred"]]);
  });
  it("a D item beside a Y item stays availability-split's error, and only that", () => {
    expect(onD(["D", "N", "Y"])).toEqual([["availability-split", "error", "stated"]]);
  });
  // One cause, one diagnostic (audit): beside only P, J or I items the D item has no cause of its
  // own (D's passage speaks of normal items); their rows' findings, at their items, are the one.
  for (const codes of [["D", "J"], ["D", "I"], ["D", "P"], ["D", "J", "P"]]) {
    it(`a D item beside only P, J or I items (${codes.join(" + ")}) has no finding of its own, neither rule's`, () => {
      expect(onD(codes)).toEqual([]);
    });
  }
  it("on a Historic Order Import it is create-order-only's warning, as availability-split's findings are", () => {
    const found = validate("importOrder", importOrder({ orderItems: [orderItem({ availability: "D" }), orderItem({ availability: "N" })] })).diagnostics.filter((d) => d.path === at(0));
    expect(found.map((d) => [d.ruleId, d.messageId, d.severity])).toEqual([["create-order-only", "availability-split-implied/discontinued", "warning"]]);
    // Our reading on Create Order too: not said there to be the Create Order document's word (found by the review of the stop).
    expect(found[0]!.message).not.toContain("the Create Order document states it");
    expect(found[0]!.message).toMatch(/\(on a Historic Order Import this is our reading too: the Create Order document does not state it either, .*\)$/);
  });
});
