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
 * RangeError from structuredClone. Each unreadable value is now a SplitError at its place, and
 * each value of the order is read once (orderReader), so a getter is read once: what it gives
 * later never reaches the split.
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

  // The audit of split: each value of the order is read once (orderReader), so a getter that gives a
  // value on its first read and something else after (a nest 5,000 deep, an error) is that first value in every child.
  // It was read again as the split went on: a RangeError from structuredClone, a TypeError out raw (audit of 835c082e).
  it.each([
    ["a getter at legacyNotes.g giving 1, then a nest 5,000 deep", (order: Record<string, unknown>) => {
      let reads = 0;
      order.legacyNotes = { get g() { return ++reads === 1 ? 1 : nest(5000); } };
    }, "legacyNotes", { g: 1 }],
    ["an order's own getter at legacyNotes giving \"x\", then throwing a TypeError", (order: Record<string, unknown>) => {
      let reads = 0;
      Object.defineProperty(order, "legacyNotes", { enumerable: true, get() { if (++reads > 1) throw new TypeError("gone"); return "x"; } });
    }, "legacyNotes", "x"],
    ["a getter at customer.g giving \"x\", then throwing a TypeError", (order: Record<string, unknown>) => {
      order.customer = readableOnce(() => new TypeError("gone"));
    }, "customer", { g: "x" }],
    ["a getter at customer.g giving \"x\", then throwing a RangeError", (order: Record<string, unknown>) => {
      order.customer = readableOnce(() => new RangeError("gone"));
    }, "customer", { g: "x" }],
  ] as const)("%s: read once, so every child holds what the first read gave", (_, install, key, expected) => {
    const order = twoClassOrder();
    install(order);
    const children = splitOrder(order).children as Record<string, unknown>[];
    expect(children).toHaveLength(2);
    for (const child of children) expect(child[key]).toEqual(expected);
  });

  // A list whose prototype is null was refused ("no Array.prototype in its prototype chain", as split read it with
  // Array.prototype's methods): the split now reads the snapshot's plain array, so it splits as any list (audit of split).
  it.each(entryLists)("%s from another realm (JSON.parse in a vm context), of an Array subclass or with a null prototype: split as a plain list is", (key) => {
    const plain = splitOrder(twoClassOrder());
    const foreign = twoClassOrder();
    foreign[key] = runInNewContext("JSON.parse(text)", { text: JSON.stringify(foreign[key]) });
    expect(Object.getPrototypeOf(foreign[key])).not.toBe(Array.prototype);
    class Entries extends Array<unknown> {}
    const subclassed = twoClassOrder();
    subclassed[key] = Entries.from(subclassed[key] as unknown[]);
    const bare = twoClassOrder();
    Object.setPrototypeOf(bare[key] as object, null);
    for (const order of [foreign, subclassed, bare]) expect(JSON.stringify(splitOrder(order))).toBe(JSON.stringify(plain));
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
        const hostilePlace: Record<string, string> = { customer: "/customer", legacyNotes: "/legacyNotes", item: "/orderItems/0/extra", payment: "/orderPayments/0/extra", promotion: "/promotions/0/extra" };
        if (at === "customer" || at === "legacyNotes") order[at] = make();
        else Object.assign(holders[at]!(), { extra: make() });
        entries.length += extra;
        const error = thrownBySplit(order);
        if (error !== undefined) expect(error).toBeInstanceOf(SplitError);
        // The order is read before the lists are checked: an unreadable value there is refused first.
        if (extra > 0) expect((error as SplitError).pointer).toSatisfy((pointer: string) => pointer === `/${list}` || pointer.startsWith(hostilePlace[at]!));
      }),
      { numRuns: 60 },
    );
  });
});
