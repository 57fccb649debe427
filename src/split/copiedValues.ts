/** A key in a JSON Pointer to a value split copies: an object's key or an array's index. */
export type CopiedKey = string | number;

/** A value split copies on its own (one structuredClone), and the keys from the order down to it. */
export interface CopiedValue {
  readonly keys: readonly CopiedKey[];
  readonly value: unknown;
}

/** The order-level lists split copies entry by entry (splitOrder: items by group, payments by plan, promotions and discounts by share). */
export const listsCopiedByEntry = ["orderItems", "orderPayments", "promotions", "discounts"] as const;
const copiedByEntry: ReadonlySet<string> = new Set(listsCopiedByEntry);

/**
 * The values splitOrder copies into its children (read from the order's snapshot: plain data), each with a structuredClone of its own: each
 * entry of orderItems, orderPayments, promotions and discounts where it is an array (the array is
 * rebuilt, so its own keys that are no index are not copied: a cycle at orderItems.extra was
 * refused, where the children never held it), and each other top-level value whole.
 */
export function copiedValues(order: Readonly<Record<string, unknown>>): CopiedValue[] {
  return Object.keys(order).flatMap((key): CopiedValue[] => {
    const value = order[key];
    if (copiedByEntry.has(key) && Array.isArray(value)) {
      return Object.keys(value).filter(isArrayIndex).map((index) => ({ keys: [key, Number(index)], value: value[Number(index)] }));
    }
    return [{ keys: [key], value }];
  });
}

/** Whether an own key of an array is one of its indices (ECMAScript's array index: a canonical integer below 2^32 - 1). */
export function isArrayIndex(key: string): boolean {
  return /^(?:0|[1-9]\d*)$/.test(key) && Number(key) < 4294967295;
}
