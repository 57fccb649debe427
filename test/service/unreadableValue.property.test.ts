import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { assertValid, isValid, kinds, OmsValidationError, standardSchema, validate, type Kind } from "../../src/index.js";
import { pointer } from "../../src/json/jsonPointer.js";
import { unreadablePlace } from "../../src/json/unreadablePlace.js";
import { createOrder, orderItem } from "../support/payloads.js";

/**
 * A caller's object may throw when read (a getter, a Proxy trap): that is a finding of the
 * schema rule at the place, as a function or a BigInt there is, never the caller's error
 * thrown back out of isValid, assertValid, validate or a Standard Schema.
 */

const callersError = new Error("boom: the caller's own error");
const throwing = () => {
  throw callersError;
};

/** The one outcome every entry point must show for an unreadable value at `place`. */
function expectUnreadableAt(kind: Kind, value: unknown, place: string, label = `${kind} ${place}`): void {
  expect(isValid(kind, value), label).toBe(false);
  const { diagnostics } = validate(kind, value);
  expect(diagnostics).toEqual([expect.objectContaining({ ruleId: "schema", severity: "error", path: place, message: expect.stringMatching(/could not be read/) })]);
  const result = standardSchema(kind)["~standard"].validate(value);
  expect(result.issues).toHaveLength(1);
  expect(result.issues![0]!.message).toMatch(/could not be read/);
  let thrown: unknown;
  try {
    assertValid(kind, value);
  } catch (error) {
    thrown = error;
  }
  expect(thrown).toBeInstanceOf(OmsValidationError);
  expect(thrown).not.toBe(callersError);
  expect((thrown as OmsValidationError).diagnostics).toEqual(diagnostics);
}

/**
 * The one outcome for a Proxy that throws as JSON.stringify reads its toJSON, which it reads of
 * every object before anything else (found by the library audit: a Proxy throwing on toJSON
 * alone passed): the body cannot be written, and that Proxy's place is the one finding at or
 * under it, as any toJSON's that throws; the rest of the body is checked as it would be written.
 */
function expectUnwrittenAt(kind: Kind, value: unknown, place: string, label: string): void {
  expect(() => JSON.stringify(value), label).toThrow();
  expect(isValid(kind, value), label).toBe(false);
  const { diagnostics } = validate(kind, value);
  expect(diagnostics.filter((d) => d.path === place || d.path.startsWith(`${place}/`)), label).toEqual([
    expect.objectContaining({ ruleId: "schema", severity: "error", path: place, message: expect.stringMatching(/could not be written \(reading it threw, a getter or Proxy trap\): JSON\.stringify throws on it/) }),
  ]);
  expect(standardSchema(kind)["~standard"].validate(value).issues?.length, label).toBe(diagnostics.filter((d) => d.severity === "error").length);
  expect(() => assertValid(kind, value), label).toThrow(OmsValidationError);
}

/** A JSON value with a throwing getter put in a container reached by `steps`, and the pointer of that getter. */
function plant(value: unknown, steps: readonly number[], key: string): { root: object; place: string } {
  const root = typeof value === "object" && value !== null ? value : { value };
  let node = root as Record<string, unknown> | unknown[];
  const trail: (string | number)[] = [];
  for (const step of steps) {
    const entries: [string | number, unknown][] = Array.isArray(node) ? node.map((v, i) => [i, v]) : Object.entries(node);
    const containers = entries.filter(([, v]) => typeof v === "object" && v !== null);
    if (containers.length === 0) break;
    const [at, next] = containers[step % containers.length]!;
    trail.push(at);
    node = next as Record<string, unknown> | unknown[];
  }
  const at = Array.isArray(node) ? Number(key.length % (node.length + 1)) : key;
  Object.defineProperty(node, at, { get: throwing, enumerable: true, configurable: true });
  return { root, place: pointer("", ...trail, at) };
}

describe("a value whose reading throws", () => {
  it("any JSON value with a throwing getter at any depth: isValid false, no throw, the finding's pointer names the place", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...kinds.map((k) => k.kind)),
        fc.jsonValue({ maxDepth: 5 }),
        fc.array(fc.nat(), { maxLength: 6 }),
        fc.string(),
        (kind, value, steps, key) => {
          const { root, place } = plant(value, steps, key);
          expectUnreadableAt(kind, root, place);
        },
      ),
      { seed: 20261203, numRuns: 200 },
    );
  });

  it("the same inside a real order: a getter, or a Proxy whose trap throws, where a rule or the schema would read", () => {
    const table: [string, (order: Record<string, any>) => unknown, string][] = [
      ["a getter on the order", (o) => ({ ...o, get orderItems() { return throwing(); } }), "/orderItems"],
      ["a Proxy whose ownKeys throws, as the whole payload", () => new Proxy({}, { ownKeys: throwing }), ""],
      ["a getter deep under an unknown property", (o) => ((o.notes = { list: [1, { get text() { return throwing(); } }] }), o), "/notes/list/1/text"],
    ];
    for (const [what, make, place] of table) {
      const order = createOrder({ orderItems: [orderItem(), orderItem()] }) as Record<string, any>;
      expectUnreadableAt("createOrder", make(order), place, what);
    }
  });

  it("a Proxy whose trap throws as JSON.stringify reads its toJSON (every key's get, a revoked one): the one error at the Proxy's place", () => {
    const table: [string, (order: Record<string, any>) => unknown, string][] = [
      // The schema's first read was the place (/billingAddress): JSON.stringify throws before it, reading the payment method's toJSON.
      ["a Proxy whose get throws, as a payment method", (o) => ((o.orderPayments[0].paymentMethod = new Proxy(o.orderPayments[0].paymentMethod, { get: throwing })), o), "/orderPayments/0/paymentMethod"],
      ["a revoked Proxy as an order item", (o) => {
        const { proxy, revoke } = Proxy.revocable({}, {});
        revoke();
        o.orderItems[1] = proxy;
        return o;
      }, "/orderItems/1"],
      // Found by the audit of the service surface: each threw the caller's own error back.
      ["a revoked Proxy as the whole payload", () => {
        const { proxy, revoke } = Proxy.revocable({}, {});
        revoke();
        return proxy;
      }, ""],
      ["a Proxy whose get throws on every key, as the whole payload", () => new Proxy({}, { get: throwing }), ""],
      ["a Proxy whose get throws on a key the customer does not hold", (o) => ((o.customer = new Proxy({ ...o.customer }, { get: (target, key) => (key in target ? target[key as string] : throwing()) })), o), "/customer"],
      // Found by the review of the stop: the first Proxy met was named, though it threw nothing.
      ["a Proxy that passes every read through, before one whose get throws on a key it lacks", (o) => {
        o.customer = new Proxy({ ...o.customer }, {});
        o.shippingAddress = new Proxy({ ...o.shippingAddress }, { get: (target, key) => (key in target ? target[key as string] : throwing()) });
        return o;
      }, "/shippingAddress"],
    ];
    for (const [what, make, place] of table) {
      const order = createOrder({ orderItems: [orderItem(), orderItem()] }) as Record<string, any>;
      expectUnwrittenAt("createOrder", make(order), place, what);
    }
  });
});

describe("a getter JSON.stringify does not send (found by the review of the stop: validate threw the caller's error)", () => {
  /** The value with a key defined as no enumerable getter that throws: JSON.stringify leaves it out, as it leaves out every key for-in does not list. */
  const withHiddenThrower = <T extends object>(value: T, key: string): T => Object.defineProperty(value, key, { get: throwing, enumerable: false, configurable: true });

  it("a required field that is such a getter is missing from the body as sent: the required finding, nothing thrown", () => {
    const data = withHiddenThrower({ value: "v" }, "name");
    expect(isValid("orderCustomData", data)).toBe(false);
    const { diagnostics } = validate("orderCustomData", data);
    expect(diagnostics).toEqual([expect.objectContaining({ ruleId: "schema", severity: "error", path: "/name", message: expect.stringMatching(/^name is required/) })]);
    expect(standardSchema("orderCustomData")["~standard"].validate(data).issues).toHaveLength(1);
  });

  it("a Proxy that passes its reads through, beside such a getter, is not blamed: the body is checked as sent", () => {
    const data = withHiddenThrower({ value: "v", notes: new Proxy({ a: 1 }, {}) }, "name");
    const { diagnostics } = validate("orderCustomData", data);
    expect(diagnostics.filter((d) => /could not be read/.test(d.message))).toEqual([]);
    expect(diagnostics).toContainEqual(expect.objectContaining({ ruleId: "schema", severity: "error", path: "/name", message: expect.stringMatching(/^name is required/) }));
  });

  // Found by the review of the stop: JSON.stringify never asks a prototype, so such a Proxy sends plain data.
  it("a Proxy whose getPrototypeOf throws is checked as JSON.stringify sends it, as the whole payload or as the customer", () => {
    const asWhole = new Proxy({}, { getPrototypeOf: throwing });
    expect(validate("createOrder", asWhole).diagnostics).toEqual(validate("createOrder", {}).diagnostics);
    const order = createOrder();
    order.customer = new Proxy({ ...(order.customer as object) }, { getPrototypeOf: throwing });
    expect(validate("createOrder", order)).toMatchObject({ valid: true, diagnostics: [] });
  });

  it("the order's customer as such a getter: the order as sent lacks its customer", () => {
    const order = createOrder();
    delete order.customer;
    const { diagnostics } = validate("createOrder", withHiddenThrower(order, "customer"));
    expect(diagnostics).toEqual([expect.objectContaining({ ruleId: "schema", severity: "error", path: "/customer", message: expect.stringMatching(/^customer is required/) })]);
  });
});

describe("a value that reads differently, or shares its parts", () => {
  it("a getter that throws on its first read only: the value is checked as it reads now, and nothing is thrown", () => {
    const order = createOrder();
    let reads = 0;
    Object.defineProperty(order, "currency", {
      enumerable: true,
      get() {
        if (reads++ === 0) throw callersError;
        return "XYZ";
      },
    });
    const { diagnostics } = validate("createOrder", order);
    expect(diagnostics).toEqual([expect.objectContaining({ ruleId: "schema", path: "/currency" })]);
    expect(diagnostics[0]!.message).not.toMatch(/could not be read/);
  });

  it("an object shared by both halves of every level, 40 levels deep, before a throwing getter: the place is found, each shared object read once", () => {
    // Read by every path to it, the shared object cost 2^40 reads before the getter was found.
    let shared: unknown = { leaf: 1 };
    for (let level = 0; level < 40; level++) shared = [shared, shared];
    const order: Record<string, unknown> = { extra: shared, ...createOrder() };
    delete order.externalOrderID;
    Object.defineProperty(order, "externalOrderID", { enumerable: true, get: throwing });
    expect(unreadablePlace(order)).toBe("/externalOrderID");
    // validate() reads in the same order, counting values by path: it passes the values
    // limit inside `extra` (2^41 paths) before it reaches the getter, and says so.
    const { diagnostics } = validate("createOrder", order, { maxValues: 1000 });
    expect(diagnostics).toEqual([expect.objectContaining({ ruleId: "parse", path: expect.stringMatching(/^\/extra\//), message: expect.stringMatching(/holds more than 1000 values/) })]);
  });
});
