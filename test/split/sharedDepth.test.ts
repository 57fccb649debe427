import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { SplitError } from "../../src/split/splitError.js";
import { splitOrder } from "../../src/split/splitOrder.js";
import { orderItem, orderWithItems } from "../support/payloads.js";
import { thrownBySplit } from "../support/thrownBySplit.js";

/**
 * A value a library caller's order holds in more than one place, or holds in a Map, a Set or an
 * Error's cause (found by the audit of split's depth refusal): the walk visited a value met twice
 * once, where its first place was shallow, while split copies each item and each top-level value
 * on its own (structuredClone per unit) and writes every place (JSON.stringify), so the shared
 * value was copied again under a deeper place and threw a RangeError; and it followed
 * Object.keys alone, so a Map nested 5,000 deep threw one too.
 */

/** The deepest nesting split copies and writes, the order as level 1 (writableDepth.ts). */
const bound = 1000;

type Container = "object" | "array" | "map" | "set" | "cause";

/** One level of a container around `inner`. */
function wrap(container: Container, inner: unknown): object {
  switch (container) {
    case "object":
      return { k: inner };
    case "array":
      return [inner];
    case "map":
      return new Map([["k", inner]]);
    case "set":
      return new Set([inner]);
    case "cause":
      return withoutFrames(() => new Error("wrapped", { cause: inner }));
  }
}

/**
 * What `make` returns, made while errors capture no frames: their stacks a line each. Split copies
 * an Error's stack as the string it is, whatever it says, and makes an Error of its own for each
 * it copies; but each stack of frames read has vitest's runner map every frame through its source
 * maps: 1.9 of the two properties' 2.6 CPU-s (profiled), none of it split's.
 */
function withoutFrames<T>(make: () => T): T {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    return make();
  } finally {
    Error.stackTraceLimit = limit;
  }
}

/** `levels` containers, one inside the other, around `inner` (levels 0: `inner` itself). */
function nest(container: Container, levels: number, inner: unknown): unknown {
  let value = inner;
  for (let level = 0; level < levels; level++) value = wrap(container, value);
  return value;
}

/** Where a value goes, by the keys down to it, and the level of the object holding it (the order 1, an item 3, its product 4). */
const places = {
  order: { keys: ["legacyNotes"], holderLevel: 1 },
  item0: { keys: ["orderItems", 0, "x"], holderLevel: 3 },
  item1: { keys: ["orderItems", 1, "x"], holderLevel: 3 },
  product0: { keys: ["orderItems", 0, "product", "x"], holderLevel: 4 },
} as const;
type Place = keyof typeof places;

/** A Y item and a preorder (a split into two), each place given its value. */
function orderHolding(values: Partial<Record<Place, unknown>>): Record<string, unknown> {
  const order = orderWithItems([orderItem({ availability: "Y" }), orderItem({ availability: "P" })]) as Record<string, unknown>;
  for (const [place, value] of Object.entries(values) as [Place, unknown][]) {
    const keys: readonly (string | number)[] = places[place].keys;
    let holder = order as Record<string | number, unknown>;
    for (const key of keys.slice(0, -1)) holder = holder[key] as Record<string | number, unknown>;
    holder[keys.at(-1)!] = value;
  }
  return order;
}

describe("split and a value shared or held in a Map, a Set or an Error", () => {
  it("the audit's order: 960 levels shared by two items, one of them wrapping it in 960 more, is refused with a SplitError where it goes past the bound", () => {
    const order = JSON.parse(readFileSync(new URL("../../examples/createOrder.json", import.meta.url), "utf8")) as { orderItems: Record<string, unknown>[] };
    expect(order.orderItems.length).toBeGreaterThanOrEqual(2);
    (order.orderItems[1]!.product as Record<string, unknown>).availability = "P";
    const shared = nest("object", 960, {});
    order.orderItems[0]!.x = shared;
    order.orderItems[1]!.x = nest("object", 960, shared);
    const error = thrownBySplit(order);
    expect(error).toBeInstanceOf(SplitError);
    // item 1's x is level 4, its 960 wrappers levels 4 to 963, shared's 960 levels and its innermost {} levels 964 to 1924.
    expect((error as SplitError).message).toContain(`nests more than ${bound} levels deep`);
    expect((error as SplitError).pointer).toBe(`/orderItems/1/x${"/k".repeat(bound + 1 - 4)}`);
  });

  it("a Map nested 5,000 deep at legacyNotes: a SplitError, not a RangeError", () => {
    const error = thrownBySplit(orderHolding({ order: nest("map", 5000, {}) }));
    expect(error).toBeInstanceOf(SplitError);
    expect((error as SplitError).message).toContain(`nests more than ${bound} levels deep`);
    expect((error as SplitError).pointer).toBe(`/legacyNotes${"/k".repeat(bound + 1 - 2)}`);
  });

  it("a cycle is refused with a SplitError at the place that closes it (JSON cannot hold one)", () => {
    const notes: Record<string, unknown> = { text: "n" };
    notes.self = notes;
    const error = thrownBySplit(orderHolding({ order: notes }));
    expect(error).toBeInstanceOf(SplitError);
    expect((error as SplitError).pointer).toBe("/legacyNotes/self");
    expect((error as SplitError).message).toMatch(/the value at \/legacyNotes\/self is the one at \/legacyNotes, which holds it: a cycle, which JSON cannot hold/);
  });

  it("the audit's cycle: B = {deep: 990 levels}, C = {b: B}, B.c = C, B at item 0, C under 990 levels at item 1: a SplitError, not a RangeError", () => {
    const b: Record<string, unknown> = { deep: nest("object", 990, {}) };
    const c = { b };
    b.c = c;
    const error = thrownBySplit(orderHolding({ item0: b, item1: nest("object", 990, c) }));
    expect(error).toBeInstanceOf(SplitError);
    expect((error as SplitError).pointer).toBe("/orderItems/0/x/c/b");
  });

  it("an array's key that is no index is copied by structuredClone, and measured: a nest 5,000 deep there is a SplitError, not a RangeError", () => {
    const notes: unknown[] & { extra?: unknown } = [1];
    notes.extra = nest("object", 5000, {});
    const error = thrownBySplit(orderHolding({ order: notes }));
    expect(error).toBeInstanceOf(SplitError);
    expect((error as SplitError).pointer).toMatch(/^\/legacyNotes\/extra(\/k)+$/);
  });

  it("property: over cycles, shared values and arrays with keys that are no index, in any container, splitOrder splits or throws a SplitError, never anything else", () => {
    const container = fc.constantFrom<Container>("object", "array", "map", "set", "cause");
    const piece = fc.record({ container, levels: fc.integer({ min: 0, max: 1100 }), extra: fc.boolean() });
    fc.assert(
      fc.property(
        fc.array(piece, { minLength: 1, maxLength: 4 }),
        fc.record({ order: fc.nat(3), item0: fc.nat(3), item1: fc.nat(3), product0: fc.nat(3) }),
        fc.option(fc.record({ from: fc.nat(3), to: fc.nat(3) }), { nil: undefined }),
        (pieces, at, loop) => {
          // Each piece a nest around a holder object; a piece with `extra` is an array holding it under a key that is no index.
          const holders = pieces.map(() => ({}) as Record<string, unknown>);
          const values = pieces.map((p, i) => {
            const nested = nest(p.container, p.levels, holders[i]);
            return p.extra ? Object.assign([0], { extra: nested }) : nested;
          });
          // Each piece's holder holds the next piece (shared values); `loop` closes a cycle, maybe.
          for (let i = 0; i + 1 < pieces.length; i++) holders[i]!.next = values[i + 1];
          if (loop !== undefined) holders[loop.from % pieces.length]!.back = values[loop.to % pieces.length];
          const places = Object.fromEntries(Object.entries(at).map(([place, i]) => [place, values[i % values.length]]));
          const error = withoutFrames(() => thrownBySplit(orderHolding(places)));
          if (error !== undefined) expect(error).toBeInstanceOf(SplitError);
        },
      ),
      { numRuns: 60 },
    );
  });

  it("property: with a value shared among places, each wrapped in more levels, of any container, splitOrder throws only a SplitError, exactly when some place nests past the bound", () => {
    const container = fc.constantFrom<Container>("object", "array", "map", "set", "cause");
    const wrapping = fc.option(fc.record({ container, levels: fc.integer({ min: 0, max: 1100 }) }), { nil: undefined });
    fc.assert(
      fc.property(
        container,
        fc.integer({ min: 0, max: 1100 }),
        fc.record({ order: wrapping, item0: wrapping, item1: wrapping, product0: wrapping }),
        (sharedContainer, sharedLevels, wrappings) => {
          const shared = nest(sharedContainer, sharedLevels, {});
          const values: Partial<Record<Place, unknown>> = {};
          // The deepest level of any place: the holder's, one per wrapper, one per level of the shared value, one for its innermost {}.
          let depth = 3;
          for (const [place, wrapped] of Object.entries(wrappings) as [Place, { container: Container; levels: number } | undefined][]) {
            if (wrapped === undefined) continue;
            values[place] = nest(wrapped.container, wrapped.levels, shared);
            depth = Math.max(depth, places[place].holderLevel + wrapped.levels + sharedLevels + 1);
          }
          const error = withoutFrames(() => thrownBySplit(orderHolding(values)));
          if (depth <= bound) {
            expect(error).toBeUndefined();
            return;
          }
          expect(error).toBeInstanceOf(SplitError);
          expect((error as SplitError).message).toContain(`nests more than ${bound} levels deep`);
        },
      ),
      { numRuns: 60 },
    );
  });
});
