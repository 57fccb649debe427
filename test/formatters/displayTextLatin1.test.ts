import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { escapeControls, escapePastC0, terminalSafeLines } from "../../src/formatters/displayText.js";

/**
 * What each escaper does with every character of U+0000–U+00FF, as its docs say: the controls
 * (C0, DEL, C1) and the soft hyphen (default-ignorable: it draws nothing) are escaped, printable
 * ASCII, the no-break space (a gap a reader sees) and the rest of Latin-1 are kept; escapeControls
 * names \n, \r and \t; escapePastC0 leaves C0 to the format; terminalSafeLines keeps the line feed.
 * The escapers return printable ASCII after one plain scan: a text of it with one such character
 * anywhere must still have that character escaped.
 */
const hex = (code: number) => `\\u${code.toString(16).padStart(4, "0")}`;
const named: Record<number, string> = { 0x0a: "\\n", 0x0d: "\\r", 0x09: "\\t" };
const escaped = (code: number) => code < 0x20 || (code >= 0x7f && code <= 0x9f) || code === 0xad;

const models: [string, (text: string) => string, (code: number) => string][] = [
  ["escapeControls", escapeControls, (code) => (escaped(code) ? (named[code] ?? hex(code)) : String.fromCharCode(code))],
  ["escapePastC0", escapePastC0, (code) => (escaped(code) && code >= 0x20 ? hex(code) : String.fromCharCode(code))],
  ["terminalSafeLines", terminalSafeLines, (code) => (escaped(code) && code !== 0x0a ? (named[code] ?? hex(code)) : String.fromCharCode(code))],
];
const latin1 = Array.from({ length: 0x100 }, (_, code) => code);

describe.each(models)("%s over Latin-1", (_, escaper, model) => {
  it("escapes each character as its docs say, alone", () => {
    expect(latin1.map((code) => escaper(String.fromCharCode(code)))).toEqual(latin1.map(model));
  });

  it("property: printable ASCII with one character of Latin-1 anywhere in it: that character as alone, the rest kept", () => {
    const printable = fc.string({ unit: fc.integer({ min: 0x20, max: 0x7e }).map((code) => String.fromCharCode(code)), maxLength: 40 });
    fc.assert(
      fc.property(printable, fc.constantFrom(...latin1), printable, (before, code, after) => {
        expect(escaper(before + String.fromCharCode(code) + after)).toBe(before + model(code) + after);
      }),
      { numRuns: 300 },
    );
  });
});
