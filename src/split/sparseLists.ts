import { placePointer } from "../json/jsonPointer.js";
import { isArrayIndex, listsCopiedByEntry } from "./copiedValues.js";
import { SplitError } from "./splitError.js";

/**
 * A SplitError at the first of orderItems, orderPayments, promotions and discounts (of the order's
 * snapshot, which keeps each list's length) that is an array whose length is above the count of its
 * own index keys: a sparse list. JSON writes a hole only as null and the CLI never makes one, but a
 * library caller can (`items.length = 2 ** 32 - 1`), and split's reads over every index then never
 * returned (audit of 1348e6e8: 1e7 took seconds, linear in the length). Checked before any of them
 * is iterated: Object.keys costs the keys held, not the length.
 */
export function refuseSparseLists(order: Readonly<Record<string, unknown>>): void {
  for (const key of listsCopiedByEntry) {
    const list = order[key];
    if (!Array.isArray(list)) continue;
    const held = Object.keys(list).filter(isArrayIndex).length;
    if (list.length > held) {
      throw new SplitError(
        `split cannot read ${key}: it is a sparse list (length ${list.length}, ${held} entries held): JSON writes no hole but as null, so no JSON order holds one, and split reads such a list index by index: give ${key} its entries alone`,
        { pointer: placePointer([key]) },
      );
    }
  }
}
