import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { fix, lintText } from "../../src/builtIn/linter.js";
import { rules } from "../../rules/index.js";

/** The fixable rules of a Create Order (the orders generated here). */
const fixable = new Set(rules.filter((rule) => rule.meta.fixable === true && rule.meta.kinds?.includes("createOrder")).map((rule) => rule.meta.id));
import { nullMaxAmountPaymentTypes } from "../../src/domain/paymentTypes.js";
import type { Json, JsonObject } from "../support/payloads.js";
import { orderArbitrary } from "../split/orderArbitrary.js";

const property = { seed: 20261123, numRuns: 200 };

/**
 * fix() of each text, made once for the file: the four tests below draw the same 200 cases (one
 * seed) and each fixed every one of them again, for the same result. A text the generator or a
 * shrink draws anew is fixed then.
 */
const fixedTexts = new Map<string, ReturnType<typeof fix>>();
function fixOnce(text: string): ReturnType<typeof fix> {
  let result = fixedTexts.get(text);
  if (result === undefined) fixedTexts.set(text, (result = fix(text, "createOrder")));
  return result;
}

/** How a person or a tool might have written the file. */
const formatArbitrary = fc.record({
  indent: fc.constantFrom<string | number>(0, 2, 4, "\t"),
  lineEnd: fc.constantFrom("\n", "\r\n"),
  finalNewline: fc.boolean(),
  bom: fc.boolean(),
});
interface Format {
  readonly indent: string | number;
  readonly lineEnd: string;
  readonly finalNewline: boolean;
}

function write(value: unknown, { indent, lineEnd, finalNewline }: Format): string {
  // JSON.stringify escapes every newline inside strings, so each "\n" here is a line end.
  const text = JSON.stringify(value, null, indent).replace(/\n/g, lineEnd);
  return finalNewline ? text + lineEnd : text;
}

/** Puts a key into an object at a given position among its keys. */
function insertAt(object: JsonObject, key: string, value: Json, position: number): JsonObject {
  const entries = Object.entries(object).filter(([k]) => k !== key);
  entries.splice(position % (entries.length + 1), 0, [key, value]);
  return Object.fromEntries(entries);
}

/** What a careless checkout adds: read-only shipping fields, IDs the OMS sets, and -1 limits. */
const mistakesArbitrary = fc.record({
  shipping: fc.subarray(["name", "price", "description"] as const).chain((names) =>
    fc.tuple(fc.constant(names), fc.array(fc.nat(10), { minLength: names.length, maxLength: names.length })),
  ),
  orderID: fc.option(fc.integer({ min: 1, max: 99_999_999 }), { nil: undefined }),
  customerID: fc.option(fc.integer({ min: 1, max: 99_999 }), { nil: undefined }),
  itemIDs: fc.array(fc.option(fc.integer({ min: 1, max: 999 }), { nil: null }), { maxLength: 4 }),
  addressID: fc.option(fc.integer({ min: 1, max: 999 }), { nil: undefined }),
});

interface Case {
  readonly text: string;
  /** The file as the fixes should leave it, written the same way (no byte order mark). */
  readonly expected: string;
  readonly format: Format;
}

const caseArbitrary = fc.tuple(orderArbitrary, mistakesArbitrary, formatArbitrary).map(([order, mistakes, { bom, ...format }]): Case => {
  let broken: JsonObject = { ...order };
  let repaired: JsonObject = { ...order };
  const [names, positions] = mistakes.shipping;
  let method = broken.shippingMethod as JsonObject;
  names.forEach((name, i) => {
    method = insertAt(method, name, name === "price" ? 5.99 : name === "description" ? { text: "3-5 days" } : "Ground", positions[i]!);
  });
  broken.shippingMethod = method;
  if (mistakes.orderID !== undefined) [broken.orderID, repaired.orderID] = [mistakes.orderID, null];
  if (mistakes.customerID !== undefined) {
    broken.customer = { ...(broken.customer as JsonObject), customerID: mistakes.customerID };
    repaired.customer = { ...(repaired.customer as JsonObject), customerID: null };
  }
  // IDs the documents never call read-only (addressID, orderItemID) are the merchant's: no fix touches them.
  if (mistakes.addressID !== undefined) {
    broken.shippingAddress = { ...(broken.shippingAddress as JsonObject), addressID: mistakes.addressID };
    repaired.shippingAddress = { ...(repaired.shippingAddress as JsonObject), addressID: mistakes.addressID };
  }
  const items = (broken.orderItems as JsonObject[]).map((item, i) => {
    const id = mistakes.itemIDs[i];
    return id === undefined || id === null ? item : { ...item, orderItemID: id };
  });
  broken = { ...broken, orderItems: items };
  repaired = { ...repaired, orderItems: items };
  // The generated orders already hold -1 limits; the fix makes them null where null is documented.
  repaired = {
    ...repaired,
    orderPayments: (repaired.orderPayments as JsonObject[]).map((payment) => {
      const type = (payment.paymentMethod as JsonObject).paymentType as string;
      return payment.maxAmount === -1 && nullMaxAmountPaymentTypes.has(type) ? { ...payment, maxAmount: null } : payment;
    }),
  };
  return { text: (bom ? "\uFEFF" : "") + write(broken, format), expected: write(repaired, format), format };
});

describe("fix, for any valid order with fixable mistakes, however it is written", () => {
  it("is tried on cases that need every fix (the generator is not vacuous)", () => {
    const ruleIds = new Set(fc.sample(caseArbitrary, property).flatMap(({ text }) => fixOnce(text).fixed.map((f) => f.ruleId)));
    expect([...ruleIds].sort()).toEqual(["bom", ...fixable].sort());
  });

  it("leaves exactly the file the fixes describe: byte for byte the same outside the fixed places", () => {
    fc.assert(
      fc.property(caseArbitrary, ({ text, expected }) => {
        expect(fixOnce(text).output).toBe(expected);
      }),
      property,
    );
  });

  it("leaves no diagnostic of a fixed rule, and says what it fixed", () => {
    fc.assert(
      fc.property(caseArbitrary, ({ text }) => {
        const result = fixOnce(text);
        expect(result.remaining.filter((m) => fixable.has(m.ruleId))).toEqual([]);
        for (const { ruleId } of result.fixed) expect(fixable.has(ruleId) || ruleId === "bom").toBe(true);
        expect(result.fixed.some((f) => f.ruleId === "bom")).toBe(text.startsWith("\uFEFF"));
      }),
      property,
    );
  });

  it("is idempotent", () => {
    fc.assert(
      fc.property(caseArbitrary, ({ text }) => {
        const once = fixOnce(text);
        const twice = fixOnce(once.output);
        expect(twice.output).toBe(once.output);
        expect(twice.fixed).toEqual([]);
        expect(twice.remaining).toEqual(once.remaining);
      }),
      property,
    );
  });
});

/** Text a person may have saved with a byte order mark: the documents' Create Order cut anywhere (whole, a payload; cut short, no JSON), or any JSON (no payload, mostly). */
const example = readFileSync(new URL("../../examples/createOrder.json", import.meta.url), "utf8");
const markedTextArbitrary = fc.oneof(
  fc.nat({ max: example.length }).map((end) => example.slice(0, end)),
  fc.constant(example),
  fc.json(),
);

/** Whether JSON.parse reads the text: the oracle for "it parses" (the texts drawn here pass no limit). */
function isJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

// Found by the audit of what oms-lint writes: --fix stripped the mark from files it reported as no payload, or no JSON.
describe("fix, for any text with a byte order mark: the mark goes only from a payload (it parses, and its kind is told or given)", () => {
  const stripsMark = (result: ReturnType<typeof fix>) => result.fixed.some((f) => f.ruleId === "bom");

  it("no kind given: stripped when lintText tells the text's kind; else the text is left byte for byte", () => {
    fc.assert(
      fc.property(markedTextArbitrary, (text) => {
        const result = fix("\uFEFF" + text);
        const payload = isJson(text) && lintText(text).kind !== null;
        expect(stripsMark(result)).toBe(payload);
        if (!payload) expect(result.output).toBe("\uFEFF" + text);
      }),
      { seed: 20261206, numRuns: 150 },
    );
  });

  it("a kind given: stripped when the text parses; else the text is left byte for byte", () => {
    fc.assert(
      fc.property(markedTextArbitrary, (text) => {
        const result = fix("\uFEFF" + text, "createOrder");
        expect(stripsMark(result)).toBe(isJson(text));
        if (!isJson(text)) expect(result.output).toBe("\uFEFF" + text);
      }),
      { seed: 20261206, numRuns: 150 },
    );
  });
});
