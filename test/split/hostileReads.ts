import { placePointer } from "../../src/json/jsonPointer.js";
import { createOrder, type JsonObject } from "../support/payloads.js";

/**
 * The Create Order example made to need a split (a copy of its first item as a preorder in place
 * of its second), with externalOrderID "A1", no orderID, one promotion and one discount (amount
 * 1 each) and its payment given a maxAmount: every value the split reads is there.
 */
export function exampleToSplit(): Record<string, unknown> {
  const order = createOrder({ externalOrderID: "A1", promotions: [{ amount: 1 }], discounts: [{ amount: 1 }] });
  delete order.orderID;
  const items = order.orderItems as JsonObject[];
  const preorder = JSON.parse(JSON.stringify(items[0])) as { product: JsonObject };
  preorder.product.availability = "P";
  order.orderItems = [items[0]!, preorder as unknown as JsonObject];
  (order.orderPayments as JsonObject[])[0]!.maxAmount = 20;
  return order as Record<string, unknown>;
}

/** A place in the order, as the keys down to it. */
export type Place = readonly (string | number)[];

/**
 * Every key splitOrder reads to decide and share (the audit's list): the order's own, each item's
 * product, itemSpecifics, partNumber and availability, and the amounts it divides.
 */
export const readPlaces: readonly Place[] = [
  ...["externalOrderID", "orderID", "currency", "shippingTax", "orderItems", "orderPayments", "promotions", "discounts"].map((key) => [key]),
  ...[0, 1].flatMap((i) => [
    ["orderItems", i],
    ["orderItems", i, "product"],
    ["orderItems", i, "itemSpecifics"],
    ["orderItems", i, "product", "partNumber"],
    ["orderItems", i, "product", "availability"],
    ["orderItems", i, "itemSpecifics", "actualPrice"],
  ]),
  ["orderPayments", 0, "maxAmount"],
  ["orderPayments", 0, "authAmount"],
  ["promotions", 0, "amount"],
  ["discounts", 0, "amount"],
];

export const pointerOf = (place: Place): string => placePointer(place);

/** The object holding the value at `place` and its key there. */
function holderOf(order: Record<string, unknown>, place: Place): { holder: Record<string | number, unknown>; key: string | number } {
  let holder = order as Record<string | number, unknown>;
  for (const key of place.slice(0, -1)) holder = holder[key] as Record<string | number, unknown>;
  return { holder, key: place.at(-1)! };
}

/** What a hostile value does in place of the value at a place. */
export type Hostile =
  | { readonly kind: "getter"; readonly throwsFromRead: number }
  | { readonly kind: "revoked" }
  | { readonly kind: "trap"; readonly trap: "ownKeys" | "get" | "getOwnPropertyDescriptor" | "getPrototypeOf" | "has" };

export const hostileTraps = ["ownKeys", "get", "getOwnPropertyDescriptor", "getPrototypeOf", "has"] as const;

/**
 * Puts `hostile` at `place`: a getter that gives the value there until its `throwsFromRead`th
 * read and throws from then on; a revoked Proxy; a Proxy around the value (a `{}` for a value that
 * is no object) whose one trap throws.
 */
export function install(order: Record<string, unknown>, place: Place, hostile: Hostile): void {
  const { holder, key } = holderOf(order, place);
  const original = holder[key];
  if (hostile.kind === "getter") {
    let reads = 0;
    Object.defineProperty(holder, key, {
      enumerable: true,
      configurable: true,
      get() {
        reads++;
        if (reads >= hostile.throwsFromRead) throw new TypeError(`read ${reads}`);
        return original;
      },
    });
    return;
  }
  if (hostile.kind === "revoked") {
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    holder[key] = proxy;
    return;
  }
  const target = typeof original === "object" && original !== null ? original : {};
  holder[key] = new Proxy(target, {
    [hostile.trap]: () => {
      throw new RangeError(hostile.trap);
    },
  });
}
