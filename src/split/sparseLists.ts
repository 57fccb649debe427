import { placePointer } from "../json/jsonPointer.js";
import { isArrayIndex, listsCopiedByEntry } from "./copiedValues.js";
import { SplitError } from "./splitError.js";
import { readAt } from "./unreadableValue.js";


/**
 * A SplitError at the first of orderItems, orderPayments, promotions and discounts that is an
 * array with no Array.prototype of any realm in its prototype chain (no map to read it with), or whose length is above
 * the count of its own index keys: a sparse list. JSON writes a hole
 * only as null and the CLI never makes one, but a library caller can (`items.length = 2 ** 32 - 1`),
 * and split's reads over every index then never returned (audit of 1348e6e8: 1e7 took seconds,
 * linear in the length). Checked before any of them is iterated: Object.keys costs the keys held,
 * not the length.
 */
export function refuseSparseLists(order: Readonly<Record<string, unknown>>): void {
  for (const key of listsCopiedByEntry) {
    const list = readAt([key], () => order[key]);
    if (!readAt([key], () => Array.isArray(list))) continue;
    const entries = list as readonly unknown[];
    // An array with no Array.prototype in its prototype chain (`Object.setPrototypeOf(list, null)`) has no map, no
    // slice: split's reads of it threw a TypeError (audit of 835c082e). Any realm's Array.prototype is itself an array,
    // so a list JSON.parse made in a vm context, or an Array subclass's, is read as it was (audit of 2f24b477: both
    // were refused, and split had read them).
    if (!readAt([key], () => hasArrayPrototype(entries))) {
      throw new SplitError(
        `split cannot read ${key}: it is an array with no Array.prototype in its prototype chain (as Object.setPrototypeOf(list, null) leaves it), which JSON makes none of, and split reads lists with Array.prototype's methods: give ${key} as a plain array`,
        { pointer: placePointer([key]) },
      );
    }
    const held = readAt([key], () => Object.keys(entries).filter(isArrayIndex).length);
    if (entries.length > held) {
      const place = placePointer([key]);
      throw new SplitError(
        `split cannot read ${key}: it is a sparse list (length ${entries.length}, ${held} entries held): JSON writes no hole but as null, so no JSON order holds one, and split reads such a list index by index: give ${key} its entries alone`,
        { pointer: place },
      );
    }
  }
}

/** Whether an Array.prototype, of this realm or another (each is itself an array), stands in the value's prototype chain. */
function hasArrayPrototype(value: object): boolean {
  for (let link = Object.getPrototypeOf(value) as object | null; link !== null; link = Object.getPrototypeOf(link) as object | null) {
    if (Array.isArray(link)) return true;
  }
  return false;
}
