import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { githubStepSummary } from "../../src/formatters/githubStepSummary.js";
import { wholeText, type FormatContext } from "../../src/formatters/formatter.js";
import { lintResult } from "../../src/lint/lintResult.js";
import { lintText } from "../../src/builtIn/linter.js";
import { shownAsWritten, specPunctuation } from "../support/markdownShown.js";

const cwd = "/work/project";
const context: FormatContext = { cwd, color: false, toolVersion: "1.2.3", rules: [] };
const summary = wholeText(githubStepSummary);

/**
 * What GitHub shows for a cell: CommonMark's backslash escapes, and `<span>$</span>`, the form
 * GitHub's "Writing mathematical expressions" gives for a dollar sign outside a math expression
 * ("use span tags around the explicit $"); undefined where punctuation stands unescaped (`~~`
 * opens a strikethrough in GFM, `$` inline math on GitHub).
 */
function shownInCell(cell: string): string | undefined {
  const pieces = cell.split("<span>$</span>").map(shownAsWritten);
  return pieces.includes(undefined) ? undefined : pieces.join("$");
}

/** The first problem row's cells (the table's columns: file, place, severity, message, rule). */
function firstRowCells(markdown: string): string[] {
  const row = markdown.split("\n").find((line) => line.startsWith("| ") && !line.startsWith("| File |") && !line.startsWith("| --- "))!;
  return row.slice(2, -2).split(" | ");
}

describe("the GitHub step summary's cells show file names and messages as written", () => {
  it.each([
    ["a|b`c*d_e[x](y)<z>~~s~~ $m$.json", 'unknown property "~~s~~ $m$"'],
    ["price $5 and $6.json", "a & b &lt; c <img src=x> \\$ `code` *x* _y_ #z ~x~"],
  ])("file %s, message %s: no strikethrough, no math, every character as written", (name, message) => {
    const result = lintResult(`${cwd}/${name}`, "createOrder", [
      { ruleId: "unknown-property", messageId: "unknown", severity: 2, evidence: "stated", message, path: "/x", line: 1, column: 2, endLine: 1, endColumn: 3 },
    ]);
    const cells = firstRowCells(summary([result], context));
    for (const cell of cells) {
      // A tilde only escaped; a dollar sign only inside <span>…</span>.
      expect(cell, cell).not.toMatch(/(?<!\\)~/);
      expect(cell.replaceAll("<span>$</span>", ""), cell).not.toContain("$");
    }
    const [file, , , shownMessage, rule] = cells.map(shownInCell);
    expect([file, shownMessage, rule]).toEqual([name, message, "unknown-property"]);
  });

  it("a finding's quoted key (an unknown property `~~s~~ $m$`) is shown as written", () => {
    const result = lintText(JSON.stringify({ "~~s~~ $m$": 1 }), { kind: "orderCustomData", filePath: `${cwd}/body.json` });
    const cells = firstRowCells(summary([result], context));
    expect(shownInCell(cells[3]!)).toBe(result.messages[0]!.message);
  });

  it("property: any file name and message of punctuation and letters is shown as written", () => {
    // Trimmed, as a table cell's text is; a name with no folder in it.
    const text = fc
      .array(fc.oneof(fc.constantFrom(...specPunctuation), fc.constantFrom("a", " ", "Z", "0", "é", "<span>$</span>")), { minLength: 1, maxLength: 30 })
      .map((parts) => parts.join(""))
      .filter((t) => t.trim() === t);
    fc.assert(
      fc.property(text.filter((t) => !t.includes("/") && t !== "." && t !== ".."), text, (name, message) => {
        const result = lintResult(`${cwd}/${name}`, "createOrder", [
          { ruleId: "duplicate-key", messageId: "duplicate", severity: 1, evidence: "inferred", message, path: "", line: 1, column: 1, endLine: 1, endColumn: 2 },
        ]);
        const [file, , , shownMessage] = firstRowCells(summary([result], context)).map(shownInCell);
        expect([file, shownMessage]).toEqual([name, message]);
      }),
      { numRuns: 300 },
    );
  });
});
