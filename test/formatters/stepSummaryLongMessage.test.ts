import { describe, expect, it } from "vitest";
import { githubStepSummary } from "../../src/formatters/githubStepSummary.js";
import { wholeText, type FormatContext } from "../../src/formatters/formatter.js";
import { lintResult } from "../../src/lint/lintResult.js";

const context: FormatContext = { cwd: "/work/project", color: false, toolVersion: "1.2.3", rules: [] };
const summary = wholeText(githubStepSummary);

/** The step summary's text of one finding with this message. */
function summaryOf(message: string): string {
  const result = lintResult("/work/project/a.json", "createOrder", [
    { ruleId: "unknown-property", messageId: "unknown", severity: 1, evidence: "inferred", message, path: "/x", line: 1, column: 2, endLine: 1, endColumn: 3 },
  ]);
  return summary([result], context);
}

const loneSurrogate = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/**
 * Found by the audit of the output formats: a message past 400 UTF-16 units is cut there, and an
 * emoji (a surrogate pair) across the cut left its first half in the cell, which the file, UTF-8,
 * holds as U+FFFD: "�…" where the payload's key had an emoji.
 */
describe("the step summary shortens a long message whole characters at a time", () => {
  it.each([398, 399, 400])("an emoji at UTF-16 unit %i of a long message: no half of it in the cell", (at) => {
    const message = `${"a".repeat(at)}\u{1f600}${"b".repeat(500)}`;
    const text = summaryOf(message);
    expect(text).not.toMatch(loneSurrogate);
    expect(Buffer.from(text, "utf8").toString("utf8")).not.toContain("\ufffd");
    expect(text).toContain(at < 399 ? `${"a".repeat(at)}\u{1f600}…` : `${"a".repeat(at)}…`);
  });
});
