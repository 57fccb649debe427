import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { validate, type Diagnostic } from "../../src/index.js";
import { createOrder, importOrder } from "../support/payloads.js";

/**
 * A value JSON.stringify throws on (a BigInt, a toJSON that throws) used to send the whole
 * payload back to be checked as it stands: a valid Date elsewhere became "must be a string",
 * the one error of an order whose real fault was the BigInt or the toJSON (found by the
 * newcomer audit). Each cause now gets its one finding at its own place, and every Date is
 * checked as the string it is sent as.
 */
type Kind = "createOrder" | "importOrder";
const findings = (kind: Kind, value: unknown): Diagnostic[] => validate(kind, value).diagnostics as Diagnostic[];
const asSent = (value: unknown): unknown => JSON.parse(JSON.stringify(value));
const date = new Date("2026-12-24T10:00:00Z");
const throwing = () => ({ toJSON: (): never => { throw new Error("no"); } });

/** An order with the given members set at the given pointers (created where missing). */
function withMembers(order: Record<string, unknown>, members: Record<string, unknown>): Record<string, unknown> {
  for (const [path, value] of Object.entries(members)) {
    const keys = path.slice(1).split("/");
    let node = order as Record<string, unknown>;
    for (const key of keys.slice(0, -1)) node = (node[key] ??= {}) as Record<string, unknown>;
    node[keys[keys.length - 1]!] = value;
  }
  return order;
}

const bigInt = /; this one is a BigInt, which JSON\.stringify cannot write \(it throws\)/;
const unwritable = (place: string) => new RegExp(`^${place} could not be written \\(its toJSON threw\\): JSON\\.stringify throws on it, so no JSON can be sent`);

describe("a Date beside a value JSON.stringify cannot write: each cause its one finding, at its place", () => {
  it.each([
    ["the README's example: importedCreationDate a Date, beside a BigInt catalogID", "importOrder", { "/importedCreationDate": date, "/catalogID": 12345678901234567890n }, [["error", "schema", "/catalogID", bigInt]]],
    ["expectedDeliveryDate a Date, beside a BigInt manufacturerID", "createOrder", { "/expectedDeliveryDate": date, "/manufacturerID": 5n }, [["error", "schema", "/manufacturerID", bigInt]]],
    ["a Date inside the items array (a custom data value), a BigInt in the next item", "createOrder", { "/orderItems/0/itemSpecifics/customItemData": { shipBy: date }, "/orderItems/1/product/retailPrice": 2n }, [["error", "schema", "/orderItems/1/product/retailPrice", bigInt]]],
    ["a Date beside a toJSON that throws under a known key", "createOrder", { "/expectedDeliveryDate": date, "/customerIP": throwing() }, [["error", "schema", "/customerIP", unwritable("the value at /customerIP")]]],
    ["a Date beside a toJSON that throws under an unknown key (the place's own finding, not only an unknown property)", "createOrder", { "/expectedDeliveryDate": date, "/extra": throwing() }, [["error", "schema", "/extra", unwritable("the value at /extra")]]],
    ["a Date beside a toJSON that throws inside a custom data hash", "createOrder", { "/customOrderData": { shipBy: date, giftNote: throwing() } }, [["error", "schema", "/customOrderData/giftNote", unwritable("the value at /customOrderData/giftNote")]]],
    ["a Date in the payload whose own toJSON throws: the payload, once", "createOrder", { "/expectedDeliveryDate": date, "/toJSON": throwing().toJSON }, [["error", "schema", "", unwritable("the payload")]]],
    ["two toJSONs that throw, beside a BigInt and a Date: three causes, three findings", "importOrder", { "/importedCreationDate": date, "/catalogID": 7n, "/customerIP": throwing(), "/extra": [throwing()] }, [
      ["error", "schema", "/catalogID", bigInt],
      ["error", "schema", "/customerIP", unwritable("the value at /customerIP")],
      // A key no document names, whatever it holds: a cause of its own, beside the element that cannot be written.
      ["warning", "unknown-property", "/extra", /^unknown property "extra"/],
      ["error", "schema", "/extra/0", unwritable("the value at /extra/0")],
    ]],
  ] as const)("%s", (_case, kind, members, expected) => {
    const example = () => (kind === "createOrder" ? createOrder() : importOrder()) as Record<string, unknown>;
    // The import example's own warnings (a customerIP of 0.0.0.0) stand apart from the case's.
    const ofExample = findings(kind, example()).map((d) => d.message);
    const value = withMembers(example(), members);
    const found = findings(kind, value).filter((d) => !ofExample.includes(d.message));
    expect(found.map((d) => [d.severity, d.ruleId, d.path, d.message])).toEqual(expected.map(([severity, ruleId, path, message]) => [severity, ruleId, path, expect.stringMatching(message)]));
    expect(validate(kind, value).valid).toBe(!expected.some(([severity]) => severity === "error"));
  });

  it("the payload itself, a toJSON that throws, beside nothing else: one finding at the root", () => {
    expect(findings("createOrder", throwing()).map((d) => [d.ruleId, d.path, d.message])).toEqual([["schema", "", expect.stringMatching(unwritable("the payload"))]]);
  });

  it("a toJSON that throws, beside a Date and a throwing getter JSON.stringify does not send (not enumerable): the getter is not read, the toJSON gets its one finding", () => {
    const order = createOrder({ expectedDeliveryDate: date as never, customerIP: throwing() as never });
    Object.defineProperty(order, "draft", { enumerable: false, get: () => { throw new Error("not sent"); } });
    expect(findings("createOrder", order).map((d) => [d.ruleId, d.path, d.message])).toEqual([["schema", "/customerIP", expect.stringMatching(unwritable("the value at /customerIP"))]]);
  });

  it("two toJSONs that throw below a key too long for both pointers: one finding at the deepest place whose pointer fits 4,096 characters", () => {
    // "/extra/" and the key: 4,092 characters; "/first" or "/second" past them would not fit.
    const long = "k".repeat(4085);
    const order = createOrder({ extra: { [long]: { first: throwing(), second: throwing() } } as never });
    expect(findings("createOrder", order).map((d) => [d.ruleId, d.path])).toEqual([["unknown-property", "/extra"], ["schema", `/extra/${long}`]]);
  });

  it("a toJSON answering a value that holds itself (JSON.stringify's circular structure): one finding at the place it comes back", () => {
    const written: Record<string, unknown> = { note: "x" };
    written.again = { toJSON: () => written };
    const order = createOrder({ expectedDeliveryDate: date as never, customOrderData: { toJSON: () => written } as never });
    expect(findings("createOrder", order).map((d) => [d.ruleId, d.path, d.message])).toEqual([
      ["schema", "/customOrderData/again", expect.stringMatching(/^the value at \/customOrderData\/again could not be written \(it holds itself, a cycle\)/)],
    ]);
  });

  it("a Date written beside a BigInt is written as JSON.stringify writes it: a -0, a boxed number, Infinity, a left-out member, a __proto__ key", () => {
    const extra = JSON.parse('{"__proto__": {"a": [null, null]}}') as { ["__proto__"]: { a: unknown[] } };
    extra["__proto__"].a[0] = Infinity;
    const members = { "/customOrderData": { shipBy: date, count: new Number(-0), nothing: undefined }, "/extra": extra };
    const withBigInt = withMembers(createOrder() as Record<string, unknown>, { ...members, "/manufacturerID": 5n });
    const withNumber = withMembers(createOrder() as Record<string, unknown>, { ...members, "/manufacturerID": 5 });
    expect(findings("createOrder", withBigInt).filter((d) => d.path !== "/manufacturerID")).toEqual(findings("createOrder", asSent(withNumber)));
  });
});

/** `depth` levels of `[…]` around a value. */
function nestedArrays(depth: number, value: unknown): unknown {
  let deep = value;
  for (let level = 0; level < depth; level++) deep = [deep];
  return deep;
}

describe("written beside a BigInt, a value is held to the limits as JSON.stringify's text is", () => {
  let shared: unknown = {};
  for (let level = 0; level < 26; level++) shared = { a: shared, b: shared };
  it.each([
    ["a toJSON answering 2^26 paths that share their objects", { toJSON: () => shared }, { maxValues: 10_000 }],
    ["a toJSON answering 100,000 levels", { toJSON: () => nestedArrays(100_000, 1) }, {}],
    ["a toJSON answering an array of one entry too many", { toJSON: () => new Array(31).fill(1) }, { maxEntries: 30 }],
  ])("%s: the limit's one finding, with a BigInt beside it as without", (_case, written, limits) => {
    const order = createOrder({ expectedDeliveryDate: date as never, customOrderData: written as never });
    const expected = validate("createOrder", order, limits).diagnostics;
    // At its place in the answer, as a plain value's (found by the audit of a checkout service's pre-submit check: it was "").
    expect(expected).toEqual([expect.objectContaining({ ruleId: "parse", path: expect.stringMatching(/^\/customOrderData(\/|$)/) })]);
    expect(validate("createOrder", { ...order, manufacturerID: 5n }, limits).diagnostics).toEqual(expected);
  });
});

describe("property: a BigInt elsewhere adds its finding, and changes nothing else", () => {
  /** A JSON leaf, or a Date (sent as its ISO string). */
  const leaf = fc.oneof(fc.string({ maxLength: 6 }), fc.integer(), fc.boolean(), fc.constant(null), fc.date({ noInvalidDate: true }));
  const tree = fc.letrec<{ node: unknown }>((tie) => ({
    node: fc.oneof({ depthSize: "small" }, leaf, fc.array(tie("node"), { maxLength: 3 }), fc.dictionary(fc.constantFrom("a", "shipBy", "value", "currency", "quantity"), tie("node"), { maxKeys: 3 })),
  })).node;
  const places = fc.constantFrom("/customOrderData", "/orderItems/0/itemSpecifics/customItemData", "/extra", "/expectedDeliveryDate", "/orderItems/0/extra");

  /** Every integer of the Create Order example, by its pointer: where a BIGINT column's value would stand. */
  const integers = (function integerPlaces(node: unknown, path: string): string[] {
    if (Number.isInteger(node)) return [path];
    if (typeof node !== "object" || node === null) return [];
    return Object.entries(node).flatMap(([key, value]) => integerPlaces(value, `${path}/${key}`));
  })(createOrder(), "");

  it("for any JSON value with Dates planted: validate(value with one of its integers a BigInt) is the BigInt's one finding plus validate(JSON.parse(JSON.stringify(value)))'s", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(places, tree), { maxLength: 3 }), fc.constantFrom(...integers), (planted, bigPath) => {
        const value = withMembers(createOrder() as Record<string, unknown>, Object.fromEntries(planted));
        const integer = bigPath.slice(1).split("/").reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], value) as number;
        const withBigInt = withMembers(createOrder() as Record<string, unknown>, { ...Object.fromEntries(planted), [bigPath]: BigInt(integer) });
        const found = findings("createOrder", withBigInt);
        expect(found.filter((d) => d.path === bigPath).map((d) => d.message)).toEqual([expect.stringMatching(bigInt)]);
        expect(found.filter((d) => d.path !== bigPath)).toEqual(findings("createOrder", asSent(value)));
      }),
      { seed: 20261204, numRuns: 200 },
    );
  });
});

// Found by the review of the stop.
describe("a BigInt, wherever it stands", () => {
  it("where the schema takes any value (an option, a key no shape names): one error at its place, the unknown key's warning kept", () => {
    const order = withMembers(createOrder(), { "/orderItems/0/itemSpecifics/options": { size: 12n }, "/x": 1n });
    expect(() => JSON.stringify(order)).toThrow(TypeError);
    const found = findings("createOrder", order);
    expect(found.filter((d) => d.severity === "error").map((d) => d.path)).toEqual(["/orderItems/0/itemSpecifics/options/size", "/x"]);
    for (const d of found.filter((d) => d.severity === "error")) expect(d.message).toMatch(/could not be written \(a BigInt: send Number\(value\)/);
    expect(found).toContainEqual(expect.objectContaining({ ruleId: "unknown-property", path: "/x", severity: "warning" }));
  });

  it("with BigInt.prototype.toJSON defined (a common polyfill): checked as the number JSON.stringify writes", () => {
    const prototype = BigInt.prototype as { toJSON?: () => unknown };
    prototype.toJSON = function (this: bigint) {
      return Number(this);
    };
    try {
      const order = withMembers(createOrder(), { "/manufacturerID": 1234n });
      expect(findings("createOrder", order)).toEqual(findings("createOrder", asSent(order)));
      expect(validate("createOrder", order).valid).toBe(true);
    } finally {
      delete prototype.toJSON;
    }
  });

  it("a function with a toJSON beside a BigInt is written as its toJSON answers, as JSON.stringify writes it", () => {
    const currency = Object.assign(() => "USD", { toJSON: () => "USD" });
    const order = withMembers(createOrder(), { "/currency": currency, "/manufacturerID": 1234n });
    expect(findings("createOrder", order).map((d) => d.path)).toEqual(["/manufacturerID"]);
  });
});
