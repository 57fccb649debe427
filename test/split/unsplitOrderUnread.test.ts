import { describe, expect, it } from "vitest";
import { SplitError } from "../../src/split/splitError.js";
import { splitOrder } from "../../src/split/splitOrder.js";
import { createOrder } from "../support/payloads.js";
import { thrownBySplit } from "../support/thrownBySplit.js";
import { exampleToSplit } from "./hostileReads.js";

/**
 * splitOrder decides from orderItems (and externalOrderID) alone, and reads the rest of the order
 * only when it splits: the audit of c6e782e1 found every order copied whole before the decision
 * (an order with a 1e6-key object and no split: 1–8 ms became 2–3 s), and a value structuredClone
 * cannot copy refused while the order was read, in orders that need no split too, as one that
 * "cannot be read (reading it threw a DataCloneError …)".
 */
function detachedBuffer(): ArrayBuffer {
  const buffer = new ArrayBuffer(8);
  structuredClone(buffer, { transfer: [buffer] });
  return buffer;
}

const uncopyable = [
  ["a boxed Symbol", () => Object(Symbol("s")) as object],
  ["a detached ArrayBuffer", detachedBuffer],
] as const;

/** An object whose every key is a getter counting its reads. */
function counted(keys: number): { readonly value: object; readonly reads: () => number } {
  let reads = 0;
  const value = {};
  for (let k = 0; k < keys; k++) Object.defineProperty(value, `k${k}`, { enumerable: true, get: () => ++reads });
  return { value, reads: () => reads };
}

describe("an order that needs no split is decided from its items, and the rest is not read", () => {
  it("a top-level value beside the items is not read when no split is needed", () => {
    const order = createOrder();
    const extra = counted(1_000);
    order.extra = extra.value as never;
    const result = splitOrder(order);
    expect(result.split).toBe(false);
    expect(result.children[0]).toBe(order);
    expect(extra.reads()).toBe(0);
  });

  it("the same value is read once each key when the order is split", () => {
    const order = exampleToSplit();
    const extra = counted(1_000);
    order.extra = extra.value;
    expect(splitOrder(order).split).toBe(true);
    expect(extra.reads()).toBe(1_000);
  });

  it.each(uncopyable)("%s at the top of an order that needs no split: the order comes back unsplit", (_, make) => {
    const order = createOrder();
    order.extra = make() as never;
    const result = splitOrder(order);
    expect(result.split).toBe(false);
    expect(result.children[0]).toBe(order);
  });

  it.each(uncopyable)("%s in an item of an order that needs no split: the order comes back unsplit", (_, make) => {
    const order = createOrder();
    (order.orderItems as Record<string, unknown>[])[0]!.extra = make();
    const result = splitOrder(order);
    expect(result.split).toBe(false);
  });

  it.each(uncopyable)("%s in an order that needs a split: the SplitError that it cannot be copied, at the copied value", (_, make) => {
    const order = exampleToSplit();
    order.extra = make();
    const error = thrownBySplit(order);
    expect(error).toBeInstanceOf(SplitError);
    expect((error as SplitError).pointer).toBe("/extra");
    expect((error as SplitError).message).toContain("cannot be copied");
    expect((error as SplitError).message).not.toContain("cannot be read");
  });
});
