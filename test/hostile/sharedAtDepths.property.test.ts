import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { oversizedPlace, writtenOtherwise } from "../../src/json/oversizedPlace.js";
import { firstLimitPassed, type Limits } from "../support/sharedChains.js";

/**
 * The value walk adds up a container it has walked to its end, when it meets it again, without
 * walking it again (src/json/oversizedPlace.ts, WalkedContainer). A chain (sharedValues.test.ts)
 * meets each shared object at one depth only; here one object is met at several depths, with a
 * limit passed on one path to it and not on another, and JSON writing part of it otherwise:
 * the place must be the plain recursion's over every path, and the verdict on what JSON
 * rewrites the same as a look at every object.
 */

/** A DAG of `count` containers: each holds earlier ones (so one is reached at several depths) and leaves. */
interface Shape {
  readonly nodes: readonly { readonly array: boolean; readonly entries: readonly (number | "leaf" | "date" | "undefined")[] }[];
}

const shape: fc.Arbitrary<Shape> = fc
  .integer({ min: 1, max: 9 })
  .chain((count) =>
    fc.record({
      nodes: fc.tuple(
        ...Array.from({ length: count }, (_, i) =>
          fc.record({
            array: fc.boolean(),
            entries: fc.array(fc.oneof({ weight: 6, arbitrary: i === 0 ? fc.constant("leaf" as const) : fc.integer({ min: 0, max: i - 1 }) }, { weight: 2, arbitrary: fc.constant("leaf" as const) }, { weight: 1, arbitrary: fc.constantFrom("date" as const, "undefined" as const) }), { maxLength: 4 }),
          }),
        ),
      ),
    }),
  );

/** The value: the last container, the others below it by the entries' indexes. */
function build({ nodes }: Shape): object {
  const built: object[] = [];
  for (const { array, entries } of nodes) {
    const children = entries.map((entry) => (entry === "leaf" ? 1 : entry === "date" ? new Date(0) : entry === "undefined" ? undefined : built[entry]));
    // undefined in an array is written as null: only an object's member is left out.
    built.push(array ? children.map((child) => (child === undefined ? null : child)) : Object.fromEntries(children.map((child, i) => [`k${i}`, child])));
  }
  return built[built.length - 1]!;
}

/** Whether JSON.stringify writes any part of the value otherwise than its entries: a Date, or a member left out. */
function rewrittenAnywhere(value: unknown): boolean {
  if (typeof value !== "object" || value === null) return false;
  if (value instanceof Date) return true;
  return Object.values(value).some((child) => (child === undefined && !Array.isArray(value)) || rewrittenAnywhere(child));
}

/** Values by path, counted without walking the paths. */
function pathCount(value: unknown, memo = new Map<object, number>()): number {
  if (typeof value !== "object" || value === null || value instanceof Date) return 1;
  let count = memo.get(value);
  if (count === undefined) memo.set(value, (count = 1 + Object.values(value).reduce((sum: number, child) => sum + pathCount(child, memo), 0)));
  return count;
}

const limits: fc.Arbitrary<Limits> = fc.record({
  maxDepth: fc.integer({ min: 1, max: 12 }),
  maxEntries: fc.oneof(fc.constant(100_000), fc.integer({ min: 1, max: 5 })),
  maxValues: fc.oneof(fc.constant(5_000_000), fc.integer({ min: 1, max: 400 })),
});

describe("a value that shares its objects at several depths", () => {
  it("the first limit passed is where the walk of every path passes it; within every limit, what JSON writes otherwise is said", () => {
    fc.assert(
      fc.property(shape, limits, (dag, held) => {
        const value = build(dag);
        fc.pre(pathCount(value) <= 20_000);
        const expected = firstLimitPassed(value, held);
        const found = oversizedPlace(value, held);
        // Asserted only where the answer differs (the same expect, the same message): one expect() a run, over 3,000 runs, was ~0.1 s of vitest's.
        if (expected === undefined) {
          const written = rewrittenAnywhere(value) ? writtenOtherwise : undefined;
          if (found !== written) expect(found).toBe(written);
        } else if (typeof found !== "object" || found.path !== expected.path || found.limit !== expected.limit) {
          expect(found).toMatchObject({ path: expected.path, limit: expected.limit });
        }
      }),
      { numRuns: 3000 },
    );
  });
});
