import { describe, expect, it } from "vitest";
import { validate } from "../../src/builtIn/linter.js";
import { applyFix } from "../../src/index.js";

/**
 * Found by the audit of the fix engine: applyFix edited the first of repeated keys, while
 * validate() reports on the last (the value JSON.parse keeps): the finding was not mended, and a
 * value the OMS may read was changed. fix() and --fix leave a value whose key is repeated (which
 * one the OMS reads is unknown); so does applyFix now.
 */
describe("applyFix where the edit's place passes through a repeated key", () => {
  it.each([
    ["a removal of a repeated key", `{"shippingMethod":{"deliveryMethod":"SHIP_TO_HOME","price":5,"price":7}}`, { path: "/shippingMethod/price", remove: true }],
    ["a value set at a repeated key", `{"externalOrderID":"A-1","orderID": 5, "locale":"en-US", "orderID": 100}`, { path: "/orderID", value: null }],
    ["an edit inside an object whose key is repeated", `{"shippingMethod":{"price":5},"shippingMethod":{"price":7}}`, { path: "/shippingMethod/price", remove: true }],
  ] as const)("%s: the text as it was", (_, text, edit) => {
    expect(applyFix(text, edit)).toBe(text);
  });

  it("the finding validate() gives such a text carries the edit that applyFix then leaves", () => {
    const text = `{"externalOrderID":"A-1","orderID": 5, "locale":"en-US", "orderID": 100}`;
    const finding = validate("createOrder", JSON.parse(text)).diagnostics.find((d) => d.ruleId === "read-only-ids");
    expect(finding?.fix).toEqual({ path: "/orderID", value: null });
    expect(applyFix(text, finding!.fix!)).toBe(text);
  });

  it("still edits a key that is not repeated beside one that is", () => {
    const text = `{"orderID": 5, "locale":"en-US", "locale":"en-GB"}`;
    expect(applyFix(text, { path: "/orderID", value: null })).toBe(`{"orderID": null, "locale":"en-US", "locale":"en-GB"}`);
  });
});
