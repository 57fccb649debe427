import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { pointerWithoutSecretLookalikes, redacted, withoutSecretLookalikes } from "../../src/domain/secretLookalikes.js";
import { createOrder } from "../support/payloads.js";
import { lintText } from "../../src/builtIn/linter.js";
import { luhnCheckDigit } from "../support/cardNumbers.js";

const localChar = fc.constantFrom(..."abcxyz0189.+_-");
const localPart = (min: number, max: number) => fc.string({ unit: localChar, minLength: min, maxLength: max });
/**
 * Half of them of any length up to `max`: fast-check's default size draws at most 2 × min + 10
 * characters, so a local part of 1 to 64 was never longer than 12, and a run of up to 5,000 never
 * passed the 64 an address's local part is read back to. A long run is a drawn piece repeated:
 * drawing 5,000 characters one by one took most of the property's time.
 */
const anyLocalPart = (min: number, max: number) =>
  fc.oneof(
    localPart(min, max),
    fc.tuple(localPart(1, 20), fc.integer({ min: min, max })).map(([piece, length]) => piece.repeat(Math.ceil(length / piece.length)).slice(0, length)),
  );

describe("withoutSecretLookalikes: e-mail addresses", () => {
  it("redacts an address whose local part is 1 to 64 characters (RFC 5321's limit) whole", () => {
    fc.assert(
      fc.property(anyLocalPart(1, 64), (local) => {
        expect(withoutSecretLookalikes(`locale ${local}@shop.example is not a locale`)).toBe(`locale ${redacted} is not a locale`);
      }),
    );
  });

  it("reads no more than 64 characters before the @ as the address: a longer run keeps its head, the address its redaction", () => {
    // Unbounded, every place of a long run with no domain after its @ was tried up to the @:
    // a quadratic scan of the message. The bound keeps it linear; this is what it costs.
    // The head without digits or `+`: seed 50 drew a head `+0919809a`, a phone by its look, redacted as one.
    const head = fc.string({ unit: fc.constantFrom(..."abcxyz._-"), minLength: 1, maxLength: 236 });
    fc.assert(
      fc.property(head, localPart(64, 64), (head, address) => {
        expect(withoutSecretLookalikes(`${head}${address}@shop.example`)).toBe(`${head}${redacted}`);
      }),
    );
  });

  it("leaves a run with an @ but no domain as it was, however long", () => {
    fc.assert(
      fc.property(anyLocalPart(1, 5000), (local) => {
        expect(withoutSecretLookalikes(`${local}@`)).toBe(`${local}@`);
      }),
      { numRuns: 50 },
    );
  });
});

/** A card number's digits: 14 to 19, the first not 0, the last its Luhn check digit. */
const cardDigits = fc
  .tuple(fc.integer({ min: 1, max: 9 }), fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 12, maxLength: 17 }))
  .map(([first, rest]) => {
    const body = [first, ...rest];
    return [...body, luhnCheckDigit(body)].join("");
  });
/** How people set a card number's groups apart, pasted from a page or typed. */
const separators = [" ", "-", "\u00A0", "\t", "  ", "_", "/", " - ", "%20", "\u2013", "\u2014", "\u200B", "+", "|", "    "];
const grouped = (digits: string, separator: string) => digits.replace(/(.{4})(?=.)/g, `$1${separator}`);
const fullWidth = (digits: string) => [...digits].map((d) => String.fromCharCode(0xff10 + Number(d))).join("");

describe("withoutSecretLookalikes: card numbers", () => {
  it("redacts any card number, in groups of four set off by any separator people use, glued to a word or not, in ASCII or full-width digits", () => {
    fc.assert(
      fc.property(cardDigits, fc.constantFrom(...separators, ""), fc.constantFrom("", "x", "SKU"), fc.constantFrom("", "x", " 2027"), fc.boolean(), (digits, separator, before, after, wide) => {
        const written = grouped(wide ? fullWidth(digits) : digits, separator);
        const message = `cardIssuer ${before}${written}${after} is not a card issuer`;
        const cleaned = withoutSecretLookalikes(message);
        expect(cleaned).toContain(redacted);
        expect(cleaned).not.toContain(written);
      }),
    );
  });
});

describe("a card number in a message that quotes it escaped", () => {
  // A message quotes a value with JSON.stringify: a tab between groups reaches the scan as
  // the two characters \t, a vertical tab as \u000b (found by reading the README's promise
  // against the CLI: "4111\t1111\t1111\t1111" was quoted whole).
  const escapedSeparators = ["\t", "\n", "\r\n", "\f", "\v", "\t\t", " \t", "\u2028", "\u00A0"];

  it("is redacted in a field's value and in an unknown key, whichever separator JSON.stringify escapes", () => {
    fc.assert(
      fc.property(cardDigits, fc.constantFrom(...escapedSeparators), (digits, separator) => {
        const written = grouped(digits, separator);
        const search = lintText(JSON.stringify({ orderID: "1", itemState: written }), { kind: "orderItemSearch" }).messages;
        const order = lintText(JSON.stringify({ ...createOrder(), [written]: 1 }), { kind: "createOrder" }).messages;
        const quoted = JSON.stringify(written).slice(1, -1);
        for (const messages of [search, order]) {
          expect(messages.length).toBeGreaterThan(0);
          for (const { message } of messages) expect(message).not.toContain(quoted);
          expect(messages.some(({ message }) => message.includes(redacted))).toBe(true);
        }
      }),
      { numRuns: 60 },
    );
  });

  it("in a parse fault's quoted token, redacted before the token is cut to 30 characters, \\/ (PHP's slash) and \\u000b alike", () => {
    // Found by review: \u000b between four groups takes 34 characters, and the cut left 15 digits that fail Luhn.
    for (const separator of [String.raw`\u000b`, String.raw`\u2028`, String.raw`\/`]) {
      const written = ["4111", "1111", "1111", "1111"].join(separator);
      const [message] = lintText(`{"externalOrderID": "A1" "${written}"}`, { kind: "createOrder" }).messages.map((m) => m.message);
      expect(message).toMatch(/^a comma is missing before "\[redacted\]"/);
    }
  });

  it("a key in a finding's path is read as it stands: a backslash and a t in it are no tab (review: C:\\4111\\t… was redacted)", () => {
    const key = String.raw`C:\4111\t1111\t1111\t1111`;
    expect(pointerWithoutSecretLookalikes(`/${key}`)).toBe(`/${key}`);
    const [finding] = lintText(JSON.stringify({ ...createOrder(), [key]: 1 }), { kind: "createOrder" }).messages.filter((m) => m.ruleId === "unknown-property");
    expect(finding!.path).toBe(`/${key}`);
    expect(pointerWithoutSecretLookalikes("/4111\t1111\t1111\t1111")).toBe("/[redacted]");
  });

  it("a backslash escape of something else between digit groups sets no card's groups apart", () => {
    expect(withoutSecretLookalikes(String.raw`4111\1111\1111\1111`)).toBe(String.raw`4111\1111\1111\1111`);
    expect(withoutSecretLookalikes(String.raw`4111A1111A1111A1111`)).toBe(String.raw`4111A1111A1111A1111`);
  });
});

describe("a parse fault near digits says what is wrong", () => {
  const faultOf = (text: string) => lintText(text, { kind: "createOrder" }).messages.map((m) => m.message);

  it("an unquoted card number in its printed groups is named a card number, no group of it quoted", () => {
    const [message] = faultOf('{"externalOrderID": "A1", "cardIssuer": 4111 1111 1111 1111}');
    expect(message).toMatch(/^a card number here is not valid JSON/);
    expect(message).not.toContain("1111");
  });

  // Found by the service audit: `jdoe is not a JSON value: text needs double quotes ("jdoe")`, in the message a service logs.
  it.each([
    ['{"externalOrderID": "A1", "orderComment": jdoe@example.com}', "jdoe"],
    ['{"externalOrderID": "A1", "orderComment": jane.doe@example.com}', "jane"],
    ['{"externalOrderID": "A1", "orderComment": jane_doe+tag\uFF20example.com}', "jane_doe"],
    ['{"externalOrderID": "A1", "customOrderData": {"contact": jdoe@example.com}}', "jdoe"],
  ])("an unquoted e-mail address is named one, its local part not quoted: %s", (text, local) => {
    const [message] = faultOf(text);
    expect(message).toMatch(/^an e-mail address here is not valid JSON/);
    expect(message).not.toContain(local);
  });

  it("a bare word with no @ after it is still quoted in the advice", () => {
    expect(faultOf('{"externalOrderID": "A1", "orderComment": hello, "x": "a@b.com"}')).toEqual(['hello is not a JSON value: text needs double quotes ("hello")']);
  });

  // Found by the review of the session: `a@b` lost its words, though redaction reads no address in it.
  it("a word before an @ with no dotted domain is no address: quoted as any bare word", () => {
    expect(faultOf('{"externalOrderID": "A1", "orderComment": a@b}')).toEqual(['a is not a JSON value: text needs double quotes ("a")']);
  });

  it("numbers a comma short of a list are a missing comma, even when their digits pass the Luhn check", () => {
    expect(faultOf('{"externalOrderID": "A1", "ids": [10003 10004 10005]}')).toEqual(['a comma is missing before 10004: separate values and members with ","']);
  });

  it("a UPC written as a number with its leading zero keeps the leading-zero explanation, quoted", () => {
    // At a key that names a code, the hint says to quote it (its zeros count), the digits shown unmasked both times.
    expect(faultOf('{"externalOrderID": "A1", "upc": 0360002914560}')).toEqual(['0360002914560: JSON numbers cannot start with 0; write "0360002914560" if it is a code whose zeros count (a UPC, a postal code)']);
  });
});

describe("withoutSecretLookalikes: what the second review found", () => {
  it("a run of 20 million digits, or of digits and spaces, is read through (no regular expression's stack to overflow) and left as it stands", () => {
    const digits = "1".repeat(20_000_000);
    expect(withoutSecretLookalikes(digits) === digits).toBe(true);
    const spaced = "1 ".repeat(2_000_000);
    expect(withoutSecretLookalikes(spaced) === spaced).toBe(true);
  });

  it("a path key with slashes (escaped ~1 in the pointer) is redacted as the key it is", () => {
    expect(pointerWithoutSecretLookalikes("/customOrderData/4111~11111~11111~11111")).toBe("/customOrderData/[redacted]");
    expect(pointerWithoutSecretLookalikes("/customOrderData/gift~1wrap/0")).toBe("/customOrderData/gift~1wrap/0");
  });

  it("a value quoted in a message is redacted before it is cut to 160 characters: no card's digits across the cut", () => {
    const key = `note for ${"x".repeat(200)} card 5555 5555 5555 4444 ok`;
    const text = JSON.stringify({ ...createOrder(), customOrderData: { [key]: "v" } });
    const messages = lintText(text, { kind: "createOrder" }).messages.filter((m) => m.ruleId === "custom-data-hash");
    expect(messages).toHaveLength(1);
    expect(messages[0]!.message).not.toMatch(/5555|4444/);
  });
});

/** What a message shows of a value: [as written, as shown, why]. */
const shown: readonly (readonly [string, string, string])[] = [
  // Card numbers in the forms people paste them.
  ["4111.1111.1111.1111", "[redacted]", "dots between groups of four"],
  ["04111111111111111", "[redacted]", "a zero typed in front"],
  ["4111111111111111x", "[redacted]x", "a letter glued after"],
  ["4111\u20131111\u20131111\u20131111", "[redacted]", "en dashes, as a word processor makes them"],
  ["4111\u200B1111\u200B1111\u200B1111", "[redacted]", "zero-width spaces"],
  ["4111\u20091111\u20091111\u20091111", "[redacted]", "thin spaces"],
  ["４１１１\u3000１１１１\u3000１１１１\u3000１１１１", "[redacted]", "full-width digits and ideographic spaces"],
  ["4111\n1111\n1111\n1111", "[redacted]", "line breaks"],
  ["4111\uFEFF1111\uFEFF1111\uFEFF1111", "[redacted]", "byte order marks"],
  ["3782 822463 10005", "[redacted]", "an Amex number in its 4-6-5 print"],
  ["12 4111.1111.1111.1111", "12 [redacted]", "a card printed with dots after other digits"],
  ["2027/4111.1111.1111.1111", "2027/[redacted]", "the same after a slash"],
  ["5459887565385171 4111.1111.1111.1111", "[redacted] [redacted]", "two cards side by side"],
  ["4111111111111111|1.5", "[redacted].5", "a card before a decimal: only the decimal's whole part is no card"],
  ["12.5 4111111111111111", "12.[redacted]", "a card after a decimal: only the fraction is no card"],
  ["4111111111111111,5555555555554444", "[redacted],[redacted]", "cards in a list (JSON's decimal point is never a comma)"],
  // E-mail addresses in any script and spelling of the @.
  ["jane.doe@例え.jp", "[redacted]", "a domain in another script"],
  ["jane.doe＠example.com", "[redacted]", "a full-width @"],
  ["jane.doe%40example.com", "[redacted]", "an @ escaped in a URL"],
  ["jane&#64;example.com", "[redacted]", "an @ as an HTML entity"],
  ["jane.doe@example\uFF0Ecom", "[redacted]", "a full-width dot"],
  ["𠮷野家@example.jp", "[redacted]", "a local part outside the Basic Multilingual Plane"],
  ["𝒶𝒷𝒸@example.com", "[redacted]", "mathematical letters"],
  // Numbers that are no card, quoted as they stand.
  ["0.30000000000000004", "0.30000000000000004", "a decimal's fraction"],
  ["1.7976931348623157e+308", "1.7976931348623157e+308", "a number in exponent form"],
  ["12345678901234567890", "12345678901234567890", "20 digits: longer than any card number"],
  ["0360002914560", "0360002914560", "a UPC with its leading zero: no card number begins with 0"],
  ["4111 1111 1111 1112", "4111 1111 1111 1112", "fails the Luhn check"],
  ["2024-12-03", "2024-12-03", "a date"],
  ["434-4441021-3681104", "434-4441021-3681104", "a marketplace order ID (3-7-7) whose digits pass Luhn"],
  ["orders 10003 10004 10005 10006", "orders 10003 10004 10005 10006", "a list of IDs in groups of five"],
  ["1712345678901", "1712345678901", "a 13-digit millisecond timestamp (no card has 13 digits any more)"],
  ["4006381333931", "4006381333931", "an EAN-13"],
];

describe("what a message shows of a value", () => {
  it.each(shown)("%j is shown as %j (%s)", (written, expected) => {
    expect(withoutSecretLookalikes(`value ${written} here`)).toBe(`value ${expected} here`);
  });
});
