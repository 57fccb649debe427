import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { githubStepSummary } from "../../src/formatters/githubStepSummary.js";
import { summaryRowLimit } from "../../src/formatters/github.js";
import type { LintResult } from "../../src/lint/lintResult.js";
import { filesOfFindings, finding, warningsThenErrors } from "../support/manyFindings.js";
import { summaryByteLimit } from "../../src/formatters/githubStepSummary.js";
import { lintResult } from "../../src/lint/lintResult.js";

// Found by the audit of the CI formats: the table took the first 1,000 problems in report order,
// so 1,000 warnings in a.json left out the 15 errors of x, y and z.json; GitHub annotates only 10
// errors a step, and 5 errors were nowhere but the raw log. The SARIF cap keeps errors first: so now does the table.

const cwd = "/work/project";
const context = { cwd, color: false, toolVersion: "1.2.3", rules: [] };

/** The summary of the results for a file that held `held` bytes: its rows' severities, and its "… and N more" line. */
function summaryOf(results: readonly LintResult[], held = 0) {
  const writer = githubStepSummary(context);
  for (const result of results) writer.file(result);
  const errors = results.reduce((sum, r) => sum + r.errorCount, 0);
  const warnings = results.reduce((sum, r) => sum + r.warningCount, 0);
  const text = writer.endAfter({ files: results.length, errors, warnings }, held)!.text;
  const rows = text.split("\n").filter((line) => line.startsWith("| file\\-"));
  return {
    text,
    errorRows: rows.filter((row) => row.includes("| error |")).length,
    warningRows: rows.filter((row) => row.includes("| warning |")).length,
    more: /^… and .*$/m.exec(text)?.[0],
  };
}

describe("the step summary keeps errors before warnings when its cap bites", () => {
  it("1,000 warnings found before 15 errors: the table lists the 15 errors and 985 warnings, and says what it left out", () => {
    const { errorRows, warningRows, more } = summaryOf(warningsThenErrors(cwd, 1000, 15));
    expect(errorRows).toBe(15);
    expect(warningRows).toBe(985);
    expect(more).toBe("… and 15 more problems (0 errors, 15 warnings), past the summary's 1,000 rows, errors kept before warnings: see the step's log.");
  });

  it("property: every error the rows can hold, then the first warnings; the last line counts the rest of each", () => {
    const severities = fc.array(fc.constantFrom<1 | 2>(1, 1, 1, 2), { minLength: summaryRowLimit - 5, maxLength: summaryRowLimit + 30 });
    fc.assert(
      fc.property(fc.array(severities, { minLength: 1, maxLength: 2 }), (files) => {
        const found = files.flat();
        const errors = found.filter((s) => s === 2).length;
        const warnings = found.length - errors;
        const keptErrors = Math.min(errors, summaryRowLimit);
        const keptWarnings = Math.min(warnings, summaryRowLimit - keptErrors);
        const summary = summaryOf(filesOfFindings(cwd, files));
        expect([summary.errorRows, summary.warningRows]).toEqual([keptErrors, keptWarnings]);
        if (found.length <= summaryRowLimit) expect(summary.more).toBeUndefined();
        else expect(summary.more).toContain(`(${errors - keptErrors} error${errors - keptErrors === 1 ? "" : "s"}, ${warnings - keptWarnings} warning${warnings - keptWarnings === 1 ? "" : "s"})`);
      }),
      { numRuns: 15 },
    );
  });

  it("a file with little room left: the rows that fit are the errors first", () => {
    const full = summaryOf(warningsThenErrors(cwd, 300, 20));
    const bytes = Buffer.byteLength(full.text);
    // Room for about half the table.
    const cut = summaryOf(warningsThenErrors(cwd, 300, 20), 960 * 1024 - Math.floor(bytes / 2));
    expect(cut.errorRows).toBe(20);
    expect(cut.warningRows).toBeGreaterThan(0);
    expect(cut.warningRows).toBeLessThan(300);
    expect(cut.more).toMatch(/^… and \d+ more problems \(0 errors, \d+ warnings\), past the room left in this step's summary, .*, errors kept before warnings: see the step's log\.$/);
  });

  it("an error too long for the room left, then a short error and a short warning: the short error is held, as errors kept before warnings says", () => {
    const writer = githubStepSummary(context);
    const long = { ...finding(2, 1), message: "中".repeat(400) };
    writer.file(lintResult(`${cwd}/a.json`, "createOrder", [long, { ...finding(2, 2), message: "short error" }, { ...finding(1, 3), message: "short warning" }]));
    const text = writer.endAfter({ files: 1, errors: 2, warnings: 1 }, summaryByteLimit - 1000)!.text;
    const rows = text.split("\n").filter((line) => line.startsWith("| a\\.json"));
    expect(rows.map((row) => row.split(" | ")[3])).toEqual(["short error", "short warning"]);
    expect(text).toContain("… and 1 more problem (1 error, 0 warnings), past the room left in this step's summary");
  });
});
