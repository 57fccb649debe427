import { describe, expect, it } from "vitest";
import { formatters, type FormatContext } from "../../src/formatters/index.js";
import { lintResult, type LintMessageDraft } from "../../src/lint/lintResult.js";

const context: FormatContext = { cwd: "/work/project", color: false, toolVersion: "1.2.3", informationUri: "https://example.test/oms-lint", rules: [] };

/**
 * Found by the audit of request files: stylish measured its columns with Math.max(...rows), a
 * spread of every row as an argument, and a file of 130,000 findings crashed the run
 * ("Maximum call stack size exceeded", exit 2) before a line was written.
 */
describe("stylish lays out a file of more rows than a call takes arguments", () => {
  it("200,000 rows: every row written, columns padded to the widest", () => {
    const rows = 200_000;
    const messages: LintMessageDraft[] = Array.from({ length: rows }, (_, i) => ({
      ruleId: "parse",
      messageId: "parse",
      severity: 1,
      evidence: "inferred",
      message: i === rows - 1 ? "the last" : "x",
      path: "",
      line: i + 1,
      column: 1,
      endLine: i + 1,
      endColumn: 2,
    }));
    const text = formatters.stylish([lintResult("/work/project/x.http", null, messages)], context);
    const lines = text.split("\n").filter((l) => /^\s+\d+:\d+/.test(l));
    expect(lines).toHaveLength(rows);
    // The line numbers run to 6 digits: the first row's is padded to them.
    expect(lines[0]).toBe("       1:1  warning  x         parse");
    expect(lines.at(-1)).toBe("  200000:1  warning  the last  parse");
  });
});
