import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { redacted, withoutSecretLookalikes } from "../../src/domain/secretLookalikes.js";
import { validate } from "../../src/index.js";
import { createOrder } from "../support/payloads.js";

/**
 * The numbers a payload is full of that only share a phone's grouping were redacted as phones
 * (review of 865885ad): a custom data key `123-456-789` had the path `/customOrderData/[redacted]`,
 * `SKU 100 200 300` the path `/customOrderData/SKU [redacted]`, and a library caller has no line
 * number to find the key by. A phone's look needs a `+` or a bracketed area code in front, or a
 * last group of exactly 4 digits, 7 digits or more and no group of 1 digit, and is no date.
 */

/**
 * The path and every message validate() gives for an order with `key` as a custom order data key, and with `text` as its currency.
 * The order has no payments: the example's card security code `111` is the payload's secret, redacted
 * wherever it stands (`1.[redacted].000.000,00`), which says nothing of phones.
 */
function shownFor(text: string): string[] {
  const order = (overrides: Parameters<typeof createOrder>[0]) => createOrder({ orderPayments: [], ...overrides });
  const key = validate("createOrder", order({ customOrderData: { [text]: { nested: true } } }));
  const currency = validate("createOrder", order({ currency: text }));
  return [...key.diagnostics, ...currency.diagnostics].map(({ message, path }) => `${message} ${path}`);
}

const digits = (min: number, max: number) => fc.stringMatching(new RegExp(`^[0-9]{${min},${max}}$`));
const pad = (n: number, width = 2) => String(n).padStart(width, "0");
const day = fc.date({ min: new Date("1970-01-01T00:00:00Z"), max: new Date("2099-12-31T23:59:59Z"), noInvalidDate: true });
const mark = fc.constantFrom("-", ".", " ", "/");
const thousands = (group: string) => fc.tuple(fc.integer({ min: 1, max: 999 }), fc.array(digits(3, 3), { minLength: 2, maxLength: 4 })).map(([head, rest]) => [String(head), ...rest].join(group));

const numbersNotPhones = fc.oneof(
  fc.tuple(day, mark).map(([d, m]) => [d.getUTCFullYear(), pad(d.getUTCMonth() + 1), pad(d.getUTCDate())].join(m)),
  fc.tuple(day, mark).map(([d, m]) => [pad(d.getUTCDate()), pad(d.getUTCMonth() + 1), d.getUTCFullYear()].join(m)),
  fc.tuple(day, fc.integer({ min: 1, max: 9999 }), mark).map(([d, n, m]) => [d.getUTCFullYear(), pad(d.getUTCMonth() + 1), pad(n, 4)].join(m)),
  fc.tuple(day, fc.integer({ min: 1, max: 9999 }), fc.integer({ min: 1, max: 9999 })).map(([d, a, b]) => [d.getUTCFullYear(), pad(a, 4), pad(b, 4)].join("-")),
  fc.tuple(digits(3, 3), digits(3, 3), digits(3, 3), fc.constantFrom("-", " ", ".")).map(([a, b, c, m]) => [a, b, c].join(m)),
  fc.tuple(digits(3, 3), digits(3, 3), digits(3, 3)).map(([a, b, c]) => `SKU ${a} ${b} ${c}`),
  thousands("."),
  thousands(" "),
  fc.tuple(thousands("."), digits(2, 2)).map(([whole, cents]) => `${whole},${cents}`),
  fc.array(fc.ipV4(), { minLength: 1, maxLength: 4 }).map((ips) => ips.join(" ")),
  fc.tuple(day, fc.integer({ min: 0, max: 23 }), fc.constantFrom("-", ".", " ")).map(([d, hour, m]) => [d.getUTCFullYear(), pad(d.getUTCMonth() + 1), pad(d.getUTCDate()), pad(hour)].join(m)),
  fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 7, maxLength: 9 }).map((ones) => `10:30:00 ${ones.join(" ")}`),
  fc.tuple(fc.integer({ min: 1, max: 9 }), digits(0, 12)).map(([first, rest]) => `${first}${rest}`),
  // A part number of a 0-led group of 3 to 5 digits and 5 digits: not a German phone, whose number has 6 to 8.
  fc.tuple(fc.integer({ min: 1, max: 9 }), digits(1, 3), digits(5, 5), fc.constantFrom(" ", "-", "/")).map(([first, area, rest, m]) => `0${first}${area}${m}${rest}`),
  // A ZIP+4 code and a range of same-width IDs: two groups, whatever their first digit.
  fc.tuple(digits(5, 5), digits(4, 4)).map(([zip, four]) => `${zip}-${four}`),
  fc.tuple(fc.integer({ min: 4, max: 7 }), fc.integer({ min: 1, max: 8 })).map(([width, first]) => `${first}${"0".repeat(width - 1)}-${first}${"9".repeat(width - 1)}`),
  // A year and a running number of 7 digits: an order number, not an area code and a phone.
  fc.tuple(day, digits(7, 7), fc.constantFrom(" ", "-")).map(([d, n, m]) => `${d.getUTCFullYear()}${m}${n}`),
);

describe("numbers that share a phone's grouping", () => {
  it.each([
    ["a product code in three groups of three", "123-456-789"],
    ["a SKU in three groups of three", "SKU 100 200 300"],
    ["a year, a month and a running number", "2024-12-0042"],
    ["a year and two running numbers", "2024-0001-0042"],
    ["a date with spaces", "2024 12 07"],
    ["a day first date with spaces", "07 12 2024"],
    ["an amount with thousands dots", "1.000.000"],
    ["an amount with thousands spaces", "1 000 000"],
    ["an amount with thousands dots and decimal comma", "1.234.567,89"],
    ["IPv4 addresses in a list", "10.0.0.1 10.0.0.2 10.0.0.3"],
    ["a time and single digits", "10:30:00 1 2 3 4 5 6 7"],
    ["a date and an hour in four groups", "2026 12 07 10"],
    ["a day first date and an hour", "07 12 2026 10"],
    ["an amount of ten million with thousands spaces", "10 000 000"],
    ["an amount in billions with thousands spaces", "12 345 678 901"],
    ["four groups of three", "100 200 300 400"],
    ["single digits", "1 2 3 4"],
    ["a time", "10:30:00"],
    ["a time and pairs after it", "10:30:00 12 34 56"],
    // Seed 43's counterexamples: read as the 00 prefix and a country code (1; 2, which is none), though the North American plan's numbers have 10 digits.
    ["a zero-padded code in groups of three", "001 000 000"],
    ["a zero-padded code in groups of three after a word", "SKU 001 000 000"],
    ["a zero-padded code from 002 in groups of three", "SKU 002 000 000"],
    ["a zero-padded code from 007 in groups of three (a national number after a code drops its 0)", "SKU 007 000 000"],
    // Seed 47's: 7 (Russia, Kazakhstan) is followed by 10 digits.
    ["a product code from 007", "007-100-000"],
    ["an IPv4 address of longer groups", "192.168.10.20"],
    ["a range of zero-padded IDs", "00100-00199"],
    ["a ZIP+4 code", "02134-1234"],
    ["a part number of a 0-led group and 5 digits", "0123 45678"],
    ["a part number with a hyphen", "0123-45678"],
    ["a range of 7-digit IDs", "1000000-1999999"],
    ["a code of 3 and 7 digits set off by a hyphen", "100-1234567"],
    ["a year and a running number", "2024 1234567"],
    ["an ISBN-13 in two groups", "978 3161484100"],
    ["a range of zero-padded IDs after 00", "00200-00299"],
    ["a zero-padded ID in two groups", "0012 34567"],
    ["a date with slashes", "07/12/2026"],
    ["a year, a month and a running number with a child's number", "2024-12-0042-01"],
  ])("%s (%s) is shown as written", (_name, written) => {
    expect(withoutSecretLookalikes(written)).toBe(written);
  });

  it("dates, product codes, amounts, IP lists and plain integers are in validate()'s paths and messages as written", () => {
    fc.assert(
      fc.property(numbersNotPhones, (written) => {
        const shown = shownFor(written);
        expect(shown.some((line) => line.includes(written))).toBe(true);
        for (const line of shown) expect(line).not.toContain(redacted);
      }),
      { numRuns: 150 },
    );
  });
});
