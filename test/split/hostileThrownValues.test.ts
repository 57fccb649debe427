import { describe, expect, it } from "vitest";
import { SplitError } from "../../src/split/splitError.js";
import { splitOrder } from "../../src/split/splitOrder.js";
import { createOrder } from "../support/payloads.js";
import { thrownBySplit } from "../support/thrownBySplit.js";
import { exampleToSplit } from "./hostileReads.js";

/**
 * What a hostile read throws may itself be hostile: a revoked Proxy (whose prototype cannot be
 * read, so `instanceof` on it throws), or an Error whose `name` getter throws. The audit of
 * c6e782e1 found such a throw escaping as a raw TypeError ("Cannot perform 'getPrototypeOf' on a
 * proxy that has been revoked"), or refused at the order's top or at the holder rather than at
 * the value whose read threw.
 */
function revoked(): object {
  const { proxy, revoke } = Proxy.revocable({}, {});
  revoke();
  return proxy;
}

class NamelessError extends Error {
  override get name(): string {
    throw new Error("no name");
  }
}

const throwing = (thrown: () => unknown) => ({
  enumerable: true,
  get: () => {
    throw thrown();
  },
});

describe("a value that throws a hostile value as it is read", () => {
  it.each([
    ["an ownKeys trap", "ownKeys"],
    ["a getPrototypeOf trap", "getPrototypeOf"],
  ] as const)("customer a Proxy whose %s throws a revoked Proxy, on an order that needs no split: the order comes back unsplit", (_, trap) => {
    const order = createOrder();
    order.customer = new Proxy({ a: 1 }, { [trap]: () => { throw revoked(); } });
    const result = splitOrder(order);
    expect(result.split).toBe(false);
    expect(result.children[0]).toBe(order);
  });

  it.each([
    ["an ownKeys trap", "ownKeys"],
    ["a getPrototypeOf trap", "getPrototypeOf"],
  ] as const)("customer a Proxy whose %s throws a revoked Proxy, on an order that needs a split: a SplitError at /customer", (_, trap) => {
    const order = exampleToSplit();
    order.customer = new Proxy({ a: 1 }, { [trap]: () => { throw revoked(); } });
    const error = thrownBySplit(order);
    expect(error).toBeInstanceOf(SplitError);
    expect((error as SplitError).pointer).toBe("/customer");
  });

  it.each([
    ["a revoked Proxy", revoked, "a value"],
    ["an Error whose name getter throws", () => new NamelessError("boom"), "a value"],
    ["a TypeError", () => new TypeError("boom"), "a TypeError"],
  ] as const)("a getter at /customerIP that throws %s: a SplitError at /customerIP naming what it threw", (_, thrown, named) => {
    const order = exampleToSplit();
    Object.defineProperty(order, "customerIP", throwing(thrown));
    const error = thrownBySplit(order);
    expect(error).toBeInstanceOf(SplitError);
    expect((error as SplitError).pointer).toBe("/customerIP");
    expect((error as SplitError).message).toContain(`reading it threw ${named}`);
  });

  it("a getter at /customer/email that throws a revoked Proxy: a SplitError at /customer/email", () => {
    const order = exampleToSplit();
    Object.defineProperty(order.customer as object, "email", throwing(revoked));
    const error = thrownBySplit(order);
    expect(error).toBeInstanceOf(SplitError);
    expect((error as SplitError).pointer).toBe("/customer/email");
  });
});
