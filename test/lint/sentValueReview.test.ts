import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { isValid, standardSchema, validate } from "../../src/index.js";

/**
 * Found by the review of the session's changes to validate() on a caller's value: each case is
 * one JSON.stringify treats otherwise than the check did.
 */
const example = (): Record<string, unknown> => JSON.parse(readFileSync(new URL("../../examples/createOrder.json", import.meta.url), "utf8"));

describe("a value checked as JSON.stringify sends it", () => {
  it("a boxed BigInt (Object(5n)) is the error a BigInt is: JSON.stringify throws on both", () => {
    const order = { ...example(), customOrderData: { giftWrap: Object(5n) } };
    expect(() => JSON.stringify(order)).toThrow(/BigInt/);
    const { valid, diagnostics } = validate("createOrder", order);
    expect(valid).toBe(false);
    expect(diagnostics.filter((d) => d.severity === "error")).toEqual([expect.objectContaining({ path: "/customOrderData/giftWrap", message: expect.stringMatching(/could not be written \(a BigInt/) })]);
  });

  it("100,000 NaN 990 levels deep are written as null and validated within the limits (their places built gigabytes of pointers)", () => {
    let inner: unknown = Array(99_990).fill(Number.NaN);
    for (let i = 0; i < 990; i++) inner = [inner];
    // JSON.stringify writes each NaN as null, which a custom data value may hold.
    expect(validate("createOrder", { ...example(), customOrderData: { k: inner } }).valid).toBe(true);
  });

  it("an array with a toJSON of its own is checked as what that writes, as JSON.stringify sends it", () => {
    const answering = example();
    Object.assign(answering.orderItems as unknown[], { toJSON: () => "none" });
    expect(validate("createOrder", answering)).toEqual(validate("createOrder", JSON.parse(JSON.stringify(answering))));
    expect(validate("createOrder", answering).valid).toBe(false);
    const throwing = example();
    Object.assign(throwing.orderItems as unknown[], {
      toJSON: () => {
        throw new Error("session closed");
      },
    });
    expect(() => JSON.stringify(throwing)).toThrow("session closed");
    expect(validate("createOrder", throwing).valid).toBe(false);
  });

  it("a URLSearchParams or a class tagged Blob with a toJSON is checked as what its toJSON writes, not named a web form", () => {
    const params = Object.assign(new URLSearchParams("orderID=1"), { toJSON: example });
    class Doc {
      get [Symbol.toStringTag]() {
        return "Blob";
      }
      toJSON() {
        return example();
      }
    }
    for (const value of [params, new Doc()]) expect(validate("createOrder", value)).toEqual(validate("createOrder", example()));
  });
});

/**
 * JSON.stringify reads each object's toJSON with [[Get]] (SerializeJSONProperty: Get(value,
 * "toJSON")): a getter, own or inherited, and a Proxy's get trap are asked, whether or not a
 * key lists it. Found by the library audit (a checkout service's pre-submit check): such a
 * toJSON was not read, so a body JSON.stringify throws on passed, one it writes as 42 passed as
 * the address in hand, and a class's throwing `get toJSON()` was thrown back from isValid().
 */
const throwingGetter = <T extends object>(object: T, enumerable = false): T =>
  Object.defineProperty(object, "toJSON", {
    enumerable,
    get() {
      throw new Error("session closed");
    },
  });
const answeringGetter = <T extends object>(object: T, toJSON: unknown): T => Object.defineProperty(object, "toJSON", { get: () => toJSON });
const toJSONTrap = <T extends object>(object: T, toJSON: () => unknown): T => new Proxy(object, { get: (target, key, receiver) => (key === "toJSON" ? toJSON() : Reflect.get(target, key, receiver)) });
class ClosedEntity {
  get toJSON(): never {
    throw new Error("closed session");
  }
}
class Document {
  get toJSON(): () => unknown {
    return () => ({ ...this });
  }
}
/** The example with the member at `key` made by `make` from the example's own. */
const withMember = (key: string, make: (member: object) => unknown) => (): Record<string, unknown> => {
  const order = example();
  return { ...order, [key]: make(order[key] as object) };
};

/** Each value, and where JSON.stringify throws on it (undefined: it writes it). */
const readThroughGet: readonly (readonly [string, () => unknown, string | undefined])[] = [
  ["an own non-enumerable getter that throws, on the shipping address", withMember("shippingAddress", (address) => throwingGetter(address)), "/shippingAddress"],
  ["a Proxy whose get trap answers a toJSON giving 42, as the shipping address", withMember("shippingAddress", (address) => toJSONTrap(address, () => () => 42)), undefined],
  ["a getter on the body answering a toJSON that gives {}", () => answeringGetter(example(), () => ({})), undefined],
  [
    "a Proxy whose get trap throws on toJSON, as the customer",
    withMember("customer", (customer) =>
      toJSONTrap(customer, () => {
        throw new Error("x");
      }),
    ),
    "/customer",
  ],
  ["a class's `get toJSON()` that throws, as the shipping address", withMember("shippingAddress", (address) => Object.assign(new ClosedEntity(), address)), "/shippingAddress"],
  ["a class's `get toJSON()` that throws, as the body", () => Object.assign(new ClosedEntity(), example()), ""],
  ["an own non-enumerable getter that throws, on the body", () => throwingGetter(example()), ""],
  ["an own enumerable getter that throws, on the body", () => throwingGetter(example(), true), ""],
  ["a Proxy of the order items whose get trap answers a toJSON giving \"none\"", withMember("orderItems", (items) => toJSONTrap(items, () => () => "none")), undefined],
  ["a class's `get toJSON()` answering its own copy, as the customer", withMember("customer", (customer) => Object.assign(new Document(), customer)), undefined],
  ["a getter answering no function (JSON.stringify writes the object as it stands)", withMember("customer", (customer) => answeringGetter(customer, "not a method")), undefined],
];

describe("a toJSON reached through [[Get]] (a getter, a Proxy's get trap) is read as JSON.stringify reads it", () => {
  it.each(readThroughGet)("%s", (_case, make, throwsAt) => {
    const value = make();
    const result = validate("createOrder", value);
    expect(isValid("createOrder", value)).toBe(result.valid);
    const standard = standardSchema("createOrder")["~standard"].validate(value) as { issues?: unknown[] };
    expect(standard.issues?.length ?? 0).toBe(result.errorCount);
    if (throwsAt === undefined) {
      expect(result).toEqual(validate("createOrder", JSON.parse(JSON.stringify(value))));
      return;
    }
    expect(() => JSON.stringify(value)).toThrow();
    expect(result.valid).toBe(false);
    expect(result.diagnostics).toEqual([
      expect.objectContaining({
        ruleId: "schema",
        severity: "error",
        evidence: "stated",
        path: throwsAt,
        message: expect.stringMatching(/^the (value at \S+|payload) could not be written \((its toJSON threw|reading it threw, a getter or Proxy trap)\): JSON\.stringify throws on it, so no JSON can be sent/),
      }),
    ]);
  });

  it("a toJSON Object.prototype was given (a polluted prototype) is read of every plain object, as JSON.stringify reads it", () => {
    Object.defineProperty(Object.prototype, "toJSON", { configurable: true, value: () => "polluted" });
    try {
      expect(JSON.stringify(example())).toBe('"polluted"');
      expect(validate("createOrder", example())).toEqual(validate("createOrder", "polluted"));
      // A body with no array in it: the arrays' toJSON was read before, no object's was.
      expect(validate("orderCustomData", { name: "giftWrap", value: "yes" })).toEqual(validate("orderCustomData", "polluted"));
    } finally {
      delete (Object.prototype as { toJSON?: unknown }).toJSON;
    }
  });
});
