import { displayPath, escapePastC0 } from "./displayText.js";
import { isInternalError, type LintMessage, type LintResult } from "../lint/lintResult.js";
import type { StreamFormat } from "./formatter.js";
import { ownField } from "../engine/ownField.js";

/**
 * Text for XML 1.0: the five markup characters escaped, and characters XML cannot hold at
 * all (most C0 controls, lone surrogates, U+FFFE/FFFF), or that a terminal or a report
 * viewer would act on or show as nothing (DEL and C1 controls, line separators, bidirectional
 * overrides, zero-width spaces: escapePastC0's list, the other escapers' own), written as
 * visible \u escapes.
 */
export function xmlText(text: string): string {
  return escapePastC0(text)
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, (c) =>
      `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`,
    )
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;")
    .replace(/\r/g, "&#13;")
    .replace(/\n/g, "&#10;")
    .replace(/\t/g, "&#9;");
}

/**
 * A case's name, numbered (" #2", " #3", in report order) when an earlier case of its suite had
 * it: GitLab keys a report's cases by suite, classname and name (Gitlab::Ci::Reports::TestSuite
 * #add_test_case), so of two findings of one rule at one place it showed one.
 */
function numberedRepeat(seen: Map<string, number>, name: string): string {
  const count = (seen.get(name) ?? 0) + 1;
  seen.set(name, count);
  return count === 1 ? name : `${name} #${count}`;
}

/**
 * A rule's internal errors (JUnit's <error>: the test could not run), and the failing cases (<failure>) of a result: one an
 * error written (a rule's note that more are not listed is one case).
 * `crashWarnings`: the internal errors at warning level, which the result's warningCount holds but
 * which are <error> cases, not warnings about the payload (not counted again against --max-warnings).
 */
function caseCounts(result: LintResult): { failures: number; errors: number; crashWarnings: number } {
  let failures = 0;
  let errors = 0;
  let crashWarnings = 0;
  for (const m of result.messages) {
    if (isInternalError(m)) {
      errors++;
      if (m.severity !== 2) crashWarnings++;
    } else if (m.severity === 2) failures++;
  }
  return { failures, errors, crashWarnings };
}

/** What a case's text says it is: a rule's internal error by that name, whatever its level (it is no warning about the payload). */
function caseWord(m: LintMessage): string {
  if (isInternalError(m)) return "internal error";
  return m.severity === 2 ? "error" : "warning";
}

/** A case's verdict: an internal error (at any level) is the run's <error>; a lint error a <failure>; a warning passes and carries its text (it does not fail the run, exit 0). */
function caseBody(m: LintMessage, text: string): string {
  if (isInternalError(m)) return `<error type="internalError" message="${xmlText(m.message)}">${text}</error>`;
  return m.severity === 2 ? `<failure type="error" message="${xmlText(m.message)}">${text}</failure>` : `<system-out>${text}</system-out>`;
}

function testSuite(result: LintResult, cwd: string): string {
  const file = xmlText(displayPath(result.filePath, cwd));
  const count = result.messages.length;
  const { failures, errors } = caseCounts(result);
  let out = `  <testsuite name="${file}" tests="${Math.max(1, count)}" failures="${failures}" errors="${errors}" skipped="0" time="0">\n`;
  if (count === 0) out += `    <testcase name="${file}" classname="${file}" time="0"/>\n`;
  const names = new Map<string, number>();
  for (const m of result.messages) {
    const name = xmlText(numberedRepeat(names, `${m.line}:${m.column} ${m.ruleId}`));
    const text = xmlText(`${caseWord(m)} at line ${m.line}, column ${m.column}${m.path === "" ? "" : ` (${m.path})`}: ${m.message} [${m.ruleId}]`);
    const body = caseBody(m, text);
    out += `    <testcase name="${name}" classname="${file}" time="0">\n      ${body}\n    </testcase>\n`;
  }
  return `${out}  </testsuite>\n`;
}

/**
 * The run's own verdict on its warnings, past --max-warnings: then they fail the run (exit 1),
 * and a report whose every case passed would show a failed step green (audit of the CI surface).
 */
function tooManyWarnings(warnings: number, maxWarnings: number): string {
  const message = xmlText(`oms-lint found too many warnings (${warnings}; maximum: ${maxWarnings})`);
  return `  <testsuite name="oms-lint --max-warnings" tests="1" failures="1" errors="0" skipped="0" time="0">\n    <testcase name="--max-warnings ${maxWarnings}" classname="oms-lint" time="0">\n      <failure type="max-warnings" message="${message}">${message}</failure>\n    </testcase>\n  </testsuite>\n`;
}

/**
 * JUnit XML, as CI servers read test reports: a test suite per file, a failing test case
 * per error, an <error> case per rule's internal error (whatever its level: the rule did not
 * run), a passing case that carries its text per warning, and one passing case for a
 * clean file; past --max-warnings, a failing case that says so. The totals stand first, on
 * <testsuites>, so this format alone holds its suites' text until the run ends.
 */
export const junit: StreamFormat = (context) => {
  // --max-warnings as the context's own: a polluted Object.prototype.maxWarnings failed a run that set none (audit of the output formats).
  const { cwd } = context;
  const maxWarnings = ownField(context, "maxWarnings");
  let suites = "";
  let tests = 0;
  let failures = 0;
  let errors = 0;
  let crashWarnings = 0;
  return {
    start: () => "",
    file(result) {
      suites += testSuite(result, cwd);
      tests += Math.max(1, result.messages.length);
      const counts = caseCounts(result);
      failures += counts.failures;
      errors += counts.errors;
      crashWarnings += counts.crashWarnings;
      return "";
    },
    end(totals) {
      // A warning-level internal error is an <error> case already (audit of the service and suppressions fixes: counted twice).
      // Counted before --quiet, as the exit code counts them.
      const warnings = (ownField(totals, "warningsCounted") ?? totals.warnings) - crashWarnings;
      if (maxWarnings !== undefined && warnings > maxWarnings) {
        suites += tooManyWarnings(warnings, maxWarnings);
        tests++;
        failures++;
      }
      return `<?xml version="1.0" encoding="utf-8"?>\n<testsuites name="oms-lint" tests="${tests}" failures="${failures}" errors="${errors}">\n${suites}</testsuites>\n`;
    },
  };
};
