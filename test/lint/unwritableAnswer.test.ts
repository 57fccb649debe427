import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { validate } from "../../src/index.js";
import { createOrder } from "../support/payloads.js";

/**
 * README: a toJSON answering a value JSON.stringify cannot write is an error at the toJSON's
 * place, and what stood there gets no other finding. Found by the review of the stop: a
 * toJSON answering a cycle was "value must be a string" at /value and "could not be
 * written" at /value/self, two findings of one cause.
 */

const cycle = (): Record<string, unknown> => {
  const held: Record<string, unknown> = { a: 1 };
  held.self = held;
  return held;
};
const throwing = () => ({
  toJSON: () => {
    throw new Error("no");
  },
});

/** What the toJSON answers, and where in it (and what) JSON.stringify throws on. */
const answers: readonly [string, () => unknown, string, RegExp][] = [
  ["a value holding itself", cycle, "/value/self", /holds itself at \/value\/self, a cycle/],
  ["a BigInt inside an object", () => ({ amount: 10n }), "/value/amount", /holding a BigInt at \/value\/amount/],
  ["a BigInt inside an array", () => ["1", 2n], "/value/1", /holding a BigInt at \/value\/1/],
  ["an object whose own toJSON throws", () => ({ x: throwing() }), "/value/x", /whose own toJSON at \/value\/x threw/],
  ["a cycle and a BigInt both", () => ({ ...cycle(), big: 1n, self: undefined, again: cycle() }), "/value", /could not be written/],
];

describe("a toJSON whose answer JSON.stringify cannot write: one finding, at the toJSON's place", () => {
  it.each(answers)("answering %s", (_name, answer, _inner, words) => {
    const { valid, diagnostics } = validate("orderCustomData", { name: "giftWrap", value: { toJSON: answer } });
    expect(valid).toBe(false);
    expect(diagnostics).toHaveLength(1);
    const [finding] = diagnostics;
    expect(finding).toMatchObject({ ruleId: "schema", severity: "error", evidence: "stated", path: "/value" });
    expect(finding?.message).toMatch(/^the value at \/value could not be written \(its toJSON answers /);
    expect(finding?.message).toMatch(words);
    expect(finding?.message).toContain("JSON.stringify throws on it, so no JSON can be sent");
  });

  it("the rest of the body is still checked: a name past 100 characters beside it keeps its own finding", () => {
    const { diagnostics } = validate("orderCustomData", { name: "n".repeat(101), value: { toJSON: cycle } });
    expect(diagnostics.map((d) => d.path).sort()).toEqual(["/name", "/value"]);
  });

  it("a toJSON answering a string (a decimal library's number) is checked as that string, as before", () => {
    expect(validate("orderCustomData", { name: "giftWrap", value: { toJSON: () => "12.50" } }).valid).toBe(true);
  });
});

/** An ORM session's object, read after the session closed. */
const closedSession = () => ({
  get a(): unknown {
    throw new Error("session closed");
  },
});
const revoked = (): object => {
  const { proxy, revoke } = Proxy.revocable({}, {});
  revoke();
  return proxy;
};

/**
 * Found by the audit of a checkout service's pre-submit check: a toJSON whose answer throws as
 * it is read passed (with only a warning reading the toJSON method as custom data), and
 * sending the body then threw. README: one finding at the toJSON's place.
 */
describe("a toJSON whose answer cannot be read: one error at the toJSON's place", () => {
  const entity = (answer: () => unknown) => ({ toJSON: answer });
  it.each([
    ["custom order data answering a closed session's object", "/customOrderData", (body: Record<string, unknown>) => ({ ...body, customOrderData: entity(closedSession) })],
    ["custom order data answering a revoked Proxy", "/customOrderData", (body: Record<string, unknown>) => ({ ...body, customOrderData: entity(revoked) })],
    ["a custom order data entry answering an object holding a revoked Proxy", "/customOrderData/k", (body: Record<string, unknown>) => ({ ...body, customOrderData: { k: entity(() => ({ inner: revoked() })) } })],
    ["a custom order data entry answering a closed session's object", "/customOrderData/k", (body: Record<string, unknown>) => ({ ...body, customOrderData: { k: entity(closedSession) } })],
    ["the order gift", "/orderGift", (body: Record<string, unknown>) => ({ ...body, orderGift: entity(closedSession) })],
  ] as const)("%s", (_case, place, make) => {
    const body = make(createOrder());
    expect(() => JSON.stringify(body)).toThrow();
    const { valid, diagnostics } = validate("createOrder", body);
    expect(valid).toBe(false);
    expect(diagnostics.map((d) => [d.ruleId, d.severity, d.path])).toEqual([["schema", "error", place]]);
    expect(diagnostics[0]?.message).toMatch(/could not be written \(its toJSON answers a value that could not be read at \/.*, a getter or Proxy trap threw\): JSON\.stringify throws on it/);
  });

  it("the whole body, an entity whose toJSON answers its document beside a closed session's object: the place read, no other finding", () => {
    const body = { toJSON: () => ({ ...createOrder(), customOrderData: closedSession() }) };
    expect(() => JSON.stringify(body)).toThrow();
    const { valid, diagnostics } = validate("createOrder", body);
    expect(valid).toBe(false);
    expect(diagnostics.map((d) => [d.ruleId, d.severity, d.path])).toEqual([["schema", "error", "/customOrderData/a"]]);
    expect(diagnostics[0]?.message).toMatch(/^the value at \/customOrderData\/a could not be written \(reading it threw/);
  });
});

/** A JSON-like tree, with one place in it that JSON.stringify throws on. */
const tree = fc.letrec<{ node: unknown }>((tie) => ({
  node: fc.oneof(
    { depthSize: "small", maxDepth: 3 },
    fc.oneof(fc.string({ maxLength: 3 }), fc.integer(), fc.boolean(), fc.constant(null)),
    fc.array(tie("node"), { maxLength: 3 }),
    fc.dictionary(fc.constantFrom("a", "b", "value", "name"), tie("node"), { maxKeys: 3 }),
  ),
})).node;
const unwritable = fc.constantFrom<readonly [string, (holder: Record<string, unknown>) => unknown]>(
  ["a cycle", (holder) => holder],
  ["a BigInt", () => 7n],
  ["a throwing toJSON", throwing],
  // Read by [[Get]], as JSON.stringify reads it (found by the library audit: neither was read).
  [
    "a toJSON getter that throws",
    () =>
      Object.defineProperty({ a: 1 }, "toJSON", {
        get() {
          throw new Error("closed");
        },
      }),
  ],
  [
    "a Proxy whose get trap throws on toJSON",
    () =>
      new Proxy({ a: 1 }, {
        get(target, key, receiver) {
          if (key === "toJSON") throw new Error("closed");
          return Reflect.get(target, key, receiver);
        },
      }),
  ],
  ["a closed session's object", closedSession],
  ["a revoked Proxy", revoked],
);
/** A tree with the unwritable thing put under an object of it (a fresh object around it where the tree is a leaf or an array). */
const answer = fc.tuple(tree, unwritable, fc.constantFrom("a", "z", "0")).map(([node, [, make], key]) => {
  const holder: Record<string, unknown> = typeof node === "object" && node !== null && !Array.isArray(node) ? (node as Record<string, unknown>) : { inner: node };
  holder[key] = make(holder);
  return { inner: node === holder ? { wrapped: holder } : holder };
});
/** Where a caller puts such a toJSON: a custom data value, a custom order data entry, an unknown field. */
const placed = fc.constantFrom<readonly [Parameters<typeof validate>[0], string, (value: unknown) => unknown]>(
  ["orderCustomData", "/value", (value) => ({ name: "giftWrap", value })],
  ["createOrder", "/customOrderData/gift", (value) => ({ ...createOrder(), customOrderData: { gift: value } })],
  ["createOrder", "/shipingAddress", (value) => ({ ...createOrder(), shipingAddress: value })],
);

describe("for any answer holding one place JSON.stringify throws on", () => {
  it("the toJSON's place has exactly one finding at or under it, an error there that says JSON.stringify throws", () => {
    fc.assert(
      fc.property(answer, placed, (given, [kind, place, body]) => {
        const { diagnostics, valid } = validate(kind, body({ toJSON: () => given }));
        expect(() => JSON.stringify(given)).toThrow();
        expect(valid).toBe(false);
        const there = diagnostics.filter((d) => d.path === place || d.path.startsWith(`${place}/`));
        expect(there, JSON.stringify(there)).toHaveLength(1);
        expect(there[0]).toMatchObject({ path: place, severity: "error" });
        expect(there[0]?.message).toMatch(/could not be written \(its toJSON answers .*\): JSON\.stringify throws on it/);
        expect(diagnostics.filter((d) => d.path.endsWith("/toJSON"))).toEqual([]);
      }),
      { seed: 20261205, numRuns: 200 },
    );
  });
});
