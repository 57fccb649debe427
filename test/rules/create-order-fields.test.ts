import { describe, expect, it } from "vitest";
import { createOrderFields } from "../../rules/create-order-fields.js";
import { validate } from "../../src/builtIn/linter.js";
import { importOrder, noOperationPayment, orderPayment } from "../support/payloads.js";
import { ruleTester } from "../support/ruleTester.js";

const why = "on a Historic Order Import this is our reading: the Create Order document states it, the import document does not repeat it";
const firstPayment = "/orderPayments/0";

ruleTester(createOrderFields, {
  valid: [
    { name: "the Historic Order Import example (a NO payment with a cardNumber, HI in USD, maxAmount -1)", kind: "importOrder", payload: importOrder() },
    {
      name: "a complete carrier override",
      kind: "importOrder",
      payload: importOrder({ shippingMethod: { shippingType: "standard", carrier: "UPS", carrierType: "DOMESTIC", serviceType: "GROUND" } }),
    },
  ],
  invalid: [
    {
      name: "an incomplete carrier override, as a warning that says why",
      kind: "importOrder",
      payload: importOrder({ shippingMethod: { serviceType: "GROUND" } }),
      errors: [{ path: "/shippingMethod/carrier", messageId: "carrier-triplet/missingTwo", messageIncludes: ["sets serviceType but not carrier nor carrierType", why] }],
    },
    {
      // A historic order's price is data: removing it is only offered (our reading), never written by --fix.
      name: "a read-only shipping field, with the removal as a suggestion, not a fix",
      kind: "importOrder",
      payload: importOrder({ shippingMethod: { shippingType: "standard", price: 5.99 } }),
      errors: [{ path: "/shippingMethod/price", messageId: "read-only-shipping-fields/readOnly" }],
      output: null,
      suggestions: [importOrder({ shippingMethod: { shippingType: "standard" } })],
    },
    {
      name: "a maxAmount that is neither null, -1 nor positive",
      kind: "importOrder",
      payload: importOrder({ orderPayments: [orderPayment({}, { maxAmount: -5 })] }),
      errors: [{ path: `${firstPayment}/maxAmount`, messageId: "max-amount/number" }],
    },
    {
      // Read as written on an import too: JSON.parse makes it -1, the file holds no -1.
      name: "a maxAmount literal just past -1, quoted as written",
      kind: "importOrder",
      text: JSON.stringify(importOrder(), null, 2).replace('"maxAmount": -1', '"maxAmount": -1.0000000000000000001'),
      errors: [{ path: `${firstPayment}/maxAmount`, messageId: "max-amount/number", messageIncludes: ["maxAmount is -1.0000000000000000001:", why] }],
    },
    {
      name: "a no-operation payment without its cardNumber",
      kind: "importOrder",
      payload: importOrder({ orderPayments: [noOperationPayment({ cardNumber: undefined })] }),
      errors: [{ path: `${firstPayment}/paymentMethod/cardNumber`, messageId: "no-operation-card-number/missing" }],
    },
    {
      name: "the import's own subtype HI in another currency than USD",
      kind: "importOrder",
      payload: importOrder({ currency: "CAD" }),
      errors: [{ path: `${firstPayment}/paymentMethod/noOperationType`, messageId: "no-operation-subtype/currency", messageIncludes: ["HI", '"CAD"'] }],
    },
    {
      name: "a gift card issuer on another payment type",
      kind: "importOrder",
      payload: importOrder({ orderPayments: [orderPayment({ paymentType: "CS", cardIssuer: "VL" })] }),
      errors: [{ path: `${firstPayment}/paymentMethod/cardIssuer`, messageId: "gift-card-issuer/issuerNeedsGc", messageIncludes: ['"CS"'] }],
    },
  ],
});

describe("the Create Order rules themselves", () => {
  it("stay errors on Create Order and are not run on an import", () => {
    const order = importOrder({ shippingMethod: { shippingType: "standard", carrier: "UPS" } });
    const at = (kind: "createOrder" | "importOrder", value: unknown) =>
      validate(kind, value).diagnostics.filter((d) => d.path.startsWith("/shippingMethod")).map((d) => [d.ruleId, d.severity]);
    expect(at("importOrder", order)).toEqual([["create-order-fields", "warning"]]);
    expect(at("createOrder", { ...order, orderStatus: undefined })).toEqual([["carrier-triplet", "error"]]);
  });
});

describe("its words hold at any configured severity", () => {
  it("raised to error, a finding still says only what the evidence is (never that it is a warning)", () => {
    const order = importOrder({ shippingMethod: { shippingType: "standard", carrier: "UPS" } });
    const [finding] = validate("importOrder", order, { rules: { "create-order-fields": "error" } }).diagnostics.filter((d) => d.ruleId === "create-order-fields");
    expect(finding?.severity).toBe("error");
    expect(finding?.message).toContain(why);
    expect(finding?.message).not.toMatch(/warning/i);
  });
});
