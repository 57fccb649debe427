import { describe, expect, it } from "vitest";
import { lintText, validate } from "../../src/builtIn/linter.js";
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
  // Met again inside itself: a cycle, named at its first repeat (it has no JSON text at all).
  ["a large object that is its own first member", () => largeObject("first"), { path: "/x/self", message: /^the value holds itself here/ }],
  ["a large object that is its own last member", () => largeObject("last"), { path: "/x", message: /^this object holds more than 100000 members/ }],
  ["an array of length 2^32 - 1, all holes", () => sparseArray(2 ** 32 - 1), { path: "/x", message: /^this array holds more than 100000 elements/ }],
  ["a typed array of ten million", () => new Uint8Array(10_000_000), { path: "/x", message: /^this array holds more than 100000 elements/ }],
];

describe("values whose keys cost more to list than they hold, in a custom data hash", () => {
  it.each(table)("%s: one parse finding", (_what, make, expected) => {
    const { diagnostics } = validate("createOrder", { ...createOrder(), customOrderData: { x: make() } });
    expect(diagnostics).toEqual([expect.objectContaining({ ruleId: "parse", path: `/customOrderData${expected.path}`, message: expect.stringMatching(expected.message) })]);
  });
});

/** What a caller acts on: the verdict, the counts, and which rule found what where. */
const verdict = ({ valid, errorCount, warningCount, diagnostics }: ReturnType<typeof validate>) => ({ valid, errorCount, warningCount, places: diagnostics.map((d) => [d.ruleId, d.severity, d.path]) });

describe("a String object is the string JSON.stringify writes, its characters no members", () => {
  it("one of more characters than an object may hold members: as the string sent (it was \"holds more than 100000 elements\", where JSON.stringify sends the string)", () => {
    const order = { ...createOrder(), customOrderData: { x: new String("x".repeat(100_001)) } };
    expect(verdict(validate("createOrder", order))).toEqual(verdict(validate("createOrder", JSON.parse(JSON.stringify(order)))));
    expect(validate("createOrder", order).diagnostics).toEqual([expect.objectContaining({ ruleId: "custom-data-hash", path: "/customOrderData/x" })]);
  });

  // Found by the audit of how validate() reads a caller's value: of a null prototype or
  // Object.prototype, one was listed key by key, a false "holds more than 100000 members".
  const longString = (prototype: object | null): object => Object.setPrototypeOf(new String("x".repeat(100_001)), prototype) as object;
  it.each<[string, object | null, object]>([
    ["a null prototype: JSON.stringify throws (nothing to convert it by), one error at its place", null, { valid: false, errorCount: 1, warningCount: 0, places: [["schema", "error", "/value"]] }],
    ["Object.prototype: JSON.stringify sends \"[object String]\", which passes", Object.prototype, verdict(validate("orderCustomData", { name: "n", value: "[object String]" }))],
  ])("a custom data value of more characters than an object may hold members, of %s", (_case, prototype, expected) => {
    const body = { name: "n", value: longString(prototype) };
    expect(verdict(validate("orderCustomData", body as never))).toEqual(expected);
    if (prototype !== null) expect(expected).toEqual(verdict(validate("orderCustomData", JSON.parse(JSON.stringify(body)))));
  });

  it("its own keys are never read, as JSON.stringify reads none: a getter among them is not the place where reading the body throws", () => {
    let reads = 0;
    const value = Object.defineProperty(Object.setPrototypeOf(new String("abc"), Object.prototype) as object, "g", { get: () => { reads++; throw new Error("never read"); }, enumerable: true });
    const body = Object.defineProperty({ name: "n", value }, "zz", { get: () => { throw new Error("a closed session"); }, enumerable: true });
    expect(() => JSON.stringify(body)).toThrow("a closed session");
    expect(validate("orderCustomData", body as never).diagnostics).toEqual([expect.objectContaining({ ruleId: "schema", severity: "error", path: "/zz", message: expect.stringMatching(/could not be read/) })]);
    expect(reads).toBe(0);
  });
});

describe("values the second review built to get past the count", () => {
  const chain = (levels: number) => {
    let node: unknown = 1;
    for (let i = 0; i < levels; i++) node = Array(10).fill(node);
    return node;
  };

  it.each([Number.NaN, -1e15, 2 ** 60, 1.5])("an array Proxy whose length reads %s is no longer a way around the budget", (length) => {
    const odd = new Proxy([], { get: (target, key) => (key === "length" ? length : Reflect.get(target, key)) });
    const { diagnostics } = validate("orderCustomData", { name: "n", value: "v", odd, big: chain(11) } as never);
    expect(diagnostics).toEqual([expect.objectContaining({ ruleId: "parse", message: expect.stringMatching(/^this array holds more than 100000 elements|^the value holds more than 5000000 values/) })]);
  });

  it("past two limits, lintText and validate() name the first fault in the text, the same place", () => {
    const text = '{"name":"n","value":{"a":[1,2,3],"b":[[1]]}}';
    const limits = { maxDepth: 3, maxEntries: 2 };
    const [fault] = lintText(text, { kind: "orderCustomData", ...limits }).messages;
    expect(fault).toMatchObject({ ruleId: "parse", line: 1, column: 26, message: expect.stringMatching(/^this array holds more than 2 elements/) });
    expect(validate("orderCustomData", JSON.parse(text), limits).diagnostics).toEqual([expect.objectContaining({ path: "/value/a", message: expect.stringMatching(/^this array holds more than 2 elements/) })]);
  });

  it("a cycle is one finding at its first repeat, however far the limits are raised (it ran out of memory)", () => {
    const loop: Record<string, unknown> = { a: { b: {} } };
    ((loop.a as Record<string, unknown>).b as Record<string, unknown>).c = loop;
    const options = { maxDepth: Number.MAX_SAFE_INTEGER, maxValues: Number.MAX_SAFE_INTEGER };
    const { diagnostics } = validate("orderCustomData", { name: "n", value: loop } as never, options);
    expect(diagnostics).toEqual([expect.objectContaining({ ruleId: "parse", path: "/value/a/b/c", message: expect.stringMatching(/^the value holds itself here/) })]);
  });

  it("a long key repeated down to the depth limit gives a bounded path, not a RangeError", () => {
    const key = "k".repeat(600_000);
    let node: Record<string, unknown> = {};
    for (let i = 0; i < 1001; i++) node = { [key]: node };
    const { diagnostics } = validate("orderCustomData", { name: "n", value: node } as never);
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]!.message).toMatch(/^the value nests deeper than 1000 levels/);
    expect(diagnostics[0]!.path).toBe("/value");
  });
});
