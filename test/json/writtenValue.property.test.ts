import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { writtenValue } from "../../src/json/writtenValue.js";

/**
 * The walk validate() takes where JSON.stringify throws writes everything else as
 * JSON.stringify does: its oracle is JSON.stringify's own text, read back, on values it writes.
 */
const limits = { maxDepth: 1000, maxEntries: 100_000, maxValues: 5_000_000 };

class Money {
  constructor(readonly amount: number) {}
  get currency(): string {
    return "USD";
  }
}

/** An ORM entity: its class's `get toJSON()` answers the method that writes its document. */
class Entity {
  constructor(private readonly document: unknown) {}
  get toJSON(): () => unknown {
    return () => this.document;
  }
}

const leaf = fc.oneof(
  fc.string({ maxLength: 4 }),
  fc.integer(),
  fc.double(),
  fc.constantFrom(-0, Infinity, -Infinity, NaN, true, false, null, undefined),
  fc.date(),
  fc.constantFrom(() => 1, Symbol("s")),
);
const value = fc.letrec<{ node: unknown }>((tie) => ({
  node: fc.oneof(
    { depthSize: "small" },
    leaf,
    fc.array(tie("node"), { maxLength: 3 }),
    fc.dictionary(fc.constantFrom("a", "__proto__", "toString", "1", "0"), tie("node"), { maxKeys: 3 }).map((members) => {
      // Defined as JSON.parse defines them: "__proto__" a member, not the prototype.
      const object = {};
      for (const [key, member] of Object.entries(members)) Object.defineProperty(object, key, { value: member, enumerable: true, writable: true, configurable: true });
      return object;
    }),
    tie("node").map((inner) => ({ toJSON: (key: string) => (typeof inner === "string" ? key + inner : inner) })),
    // A toJSON no key lists, read by [[Get]] as JSON.stringify reads it (found by the library audit).
    tie("node").map((inner) => Object.defineProperty({ a: 1 }, "toJSON", { get: () => () => inner })),
    tie("node").map((inner) => new Proxy({ a: 1 }, { get: (target, key, receiver) => (key === "toJSON" ? () => inner : Reflect.get(target, key, receiver)) })),
    tie("node").map((inner) => Object.assign(new Entity(inner), { a: 1 })),
    fc.oneof(fc.string({ maxLength: 3 }).map((s) => new String(s)), fc.double().map((n) => new Number(n)), fc.boolean().map((b) => new Boolean(b)), fc.constant(Object(Symbol("boxed")) as object)),
    fc.integer().map((n) => new Money(n)),
    fc.array(tie("node"), { maxLength: 3 }).map((items) => Object.assign(new Array(items.length + 1), items)),
  ),
})).node;

describe("writtenValue writes what JSON.stringify writes", () => {
  it("for any value JSON.stringify writes: the same value as its text read back, and no place left unwritten", () => {
    fc.assert(
      fc.property(value, (given) => {
        const text = JSON.stringify(given);
        const written = writtenValue(given, limits);
        expect(written).toEqual({ value: text === undefined ? undefined : JSON.parse(text), unwritable: [] });
        if (text !== undefined) expect(JSON.stringify((written as { value: unknown }).value)).toBe(text);
      }),
      { seed: 20261204, numRuns: 500 },
    );
  });
});
