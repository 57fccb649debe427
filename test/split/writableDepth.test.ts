import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { SplitError } from "../../src/split/splitError.js";
import { splitOrder } from "../../src/split/splitOrder.js";
import { runCli } from "../support/cli.js";
import { scratchFolders } from "../support/scratchFolders.js";
import { orderItem, orderWithItems, type Json, type JsonObject } from "../support/payloads.js";
import { thrownBySplit } from "../support/thrownBySplit.js";

/** The deepest nesting split writes, in levels of objects and arrays with the order as level 1 (lint's --max-depth counts so), as the README states it. */
const bound = 1000;

const folder = scratchFolders("split-depth");

/** How a nest goes down: through arrays (`[[…]]`), or through objects (`{"k":{"k":…}}`). */
const shapes = {
  arrays: { segment: "/0", wrap: (inner: Json): Json => [inner], opener: "[" },
  objects: { segment: "/k", wrap: (inner: Json): Json => ({ k: inner }), opener: '{"k":' },
} as const;
type Shape = keyof typeof shapes;

/** `levels` containers, one inside the other, the innermost empty. */
function nest(shape: Shape, levels: number): Json {
  let value: Json = shape === "arrays" ? [] : {};
  for (let level = 1; level < levels; level++) value = shapes[shape].wrap(value);
  return value;
}

/** nest's JSON text, written without JSON.stringify, which runs out of stack on it from about 2,000 levels (in a test's stack, less). */
function nestText(shape: Shape, levels: number): string {
  const { opener } = shapes[shape];
  const closer = shape === "arrays" ? "]" : "}";
  return opener.repeat(levels - 1) + (shape === "arrays" ? "[]" : "{}") + closer.repeat(levels - 1);
}

/**
 * Where the deep value goes: its pointer, and the level of the object holding it (the order is
 * level 1, orderItems 2, an item 3, its product 4).
 */
const places = {
  order: { pointer: "/legacyNotes", holderLevel: 1 },
  item: { pointer: "/orderItems/1/x", holderLevel: 3 },
  product: { pointer: "/orderItems/0/product/x", holderLevel: 4 },
} as const;
type Place = keyof typeof places;

/** A Y item and a preorder (a split into two) with `deep` at `place`. */
function orderHolding(deep: Json, place: Place): JsonObject {
  const order = orderWithItems([orderItem({ availability: "Y" }), orderItem({ availability: "P" })]);
  const keys = places[place].pointer.split("/").slice(1);
  const last = keys.pop()!;
  let holder = order as Record<string, Json>;
  for (const key of keys) holder = holder[key] as Record<string, Json>;
  holder[last] = deep;
  return order;
}

/** An order made `depth` levels deep at `place` by a nest of `shape`. */
const deepOrder = (depth: number, shape: Shape, place: Place) => orderHolding(nest(shape, depth - places[place].holderLevel), place);

/** deepOrder's JSON text, on one line. */
function deepOrderText(depth: number, shape: Shape, place: Place): string {
  const marker = "deep value here";
  return JSON.stringify(orderHolding(marker, place)).replace(JSON.stringify(marker), nestText(shape, depth - places[place].holderLevel));
}

/** The pointer of the first object or array at level bound + 1: the deep value's, and a segment for each level below it. */
function firstPastBound(shape: Shape, place: Place): string {
  const { pointer, holderLevel } = places[place];
  return pointer + shapes[shape].segment.repeat(bound + 1 - (holderLevel + 1));
}

const shape = fc.constantFrom<Shape>("arrays", "objects");
const place = fc.constantFrom<Place>("order", "item", "product");
/** Depths around the bound, and far past it, where copying the children ran out of stack (from about 1,900 levels). */
const depth = fc.oneof(fc.integer({ min: bound - 25, max: bound + 25 }), fc.integer({ min: bound + 1, max: 12_000 }));

// Found by the split audit: a value nested 5,000 levels deep made splitOrder throw a RangeError
// (structuredClone), and `oms-lint split` print "internal error: Maximum call stack size exceeded", exit 2.
describe("split and a value nested deeper than it writes", () => {
  it("property: splitOrder splits an order nested up to the bound, and refuses a deeper one with a SplitError at the first value past it, never a RangeError", () => {
    fc.assert(
      fc.property(depth, shape, place, (levels, drawnShape, drawnPlace) => {
        const order = deepOrder(levels, drawnShape, drawnPlace);
        const error = thrownBySplit(order);
        if (levels <= bound) {
          expect(error).toBeUndefined();
          const { split, children } = splitOrder(order);
          expect(split).toBe(true);
          // The deep value is copied whole into the child that holds its item (or into both, at the order's level).
          const holders = drawnPlace === "order" ? children : children.filter((child) => JSON.stringify(child).includes('"x"'));
          expect(holders.length).toBeGreaterThan(0);
          return;
        }
        expect(error).toBeInstanceOf(SplitError);
        const { message, pointer } = error as SplitError;
        expect(pointer).toBe(firstPastBound(drawnShape, drawnPlace));
        expect(message).toContain(`nests more than ${bound} levels deep`);
        expect(message).toContain(`from ${places[drawnPlace].pointer}${shapes[drawnShape].segment}`);
        expect(message).toContain(`deeper than the ${bound} levels split copies and writes`);
      }),
      { numRuns: 40 },
    );
  });

  it("leaves alone a deep order that needs no split, as it copies nothing", () => {
    const order = orderWithItems([orderItem({ availability: "Y" })], { legacyNotes: nest("objects", 10_000) });
    const { split, children } = splitOrder(order);
    expect(split).toBe(false);
    // The order itself (toBe: a deep equality would recurse 10,000 levels).
    expect(children).toHaveLength(1);
    expect(children[0]).toBe(order);
  });

  it.each([
    ["arrays", "item", bound],
    ["objects", "product", bound],
    ["arrays", "item", bound + 1],
    ["objects", "item", bound + 1],
    ["arrays", "item", 2_500],
    ["objects", "order", 5_000],
    ["arrays", "product", 10_000],
  ] as const)("oms-lint split --max-depth 20000 of an order of %s at its %s, %i levels deep: written up to the bound, refused past it at the first value's line and column, exit 1", async (drawnShape, drawnPlace, levels) => {
    const text = deepOrderText(levels, drawnShape, drawnPlace);
    const dir = folder({ "deep.json": text });
    const run = await runCli(["split", "--max-depth", "20000", "deep.json", "--out-dir", "children"], { cwd: dir });
    if (levels <= bound) {
      expect(run.stderr).toBe("");
      expect(run.stdout).toContain("deep.json: split into 2 orders\n");
      const written = readdirSync(join(dir, "children")).sort();
      expect(written).toEqual(["deep-1.json", "deep-2.json"]);
      expect(written.map((name) => readFileSync(join(dir, "children", name), "utf8")).join("")).toContain(nestText(drawnShape, levels - places[drawnPlace].holderLevel));
      return;
    }
    // The first value past the bound: the deep value's first bracket, and one opener for each level below it.
    const { holderLevel } = places[drawnPlace];
    const column = text.indexOf(nestText(drawnShape, levels - holderLevel)) + shapes[drawnShape].opener.length * (bound - holderLevel) + 1;
    expect(run).toMatchObject({ code: 1, stdout: "" });
    expect(run.stderr).toMatch(new RegExp(`^oms-lint split: deep\\.json: 1:${column}: the order must be split, but it nests more than ${bound} levels deep, and from ${places[drawnPlace].pointer}${shapes[drawnShape].segment}.*deeper than the ${bound} levels split copies and writes .*split the order by hand\\n$`));
    expect(readdirSync(dir)).toEqual(["deep.json"]);
    const json = await runCli(["split", "--max-depth", "20000", "-f", "json", "deep.json"], { cwd: dir });
    expect(json.code).toBe(1);
    expect(JSON.parse(json.stdout)).toMatchObject({ split: false, children: [], cannotSplit: expect.stringContaining(`nests more than ${bound} levels deep`) });
  });
});
