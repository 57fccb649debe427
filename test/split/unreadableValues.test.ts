import { runInNewContext } from "node:vm";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { SplitError } from "../../src/split/splitError.js";
import { splitOrder } from "../../src/split/splitOrder.js";
import { orderItem, orderPayment, orderWithItems } from "../support/payloads.js";
import { thrownBySplit } from "../support/thrownBySplit.js";

/**
 * Values a library caller can hand splitOrder that no JSON order holds (audit of 1348e6e8): a
 * sparse orderItems, orderPayments, promotions or discounts list (JSON writes a hole only as null,
 * and the CLI never makes one) ran splitOrder in time linear in its length (2^32 - 1: it never
 * returned); a revoked Proxy, or a Proxy whose ownKeys trap throws, let a raw error out of the
 * walk; a getter that gives a deeper value on its second read passed the walk and threw a
 * RangeError from structuredClone. Each is now a SplitError at the list's or value's place.
 */

/** A Y item and a preorder (a split into two), with an externalOrderID, one payment, one promotion and one discount. */
function twoClassOrder(): Record<string, unknown> {
  return orderWithItems([orderItem({ availability: "Y" }), orderItem({ availability: "P" })], {
    externalOrderID: "A1",
    orderPayments: [orderPayment()],
    promotions: [{ amount: 1 }],
    discounts: [{ amount: 1 }],
  }) as Record<string, unknown>;
}

function nest(levels: number): Record<string, unknown> {
  let value: Record<string, unknown> = {};
  for (let level = 0; level < levels; level++) value = { k: value };
  return value;
}

const entryLists = ["orderItems", "orderPayments", "promotions", "discounts"] as const;

/** An object whose `g` is "x" on its first read and throws `thrown` on every read after. */
function readableOnce(thrown: () => Error): Record<string, unknown> {
  let reads = 0;
  return {
    get g() {
      reads++;
      if (reads > 1) throw thrown();
      return "x";
    },
  };
}

describe("splitOrder refuses what it cannot read, with a SplitError at its place", () => {
  it.each(entryLists)("%s of length 2^32 - 1, its entries at the front: refused at the list, before any iteration", (key) => {
    const order = twoClassOrder();
    (order[key] as unknown[]).length = 2 ** 32 - 1;
    const error = thrownBySplit(order);
    expect(error).toBeInstanceOf(SplitError);
    expect((error as SplitError).pointer).toBe(`/${key}`);
    expect((error as SplitError).message).toContain("sparse");
  });

  it("a dense list with a key that is no index (orderItems.extra) is no sparse list: split", () => {
    const order = twoClassOrder();
    Object.assign(order.orderItems as object, { extra: 1 });
    expect(splitOrder(order).children).toHaveLength(2);
  });

  it("a revoked Proxy at customer: a SplitError at /customer, not a TypeError", () => {
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    const order = twoClassOrder();
    order.customer = proxy;
    const error = thrownBySplit(order);
    expect(error).toBeInstanceOf(SplitError);
    expect((error as SplitError).pointer).toBe("/customer");
  });

  it("a Proxy whose ownKeys trap throws, inside an item: a SplitError at that place, not the trap's error", () => {
    const order = twoClassOrder();
    (order.orderItems as Record<string, unknown>[])[1]!.x = { y: new Proxy({}, { ownKeys: () => { throw new Error("trap"); } }) };
    const error = thrownBySplit(order);
    expect(error).toBeInstanceOf(SplitError);
    expect((error as SplitError).pointer).toBe("/orderItems/1/x/y");
  });

  it("a getter giving 1 on its first read and a nest 5,000 deep after: a SplitError, not a RangeError", () => {
    let reads = 0;
    const order = twoClassOrder();
    order.legacyNotes = {
      get g() {
        reads++;
        return reads === 1 ? 1 : nest(5000);
      },
    };
    const error = thrownBySplit(order);
    expect(error).toBeInstanceOf(SplitError);
    expect((error as SplitError).pointer).toBe("/legacyNotes");
  });

  // Found by the audit of 835c082e: the read of an order's own key while copying it, and structuredClone's reads of the
  // values below it, let a getter's error out raw (a TypeError); a RangeError of a getter was said to run out of stack.
  it("an order's own getter that reads \"x\" once and throws after: a SplitError at its key, not a TypeError", () => {
    const order = twoClassOrder();
    let reads = 0;
    Object.defineProperty(order, "legacyNotes", {
      enumerable: true,
      get() {
        reads++;
        if (reads > 1) throw new TypeError("gone");
        return "x";
      },
    });
    const error = thrownBySplit(order);
    expect(error).toBeInstanceOf(SplitError);
    expect((error as SplitError).pointer).toBe("/legacyNotes");
    expect((error as SplitError).message).toContain("cannot be read (reading it threw a TypeError");
  });

  it.each([
    ["TypeError", () => new TypeError("gone")],
    ["RangeError", () => new RangeError("gone")],
  ])("a getter below customer that reads \"x\" once and throws a %s after: a SplitError at /customer, that it cannot be read", (name, thrown) => {
    const order = twoClassOrder();
    order.customer = readableOnce(thrown);
    const error = thrownBySplit(order);
    expect(error).toBeInstanceOf(SplitError);
    expect((error as SplitError).pointer).toBe("/customer");
    expect((error as SplitError).message).toContain(`cannot be read (reading it threw a ${name}`);
    expect((error as SplitError).message).not.toContain("ran out of stack");
  });

  it.each(entryLists)("%s whose prototype is null (no Array.prototype): a SplitError at the list, not entries.map's TypeError", (key) => {
    const order = twoClassOrder();
    Object.setPrototypeOf(order[key] as object, null);
    const error = thrownBySplit(order);
    expect(error).toBeInstanceOf(SplitError);
    expect((error as SplitError).pointer).toBe(`/${key}`);
    expect((error as SplitError).message).toContain("no Array.prototype in its prototype chain");
  });

  it.each(entryLists)("%s from another realm (JSON.parse in a vm context) or of an Array subclass: split as a plain list is", (key) => {
    const plain = splitOrder(twoClassOrder());
    const foreign = twoClassOrder();
    foreign[key] = runInNewContext("JSON.parse(text)", { text: JSON.stringify(foreign[key]) });
    expect(Object.getPrototypeOf(foreign[key])).not.toBe(Array.prototype);
    class Entries extends Array<unknown> {}
    const subclassed = twoClassOrder();
    subclassed[key] = Entries.from(subclassed[key] as unknown[]);
    for (const order of [foreign, subclassed]) expect(JSON.stringify(splitOrder(order))).toBe(JSON.stringify(plain));
  });

  it("property: a list of any length past its entries, or an unreadable value anywhere, only splits or throws a SplitError", () => {
    const { proxy: revoked, revoke } = Proxy.revocable({}, {});
    revoke();
    const hostile = fc.constantFrom<() => unknown>(
      () => revoked,
      () => new Proxy({}, { ownKeys: () => { throw new TypeError("ownKeys"); } }),
      () => new Proxy({ a: 1 }, { get: () => { throw new RangeError("get"); } }),
      () => ({ a: 1 }),
      () => readableOnce(() => new TypeError("gone")),
    );
    const place = fc.constantFrom("customer", "legacyNotes", "item", "payment", "promotion");
    const longer = fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 2 ** 32 - 10 }));
    fc.assert(
      fc.property(fc.constantFrom(...entryLists), longer, hostile, place, (list, extra, make, at) => {
        const order = twoClassOrder();
        const entries = order[list] as unknown[];
        const holders: Record<string, () => object> = {
          item: () => (order.orderItems as object[])[0]!,
          payment: () => (order.orderPayments as object[])[0]!,
          promotion: () => (order.promotions as object[])[0]!,
        };
        if (at === "customer" || at === "legacyNotes") order[at] = make();
        else Object.assign(holders[at]!(), { extra: make() });
        entries.length += extra;
        const error = thrownBySplit(order);
        if (error !== undefined) expect(error).toBeInstanceOf(SplitError);
        if (extra > 0) expect((error as SplitError).pointer).toBe(`/${list}`);
      }),
      { numRuns: 60 },
    );
  });
});
