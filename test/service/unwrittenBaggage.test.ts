import fs from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { validate, type ValidateOptions } from "../../src/index.js";
import { createOrder } from "../support/payloads.js";

/**
 * README: validate() checks a value as JSON.stringify sends it, "the findings are those of
 * validate(kind, JSON.parse(JSON.stringify(value)))". What JSON.stringify never writes (all
 * of an object with a toJSON but its answer, an inherited key) is neither counted nor walked.
 * Found by the audit of a checkout service's pre-submit check: an ORM entity (a document
 * beside a back-reference to itself, a session, a Buffer) was refused as "holds itself" or
 * "more than 100000 elements" though JSON.stringify writes its document, and the sale blocked.
 */
const base = (): Record<string, unknown> => JSON.parse(fs.readFileSync(new URL("../../examples/createOrder.json", import.meta.url), "utf8"));
const roundTrip = (value: unknown): unknown => JSON.parse(JSON.stringify(value));
const writes = (value: unknown): boolean => {
  try {
    JSON.stringify(value);
    return true;
  } catch {
    return false;
  }
};

/** Mongoose's and Sequelize's shape: the data in a field, internals beside it, toJSON answering the data. */
class Entity {
  readonly $__: unknown;
  constructor(
    readonly _doc: unknown,
    baggage: (self: Entity) => unknown,
  ) {
    this.$__ = baggage(this);
  }
  toJSON(): unknown {
    return this._doc;
  }
}

const deepJunk = (levels: number): unknown => {
  let junk: unknown = {};
  for (let i = 0; i < levels; i++) junk = { a: junk };
  return junk;
};
const selfHolding = (): Record<string, unknown> => {
  const held: Record<string, unknown> = { name: "session" };
  held.self = held;
  return held;
};

const entities: readonly [string, () => unknown][] = [
  ["an entity holding a back-reference to itself", () => new Entity(base(), (self) => ({ owner: self }))],
  ["an entity holding a session that holds itself", () => new Entity(base(), () => ({ session: selfHolding() }))],
  ["an entity holding a Buffer of 200,000 bytes", () => new Entity(base(), () => Buffer.alloc(200_000))],
  ["an entity holding 200,001 cached rows", () => new Entity(base(), () => new Array(200_001).fill(0))],
  ["an entity holding 2,000 levels of internals", () => new Entity(base(), () => deepJunk(2_000))],
  ["a plain object with its own toJSON beside 2,000 levels", () => ({ junk: deepJunk(2_000), toJSON: () => base() })],
  ["a body whose prototype holds itself (inherited keys are not written)", () => Object.assign(Object.create(selfHolding()), base())],
  ["a body whose prototype holds 200,001 entries", () => Object.assign(Object.create({ huge: new Array(200_001).fill(0) }), base())],
  ["an entity as the custom order data", () => ({ ...base(), customOrderData: new Entity({ giftWrap: "yes" }, (self) => ({ owner: self })) })],
  ["an entity as an order item, its document lacking the product", () => ({ ...base(), orderItems: [new Entity({ itemSpecifics: { quantity: 1 } }, () => Buffer.alloc(200_000))] })],
];

describe("what JSON.stringify does not write is neither counted nor walked", () => {
  it.each(entities)("%s: the findings of its JSON text", (_case, make) => {
    const entity = make();
    expect(validate("createOrder", entity)).toEqual(validate("createOrder", roundTrip(entity)));
  });

  it("an entity whose document is a valid order is valid", () => {
    expect(validate("createOrder", new Entity(base(), (self) => ({ owner: self, raw: Buffer.alloc(200_000) }))).diagnostics).toEqual([]);
  });
});

const asWritten = "as JSON.stringify writes the value (its toJSON methods' results included), ";

/** Small limits, so that baggage passes them cheaply: baggage counted would be a finding. */
const limits: ValidateOptions = { maxDepth: 30, maxEntries: 50, maxValues: 10_000 };
const baggage = fc.constantFrom<() => unknown>(
  selfHolding,
  () => deepJunk(40),
  () => new Array(60).fill("x"),
  () => Object.fromEntries(Array.from({ length: 60 }, (_, i) => [`k${i}`, i])),
);
const written = fc.letrec<{ node: unknown }>((tie) => ({
  node: fc.oneof(
    { depthSize: "small" },
    fc.oneof(fc.string({ maxLength: 4 }), fc.integer(), fc.boolean(), fc.constant(null)),
    fc.array(tie("node"), { maxLength: 3 }),
    fc.dictionary(fc.constantFrom("a", "name", "value", "1"), tie("node"), { maxKeys: 3 }),
    // An object whose toJSON answers the value, baggage beside it.
    fc.tuple(tie("node"), baggage).map(([inner, junk]) => ({ junk: junk(), toJSON: () => inner })),
    fc.tuple(tie("node"), baggage).map(([inner, junk]) => new Entity(inner, junk)),
    // An object whose prototype holds the baggage: only its own keys are written.
    fc.tuple(fc.dictionary(fc.constantFrom("a", "name"), tie("node"), { maxKeys: 2 }), baggage).map(([own, junk]) => Object.assign(Object.create({ junk: junk() }), own)),
  ),
})).node;

describe("property: baggage JSON.stringify does not write changes no finding", () => {
  it("for random values decorated with toJSON holders and prototypes holding junk, the findings of the JSON round trip", () => {
    fc.assert(
      fc.property(written, fc.constantFrom("customOrderData", "extra", "orderItems"), (value, field) => {
        const body = createOrder({ [field]: value as never });
        // A toJSON's answer is written as it stands, its own toJSON not asked: an entity answering
        // an entity writes the inner one's baggage, which may hold itself (no oracle then).
        fc.pre(writes(body));
        // A limit passed inside a toJSON's answer is at the place a plain value's is, and says it was counted as written.
        const found = validate("createOrder", body, limits).diagnostics.map((d) => ({ ...d, message: d.message.replace(asWritten, "") }));
        expect(found).toEqual(validate("createOrder", roundTrip(body), limits).diagnostics);
      }),
      { seed: 20261205, numRuns: 300 },
    );
  });
});
