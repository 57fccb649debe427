import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { lintResult, type LintMessageDraft } from "../../src/lint/lintResult.js";
import { withUtf8Columns } from "../../src/lint/utf8Columns.js";

const at = (line: number, column: number, endColumn: number): LintMessageDraft => ({
  ruleId: "r",
  messageId: "r",
  severity: 2,
  evidence: "stated",
  message: "m",
  path: "",
  line,
  column,
  endLine: line,
  endColumn,
});

describe("withUtf8Columns", () => {
  it("gives each message the byte columns of the same text in its line's bytes as the file holds them (a BOM is line 1's first 3), on any line of any text (astral, BOM, CRLF)", () => {
    const piece = fc.oneof(fc.string({ unit: "grapheme" }), fc.constantFrom("Ü", "𐐀", "€", "a"));
    fc.assert(
      fc.property(fc.array(piece, { minLength: 1, maxLength: 4 }), fc.nat(), fc.boolean(), fc.constantFrom("\n", "\r\n"), (lines, pick, bom, eol) => {
        const clean = lines.map((l) => l.replace(/[\r\n]/g, ""));
        const index = pick % clean.length;
        const line = clean[index]!;
        // A column on a code point boundary: the start, or after some whole characters.
        const chars = [...line];
        const before = chars.slice(0, pick % (chars.length + 1)).join("");
        const column = before.length + 1;
        const endColumn = line.length + 1;
        const text = (bom ? "\uFEFF" : "") + clean.join(eol);
        const [m] = withUtf8Columns(lintResult("f", null, [at(index + 1, column, endColumn)]), text).messages;
        const mark = bom && index === 0 ? "\uFEFF" : "";
        const bytes = Buffer.from(mark + line, "utf8");
        const utf8 = m!.utf8 ?? { column: m!.column, endColumn: m!.endColumn };
        expect(bytes.subarray(0, utf8.column - 1).toString("utf8")).toBe(mark + before);
        expect(utf8.endColumn - 1).toBe(bytes.length);
        // Present only where the counts differ.
        expect(m!.utf8 === undefined).toBe(bytes.length === line.length);
      }),
    );
  });

  it("leaves a result of ASCII text as it is", () => {
    const result = lintResult("f", null, [at(1, 3, 5)]);
    expect(withUtf8Columns(result, '{"a": 1}')).toBe(result);
  });
});
