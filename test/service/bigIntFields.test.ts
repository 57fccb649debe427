import { describe, expect, it } from "vitest";
import { validate } from "../../src/index.js";
import { createOrder } from "../support/payloads.js";

/**
 * A BigInt JSON.stringify throws on (no BigInt.prototype.toJSON) cannot be sent, whatever the
 * field: one error at its place, however sure the schema is of the field's type. Found by the
 * audit of a checkout service's pre-submit check: productID 7n passed with a warning ("our
 * reading" of an identifier's type), and sending the body threw.
 */
const withValueAt = (path: string, value: unknown): Record<string, unknown> => {
  const order = createOrder() as Record<string, unknown>;
  const keys = path.slice(1).split("/");
  let node = order as Record<string, unknown>;
  for (const key of keys.slice(0, -1)) node = (node[key] ??= {}) as Record<string, unknown>;
  node[keys[keys.length - 1]!] = value;
  return order;
};

describe("a BigInt is the one error at its place, in every field", () => {
  it.each([
    ["an identifier the documents never type", "/orderItems/0/product/productID"],
    ["a card number (a string field)", "/orderPayments/0/paymentMethod/cardNumber"],
    ["an item's actual price (typed by the example)", "/orderItems/0/itemSpecifics/actualPrice"],
    ["a product's retail price (typed by the example)", "/orderItems/0/product/retailPrice"],
    ["the shipping tax (typed by the example)", "/shippingTax"],
    ["the manufacturer ID (a stated integer)", "/manufacturerID"],
    ["the catalog ID (a stated integer)", "/catalogID"],
    ["a custom order data value", "/customOrderData/points"],
    ["an unknown property", "/extra"],
  ])("%s", (_case, path) => {
    const order = withValueAt(path, 7n);
    expect(() => JSON.stringify(order)).toThrow(TypeError);
    const { valid, diagnostics } = validate("createOrder", order);
    expect(valid).toBe(false);
    const there = diagnostics.filter((d) => d.path === path && d.at !== "key");
    expect(there.map((d) => [d.ruleId, d.severity])).toEqual([["schema", "error"]]);
    expect(there[0]?.message).toMatch(/BigInt.*JSON\.stringify (cannot write|throws)/);
    expect(there[0]?.message).toMatch(/String\(value\) where it takes a string/);
  });

  it("with BigInt.prototype.toJSON defined (a common polyfill), the BigInt is checked as what it writes", () => {
    const prototype = BigInt.prototype as { toJSON?: () => string };
    prototype.toJSON = function (this: bigint) {
      return this.toString();
    };
    try {
      expect(validate("createOrder", withValueAt("/orderItems/0/product/productID", 7n)).valid).toBe(true);
    } finally {
      delete prototype.toJSON;
    }
  });
});
