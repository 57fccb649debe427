import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { assertValid, checkRequest, fix, isValid, lintText, splitOrder, standardSchema, validate, withPreSubmitCheck, type Kind } from "../../src/index.js";
import { createOrder, orderItem, orderWithItems } from "../support/payloads.js";
import { thrownError } from "../support/thrownError.js";

/**
 * Every TypeError of the library on its arguments names what it was given without writing it
 * out. A kind that is no kind's name is a TypeError naming the function and what it takes, and it
 * holds no more of the argument than a message quotes of a payload: found by the service
 * audit, `validate(order, "createOrder")` (the arguments swapped; services log exceptions)
 * threw the whole order, its card number and the customer's e-mail address in it; a 10 MB
 * string gave a 10 MB message; a cyclic object threw V8's "Converting circular structure to
 * JSON", and an object whose getter throws threw the caller's own error.
 */

const thrown = thrownError;

const cyclic: Record<string, unknown> = {};
cyclic.self = cyclic;
const throwing = {
  get k(): never {
    throw new Error("mine");
  },
};

describe("a wrong kind argument", () => {
  it("an order in the kind's place: the function, the argument's type and the swap, not the order", () => {
    const error = thrown(() => validate(createOrder() as unknown as Kind, "createOrder"));
    expect(error).toBeInstanceOf(TypeError);
    expect(error.message).toMatch(/^validate: the kind must be the name of one: createOrder, importOrder, .*; got an object: the arguments may be swapped; validate\(kind, value\)$/);
    expect(error.message).not.toContain("411111111111111");
    expect(error.message).not.toContain("testemail@kibotest.com");
  });

  it("the service's entry points and lintText's and fix's kind name their own function", () => {
    const order = createOrder() as unknown as Kind;
    const table: [string, () => unknown, RegExp][] = [
      ["isValid", () => isValid(order, {}), /^isValid: the kind must be .*; got an object: the arguments may be swapped; isValid\(kind, value\)$/],
      ["assertValid", () => assertValid(order, {}), /^assertValid: the kind must be .*; got an object: the arguments may be swapped; assertValid\(kind, value\)$/],
      ["standardSchema", () => standardSchema(order), /^standardSchema: the kind must be .*; got an object$/],
      ["lintText's kind option", () => lintText("{}", { kind: order }), /^lintText: options\.kind must be .*; got an object$/],
      ["fix's kind", () => fix("{}", order), /^fix: the kind must be .*; got an object$/],
    ];
    for (const [name, act, message] of table) {
      const error = thrown(act);
      expect(error, name).toBeInstanceOf(TypeError);
      expect(error.message, name).toMatch(message);
      expect(error.message, name).not.toContain("testemail");
    }
  });

  it("fix's kind may be null, a result's kind not told: the kind is told from the content, as before", () => {
    expect(fix('{"name": "n", "value": "v"}', null as never).kind).toBe("orderCustomData");
  });

  it("a cyclic object, an object whose getter throws, a BigInt, a symbol: a TypeError of ours, not V8's or the caller's", () => {
    for (const [name, kind] of [["cyclic", cyclic], ["getter", throwing], ["bigint", 5n], ["symbol", Symbol("s")], ["array", [1]], ["null", null]] as const) {
      const error = thrown(() => validate(kind as unknown as Kind, {}));
      expect(error, name).toBeInstanceOf(TypeError);
      expect(error.message, name).toMatch(/^validate: the kind must be the name of one: createOrder, /);
    }
    expect(thrown(() => validate(5n as unknown as Kind, {})).message).toMatch(/; got the bigint 5$/);
  });

  it("a string is quoted shortened and redacted, as a message quotes a payload's text", () => {
    const long = thrown(() => validate("x".repeat(1e7) as Kind, {}));
    expect(long.message).toMatch(/^validate: unknown kind "x{120}…x{20}"; the kinds are: createOrder, /);
    const card = thrown(() => validate("4111111111111111" as Kind, {}));
    expect(card.message).toMatch(/^validate: unknown kind "\[redacted\]"; the kinds are: /);
    // A card number as a number, or a BigInt, is no less one (split quoted `availability 4111111111111111` whole: audit).
    expect(thrown(() => validate(4111111111111111 as unknown as Kind, {})).message).toMatch(/; got the number \[redacted\]$/);
    expect(thrown(() => validate(4111111111111111n as unknown as Kind, {})).message).toMatch(/; got the bigint \[redacted\]$/);
    const bidi = thrown(() => validate("createOrder\u202e" as Kind, {}));
    expect(bidi.message).toMatch(/^validate: unknown kind "createOrder<U\+202E>" \(did you mean "createOrder"\?\)/);
  });

  it("property: any value that is not a kind's name is a TypeError of validate's, of bounded length", () => {
    // Long strings (size "max") beside short ones: fast-check's default size draws at most 10
    // characters, and no string was ever long enough to be shortened (past 160).
    const long = fc.oneof(fc.string({ maxLength: 2000, size: "max" }), fc.string({ unit: "grapheme", maxLength: 400, size: "max" }));
    fc.assert(
      fc.property(fc.oneof(fc.anything(), fc.string({ maxLength: 2000 }), fc.string({ unit: "grapheme", maxLength: 400 }), long), (kind) => {
        fc.pre(!["createOrder", "importOrder", "orderCustomData", "orderItemCustomData", "orderItemSearch", "orderCustomDataRecord", "orderItemCustomDataRecord", "orderItemSearchResponse"].includes(kind as string));
        const error = thrown(() => validate(kind as Kind, {}));
        expect(error).toBeInstanceOf(TypeError);
        expect(error.message).toMatch(/^validate: /);
        // The kinds' list is 147 characters; a quote at most 160 (each character named at most as <U+XXXX>).
        expect(error.message.length).toBeLessThan(1400);
      }),
      { numRuns: 40 },
    );
  });
});

describe("every other argument a TypeError names", () => {
  const card = "4111111111111111";
  const order = createOrder();
  const url = "https://integration.shopatron.com/api/v2/orderItem/?orderID=1";
  const body = { toString: () => `${card} and more` };
  const table: [string, () => unknown, RegExp][] = [
    ["a setting holding the order", () => validate("createOrder", order, { settings: { onBlocks: order as never } }), /^validate: setting onBlocks must be true or false; got an object$/],
    ["a setting holding itself", () => validate("createOrder", order, { settings: { onBlocks: cyclic as never } }), /^validate: setting onBlocks must be true or false; got an object$/],
    ["an option's string with a card number across its 40th character", () => validate("createOrder", order, { maxDepth: `${"x".repeat(30)}${card}` as never }), /^validate: options\.maxDepth must be .*; got the string "x{30}\[redacted\]"$/],
    ["a small list, written out, redacted", () => validate("createOrder", order, { settings: { certifiedPartNumbers: [card, 5] as never } }), /^validate: setting certifiedPartNumbers must be .*; got \["\[redacted\]",5\]$/],
    ["a BigInt setting", () => validate("createOrder", order, { settings: { onBlocks: 5n as never } }), /^validate: setting onBlocks must be true or false; got the bigint 5$/],
    ["a setting named by a card number", () => validate("createOrder", order, { settings: { [card]: true } as never }), /^validate: unknown setting "\[redacted\]"; the settings are: /],
    ["a 1 MB rule id", () => validate("createOrder", order, { rules: { ["r".repeat(1e6)]: "off" } }), /unknown rule "r{120}…r{20}"; the rules are: /],
    ["a rule set to the order", () => validate("createOrder", order, { rules: { "unknown-property": order as never } }), /rule "unknown-property": a setting is .*; got an object$/],
    ["a rule set to itself", () => validate("createOrder", order, { rules: { "unknown-property": cyclic as never } }), /rule "unknown-property": a setting is .*; got an object$/],
    ["a rule option named by a card number", () => validate("createOrder", order, { rules: { "tax-rate-cap": ["warn", { [card]: 1 }] } }), /rule "tax-rate-cap" takes no options; got option "\[redacted\]"$/],
    ["an option named by a card number", () => validate("createOrder", order, { [card]: 1 } as never), /^validate: unknown option "\[redacted\]"; the options are: /],
    ["failOn holding the order", () => isValid("createOrder", order, { failOn: order as never }), /^isValid: option failOn must be "error" or "warning"; got an object$/],
    ["failOn holding itself", () => isValid("createOrder", order, { failOn: cyclic as never }), /^isValid: option failOn must be "error" or "warning"; got an object$/],
    ["a JSON Schema target holding itself", () => standardSchema("createOrder")["~standard"].jsonSchema.input({ target: cyclic as never }), /draft-07 and draft-2020-12, not an object$/],
    ["a baseUrl whose toString throws", () => checkRequest({ url }, { baseUrl: throwingString() as never }), /^checkRequest: baseUrl must be an absolute URL, a string or a URL; got an object$/],
    ["a baseUrl holding a card number", () => checkRequest({ url }, { baseUrl: card }), /^checkRequest: baseUrl must be an absolute URL, a string or a URL; got "\[redacted\]"$/],
    ["a 10 MB baseUrl", () => checkRequest({ url }, { baseUrl: "b".repeat(1e7) }), /; got "b{120}…b{20}"$/],
    ["an ID template holding the order", () => splitOrder(orderWithItems([orderItem()]), { idTemplate: order as never }), /^splitOrder: .*an ID template must contain \{n\}.*; got an object$/],
    ["a symbol as minorDigits", () => splitOrder(orderWithItems([orderItem()]), { minorDigits: Symbol("d") as never }), /^splitOrder: minorDigits must be a whole number from 0 to \d+ .*; got a symbol$/],
    ["a body whose text is a card number", () => withPreSubmitCheck((() => Promise.resolve(new Response())) as typeof fetch)(url, { method: "POST", body: body as never }), /fetch would send the text its toString\(\) gives \(not written out/],
  ];
  // A message lists what is taken: every rule's id, at most, beside a quote of at most 160 characters.
  it.each(table)("%s", async (_what, act, message) => {
    let error: unknown;
    try {
      await act();
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(TypeError);
    expect((error as Error).message).toMatch(message);
    expect((error as Error).message).not.toContain(card);
    expect((error as Error).message.length).toBeLessThan(3000);
  });
});

function throwingString(): object {
  return {
    toString(): never {
      throw new Error("mine");
    },
  };
}
