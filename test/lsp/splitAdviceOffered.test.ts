import { describe, expect, it } from "vitest";
import { lintText } from "../../src/builtIn/linter.js";
import { mendedBySplit } from "../../src/lsp/splitAdvice.js";
import { createOrder, importOrder, orderItem } from "../support/payloads.js";

/** The findings at the first item's availability, each with whether the editor offers "How to split this order" for it. */
function offered(kind: "createOrder" | "importOrder", codes: readonly string[]) {
  const items = codes.map((availability, i) => orderItem({ availability, partNumber: `Item${i}` }));
  const order = kind === "createOrder" ? createOrder({ orderItems: items }) : importOrder({ orderItems: items });
  return lintText(JSON.stringify(order), { kind })
    .messages.filter((m) => m.path === "/orderItems/0/product/availability")
    .map((m) => [m.ruleId, mendedBySplit(kind, m)]);
}

describe("the editor offers the split for every finding whose message gives one", () => {
  it("a discontinued item beside a backorder item (availability-split-implied's warning)", () => {
    expect(offered("createOrder", ["D", "N"])).toEqual([["availability-split-implied", true]]);
  });
  it("the same on a Historic Order Import (create-order-only's warning)", () => {
    expect(offered("importOrder", ["D", "N"])).toEqual([["create-order-only", true]]);
  });
  it("a discontinued item beside an in-stock item (availability-split's error), as before", () => {
    expect(offered("createOrder", ["D", "Y"])).toEqual([["availability-split", true]]);
  });
});
