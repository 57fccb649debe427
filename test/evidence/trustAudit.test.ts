import { describe, expect, it } from "vitest";
import { validate } from "../../src/builtIn/linter.js";
import type { Kind } from "../../src/kinds/kinds.js";
import { createOrder, importOrder, orderItem, orderPayment, orderWithItems, orderWithPayments } from "../support/payloads.js";

/**
 * Payloads the documents show or permit, and what each may raise at one place: nothing, or
 * a warning of the rule that owns our reading (SPEC §3: an error needs the documents' word
 * that the OMS refuses). Each row is a payload an integration sends; `expected` lists the
 * findings at `path` as [rule, severity, evidence].
 */
/** The value as JSON reads it: a key set to undefined is gone. */
const asJson = (value: unknown): unknown => JSON.parse(JSON.stringify(value));

interface TrustCase {
  readonly name: string;
  readonly kind: Kind;
  readonly payload: unknown;
  readonly path: string;
  readonly expected: readonly (readonly [string, "error" | "warning", string])[];
}

/** Rows at /customerIP: the form is schema/customer-ip-format's warning (inferred); a value that is no string, the schema's stated error. */
function customerIpCases(rows: readonly (readonly [string, "createOrder" | "importOrder", string | number, "warning" | "error" | "none"])[]): TrustCase[] {
  const findings = {
    warning: [["schema/customer-ip-format", "warning", "inferred"]],
    error: [["schema", "error", "stated"]],
    none: [],
  } as const;
  return rows.map(([name, kind, customerIP, verdict]) => ({
    name,
    kind,
    payload: (kind === "createOrder" ? createOrder : importOrder)({ customerIP }),
    path: "/customerIP",
    expected: findings[verdict],
  }));
}

const cases: TrustCase[] = [
  // The documents send null for optional parameters their tables type string (the Full
  // Request's "orderComment": null) and integer ("orderID": null); absent and null are alike.
  {
    name: "expectedDeliveryDate null (optional; the documents send null for optional string parameters such as orderComment)",
    kind: "createOrder",
    payload: createOrder({ expectedDeliveryDate: null }),
    path: "/expectedDeliveryDate",
    expected: [],
  },
  {
    name: "expectedDeliveryDate null on an import",
    kind: "importOrder",
    payload: importOrder({ expectedDeliveryDate: null }),
    path: "/expectedDeliveryDate",
    expected: [],
  },
  {
    name: "importedCreationDate null (optional; the import example sends \"orderComment\":null, \"orderID\":null)",
    kind: "importOrder",
    payload: importOrder({ importedCreationDate: null }),
    path: "/importedCreationDate",
    expected: [],
  },
  {
    name: "product.availability null on Create Order: the warning an absent one draws (\"crucial\", never required), no error",
    kind: "createOrder",
    payload: orderWithItems([orderItem({ product: { availability: null } })]),
    path: "/orderItems/0/product/availability",
    expected: [["schema/line-item-crucial", "warning", "inferred"]],
  },
  // "shippingTax The amount of shipping tax to be applied" (Create Order: no type in its row, where
  // shippingTaxRate's says number); "shippingTax number …" (the import's table).
  {
    name: "shippingTax as text on Create Order: its table gives no type, so the number is our reading (a warning)",
    kind: "createOrder",
    payload: createOrder({ shippingTax: "2" }),
    path: "/shippingTax",
    expected: [["schema/example-type", "warning", "inferred"]],
  },
  {
    name: "shippingTax as text on an import stays an error (\"shippingTax number\")",
    kind: "importOrder",
    payload: importOrder({ shippingTax: "2" }),
    path: "/shippingTax",
    expected: [["schema", "error", "stated"]],
  },
  {
    name: "a negative shippingTax stays an error on both (\"The minimum value is “0”\")",
    kind: "createOrder",
    payload: createOrder({ shippingTax: -1 }),
    path: "/shippingTax",
    expected: [["schema", "error", "stated"]],
  },
  {
    name: "product.availability null on an import, whose Order Items do not name it crucial: nothing",
    kind: "importOrder",
    payload: importOrder({ orderItems: [orderItem({ product: { availability: null } })] }),
    path: "/orderItems/0/product/availability",
    expected: [],
  },
  {
    name: "expectedDeliveryDate that is no string, nor null, stays an error (\"expectedDeliveryDate string\")",
    kind: "createOrder",
    payload: createOrder({ expectedDeliveryDate: 20261123 }),
    path: "/expectedDeliveryDate",
    expected: [["schema", "error", "stated"]],
  },
  {
    name: "an undocumented availability code stays an error (\"The supported codes … are listed below\")",
    kind: "createOrder",
    payload: orderWithItems([orderItem({ availability: "X" })]),
    path: "/orderItems/0/product/availability",
    expected: [["schema", "error", "stated"]],
  },
  // No parameter table types an item's hashes: only the examples show them as objects.
  {
    name: "itemSpecifics.customItemData that is no object is our reading of the examples: a warning",
    kind: "createOrder",
    payload: orderWithItems([orderItem({ itemSpecifics: { customItemData: "gift wrap" } })]),
    path: "/orderItems/0/itemSpecifics/customItemData",
    expected: [["schema/example-type", "warning", "inferred"]],
  },
  {
    name: "itemSpecifics.customData that is no object is our reading (the examples show it only as null): a warning",
    kind: "importOrder",
    payload: importOrder({ orderItems: [orderItem({ itemSpecifics: { customData: [] } })] }),
    path: "/orderItems/0/itemSpecifics/customData",
    expected: [["schema/unshown-type", "warning", "inferred"]],
  },
  {
    name: "customOrderData is typed by the tables (\"customOrderData object\"): no object stays an error",
    kind: "importOrder",
    payload: importOrder({ customOrderData: "x" }),
    path: "/customOrderData",
    expected: [["schema", "error", "stated"]],
  },
  // "sortBy string The field(s) to sort results by, use a minus (-) in front of field name
  // for descending, a plus (+) for ascending. The minimum length is 1." The length is stated;
  // how field names are spelt and joined is not.
  {
    name: "sortBy with a space after its comma is our reading of the syntax: a warning",
    kind: "orderItemSearch",
    payload: { orderID: "555555", sortBy: "-orderItemID, partNumber" },
    path: "/sortBy",
    expected: [["schema/sort-by-syntax", "warning", "inferred"]],
  },
  {
    name: "sortBy naming a field with a hyphen is our reading of field names: a warning",
    kind: "orderItemSearch",
    payload: { orderID: "555555", sortBy: "-ship-date" },
    path: "/sortBy",
    expected: [["schema/sort-by-syntax", "warning", "inferred"]],
  },
  {
    name: "an empty sortBy stays an error (\"The minimum length is 1\"), one finding",
    kind: "orderItemSearch",
    payload: { orderID: "555555", sortBy: "" },
    path: "/sortBy",
    expected: [["schema", "error", "stated"]],
  },
  {
    name: "sortBy that is no string nor number stays an error (\"sortBy string\")",
    kind: "orderItemSearch",
    payload: { orderID: "555555", sortBy: true },
    path: "/sortBy",
    expected: [["schema", "error", "stated"]],
  },
  {
    // Every encoder sends the number as its text, sortBy=5: the string "5", which the documents do not refuse (seed 50).
    name: "sortBy given as a number is the string it is sent as: the syntax's warning",
    kind: "orderItemSearch",
    payload: { orderID: "555555", sortBy: 5 },
    path: "/sortBy",
    expected: [["schema/sort-by-syntax", "warning", "inferred"]],
  },
  {
    name: "sortBy as the document writes it passes",
    kind: "orderItemSearch",
    payload: { orderID: "555555", sortBy: "-orderItemID,+partNumber" },
    path: "/sortBy",
    expected: [],
  },
  // "There are 11 options for defining the payment method, but the method will always include a
  // valid billing address": the billing address is stated; no document says paymentType is
  // required in the method (the example sends an orderPayment-level paymentType too, null).
  {
    name: "paymentType on the orderPayment rather than in its paymentMethod: a warning, not a stated error",
    kind: "createOrder",
    payload: asJson(orderWithPayments([orderPayment({ paymentType: undefined } as never, { paymentType: "CC" })])),
    path: "/orderPayments/0/paymentMethod/paymentType",
    expected: [["schema/payment-type-present", "warning", "inferred"]],
  },
  {
    name: "a paymentMethod without a billingAddress stays an error (\"the method will always include a valid billing address\")",
    kind: "createOrder",
    payload: asJson(orderWithPayments([orderPayment({ billingAddress: undefined } as never)])),
    path: "/orderPayments/0/paymentMethod/billingAddress",
    expected: [["schema", "error", "stated"]],
  },
  // "The required elements of Customer, Order Items, Shipping Method, and Order Payments": required, but no count is stated.
  {
    name: "orderItems empty: no document says how many items an order needs (schema/empty-order-list), not a stated refusal",
    kind: "createOrder",
    payload: createOrder({ orderItems: [] }),
    path: "/orderItems",
    expected: [["schema/empty-order-list", "warning", "inferred"]],
  },
  {
    name: "orderPayments empty on an import: likewise a warning",
    kind: "importOrder",
    payload: importOrder({ orderPayments: [] }),
    path: "/orderPayments",
    expected: [["schema/empty-order-list", "warning", "inferred"]],
  },
  {
    name: "orderItems that is no array stays an error (\"orderItems array\")",
    kind: "createOrder",
    payload: createOrder({ orderItems: "none" }),
    path: "/orderItems",
    expected: [["schema", "error", "stated"]],
  },
  // Where the documents leave a reading open (see each rule's docs page, "How we read the ambiguity").
  {
    name: "carrier \"\" alone: a blank may or may not be a value 'provided' (carrier-triplet-blank), not a stated Bad Request",
    kind: "createOrder",
    payload: createOrder({ shippingMethod: { shippingType: "standard", carrier: "" } }),
    path: "/shippingMethod/carrier",
    expected: [["carrier-triplet-blank", "warning", "inferred"]],
  },
  {
    name: "a no-operation cardNumber of spaces: 'populated' or not, the document does not say",
    kind: "createOrder",
    payload: orderWithPayments([orderPayment({ paymentType: "NO", noOperationType: "HI", cardNumber: "   " } as never)]),
    path: "/orderPayments/0/paymentMethod/cardNumber",
    expected: [["no-operation-card-number-blank", "warning", "inferred"]],
  },
  {
    name: "a ship-to-store item with deliveryMethod \"ship_to_home\": the documents list no delivery methods, so nothing is said",
    kind: "createOrder",
    payload: orderWithItems([orderItem({ availability: "S" })], { shippingMethod: { shippingType: "standard", deliveryMethod: "ship_to_home" } }),
    path: "/orderItems/0/product/availability",
    expected: [],
  },
  // "customerIP string The IP address of the customer placing the order." (Create Order) and
  // "The unique external IP address (IPv4) of the customer purchasing the order" (import): the
  // string is stated, the form of the address is described but no refusal is; Create Order's
  // own example sends "0.1.2.3.".
  ...customerIpCases([
    ["customerIP as the Create Order example sends it (\"0.1.2.3.\") is our reading of the form: a warning", "createOrder", "0.1.2.3.", "warning"],
    ["customerIP with the port a proxy gave it: a warning, not a blocked sale", "createOrder", "88.152.11.125:443", "warning"],
    ["an IPv6 customerIP on an import (its document says IPv4): a warning", "importOrder", "2001:db8::1", "warning"],
    ["customerIP that is no string stays an error (\"customerIP string\")", "createOrder", 8815211125, "error"],
    ["a public IPv6 customerIP on a Create Order passes", "createOrder", "2a00:1450:4001:81b::200e", "none"],
  ]),
];

describe("trust: payloads the documents show or permit raise no error", () => {
  for (const { name, kind, payload, path, expected } of cases) {
    it(name, () => {
      const found = validate(kind, payload).diagnostics.filter((d) => d.path === path);
      expect(found.map((d) => [d.ruleId, d.severity, d.evidence])).toEqual(expected);
    });
  }
});
