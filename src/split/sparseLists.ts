import { placePointer } from "../json/jsonPointer.js";
import { isArrayIndex } from "./copiedValues.js";
import { SplitError } from "./splitError.js";
import { readAt } from "./unreadableValue.js";

/** The order-level lists split reads entry by entry, index by index (placing items, sharing amounts, planning payments). */
const listsReadByIndex = ["orderItems", "orderPayments", "promotions", "discounts"] as const;

/**
 * A SplitError at the first of orderItems, orderPayments, promotions and discounts that is an
 * array whose prototype is not Array.prototype (no map to read it with), or whose length is above
 * the count of its own index keys: a sparse list. JSON writes a hole
 * only as null and the CLI never makes one, but a library caller can (`items.length = 2 ** 32 - 1`),
 * and split's reads over every index then never returned (audit of 1348e6e8: 1e7 took seconds,
 * linear in the length). Checked before any of them is iterated: Object.keys costs the keys held,
 * not the length.
 */
export function refuseSparseLists(order: Readonly<Record<string, unknown>>): void {
  for (const key of listsReadByIndex) {
    const list = readAt([key], () => order[key]);
    if (!readAt([key], () => Array.isArray(list))) continue;
    const entries = list as readonly unknown[];
    // An array of another prototype (`Object.setPrototypeOf(list, null)`) has no map, no slice: split's reads of it threw
    // a TypeError (audit of 835c082e). JSON makes none.
    if (readAt([key], () => Object.getPrototypeOf(entries)) !== Array.prototype) {
      throw new SplitError(
        `the order must be split, but ${key} is an array, but its prototype is not Array.prototype: JSON makes no such list, and split reads it with Array.prototype's methods, so the order is not split: give ${key} as a plain array`,
        { pointer: placePointer([key]) },
      );
    }
    const held = readAt([key], () => Object.keys(entries).filter(isArrayIndex).length);
    if (entries.length > held) {
      const place = placePointer([key]);
      throw new SplitError(
        `the order must be split, but ${key} is a sparse list (length ${entries.length}, ${held} entries held): JSON writes no hole but as null, so no JSON order holds one, and split reads such a list index by index, so the order is not split: give ${key} its entries alone`,
        { pointer: place },
      );
    }
  }
}
