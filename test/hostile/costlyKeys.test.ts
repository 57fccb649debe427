import { describe, expect, it } from "vitest";
import { validate } from "../../src/builtIn/linter.js";
import { createOrder } from "../support/payloads.js";

/**
 * Values whose keys cost more to list than the values they hold: for-in lists every key of
 * an object at once, however few are read, and makes a string of each index of an
 * array-like. Held to the limits, each is one `parse` finding, reached without listing
 * them all (or once only): before, each of these took from seconds to hours.
 */

/** 100,000 keys: V8 keeps such an object as a dictionary, and lists its keys anew each time (20 ms). */
function largeObject(self: "first" | "last"): Record<string, unknown> {
  const object: Record<string, unknown> = {};
  if (self === "first") object.self = object;
  for (let i = 0; i < 100_000; i++) object[`k${i}`] = 1;
  if (self === "last") object.self = object;
  return object;
}

function sparseArray(length: number): unknown[] {
  const array: unknown[] = [];
  array.length = length;
  return array;
}

const table: [string, () => unknown, { path: string; message: RegExp }][] = [
  // The root, customOrderData and x are levels 1 to 3: level 1001 is 998 steps into the cycle.
  ["a large object that is its own first member", () => largeObject("first"), { path: `/x${"/self".repeat(998)}`, message: /^the value nests deeper than 1000 levels here/ }],
  ["a large object that is its own last member", () => largeObject("last"), { path: "/x", message: /^this object holds more than 100000 members/ }],
  ["an array of length 2^32 - 1, all holes", () => sparseArray(2 ** 32 - 1), { path: "/x", message: /^this array holds more than 100000 elements/ }],
  ["a typed array of ten million", () => new Uint8Array(10_000_000), { path: "/x", message: /^this array holds more than 100000 elements/ }],
  ["a String object of ten million characters", () => new String("x".repeat(10_000_000)), { path: "/x", message: /^this array holds more than 100000 elements/ }],
];

describe("values whose keys cost more to list than they hold, in a custom data hash", () => {
  it.each(table)("%s: one parse finding", (_what, make, expected) => {
    const { diagnostics } = validate("createOrder", { ...createOrder(), customOrderData: { x: make() } });
    expect(diagnostics).toEqual([expect.objectContaining({ ruleId: "parse", path: `/customOrderData${expected.path}`, message: expect.stringMatching(expected.message) })]);
  });
});
