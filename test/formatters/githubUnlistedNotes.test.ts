import { describe, expect, it } from "vitest";
import { formatters, type FormatContext } from "../../src/formatters/index.js";
import { githubStepSummary } from "../../src/formatters/githubStepSummary.js";
import { lintResult, type LintMessageDraft } from "../../src/lint/lintResult.js";
import { finding } from "../support/manyFindings.js";

// Found by the audit of the counted notes: 1,200 unknown keys in one file, listed as 1,000
// warnings and the rule's note that more are not listed, ended the github log with "every
// problem is listed above" while 200 were listed nowhere; and the step summary's last line blamed
// its 1,000 rows whenever neither of its caps bit.

const cwd = "/work/project";
const context: FormatContext = { cwd, color: false, toolVersion: "1.2.3", rules: [] };
const note: LintMessageDraft = {
  ruleId: "unknown-property",
  messageId: "tooMany",
  severity: 1,
  evidence: "inferred",
  message: "more problems of this rule are not listed: oms-lint lists at most 1000 problems of one rule in a payload; fix those and run it again",
  path: "",
  line: 1,
  column: 1,
  endLine: 1,
  endColumn: 2,
};
const lastLine = (text: string) => text.trimEnd().split("\n").at(-1);

describe("github: the last line says when a note stands for problems listed nowhere", () => {
  it("1,000 warnings and a rule's note: not every problem is listed above", () => {
    const results = [lintResult(`${cwd}/a.json`, "createOrder", [...Array.from({ length: 1000 }, (_, i) => finding(1, i + 2)), note])];
    const line = lastLine(formatters.github(results, context));
    expect(line).not.toMatch(/every problem is listed above$/);
    expect(line).toBe(
      "oms-lint: 1001 problems (0 errors, 1001 warnings) in 1 file; GitHub shows 10 error and 10 warning annotations a step, so 991 warnings are not annotated: every problem reported is listed above; 1 note among them stands for problems not listed (past a rule's or a list's cap): fix those listed and run it again",
    );
  });

  it("a note under GitHub's 10 annotations: the summary line says so too", () => {
    const results = [lintResult(`${cwd}/a.json`, "createOrder", [finding(1, 2), { ...note, ruleId: "schema", messageId: "errorLimit", path: "/orderItems/500" }])];
    expect(lastLine(formatters.github(results, context))).toBe(
      "oms-lint: 2 problems (0 errors, 2 warnings) in 1 file; 1 note among them stands for problems not listed (past a rule's or a list's cap): fix those listed and run it again",
    );
  });

  it("no note: the words are as before", () => {
    const results = [lintResult(`${cwd}/a.json`, "createOrder", Array.from({ length: 12 }, (_, i) => finding(2, i + 1)))];
    expect(lastLine(formatters.github(results, context))).toMatch(/so 2 errors are not annotated: every problem is listed above$/);
  });
});

describe("the step summary's last line names a cap only when one bit", () => {
  it("totals beyond the findings given, no cap bitten: no cap is blamed", () => {
    const writer = githubStepSummary(context);
    writer.file(lintResult(`${cwd}/a.json`, "createOrder", [finding(2, 1)]));
    const text = writer.endAfter({ files: 1, errors: 500, warnings: 0 }, 0)!.text;
    expect(text).not.toContain("past the summary's");
    expect(text).toContain("… and 499 more problems (499 errors, 0 warnings), counted but not listed.");
  });
});
