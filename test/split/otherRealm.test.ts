import { types } from "node:util";
import { runInNewContext } from "node:vm";
import { describe, expect, it } from "vitest";
import { SplitError } from "../../src/split/splitError.js";
import { splitOrder } from "../../src/split/splitOrder.js";
import { orderItem, orderWithItems } from "../support/payloads.js";
import { thrownBySplit } from "../support/thrownBySplit.js";

/**
 * A Map, a Set or an Error made in another realm (a node:vm context, an iframe's objects) is one
 * still, and structuredClone copies it as one: split must measure it as one. The walk told them
 * by `instanceof` (audit of split): a cross-realm Map nested 1,500 deep split where the same Map of
 * this realm was refused, one holding itself split though cycles are refused, and at 5,000 levels
 * structuredClone ran out of stack, said to be "a getter that gives another value at each read".
 */

/** A Y item and a preorder (a split into two), with an externalOrderID. */
function twoClassOrder(): Record<string, unknown> {
  return orderWithItems([orderItem({ availability: "Y" }), orderItem({ availability: "P" })], { externalOrderID: "A1" }) as Record<string, unknown>;
}

/** `levels` containers made by `wrap` (a vm context's code, given `v`), one inside the other, in a new realm. */
function foreignNest(wrap: string, levels: number): unknown {
  return runInNewContext(`let v = {}; for (let i = 0; i < levels; i++) v = ${wrap}; v`, { levels });
}

const wraps = [
  ["Map", "new Map([['k', v]])"],
  ["Set", "new Set([v])"],
  ["Error's cause", "new Error('wrapped', { cause: v })"],
] as const;

describe("values of another realm are measured as this realm's are", () => {
  it.each(wraps)("a cross-realm %s nested 1,500 deep at legacyNotes: refused, as more than 1,000 levels", (_, wrap) => {
    const order = twoClassOrder();
    order.legacyNotes = foreignNest(wrap, 1500);
    const error = thrownBySplit(order);
    expect(error).toBeInstanceOf(SplitError);
    expect((error as SplitError).message).toContain("nests more than 1000 levels deep");
    expect((error as SplitError).pointer).toMatch(/^\/legacyNotes\//);
  });

  it.each(wraps)("a cross-realm %s nested 5,000 deep: refused as too deep, not as a getter that changes its mind", (_, wrap) => {
    const order = twoClassOrder();
    order.legacyNotes = foreignNest(wrap, 5000);
    const error = thrownBySplit(order);
    expect(error).toBeInstanceOf(SplitError);
    expect((error as SplitError).message).toContain("nests more than 1000 levels deep");
    expect((error as SplitError).message).not.toContain("getter");
  });

  it("a cross-realm Map holding itself: refused as a cycle, at the place that closes it", () => {
    const order = twoClassOrder();
    order.legacyNotes = runInNewContext("const m = new Map(); m.set('self', m); m");
    const error = thrownBySplit(order);
    expect(error).toBeInstanceOf(SplitError);
    expect((error as SplitError).message).toContain("a cycle");
    expect((error as SplitError).pointer).toBe("/legacyNotes/self");
  });

  it("a cross-realm Map 10 deep: split, each child holding a Map", () => {
    const order = twoClassOrder();
    order.legacyNotes = foreignNest("new Map([['k', v]])", 10);
    const children = splitOrder(order).children as Record<string, unknown>[];
    expect(children).toHaveLength(2);
    for (const child of children) expect(types.isMap(child.legacyNotes)).toBe(true);
  });
});
