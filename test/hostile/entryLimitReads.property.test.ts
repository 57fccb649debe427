import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { validate } from "../../src/builtIn/linter.js";
import { createOrder } from "../support/payloads.js";
import "../support/fastCheckSeed.js";

/**
 * An object of far more members than maxEntries is one finding, "more than N members"; the
 * work to reach it was proportional to its members, not to the limit (the audit of the service
 * API: a Proxy of 3,000,000 keys, 15.9 s and 849 MB; a plain object of 1,000,000, 2.4 s): each
 * key's descriptor was read three times over (the quick count's for-in, the check for keys
 * JSON.stringify leaves out, the walk's for-in). A Proxy's ownKeys answers every key at once,
 * which nothing can bound; its getOwnPropertyDescriptor trap, asked key by key, counts the
 * per-key work here: bounded by the limit, whatever the size.
 */
function countedHash(size: number): { hash: object; descriptorReads: () => number } {
  const keys = Array.from({ length: size }, (_, i) => `k${i}`);
  let reads = 0;
  const hash = new Proxy(
    {},
    {
      ownKeys: () => keys,
      getOwnPropertyDescriptor: (_target, key) => {
        reads++;
        return typeof key === "string" && key.startsWith("k") ? { value: "v", enumerable: true, configurable: true, writable: true } : undefined;
      },
      get: (_target, key) => (typeof key === "string" && key.startsWith("k") ? "v" : undefined),
    },
  );
  return { hash, descriptorReads: () => reads };
}

/** A limit the order around the hash is within: its largest object holds 13 members. */
const minEntries = 20;

const entriesFinding = (maxEntries: number) => [expect.objectContaining({ ruleId: "parse", path: "/customOrderData", message: expect.stringMatching(new RegExp(`^this object holds more than ${maxEntries} members`)) })];

describe("a custom data hash past maxEntries", () => {
  it("property: one finding, and its keys' descriptors read a bounded number of times per entry allowed, however many it holds", () => {
    fc.assert(
      fc.property(fc.integer({ min: minEntries, max: 300 }), fc.integer({ min: 1, max: 40 }), (maxEntries, times) => {
        const { hash, descriptorReads } = countedHash(maxEntries * times + 1);
        const { diagnostics } = validate("createOrder", { ...createOrder(), customOrderData: hash }, { maxEntries });
        expect(diagnostics).toEqual(entriesFinding(maxEntries));
        // Each entry allowed read a few times at most (the count, then the walk), and a few reads more.
        expect(descriptorReads()).toBeLessThanOrEqual(2 * (maxEntries + 1) + 10);
      }),
      { numRuns: 40 },
    );
  });

  it("the boundary: exactly maxEntries members is no limit's finding", () => {
    const { hash } = countedHash(50);
    expect(validate("createOrder", { ...createOrder(), customOrderData: hash }, { maxEntries: 50 }).diagnostics.filter((d) => d.ruleId === "parse")).toEqual([]);
    expect(validate("createOrder", { ...createOrder(), customOrderData: countedHash(51).hash }, { maxEntries: 50 }).diagnostics).toEqual(entriesFinding(50));
  });

  it("a plain object of many more members than the limit: the same one finding, and one at the limit none", () => {
    const hash = (size: number) => Object.fromEntries(Array.from({ length: size }, (_, i) => [`k${i}`, "v"]));
    expect(validate("createOrder", { ...createOrder(), customOrderData: hash(20_000) }, { maxEntries: 1000 }).diagnostics).toEqual(entriesFinding(1000));
    expect(validate("createOrder", { ...createOrder(), customOrderData: hash(1000) }, { maxEntries: 1000 }).diagnostics.filter((d) => d.ruleId === "parse")).toEqual([]);
  });

  it("a member not sent (defined not enumerable) still makes the hash one JSON.stringify writes otherwise, past the limit or not", () => {
    // Many names, few of them sent: counted by those sent, as JSON.stringify writes them.
    const hidden = Object.fromEntries(Array.from({ length: 30 }, (_, i) => [`k${i}`, "v"]));
    for (let i = 0; i < 100; i++) Object.defineProperty(hidden, `h${i}`, { value: "x", enumerable: false });
    expect(validate("createOrder", { ...createOrder(), customOrderData: hidden }, { maxEntries: 30 }).diagnostics.filter((d) => d.ruleId === "parse")).toEqual([]);
    expect(validate("createOrder", { ...createOrder(), customOrderData: hidden }, { maxEntries: 29 }).diagnostics).toEqual(entriesFinding(29));
  });
});
