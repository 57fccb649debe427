import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { assertValid, isValid, validate, type ValidationResult } from "../../src/index.js";
import { createOrder, orderItem, orderWithItems, type JsonObject } from "../support/payloads.js";

/**
 * JSON.stringify writes a String or Number object as its conversion (ToString, ToNumber), which
 * calls its Symbol.toPrimitive, valueOf or toString, found through whatever prototype it has; it
 * throws where that conversion throws (a method that throws or answers an object, or none to call
 * on a null prototype). validate() threw the caller's error there, or passed the value (found by
 * the audit of how validate() reads a caller's JavaScript value). The oracle is validate() of
 * JSON.parse(JSON.stringify(value)), and where JSON.stringify throws, one schema error at the
 * place saying it "could not be written".
 */
type Place = { readonly path: string; readonly body: (value: unknown) => object };

const currency: Place = { path: "/currency", body: (value) => ({ ...createOrder(), currency: value as never }) };
const externalOrderID: Place = { path: "/externalOrderID", body: (value) => ({ ...createOrder(), externalOrderID: value as never }) };
const quantity: Place = {
  path: "/orderItems/0/itemSpecifics/quantity",
  body: (value) => {
    const item = orderItem();
    return orderWithItems([{ ...item, itemSpecifics: { ...(item.itemSpecifics as JsonObject), quantity: value as never } }]);
  },
};

/** What a caller acts on: the verdict, the counts, and which rule found what where. */
const verdict = (result: ValidationResult) => ({
  valid: result.valid,
  errorCount: result.errorCount,
  warningCount: result.warningCount,
  places: result.diagnostics.map((d) => [d.ruleId, d.severity, d.path]),
});

/** What validate() must answer for a body: JSON.stringify's text read back, or one error where it throws. */
function oracle(body: object, path: string) {
  let text: string;
  try {
    text = JSON.stringify(body);
  } catch {
    return { valid: false, errorCount: 1, warningCount: 0, places: [["schema", "error", path]] };
  }
  return verdict(validate("createOrder", JSON.parse(text)));
}

const thrower = (): never => {
  throw new Error("caller's conversion");
};
const nullString = () => Object.setPrototypeOf(new String("USD"), null) as object;
const throwingToPrimitive = () => Object.assign(new String("USD"), { [Symbol.toPrimitive]: thrower });

describe("a String or Number object whose conversion throws could not be written", () => {
  it.each<[string, Place, () => object]>([
    ["a String of a null prototype, as currency", currency, nullString],
    ["a String whose Symbol.toPrimitive throws, as currency", currency, throwingToPrimitive],
    ["a String whose Symbol.toPrimitive throws, as externalOrderID", externalOrderID, throwingToPrimitive],
    ["a Number of a null prototype, as quantity", quantity, () => Object.setPrototypeOf(new Number(5), null) as object],
    ["a Number whose valueOf answers an object and toString throws, as quantity", quantity, () => Object.assign(new Number(5), { valueOf: () => ({}), toString: thrower })],
  ])("%s: one schema error there, and validate() does not throw", (_case, { path, body }, boxed) => {
    const given = body(boxed());
    expect(() => JSON.stringify(given)).toThrow();
    const result = validate("createOrder", given);
    expect(result.diagnostics).toEqual([
      expect.objectContaining({ ruleId: "schema", severity: "error", path, message: expect.stringMatching(/could not be written \(a String or Number object whose conversion to a primitive threw/) }),
    ]);
    expect(result.valid).toBe(false);
    expect(isValid("createOrder", given)).toBe(false);
    expect(() => assertValid("createOrder", given)).toThrow(/could not be written/);
  });
});

/** A conversion method: none of its own, one that throws, answers an object, or answers a primitive. */
const method = fc.constantFrom<(() => unknown) | undefined>(undefined, thrower, () => ({}), () => "EUR", () => "not a code", () => 7, () => 2.5, () => NaN, () => true);
/** The prototype of the boxed value: none, Object.prototype, its own class's, or an object holding conversion methods. */
const prototype = fc.oneof(
  fc.constantFrom<object | null | "own">(null, Object.prototype, "own"),
  fc.record({ [Symbol.toPrimitive]: method, valueOf: method, toString: method }, { requiredKeys: [] }).map((methods) => Object.setPrototypeOf(methods, null) as object),
);
const boxedValue = fc
  .record({
    primitive: fc.constantFrom<string | number | boolean>("USD", "", "12", 5, 0, -1, 2.5, true, false),
    prototype,
    own: fc.record({ [Symbol.toPrimitive]: method, valueOf: method, toString: method }, { requiredKeys: [] }),
  })
  .map(({ primitive, prototype: chosen, own }) => {
    const boxed = Object(primitive) as object;
    if (chosen !== "own") Object.setPrototypeOf(boxed, chosen);
    // Only the methods given: an own key holding undefined would hide the prototype's.
    for (const key of Reflect.ownKeys(own)) {
      const value = (own as Record<PropertyKey, unknown>)[key];
      if (value !== undefined) Object.defineProperty(boxed, key, { value, configurable: true });
    }
    return boxed;
  });

describe("a boxed value of any prototype and conversion methods is read as JSON.stringify writes it", () => {
  it("the verdict, the counts and the (rule, severity, pointer) list of the oracle", () => {
    fc.assert(
      fc.property(boxedValue, fc.constantFrom(currency, externalOrderID, quantity), (boxed, { path, body }) => {
        const given = body(boxed);
        expect(verdict(validate("createOrder", given))).toEqual(oracle(given, path));
      }),
      { numRuns: 200 },
    );
  });
});
