import { readFileSync } from "node:fs";

/** The documents' Create Order example, repaired into JSON: a payload every rule accepts. */
const createOrderText = readFileSync(new URL("../../examples/createOrder.json", import.meta.url), "utf8");
const importOrderText = readFileSync(new URL("../../examples/importOrder.json", import.meta.url), "utf8");

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type JsonObject = { [key: string]: Json };

/** A fresh copy of the documents' Create Order example, with top-level fields overridden. */
export function createOrder(overrides: JsonObject = {}): JsonObject {
  return { ...(JSON.parse(createOrderText) as JsonObject), ...overrides };
}

/** A fresh copy of the documents' Historic Order Import example, with top-level fields overridden. */
export function importOrder(overrides: JsonObject = {}): JsonObject {
  return { ...(JSON.parse(importOrderText) as JsonObject), ...overrides };
}

export interface ItemSpec {
  partNumber?: string;
  availability?: string;
  actualPrice?: Json;
  quantity?: Json;
  itemTaxOverride?: Json;
  product?: JsonObject;
  itemSpecifics?: JsonObject;
}

/** One order item shaped like the documents' example. */
export function orderItem(spec: ItemSpec = {}): JsonObject {
  const partNumber = spec.partNumber ?? "Product0001";
  return {
    orderItemID: null,
    product: {
      partNumber,
      productID: null,
      availability: spec.availability ?? "Y",
      name: `Test ${partNumber}`,
      retailPrice: 2,
      averageDealerMargin: 0.3,
      upc: null,
      ...spec.product,
    },
    itemSpecifics: {
      externalItemID: null,
      actualPrice: spec.actualPrice ?? 1,
      quantity: spec.quantity ?? 1,
      itemTaxOverride: spec.itemTaxOverride ?? null,
      ...spec.itemSpecifics,
    },
  };
}

/** A Create Order whose items are the given ones (and nothing else changed). */
export function orderWithItems(items: JsonObject[], overrides: JsonObject = {}): JsonObject {
  return createOrder({ forceItemTaxOverride: false, ...overrides, orderItems: items });
}

const billingAddress: JsonObject = {
  addressID: null,
  addressLine1: "123 San Luis Obispo Ln.",
  city: "San Luis Obispo",
  postalCode: "93405",
  state: "CA",
  countryCode: "US",
};

/** An order payment; `method` fields are merged into its paymentMethod. */
export function orderPayment(method: JsonObject = {}, payment: JsonObject = {}): JsonObject {
  return {
    orderPaymentID: null,
    paymentMethod: { billingAddress, paymentType: "CC", cardIssuer: "VI", cardNumber: "411111111111111", ...method },
    maxAmount: null,
    ...payment,
  };
}

/** A Create Order paid with the given payments. */
export function orderWithPayments(payments: JsonObject[], overrides: JsonObject = {}): JsonObject {
  return createOrder({ ...overrides, orderPayments: payments });
}

/**
 * A no-operation payment like the Historic Order Import example's (NO, subtype HI, a bogus
 * card number); `method` fields are merged into its paymentMethod, and `undefined` removes one.
 */
export function noOperationPayment(method: { [key: string]: Json | undefined } = {}, payment: JsonObject = {}): JsonObject {
  const built = orderPayment({ paymentType: "NO", noOperationType: "HI", cardIssuer: null, cardNumber: "0000000000000123" }, payment);
  return JSON.parse(JSON.stringify({ ...built, paymentMethod: { ...(built.paymentMethod as JsonObject), ...method } })) as JsonObject;
}

/**
 * A copy of the value with the places the pointers name changed: set to a value, or
 * removed (`undefined`). For the expected output of a fix, written from what the fix does.
 */
export function edited(value: unknown, edits: Readonly<Record<string, Json | undefined>>): unknown {
  const copy = structuredClone(value) as Record<string, unknown>;
  for (const [pointer, to] of Object.entries(edits)) {
    const keys = pointer.split("/").slice(1).map((k) => k.replace(/~1/g, "/").replace(/~0/g, "~"));
    const last = keys.pop() as string;
    let node = copy as Record<string, unknown>;
    for (const key of keys) node = node[key] as Record<string, unknown>;
    if (to === undefined) delete node[last];
    else node[last] = to;
  }
  return copy;
}

/** The order: a 60% tax line, and maxAmount -1 on a credit card. */
export function taxedOrder(): string {
  const order = createOrder() as JsonObject & { orderItems: JsonObject[]; orderPayments: JsonObject[] };
  (order.orderItems[0]!.itemSpecifics as JsonObject).itemTaxOverride = 3;
  order.orderPayments[0]!.maxAmount = -1;
  return JSON.stringify(order, null, 2) + "\n";
}
