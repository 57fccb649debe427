import { displayPath, escapeControls, plural } from "./displayText.js";
import type { StreamFormat, Totals } from "./formatter.js";

/** Escapes as GitHub's @actions/core does: data loses %, CR and LF; properties also : and ,. */
export function escapeData(text: string): string {
  return text.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}

export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, "%3A").replace(/,/g, "%2C");
}

/**
 * A file name as the runner resolves it back to the file: it unescapes only what escapeProperty
 * escapes, so a tab written as `\t` named a file that does not exist (found by the CLI/CI
 * audit). A tab moves nothing in a log or a terminal, so it is written as it is; every other
 * control stays a visible escape (the log shows the line, and ESC or U+202E would act on it).
 */
function fileProperty(path: string): string {
  return path
    .split("\t")
    .map((part) => escapeControls(escapeProperty(part)))
    .join("\t");
}

/**
 * Annotations GitHub shows of one type (error, warning) from one step; the rest are dropped
 * without a word. actions/toolkit's docs/problem-matchers.md: "10 warning annotations, 10
 * error annotations, and 10 notice annotations per step; 50 annotations per job".
 */
export const annotationsShownPerStep = 10;

/** Rows the step summary lists at most (githubStepSummary.ts, which caps its bytes too: GitHub takes 1 MiB of summary a step). */
export const summaryRowLimit = 1000;

/** The run in one line: what was found, in how many files. */
export function summaryLine({ files, errors, warnings }: Totals): string {
  if (errors + warnings === 0) return `oms-lint: no problems in ${plural(files, "file")}`;
  return `oms-lint: ${plural(errors + warnings, "problem")} (${plural(errors, "error")}, ${plural(warnings, "warning")}) in ${plural(files, "file")}`;
}

/**
 * GitHub Actions workflow commands, one a problem: `::error file=…,line=…,col=…::message`.
 * The runner turns them into annotations on the pull request's changed lines. The log shows
 * each line too, so control characters left after GitHub's escaping (an ANSI escape in a
 * file name) are written as visible escapes, but a tab in a file name (fileProperty). The last line sums the run up, and says when
 * GitHub will not show every annotation (where the rest are: this log, and the step summary
 * when the CLI writes one).
 */
export const github: StreamFormat = ({ cwd, githubStepSummary }) => ({
  start: () => "",
  file(result) {
    const file = fileProperty(displayPath(result.filePath, cwd));
    let text = "";
    for (const m of result.messages) {
      // Columns only within one line: actions/toolkit's AnnotationProperties says a start or end
      // column "Cannot be sent when `startLine` and `endLine` are different values" (found by the
      // audit of request files in CI formats: a body's missing fields spanned lines 9 to 15).
      const columns = m.endLine === undefined || m.endLine === m.line ? [`col=${m.column}`, ...(m.endColumn === undefined ? [] : [`endColumn=${m.endColumn}`])] : [];
      const properties = [
        `file=${file}`,
        `line=${m.line}`,
        ...(m.endLine === undefined ? [] : [`endLine=${m.endLine}`]),
        ...columns,
        `title=${escapeControls(escapeProperty(`oms-lint ${m.ruleId}`))}`,
      ].join(",");
      text += `::${m.severity === 2 ? "error" : "warning"} ${properties}::${escapeControls(escapeData(m.message))}\n`;
    }
    return text;
  },
  end(totals) {
    const hidden = [
      totals.errors > annotationsShownPerStep ? plural(totals.errors - annotationsShownPerStep, "error") : "",
      totals.warnings > annotationsShownPerStep ? plural(totals.warnings - annotationsShownPerStep, "warning") : "",
    ].filter((part) => part !== "");
    if (hidden.length === 0) return `${summaryLine(totals)}\n`;
    const problems = totals.errors + totals.warnings;
    // The summary's own count when the run wrote it: its byte cap can cut it before its row cap.
    const inSummary = totals.stepSummaryRows ?? Math.min(problems, summaryRowLimit);
    const where = !(totals.stepSummaryWritten ?? githubStepSummary)
      ? "every problem is listed above"
      : inSummary >= problems
        ? "every problem is listed above and in the step summary"
        : `every problem is listed above, the first ${inSummary.toLocaleString("en-US")} in the step summary`;
    return (
      `${summaryLine(totals)}; GitHub shows ${annotationsShownPerStep} error and ${annotationsShownPerStep} warning annotations a step, ` +
      `so ${hidden.join(" and ")} are not annotated: ${where}\n`
    );
  },
});
