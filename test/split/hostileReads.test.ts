import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { SplitError } from "../../src/split/splitError.js";
import { splitOrder } from "../../src/split/splitOrder.js";
import { thrownBySplit } from "../support/thrownBySplit.js";
import { exampleToSplit, hostileTraps, install, pointerOf, readPlaces, type Hostile } from "./hostileReads.js";

/**
 * A library caller's order may hold values that throw as split reads them (a revoked Proxy, a
 * Proxy trap or getter that throws), and values that change between reads. The audit of split
 * found raw errors out of splitOrder at the keys it reads to decide (orderItems, an item's
 * product, its availability, externalOrderID: "Cannot perform 'IsArray' on a proxy that has been
 * revoked"), and a product.availability reading Y then P put a P item in the normal items' child.
 * The order is read once, each key once, before the split decides anything.
 */

function revoked(): object {
  const { proxy, revoke } = Proxy.revocable({}, {});
  revoke();
  return proxy;
}

describe("splitOrder reads each value of the order once, and one that cannot be read is a SplitError at its place", () => {
  it.each([
    ["orderItems[1] a revoked Proxy", ["orderItems", 1], { kind: "revoked" }],
    ["orderItems[1].product a revoked Proxy", ["orderItems", 1, "product"], { kind: "revoked" }],
    ["an externalOrderID getter that throws", ["externalOrderID"], { kind: "getter", throwsFromRead: 1 }],
    ["an availability getter that throws", ["orderItems", 0, "product", "availability"], { kind: "getter", throwsFromRead: 1 }],
    ["orderItems a Proxy whose ownKeys trap throws", ["orderItems"], { kind: "trap", trap: "ownKeys" }],
  ] as const)("%s: a SplitError at that place, that it cannot be read", (_, place, hostile) => {
    const order = exampleToSplit();
    install(order, place, hostile as Hostile);
    const error = thrownBySplit(order);
    expect(error).toBeInstanceOf(SplitError);
    expect((error as SplitError).pointer).toBe(pointerOf(place));
    expect((error as SplitError).message).toMatch(/cannot be read \(reading it threw a (TypeError|RangeError)/);
  });

  it("a revoked Proxy as the whole payload: the documented TypeError, that the payload must be a JSON object", () => {
    const error = thrownBySplit(revoked());
    expect(error).toBeInstanceOf(TypeError);
    expect((error as Error).message).toContain("the payload must be a JSON object");
  });

  it("a Proxy whose ownKeys trap throws as the whole payload: a SplitError at the order's top", () => {
    const error = thrownBySplit(new Proxy({}, { ownKeys: () => { throw new Error("trap"); } }));
    expect(error).toBeInstanceOf(SplitError);
    expect((error as SplitError).pointer).toBe("");
  });

  it("a product.availability that reads Y and then P: each child holds only items of its own class", () => {
    const order = exampleToSplit();
    const product = ((order.orderItems as Record<string, unknown>[])[0]!.product ?? {}) as Record<string, unknown>;
    let reads = 0;
    Object.defineProperty(product, "availability", { enumerable: true, get: () => (++reads === 1 ? "Y" : "P") });
    const { children, report } = splitOrder(order);
    const classes = children.map((child) => (child as { orderItems: { product: { availability: string } }[] }).orderItems.map((item) => item.product.availability));
    expect(classes).toEqual([["Y"], ["P"]]);
    expect(report.map((child) => child.availabilityClass)).toEqual(["normal", "P"]);
  });

  it("property: a getter throwing from its Nth read, a revoked Proxy or a Proxy with a throwing trap at any key split reads: a SplitError or a split, never another error", () => {
    const hostile = fc.oneof(
      fc.integer({ min: 1, max: 12 }).map((n): Hostile => ({ kind: "getter", throwsFromRead: n })),
      fc.constant<Hostile>({ kind: "revoked" }),
      fc.constantFrom(...hostileTraps).map((trap): Hostile => ({ kind: "trap", trap })),
    );
    fc.assert(
      fc.property(fc.constantFrom(...readPlaces), hostile, (place, drawn) => {
        const order = exampleToSplit();
        install(order, place, drawn);
        const error = thrownBySplit(order);
        if (error !== undefined) expect(error).toBeInstanceOf(SplitError);
        // The order is read once: a getter that throws on its first read, or a revoked Proxy, is refused where it stands.
        if ((drawn.kind === "getter" && drawn.throwsFromRead === 1) || drawn.kind === "revoked") expect((error as SplitError).pointer).toBe(pointerOf(place));
      }),
      { numRuns: 300 },
    );
  });

  it("a getter reading the value once and throwing after, at every key split reads: split as the plain order is", () => {
    const plain = JSON.stringify(splitOrder(exampleToSplit()));
    for (const place of readPlaces) {
      const order = exampleToSplit();
      install(order, place, { kind: "getter", throwsFromRead: 2 });
      expect(JSON.stringify(splitOrder(order)), pointerOf(place)).toBe(plain);
    }
  });
});
