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
);
const extension = fc.oneof(fc.constant(""), fc.tuple(fc.constantFrom("x", " x", " ext. ", "ext"), digits(1, 5)).map(([e, n]) => `${e}${n}`), fc.constantFrom(" x22/x23", " ext.12-14", " x12a"));
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
