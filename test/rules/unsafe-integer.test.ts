import { describe, expect, it } from "vitest";
import { unsafeInteger } from "../../rules/unsafeInteger.js";
import { createOrder } from "../support/payloads.js";
import { ruleDiagnostics, ruleTester } from "../support/ruleTester.js";

const noFacts = { duplicateKeys: [], unsafeIntegers: [] };

/** `{"deep": [[…[leaf]…]]}` nested `depth` arrays deep, built without recursion. */
function deepValue(depth: number, leaf: unknown): { deep: unknown } {
  let node: unknown = leaf;
  for (let i = 0; i < depth; i++) node = [node];
  return { deep: node };
}

ruleTester(unsafeInteger, {
  valid: [
    { name: "the documents' example", payload: createOrder() },
    { name: "2^53 - 1 and its negative are safe", payload: createOrder({ shippingTax: 9007199254740991, orderID: -9007199254740991 }) },
    { name: "fractions are not this rule's business", payload: createOrder({ shippingTax: 4503599627370495.5 }) },
    { name: "source facts without unsafe integers: the value is not walked", payload: createOrder({ orderID: 2 ** 60 }), source: noFacts },
  ],
  invalid: [
    {
      name: "source facts: the digits as written",
      payload: createOrder({ orderID: 9007199254740992 }),
      source: { ...noFacts, unsafeIntegers: [{ path: "/orderID", raw: "9007199254740993" }] },
      errors: [{ path: "/orderID", messageId: "unsafe", messageIncludes: ["9007199254740993"] }],
    },
    {
      name: "without source facts: the value as parsed (a parsed value cannot tell 1e21 from its digits)",
      payload: createOrder({ orderID: 2 ** 53, customOrderData: { big: -1e21 } }),
      errors: [
        // The documents' example puts orderID before customOrderData.
        { path: "/orderID", messageId: "rounded", messageIncludes: ["reads as 9007199254740992"] },
        { path: "/customOrderData/big", messageId: "rounded", messageIncludes: ["reads as -1e+21"] },
      ],
    },
    {
      name: "inside arrays and escaped keys",
      kind: "orderCustomData",
      payload: { name: "n", value: "v", "a/b": [1, { "~": 2 ** 54 }] },
      errors: [{ path: "/a~1b/1/~0", messageId: "rounded" }],
    },
    {
      name: "the whole value",
      kind: "orderItemSearch",
      payload: 2 ** 64,
      errors: [{ path: "", messageId: "rounded" }],
    },
  ],
});

describe("unsafe-integer on values built in code", () => {
  it("reports an object shared by two places at both, and does not loop on a cycle", () => {
    const shared: Record<string, unknown> = { big: 2 ** 60 };
    shared.self = shared;
    const found = ruleDiagnostics(unsafeInteger, { kind: "orderCustomData", payload: { name: "n", value: "v", a: shared, b: [shared] } });
    expect(found.map((d) => d.path)).toEqual(["/a/big", "/b/0/big"]);
  });
});

describe("unsafe-integer on deep values", () => {
  it("walks 100,000 levels without exhausting the stack", () => {
    const depth = 100_000;
    const found = ruleDiagnostics(unsafeInteger, { kind: "orderCustomData", payload: { name: "n", value: "v", ...deepValue(depth, 2 ** 60) } });
    expect(found).toHaveLength(1);
    expect(found[0]!.path).toBe("/deep" + "/0".repeat(depth));
  });
});
