import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { collectFacts, mayHoldWrittenNumber } from "../../src/source/sourceWalk.js";
import { literalNearMinusOneAndZero } from "../support/numberLiterals.js";
import { parseSource, type ParsedJson } from "../../src/source/parseSource.js";
import { positionOf, valuePosition } from "../support/cli.js";

function parsed(text: string): ParsedJson {
  const result = parseSource(text);
  if (!result.ok) throw new Error(result.fault.message);
  return result;
}

const order = `{
  "externalOrderID": "A-1",
  "customer": { "firstName": "Ann", "a/b": 1, "c~d": 2 },
  "orderItems": [
    { "product": { "partNumber": "P-1" } },
    {
      "product": { "partNumber": "P-2", "name": "two" }
    }
  ]
}
`;

describe("JSON Pointer → line and column of the value", () => {
  it.each([
    ["/externalOrderID", "externalOrderID"],
    ["/customer/firstName", "firstName"],
    ["/orderItems/1/product/name", "name"],
    ["/customer/a~1b", "a/b"],
    ["/customer/c~0d", "c~d"],
  ])("%s", (pointer, key) => {
    const range = parsed(order).locate.pointer(pointer);
    expect(range).toMatchObject(valuePosition(order, key));
  });

  it("the end is just after the value, on its own line for a container", () => {
    const range = parsed(order).locate.pointer("/orderItems/1");
    const start = positionOf(order, "{\n      \"product\": { \"partNumber\": \"P-2\"");
    expect(range).toMatchObject(start);
    expect(range.endLine).toBe(positionOf(order, "}\n  ]").line);
    expect(range.endColumn).toBe(positionOf(order, "}\n  ]").column + 1);
    expect(parsed(order).locate.pointer("/externalOrderID").endColumn).toBe(valuePosition(order, "externalOrderID").column + '"A-1"'.length);
  });

  it("an array element by index, and the whole document for the empty pointer", () => {
    expect(parsed(order).locate.pointer("/orderItems/0")).toMatchObject(positionOf(order, '{ "product": { "partNumber": "P-1"'));
    expect(parsed(order).locate.pointer("")).toMatchObject({ line: 1, column: 1 });
  });

  it("a missing property points at the opening of the nearest value that exists", () => {
    const range = parsed(order).locate.pointer("/orderItems/0/product/name");
    const opening = positionOf(order, '{ "partNumber": "P-1"');
    expect(range).toEqual({ line: opening.line, column: opening.column, endLine: opening.line, endColumn: opening.column + 1 });
    expect(parsed(order).locate.pointer("/nothing/here")).toEqual({ line: 1, column: 1, endLine: 1, endColumn: 2 });
  });

  it("a repeated key resolves to the last one, the value JSON.parse keeps", () => {
    const text = '{\n  "a": 1,\n  "a": 2\n}';
    expect(parsed(text).locate.pointer("/a")).toMatchObject(valuePosition(text, "a", 2));
  });

  it("CRLF line ends, tabs and characters beyond the BMP (columns in UTF-16 units, as editors count)", () => {
    const text = '{\r\n\t"emoji": "😀😀",\r\n\t"after": true\r\n}';
    const range = parsed(text).locate.pointer("/after");
    expect(range).toMatchObject({ line: 3, column: 11 });
    const emoji = parsed(text).locate.pointer("/emoji");
    expect(emoji).toMatchObject({ line: 2, column: 11, endLine: 2, endColumn: 11 + '"😀😀"'.length });
  });
});

describe("facts only the text holds", () => {
  it("every repeat of a key, with the place of each", () => {
    const text = '{"name": "a",\n "value": "b",\n "name": "c",\n "name": "d", "x": {"k": 1, "k": 2}}';
    const p = parsed(text);
    expect(p.facts.duplicateKeys.map((f) => f.path)).toEqual(["/name", "/name", "/x/k"]);
    expect(p.facts.duplicateKeys.filter((f) => f.path === "/name").map((f) => p.locate.span(f.span!))).toEqual([
      expect.objectContaining(valuePosition(text, "name", 2)),
      expect.objectContaining(valuePosition(text, "name", 3)),
    ]);
  });

  it("integers beyond 2^53, as written", () => {
    const text = '{"a": 9007199254740991, "b": 9007199254740992, "c": [-12345678901234567890], "d": 1234567890123456.5, "e": "12345678901234567890"}';
    const p = parsed(text);
    expect(p.facts.unsafeIntegers.map(({ path, raw }) => ({ path, raw }))).toEqual([
      { path: "/b", raw: "9007199254740992" },
      { path: "/c/0", raw: "-12345678901234567890" },
    ]);
    expect(p.locate.span(p.facts.unsafeIntegers[1]!.span!)).toMatchObject(positionOf(text, "-1234"));
  });

  it("no false facts from strings that look like keys or numbers", () => {
    const p = parsed('{"note": "a \\": b", "card": "4111111111111111", "nested": "{\\"x\\": 1}"}');
    expect(p.facts).toEqual({ duplicateKeys: [], unsafeIntegers: [], holdsUnsafeNumber: false });
  });

  it("a line's tax and price written with more digits than a double keeps are facts, with their text; a string of digits, a number a double keeps and other fields are not", () => {
    const p = parsed(
      '{"itemSpecifics": {"itemTaxOverride": 1.0000000000000001, "averageDealerMargin": 0.30000000000000001, "actualPrice": 4.9999999999999999}, "price": 0.35, "card": "4111111111111111", "kept": 0.12345678901234}',
    );
    expect(p.facts.writtenNumbers?.map(({ path, raw }) => [path, raw])).toEqual([
      ["/itemSpecifics/itemTaxOverride", "1.0000000000000001"],
      ["/itemSpecifics/actualPrice", "4.9999999999999999"],
    ]);
    expect(parsed('{"card": "4111111111111111", "price": 0.35}').facts.writtenNumbers).toBeUndefined();
  });

  it("__proto__ and constructor are keys like any other", () => {
    const p = parsed('{"__proto__": {"a": 1}, "__proto__": 2, "constructor": 3}');
    expect(p.facts.duplicateKeys.map((f) => f.path)).toEqual(["/__proto__"]);
  });
});

// The trigger of the walk for written digits: found by the bench (every order with 17-digit
// generated prices was walked). It must say yes exactly when the walk finds such a literal.
describe("whether the text holds a tax or price whose digits a double loses", () => {
  it("agrees with the walk itself, whatever the key, the spacing and the digits", () => {
    const decimal = fc.tuple(fc.stringMatching(/^-?[1-9][0-9]{0,9}$/), fc.stringMatching(/^[0-9]{0,25}$/)).map(([whole, fraction]) => (fraction ? `${whole}.${fraction}` : whole));
    fc.assert(
      fc.property(fc.constantFrom("itemTaxOverride", "actualPrice", "averageDealerMargin"), decimal, fc.constantFrom("", " ", "\n  "), (key, literal, blank) => {
        const text = `{"itemSpecifics": {"${key}"${blank}:${blank}${literal}, "quantity": 1}}`;
        expect(mayHoldWrittenNumber(text), text).toBe(collectFacts(text).writtenNumbers !== undefined);
      }),
      { numRuns: 400 },
    );
    expect(mayHoldWrittenNumber('{"itemSpecifics": {"itemTaxOverride": 1.0000000000000001}}')).toBe(true);
    expect(mayHoldWrittenNumber('{"itemSpecifics": {"itemTaxOverride": 15.990000000000002}}')).toBe(false);
  });

  // max-amount reads a maxAmount as written where its double is not above 0 (1e-400 is read as 0, -1.0000000000000000001 as -1).
  it("agrees with the walk on a maxAmount's literal, whatever the spacing and the digits", () => {
    // An integer past 2^53 (-1e16) is listed apart (unsafeIntegers), and a text holding one is always walked.
    const safe = literalNearMinusOneAndZero.filter((text) => Number.isSafeInteger(Number(text)) || !Number.isInteger(Number(text)));
    fc.assert(
      fc.property(fc.constantFrom("maxAmount", "authAmount"), safe, fc.constantFrom("", " ", "\n  "), (key, literal, blank) => {
        const text = `{"orderPayments": [{"${key}"${blank}:${blank}${literal}}]}`;
        expect(mayHoldWrittenNumber(text), text).toBe(collectFacts(text).writtenNumbers !== undefined);
      }),
      { numRuns: 400 },
    );
    const tiny = '{"orderPayments": [{"maxAmount": 1e-400}]}';
    expect(collectFacts(tiny).writtenNumbers).toEqual([{ path: "/orderPayments/0/maxAmount", raw: "1e-400", span: { offset: tiny.indexOf("1e-400"), length: 6 } }]);
    const holds = (literal: string) => mayHoldWrittenNumber(`{"orderPayments": [{"maxAmount": ${literal}}]}`);
    expect(["-1", "0", "25", "1e-400", "-1.0000000000000000001", "-0"].map(holds)).toEqual([false, false, false, true, true, true]);
  });

  // The audit: the keys were looked for as literal text, so "max\u0041mount": 1E-400 was judged as 0 unless a repeated key anywhere made the walk run.
  it("agrees with the walk whatever escapes spell the key", () => {
    const escaped = (key: string, chosen: boolean[]) =>
      [...key].map((char, at) => (chosen[at] ? `\\u${char.charCodeAt(0).toString(16).padStart(4, "0")}` : char)).join("");
    const escapes = fc.array(fc.boolean(), { minLength: 15, maxLength: 15 });
    // An integer past 2^53 is listed apart (unsafeIntegers), and a text holding one is always walked.
    const safe = literalNearMinusOneAndZero.filter((text) => Number.isSafeInteger(Number(text)) || !Number.isInteger(Number(text)));
    const literal = fc.oneof(safe, fc.constantFrom("20.0000000000000001", "4.9999999999999999", "1E-400", "-1.0000000000000000001"));
    fc.assert(
      fc.property(fc.constantFrom("maxAmount", "itemTaxOverride", "actualPrice", "authAmount"), escapes, literal, (key, chosen, written) => {
        const text = `{"orderPayments": [{"${escaped(key, chosen)}": ${written}}]}`;
        expect(mayHoldWrittenNumber(text), text).toBe(collectFacts(text).writtenNumbers !== undefined);
      }),
      { numRuns: 400 },
    );
    expect(mayHoldWrittenNumber('{"orderPayments": [{"max\\u0041mount": 1E-400}]}')).toBe(true);
  });
});
