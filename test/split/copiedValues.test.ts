import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { SplitError } from "../../src/split/splitError.js";
import { splitOrder } from "../../src/split/splitOrder.js";
import { orderItem, orderPayment, orderWithItems } from "../support/payloads.js";
import { thrownBySplit } from "../support/thrownBySplit.js";

/**
 * Split copies each item, each payment, each promotion and discount entry and each other
 * top-level value, not the order as one value: the own keys of orderItems, orderPayments,
 * promotions and discounts that are no index are not copied, so a value there cannot stop a
 * split (the audit of 0d73417f: a cycle or a nest 5,000 deep at orderItems.extra was refused,
 * where 5c5ed5f4 split the order into two children without it). What split does copy is measured
 * within a bounded walk: a getter that builds objects forever ran the process out of heap, a
 * sparse array of length 2^32 - 1 ran past 20 s, and a Proxy threw a DOMException (now read
 * through, once, into plain data: orderReader).
 */

/** A Y item and a preorder (a split into two), with an externalOrderID and one payment. */
function twoClassOrder(): Record<string, unknown> {
  return orderWithItems([orderItem({ availability: "Y" }), orderItem({ availability: "P" })], { externalOrderID: "A1", orderPayments: [orderPayment()], promotions: [{ amount: 1 }] }) as Record<string, unknown>;
}

function nest(levels: number): Record<string, unknown> {
  let value: Record<string, unknown> = {};
  for (let level = 0; level < levels; level++) value = { k: value };
  return value;
}

function cycle(): Record<string, unknown> {
  const value: Record<string, unknown> = {};
  value.self = value;
  return value;
}

const uncopiedArrays = ["orderItems", "orderPayments", "promotions"] as const;

describe("split measures what it copies, and only that", () => {
  it.each(uncopiedArrays)("a nest 5,000 deep under %s.extra, a key split does not copy: split into two children, neither holding it", (key) => {
    const order = twoClassOrder();
    Object.assign(order[key] as object, { extra: nest(5000) });
    const result = splitOrder(order);
    expect(result.split).toBe(true);
    expect(result.children).toHaveLength(2);
    for (const child of result.children as Record<string, unknown>[]) expect(Object.keys(child[key] as object)).not.toContain("extra");
  });

  it.each(uncopiedArrays)("a cycle under %s.extra, a key split does not copy: split into two children", (key) => {
    const order = twoClassOrder();
    Object.assign(order[key] as object, { extra: cycle() });
    expect(splitOrder(order).children).toHaveLength(2);
  });

  it("a cycle inside an item split copies is still refused, at the place that closes it", () => {
    const order = twoClassOrder();
    (order.orderItems as Record<string, unknown>[])[1]!.x = cycle();
    const error = thrownBySplit(order);
    expect(error).toBeInstanceOf(SplitError);
    expect((error as SplitError).pointer).toBe("/orderItems/1/x/self");
  });

  it("a getter that builds a new object at every read, at legacyNotes: a SplitError past the bound, not a process out of heap", () => {
    const endless = (): object => ({
      get g() {
        return endless();
      },
    });
    const order = twoClassOrder();
    order.legacyNotes = endless();
    const error = thrownBySplit(order);
    expect(error).toBeInstanceOf(SplitError);
    expect((error as SplitError).pointer).toBe(`/legacyNotes${"/g".repeat(1000 + 1 - 2)}`);
    expect((error as SplitError).message).toContain("nests more than 1000 levels deep");
  });

  it("a sparse array of length 2^32 - 1 at legacyNotes is copied as it is, its one entry measured", () => {
    const sparse: unknown[] = [];
    sparse.length = 2 ** 32 - 1;
    sparse[7] = { a: 1 };
    const order = twoClassOrder();
    order.legacyNotes = sparse;
    const children = splitOrder(order).children as Record<string, unknown>[];
    expect(children.map((child) => (child.legacyNotes as unknown[]).length)).toEqual([2 ** 32 - 1, 2 ** 32 - 1]);
    expect(children.map((child) => (child.legacyNotes as unknown[])[7])).toEqual([{ a: 1 }, { a: 1 }]);
  });

  // A readable Proxy was refused here (structuredClone cannot copy one): split now reads it once into plain data (orderReader).
  it("a Proxy inside legacyNotes is read through: each child holds a plain copy of what it gave", () => {
    const order = twoClassOrder();
    order.legacyNotes = { inner: new Proxy({ a: 1 }, {}) };
    const children = splitOrder(order).children as Record<string, unknown>[];
    expect(children.map((child) => child.legacyNotes)).toEqual([{ inner: { a: 1 } }, { inner: { a: 1 } }]);
  });

  it.each([
    ["a function", () => ({ f: () => 1 })],
    ["a WeakMap", () => new WeakMap()],
  ])("%s inside legacyNotes, which structuredClone cannot copy: a SplitError at legacyNotes, not a DOMException", (_, make) => {
    const order = twoClassOrder();
    order.legacyNotes = { inner: make() };
    const error = thrownBySplit(order);
    expect(error).toBeInstanceOf(SplitError);
    expect((error as SplitError).pointer).toBe("/legacyNotes");
    expect((error as SplitError).message).toMatch(/legacyNotes .*cannot be copied/);
  });

  it("property: each shape under a key split does not copy never stops it; under one it copies, it splits or throws a SplitError, never anything else", () => {
    const shape = fc.constantFrom("deep", "cycle", "proxy", "sparse");
    const make = (drawn: string): unknown => {
      if (drawn === "deep") return nest(5000);
      if (drawn === "cycle") return cycle();
      if (drawn === "proxy") return new Proxy({ a: 1 }, {});
      const sparse: unknown[] = [];
      sparse.length = 2 ** 32 - 1;
      return sparse;
    };
    const uncopied = fc.constantFrom(...uncopiedArrays).map((key) => ({ key, copied: false }));
    const copied = fc.constantFrom("legacyNotes", "item", "payment", "promotion").map((key) => ({ key, copied: true }));
    fc.assert(
      fc.property(shape, fc.oneof(uncopied, copied), (drawn, place) => {
        const order = twoClassOrder();
        const value = make(drawn);
        const holders: Record<string, object> = {
          item: (order.orderItems as object[])[0]!,
          payment: (order.orderPayments as object[])[0]!,
          promotion: (order.promotions as object[])[0]!,
        };
        if (!place.copied) Object.assign(order[place.key] as object, { extra: value });
        else if (place.key === "legacyNotes") order.legacyNotes = value;
        else Object.assign(holders[place.key]!, { extra: value });
        const error = thrownBySplit(order);
        if (!place.copied || drawn === "sparse" || drawn === "proxy") expect(error).toBeUndefined();
        else expect(error).toBeInstanceOf(SplitError);
      }),
      { numRuns: 40 },
    );
  });
});
