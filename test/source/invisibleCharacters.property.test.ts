import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { assertValid, kinds, lintText, OmsValidationError, validate, withPreSubmitCheck, type Kind } from "../../src/index.js";
import { hiddenBut } from "../support/shapingCharacters.js";

/**
 * No message shows a raw control, format, bidi, line-separator or byte-order-mark character,
 * nor an unpaired surrogate: each is named as its U+ code (found by the library audit:
 * `unexpected character " "` held a raw U+2028, two byte order marks a raw U+FEFF, and an
 * unknown key's message a raw U+202E, which turns the rest of a terminal's line around).
 */

/**
 * Nor a joiner or variation selector with nothing to shape. Those right after a character
 * past ASCII that is seen (or after such a run) stay raw: 👨‍👩‍👧 is one family, Persian
 * می‌خواهم needs its non-joiner.
 */
const raw = hiddenBut(String.raw`\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Cs}\p{Variation_Selector}`);

/** One character of those categories: C0 and C1 controls, bidi controls, zero-width ones, separators, a BOM, surrogates. */
const invisibleCharacter = fc.constantFrom(
  "\u0000", "\u0007", "\u001b", "\u007f", "\u0085", "\u009b", "\u00ad", "\u061c", "\u200b", "\u200e", "\u200f",
  "\u2028", "\u2029", "\u202a", "\u202e", "\u2066", "\u2069", "\ufeff", "\ufff9", "\ud800", "\udfff", "\u{e0001}",
);
/** Text with such characters among ordinary ones. */
const laced = fc.array(fc.oneof(invisibleCharacter, fc.constantFrom("a", "k", "1", " ", "👨", "\u200d", "\u200c", "\ufe0f", '"', "{", "}", ":", ",", "[", "]")), { minLength: 1, maxLength: 12 }).map((parts) => parts.join(""));
const kind = fc.constantFrom(...kinds.map((k) => k.kind));

function expectNoneRaw(messages: readonly string[]): void {
  for (const message of messages) expect(message).not.toMatch(raw);
}

describe("messages name invisible characters", () => {
  it("the audit's cases", () => {
    expect(lintText('{"name": "ab",\u2028 "value": "x"}', { kind: "orderCustomData" }).messages[0]?.message).toBe("unexpected character U+2028: it begins no JSON value");
    expect(lintText('\ufeff\ufeff{"name": "ab", "value": "x"}', { kind: "orderCustomData" }).messages[0]?.message).toMatch(/^unexpected character U\+FEFF \(a byte order mark/);
    const [unknown] = validate("orderCustomData", { name: "ab", value: "x", "k\u001b[31m\u202e": 1 }).diagnostics;
    expect(unknown?.message).toMatch(/^unknown property "k\\u001b\[31m<U\+202E>": /);
  });

  it("but not the joiners and variation selectors of emoji and joined scripts", () => {
    for (const key of ["👨\u200d👩\u200d👧", "می\u200cخواهم", "❤\ufe0f gift"]) {
      const [unknown] = validate("orderCustomData", { name: "ab", value: "x", [key]: 1 }).diagnostics;
      expect(unknown?.message, key).toMatch(new RegExp(`^unknown property "${key}"`, "u"));
    }
  });

  it.each([
    ["a key's joiner after ASCII", "currency\u200d", "currency<U+200D>"],
    ["a lone variation selector", "\ufe0f", "<U+FE0F>"],
    ["a non-joiner between ASCII letters", "a\u200cb", "a<U+200C>b"],
    ["a joiner after a zero-width space", "\u200b\u200d", "<U+200B><U+200D>"],
    ["a run of them after ASCII, each named", "a\ufe0f\u200d\u200c", "a<U+FE0F><U+200D><U+200C>"],
  ])("but a joiner or variation selector with nothing to shape: %s", (_, key, named) => {
    const [unknown] = validate("orderCustomData", { name: "ab", value: "x", [key]: 1 }).diagnostics;
    expect(unknown?.message.startsWith(`unknown property "${named}": `), unknown?.message).toBe(true);
  });

  it("in any key or value handed to validate()", () => {
    fc.assert(
      fc.property(kind, laced, laced, (k, key, value) => {
        expectNoneRaw(validate(k, { [key]: value, name: value, value: { [key]: [value] } }).diagnostics.map((d) => d.message));
        expectNoneRaw(validate(k, value).diagnostics.map((d) => d.message));
      }),
      // Runs measured with each defect switched in src/ (counts of the first 300, then of those kept): the line separators
      // left raw (dbcad095) 62 → 32; the format characters (bidi, BOM, zero-width) 160 → 72; joiners and selectors raw everywhere
      // (f5452d60) 102 → 49; raw after ASCII (31a9c89c) 68 → 32; lone surrogates 0 (none reach here).
      { numRuns: 150 },
    );
  });

  /** The message of assertValid's error for the value, failing on warnings (an unknown key is one); undefined when it passes. */
  function assertionMessage(k: Kind, value: unknown): string | undefined {
    try {
      assertValid(k, value, { failOn: "warning" });
      return undefined;
    } catch (error) {
      expect(error).toBeInstanceOf(OmsValidationError);
      return (error as OmsValidationError).message;
    }
  }

  it("in the message of assertValid's error, which names each finding's pointer as messages name a key's characters (found by the audit of what the library says: the pointer was raw)", () => {
    const key = "\u001b[2Jx\u202e";
    const message = assertionMessage("orderCustomData", { name: "a", value: "b", [key]: 1 });
    expect(message?.split("\n")[1]).toBe('  /<U+001B>[2Jx<U+202E>: unknown property "\\u001b[2Jx<U+202E>": neither the documents nor the schema name it here, so the OMS may not read it (check its spelling and where it stands) [unknown-property]');
    // The pointer itself is data a program reads (applyFix, issues): it keeps the key as it is.
    expect(validate("orderCustomData", { name: "a", value: "b", [key]: 1 }).diagnostics[0]?.path).toBe(`/${key}`);
  });

  it("in the first line of a pre-submit check's error, which names the caller's HTTP method as messages name a key's characters (found by the audit of this stop's fixes)", async () => {
    const checked = withPreSubmitCheck((async () => new Response("sent")) as typeof fetch);
    const refusal = await checked("https://integration.shopatron.com/api/v2/createOrder/", { method: "\u001b[2JPOST", body: "{}" }).then(
      () => undefined,
      (error: unknown) => error,
    );
    expect(refusal).toBeInstanceOf(OmsValidationError);
    expect((refusal as OmsValidationError).message.split("\n")[0]).toMatch(/^<U\+001B>\[2JPOST createOrder failed the oms-lint check/);
  });

  it("in the message of assertValid's error, whatever the keys", () => {
    fc.assert(
      fc.property(kind, laced, laced, (k, key, value) => {
        // One finding a line: the line feeds are the message's own.
        expectNoneRaw((assertionMessage(k, { [key]: value, name: value, value: { [key]: [value] } }) ?? "").split("\n"));
      }),
      // Runs measured with each defect switched in src/ (counts of the first 300, then of those kept): the line separators
      // left raw (dbcad095) 50 → 27; the format characters (bidi, BOM, zero-width) 150 → 67; joiners and selectors raw everywhere
      // (f5452d60) 95 → 49; raw after ASCII (31a9c89c) 60 → 30; lone surrogates 43 → 20; the pointer raw (d3b9eb2e) 190 → 88.
      { numRuns: 150 },
    );
  });

  it("in any text handed to lintText, JSON or not", () => {
    fc.assert(
      fc.property(fc.option(kind, { nil: undefined }), laced, laced, (k, before, inside) => {
        for (const text of [before, `{"name": "${inside}", "value": ${before}}`, `${before}{"name": "ab"}`, `{"${inside}": 1}${before}`, JSON.stringify({ [inside]: before })]) {
          expectNoneRaw(lintText(text, { kind: k }).messages.map((m) => m.message));
        }
      }),
      // Runs measured with each defect switched in src/ (counts of the first 300, then of those kept): the line separators
      // left raw (dbcad095) 53 → 36; the format characters (bidi, BOM, zero-width) 175 → 117; joiners and selectors raw everywhere
      // (f5452d60) 94 → 57; raw after ASCII (31a9c89c) 33 → 16; lone surrogates 35 → 26.
      { numRuns: 200 },
    );
  });
});
