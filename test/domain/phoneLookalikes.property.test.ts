import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { redacted, withoutSecretLookalikes } from "../../src/domain/secretLookalikes.js";
import { lintText } from "../../src/builtIn/linter.js";
import { createOrder, orderItem, orderWithItems } from "../support/payloads.js";

/**
 * SPEC §5: no phone is ever quoted in a message. Found by the audit of the report formats: a
 * phone was redacted only in a field named for one; `"+1 (852) 658-4578"` as a customItemData key
 * or as the currency was quoted whole. A phone is now redacted by its look, wherever it stands;
 * the numbers a payload is full of (IDs, prices, quantities, dates, IP addresses) are not.
 */

/** Every message a user sees for an order whose currency is `currency`, and one with `key` as a customItemData key. */
function messagesFor(text: string): string[] {
  const currency = lintText(JSON.stringify(createOrder({ currency: text })), { kind: "createOrder" }).messages;
  const key = lintText(JSON.stringify(orderWithItems([orderItem({ itemSpecifics: { customItemData: { [text]: 5 } } })])), { kind: "createOrder" }).messages;
  return [...currency, ...key].map(({ message, path }) => `${message} ${path}`);
}

const digits = (min: number, max: number) => fc.stringMatching(new RegExp(`^[0-9]{${min},${max}}$`));

/** Phones as people write them: international, North American, dotted, in pairs. */
const phone = fc.oneof(
  fc.tuple(digits(1, 3), digits(3, 3), digits(3, 3), digits(4, 4)).map(([cc, area, exchange, line]) => `+${cc} (${area}) ${exchange}-${line}`),
  fc.tuple(digits(3, 3), digits(3, 3), digits(4, 4)).map(([area, exchange, line]) => `(${area}) ${exchange}-${line}`),
  fc.tuple(digits(3, 3), digits(3, 3), digits(4, 4), fc.constantFrom("-", ".", " ")).map(([a, b, c, mark]) => [a, b, c].join(mark)),
  fc.tuple(digits(1, 3), fc.array(digits(2, 2), { minLength: 4, maxLength: 5 })).map(([cc, pairs]) => `+${cc} ${pairs.join(" ")}`),
  fc.tuple(digits(1, 3), digits(6, 12)).map(([cc, rest]) => `+${cc}${rest}`),
  // With an extension, as the service audit's customer wrote one: 852-658-4578x124.
  fc.tuple(digits(3, 3), digits(3, 3), digits(4, 4), fc.constantFrom("x", " ext. ", "ext"), digits(1, 5)).map(([a, b, c, ext, n]) => `${a}-${b}-${c}${ext}${n}`),
);

const pad = (n: number, width = 2) => String(n).padStart(width, "0");
const date = fc.date({ min: new Date("1970-01-01T00:00:00Z"), max: new Date("2099-12-31T23:59:59Z"), noInvalidDate: true });
/** Numbers a payload is full of, that no message may lose. */
const notPhone = fc.oneof(
  date.map((d) => d.toISOString()),
  date.map((d) => d.toISOString().slice(0, 10)),
  date.map((d) => `${pad(d.getUTCDate())}.${pad(d.getUTCMonth() + 1)}.${d.getUTCFullYear()}`),
  fc.ipV4(),
  fc.tuple(fc.integer({ min: 0, max: 9_999_999 }), digits(1, 6)).map(([whole, fraction]) => `${whole}.${fraction}`),
  fc.tuple(fc.integer({ min: 1, max: 9 }), digits(0, 14)).map(([first, rest]) => `${first}${rest}`),
);

/** Luhn's check passed by a 14- or 15-digit number: a card number by its look, redacted as one. */
const passesLuhn = (text: string) =>
  [...text].reverse().reduce((sum, char, i) => {
    const value = Number(char) * (i % 2 === 1 ? 2 : 1);
    return sum + (value > 9 ? value - 9 : value);
  }, 0) % 10 === 0;

/**
 * Whether a drawn value holds, as a token of its own, a secret of the payload it is linted in
 * (payloads.ts: the card's number and its security code `111`), which every message redacts
 * wherever it stands: seed 50 drew the IP address `0.111.0.0`.
 */
const holdsPayloadSecret = (text: string) => /(?:^|[^0-9A-Za-z])(?:111|411111111111111)(?![0-9A-Za-z])/.test(text);

describe("phone numbers by their look", () => {
  it("the audit's phone, as a customItemData key and as the currency: redacted in every message", () => {
    const said = messagesFor("+1 (852) 658-4578");
    expect(said.some((message) => message.includes(redacted))).toBe(true);
    for (const message of said) expect(message).not.toMatch(/852|658|4578/);
  });

  it("any phone as people write it is quoted in no message", () => {
    fc.assert(
      fc.property(phone, (written) => {
        const said = messagesFor(written);
        expect(said.length).toBeGreaterThan(0);
        for (const message of said) expect(message).not.toContain(written);
      }),
      { numRuns: 60 },
    );
  });

  it("dates, IP addresses, decimals and plain numbers up to 15 digits (an orderID, a productID, a price) are quoted as they are", () => {
    fc.assert(
      fc.property(notPhone, (written) => {
        fc.pre(!(/^[0-9]{14,15}$/.test(written) && passesLuhn(written)));
        fc.pre(!holdsPayloadSecret(written));
        const said = messagesFor(written);
        expect(said.some((message) => message.includes(written))).toBe(true);
        for (const message of said) expect(message).not.toContain(redacted);
      }),
      { numRuns: 100 },
    );
  });

  it.each([
    ["a line's index before its part number in brackets (certified-express)", "orderItems 0 (0123456) is a certified product"],
    ["a ZIP+4 code", 'postalCode "02134-1234"'],
    ["a run of items (splitOrder's reason)", "orderItems 1000-1999: preorder items"],
    ["IDs in a list set off by spaces (README)", "orderID 10003 10004 10005"],
    ["an ID glued to letters", 'externalOrderID "ORD-2024-000123"'],
    ["a number's exponent", "1e+21 is past 2^53"],
    ["a place in the text", "at line 5000, column 8"],
  ])("%s is left as it is", (_name, message) => {
    expect(withoutSecretLookalikes(message)).toBe(message);
  });
});
