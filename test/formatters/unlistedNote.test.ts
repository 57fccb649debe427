import { describe, expect, it } from "vitest";
import { formatters, type FormatContext } from "../../src/formatters/index.js";
import { lintResult, type LintMessageDraft } from "../../src/lint/lintResult.js";
import { finding } from "../support/manyFindings.js";

// Found by the audit of the CI formats: a rule's note that more of its problems are not listed now
// counts as the problems it left out (LintMessage.unlisted). A format that writes it as one entry
// must not count it as more entries than it writes, and should carry the number.

const cwd = "/work/project";
const context: FormatContext = { cwd, color: false, toolVersion: "1.2.3", rules: [] };
const note = (severity: 1 | 2, unlisted: number): LintMessageDraft => ({
  ...finding(severity, 1),
  messageId: "tooMany",
  message: `more problems of this rule are not listed (${unlisted} of them)`,
  path: "",
  unlisted,
});
const result = lintResult(`${cwd}/big.json`, "createOrder", [note(2, 4000), finding(2, 2), finding(2, 3), finding(1, 4)]);

describe("a rule's note that more problems are not listed, in the formats that list findings", () => {
  it("the result counts the problems it stands for", () => {
    expect([result.errorCount, result.warningCount]).toEqual([4002, 1]);
  });

  it("junit: failures are the failing cases written, the note one of them", () => {
    const xml = formatters.junit([result], context);
    const failing = (xml.match(/<failure /g) ?? []).length;
    expect(failing).toBe(3);
    expect(xml).toContain(`<testsuites name="oms-lint" tests="4" failures="3" errors="0">`);
    expect(xml).toMatch(/<testsuite name="big\.json" tests="4" failures="3" /);
  });

  it("sarif: the note's result carries how many problems it left out", () => {
    const log = JSON.parse(formatters.sarif([result], context)) as { runs: { results: { properties: { unlisted?: number } }[] }[] };
    expect(log.runs[0]!.results.map((r) => r.properties.unlisted)).toEqual([4000, undefined, undefined, undefined]);
  });
});
