import { describe, expect, it } from "vitest";
import { formatters, type FormatContext } from "../../src/formatters/index.js";
import { lintResult } from "../../src/lint/lintResult.js";
import { finding } from "../support/manyFindings.js";

// Found by the audit of the CI surface: 11 warnings ended the github log with "so 1 warning are
// not annotated". Each count GitHub leaves unannotated agrees with its verb.

const cwd = "/work/project";
const context: FormatContext = { cwd, color: false, toolVersion: "1.2.3", rules: [] };
const lastLine = (text: string) => text.trimEnd().split("\n").at(-1);
const findings = (severity: 1 | 2, count: number, fromLine = 1) => Array.from({ length: count }, (_, i) => finding(severity, fromLine + i));
const endOfRun = (errors: number, warnings: number) =>
  lastLine(formatters.github([lintResult(`${cwd}/a.json`, "createOrder", [...findings(2, errors), ...findings(1, warnings, errors + 1)])], context));

describe("github: the count of problems not annotated takes the verb its number needs", () => {
  it.each([
    [11, 0, "so 1 error is not annotated:"],
    [0, 11, "so 1 warning is not annotated:"],
    [12, 0, "so 2 errors are not annotated:"],
    [0, 12, "so 2 warnings are not annotated:"],
    [11, 11, "so 1 error and 1 warning are not annotated:"],
    [12, 11, "so 2 errors and 1 warning are not annotated:"],
  ])("%i errors and %i warnings: %s", (errors, warnings, words) => {
    expect(endOfRun(errors, warnings)).toContain(words);
  });
});
