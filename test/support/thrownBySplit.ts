import { splitOrder } from "../../src/split/splitOrder.js";

/** What splitOrder throws for the order, or undefined where it splits (or leaves it whole). */
export function thrownBySplit(order: object): unknown {
  try {
    splitOrder(order);
  } catch (error) {
    return error;
  }
  return undefined;
}
