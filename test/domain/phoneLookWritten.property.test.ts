import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { withoutSecretLookalikes } from "../../src/domain/secretLookalikes.js";
import { validate } from "../../src/index.js";
import { createOrder } from "../support/payloads.js";

/**
 * Phones as people paste them from a web page or a word processor: a no-break space
 * (`852\u00a0658\u00a04578`) or an en dash (`852–658–4578`) between the groups, after a label
 * (`Tel.852-658-4578`), in full-width digits; with an extension, and words after. Each was quoted
 * whole (review of 60aa8593 and 865885ad).
 *
 * National forms that do not end in 4 digits (French `06 12 34 56 78`, Spanish `912 34 56 78`,
 * Russian `8 495 123-45-67`) and `+` numbers whose groups read as a year and an order number
 * (`+1 2025 01 4578`) were quoted whole since 865885ad, where 853748f1 redacted them: a custom data
 * key `"06 12 34 56 78"` gave `unknown property "06 12 34 56 78"` (review of 07aabe20). So was a
 * phone with its extension written right after it (`852-658-4578x22/x23`; test/domain/phoneExtensionGlued.test.ts).
 */

/** Every message and path validate() gives for an order with `text` as a custom order data key, and as its currency. */
function shownFor(text: string): string[] {
  const key = validate("createOrder", createOrder({ customOrderData: { [text]: { nested: true } } }));
  const currency = validate("createOrder", createOrder({ currency: text }));
  return [...key.diagnostics, ...currency.diagnostics].map(({ message, path }) => `${message} ${path}`);
}

const digits = (min: number, max: number) => fc.stringMatching(new RegExp(`^[0-9]{${min},${max}}$`));
const mark = fc.constantFrom("-", ".", " ", "\u00a0", "\u2013");
const space = fc.constantFrom(" ", "\u00a0");

/** The number itself, as written: what no message or path may hold. */
const number = fc.oneof(
  fc.tuple(digits(3, 3), digits(3, 3), digits(4, 4), mark).map(([a, b, c, m]) => [a, b, c].join(m)),
  fc.tuple(digits(3, 3), digits(3, 3), digits(4, 4), space, mark).map(([a, b, c, s, m]) => `(${a})${s}${b}${m}${c}`),
  fc.tuple(digits(1, 3), digits(3, 3), digits(3, 3), digits(4, 4), space, mark).map(([cc, a, b, c, s, m]) => `+${cc}${s}${a}${m}${b}${m}${c}`),
  fc.tuple(digits(1, 3), digits(2, 4), digits(3, 4), digits(4, 4), space).map(([cc, a, b, c, s]) => `+${cc}${s}${a}${s}${b}${s}${c}`),
  fc.tuple(digits(3, 3), digits(3, 3), digits(4, 4), mark).map(([a, b, c, m]) => `1${m}${a}${m}${b}${m}${c}`),
  // National forms in pairs: French 0X XX XX XX XX, Spanish 9XX XX XX XX, Russian 8 XXX XXX-XX-XX.
  fc.tuple(fc.integer({ min: 1, max: 9 }), fc.array(digits(2, 2), { minLength: 4, maxLength: 4 }), mark).map(([first, pairs, m]) => [`0${first}`, ...pairs].join(m)),
  fc.tuple(digits(3, 3), fc.array(digits(2, 2), { minLength: 3, maxLength: 3 }), mark).map(([first, pairs, m]) => [`9${first.slice(1)}`, ...pairs].join(m)),
  fc.tuple(digits(3, 3), digits(3, 3), digits(2, 2), digits(2, 2), space).map(([a, b, c, d, s]) => `8${s}${a}${s}${b}-${c}-${d}`),
  // A `+` number whose groups would read as a year, a month and an order number without it.
  // The `00` international prefix, as `+`: 0049 30 12345678, 001 852 658 4578.
  // The national number after the code drops its trunk 0 (0033 1 23 45 67 89), but Italy's keeps it (0039 06 1234 5678).
  fc.tuple(fc.constantFrom("33", "49", "852", "971"), fc.integer({ min: 1, max: 9 }), digits(1, 2), digits(6, 8), space).map(([cc, first, a, b, s]) => `00${cc}${s}${first}${a}${s}${b}`),
  fc.tuple(digits(1, 2), digits(6, 8), space).map(([a, b, s]) => `0039${s}0${a}${s}${b}`),
  // After 001, the North American plan's number: an area code from 2 to 9, then 7 digits (001 852 658 4578).
  fc.tuple(fc.integer({ min: 200, max: 999 }), digits(3, 3), digits(4, 4), space).map(([area, a, b, s]) => `001${s}${area}${s}${a}${s}${b}`),
  // German area code and number, set apart by a space, a slash or a hyphen: 030/12345678, 089-1234567, 0221 123456.
  fc.tuple(fc.integer({ min: 1, max: 9 }), digits(1, 3), fc.integer({ min: 1, max: 9 }), digits(5, 7), fc.constantFrom(" ", "/", "-")).map(([first, area, lead, rest, m]) => `0${first}${area}${m}${lead}${rest}`),
  // An area code and a 7 or 8 digit number after one space, 10 or 11 digits in all: 852 6584578.
  fc.tuple(fc.integer({ min: 2, max: 9 }), digits(2, 2), digits(7, 7), space).map(([first, area, rest, s]) => `${first}${area}${s}${rest}`),
  fc.tuple(fc.integer({ min: 1900, max: 2099 }), fc.integer({ min: 1, max: 12 }), digits(4, 4), space).map(([year, month, last, s]) => `+1${s}${year}${s}${String(month).padStart(2, "0")}${s}${last}`),
);
const extension = fc.oneof(fc.constant(""), fc.tuple(fc.constantFrom("x", " x", " ext. ", "ext"), digits(1, 5)).map(([e, n]) => `${e}${n}`), fc.constantFrom(" x22/x23", " ext.12-14", " x12a", "x22/x23", "x12a", "ext.12-14"));
const label = fc.constantFrom("", "Tel.", "Tel:", "call ", "Phone: ");
const after = fc.constantFrom("", " after 5", " (mobile)", ", ask for Jo");

describe("phones as people write them, whatever marks set their groups apart", () => {
  it.each([
    ["852\u00a0658\u00a04578", "[redacted]"],
    ["+1\u00a0852\u00a0658\u00a04578", "[redacted]"],
    ["852\u2013658\u20134578", "[redacted]"],
    ["Tel.852-658-4578", "Tel.[redacted]"],
    ["Tel:852-658-4578", "Tel:[redacted]"],
    ["1-800-555-0199", "[redacted]"],
    ["1 (800) 555-0199", "[redacted]"],
    ["\uff18\uff15\uff12-\uff16\uff15\uff18-\uff14\uff15\uff17\uff18", "[redacted]"],
    ["01 23 45 67 89", "[redacted]"],
    ["06.12.34.56.78", "[redacted]"],
    ["06 12 34 56 78", "[redacted]"],
    ["912 34 56 78", "[redacted]"],
    ["8 495 123-45-67", "[redacted]"],
    ["+49 2043 1234 5678", "[redacted]"],
    ["+1 2025 01 4578", "[redacted]"],
    ["030 12345678", "[redacted]"],
    ["089 1234567", "[redacted]"],
    ["0221 123456", "[redacted]"],
    ["0049 30 12345678", "[redacted]"],
    ["001 852 658 4578", "[redacted]"],
    ["0044 20 7946 0958", "[redacted]"],
    ["007 495 123-45-67", "[redacted]"],
    ["0039 06 1234 5678", "[redacted]"],
    ["030/12345678", "[redacted]"],
    ["030-1234567", "[redacted]"],
    ["Tel. 030/12345678 (Büro)", "Tel. [redacted] (Büro)"],
    ["852 6584578", "[redacted]"],
    ["RDV 10:30 06 12 34 56 78", "RDV 10:30 [redacted]"],
    ["10:30 852-658-4578", "10:30 [redacted]"],
    // Quoted whole before: a time glued by a hyphen, an alternative last digit after a slash, a country code before an area code and a slash.
    ["10:30-06-12-34-56-78", "10:30-[redacted]"],
    ["+1 852 658 4578/5", "[redacted]/5"],
    ["call +1 852 658 4578/5 now", "call [redacted]/5 now"],
    ["+49 30/12345678", "[redacted]"],
    ["+49 (0)30/12345678", "[redacted]"],
  ])("%s is redacted", (written, shown) => {
    expect(withoutSecretLookalikes(written)).toBe(shown);
  });

  it("is in no message or path of validate(), with its label, extension and words around it", () => {
    fc.assert(
      fc.property(label, number, extension, after, (before, written, ext, words) => {
        const shown = shownFor(`${before}${written}${ext}${words}`);
        expect(shown.length).toBeGreaterThan(0);
        for (const line of shown) expect(line).not.toContain(written);
      }),
      { numRuns: 200 },
    );
  });
});
