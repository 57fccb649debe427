import { splitOrder, type SplitOptions } from "../../src/split/splitOrder.js";

/** What splitOrder throws for the order, or undefined where it splits (or leaves it whole). */
export function thrownBySplit(order: object, options?: SplitOptions): unknown {
  try {
    splitOrder(order, options);
  } catch (error) {
    return error;
  }
  return undefined;
}
