import { readFileSync } from "node:fs";

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type JsonObject = { [key: string]: Json };

const example = (name: string) => JSON.parse(readFileSync(new URL(`../../examples/${name}`, import.meta.url), "utf8")) as JsonObject;
/** The documents' Create Order example, repaired into JSON: a payload every rule accepts. */
const createOrderExample = example("createOrder.json");
const importOrderExample = example("importOrder.json");

/**
 * A deep copy of a value JSON.parse made, as JSON.parse makes it (a "__proto__" key an own
 * member): every container new, so a test may change it. ~5 µs for Create Order's example
 * against ~12 to parse its text again; the suite makes tens of thousands of them.
 */
function copyOf(value: Json): Json {
  if (value === null || typeof value !== "object") return value;
  if (Array.isArray(value)) return value.map(copyOf);
  const copy: JsonObject = {};
  for (const key of Object.keys(value)) {
    if (key === "__proto__") Object.defineProperty(copy, key, { value: copyOf(value[key]!), enumerable: true, writable: true, configurable: true });
    else copy[key] = copyOf(value[key]!);
  }
  return copy;
}

/** A fresh copy of the documents' Create Order example, with top-level fields overridden. */
export function createOrder(overrides: JsonObject = {}): JsonObject {
  return { ...(copyOf(createOrderExample) as JsonObject), ...overrides };
}

/** A fresh copy of the documents' Historic Order Import example, with top-level fields overridden. */
export function importOrder(overrides: JsonObject = {}): JsonObject {
  return { ...(copyOf(importOrderExample) as JsonObject), ...overrides };
}

/**
 * A Historic Order Import without the fields detection tells an import by (orderStatus,
 * assignedLocation, useInventory, its creation dates), with a historic orderID and shipping
 * price: its content reads as a Create Order, whose fixes would change its data (the fix
 * engine's audit, then the language server's review).
 */
export function importWithoutStatus(): JsonObject {
  const order = importOrder({ orderID: 123456 }) as JsonObject & { shippingMethod: JsonObject };
  for (const field of ["orderStatus", "assignedLocation", "useInventory", "importedCreationDate", "orderCreationDate"]) delete order[field];
  order.shippingMethod.price = 12.5;
  return order;
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
