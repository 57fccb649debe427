import { displayPath, escapeControls, plural } from "./displayText.js";
import type { StreamFormat, Totals } from "./formatter.js";
import { isUnlistedNote, type LintMessage } from "../lint/lintResult.js";
import { ownField } from "../engine/ownField.js";

/** Escapes as GitHub's @actions/core does: data loses %, CR and LF; properties also : and ,. */
export function escapeData(text: string): string {
  return text.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}

export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, "%3A").replace(/,/g, "%2C");
}

/**
 * A file name as the runner resolves it back to the file, or undefined when no property can:
 * the runner unescapes only what escapeProperty escapes, so a tab written as `\t` named a file
 * that does not exist (found by the CLI/CI audit). A tab moves nothing in a log or a terminal,
 * so it is written as it is. Any other control or invisible character (ESC, BEL, U+202E) would
 * act on the log raw, and escaped it names another file (found by the audit of the CI side:
 * `file=c\u001b[31md.json`), so such a name is written in the message instead (placeNamedInMessage).
 */
function fileProperty(path: string): string | undefined {
  // A CR or LF is escaped by the runner's own %0D and %0A, which it reads back.
  const parts = path.split("\t").map(escapeProperty);
  return parts.every((part) => escapeControls(part) === part) ? parts.join("\t") : undefined;
}

/**
 * The message of a finding in a file no file= can name: the name, escaped as every log line is,
 * and the place, come first, and say why the annotation is attached to no file (GitHub shows it
 * on the run, not on a wrong file).
 */
function placeNamedInMessage(path: string, m: LintMessage): string {
  return `${escapeControls(path)} ${m.line}:${m.column} (its name holds a control or invisible character, shown escaped, which no annotation's file= can name): ${m.message}`;
}

/** The annotation's place: its file's, line's and columns' properties, or none when no file= can name the file. */
function placeProperties(file: string | undefined, m: LintMessage): string[] {
  if (file === undefined) return [];
  // Columns only within one line: actions/toolkit's AnnotationProperties says a start or end
  // column "Cannot be sent when `startLine` and `endLine` are different values" (found by the
  // audit of request files in CI formats: a body's missing fields spanned lines 9 to 15).
  const columns = m.endLine === undefined || m.endLine === m.line ? [`col=${m.column}`, ...(m.endColumn === undefined ? [] : [`endColumn=${m.endColumn}`])] : [];
  return [`file=${file}`, `line=${m.line}`, ...(m.endLine === undefined ? [] : [`endLine=${m.endLine}`]), ...columns];
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
 * each line too, so control characters left after GitHub's escaping are written as visible
 * escapes, but a tab in a file name; a file name holding any other is in the message, not in
 * file= (fileProperty). The last line sums the run up, and says when
 * GitHub will not show every annotation (where the rest are: this log, and the step summary
 * when the CLI writes one).
 */
export const github: StreamFormat = (context) => {
  // The optional fields of the context and the totals as their own: a polluted Object.prototype answered for them (audit of the output formats).
  const { cwd } = context;
  const githubStepSummary = ownField(context, "githubStepSummary");
  // Notes that stand for problems listed nowhere: "every problem is listed above" was said of 1,200 unknown keys, 200 of
  // them behind the rule's note (found by the audit of the counted notes).
  let notes = 0;
  return {
    start: () => "",
    file(result) {
      const path = displayPath(result.filePath, cwd);
      const file = fileProperty(path);
      let text = "";
      for (const m of result.messages) {
        if (isUnlistedNote(m)) notes++;
        const properties = [...placeProperties(file, m), `title=${escapeControls(escapeProperty(`oms-lint ${m.ruleId}`))}`].join(",");
        const message = file === undefined ? placeNamedInMessage(path, m) : m.message;
        text += `::${m.severity === 2 ? "error" : "warning"} ${properties}::${escapeControls(escapeData(message))}\n`;
      }
      return text;
    },
    end(totals) {
      const hiddenErrors = Math.max(0, totals.errors - annotationsShownPerStep);
      const hiddenWarnings = Math.max(0, totals.warnings - annotationsShownPerStep);
      const hidden = [hiddenErrors > 0 ? plural(hiddenErrors, "error") : "", hiddenWarnings > 0 ? plural(hiddenWarnings, "warning") : ""].filter((part) => part !== "");
      // "so 1 warning are not annotated" was printed (found by the audit of the CI surface): one
      // count of 1 takes "is"; two counts, or a count above 1, take "are".
      const verb = hidden.length === 1 && hiddenErrors + hiddenWarnings === 1 ? "is" : "are";
      const unlisted = notes === 0 ? "" : `; ${plural(notes, "note")} among them ${notes === 1 ? "stands" : "stand"} for problems not listed (past a rule's or a list's cap): fix those listed and run it again`;
      if (hidden.length === 0) return `${summaryLine(totals)}${unlisted}\n`;
      const everyOne = notes === 0 ? "every problem is listed above" : "every problem reported is listed above";
      const problems = totals.errors + totals.warnings;
      // The summary's own count when the run wrote it: its byte cap, or the room the file had left, can cut it before its row cap.
      const inSummary = ownField(totals, "stepSummaryRows") ?? Math.min(problems, summaryRowLimit);
      const where = !(ownField(totals, "stepSummaryWritten") ?? githubStepSummary)
        ? everyOne
        : inSummary >= problems
          ? `${everyOne} and in the step summary`
          : inSummary === 0
            ? `${everyOne} (the step summary holds only the counts: its file was near GitHub's 1 MiB limit)`
            : `${everyOne}, ${inSummary.toLocaleString("en-US")} of them in the step summary (errors before warnings)`;
      return (
        `${summaryLine(totals)}; GitHub shows ${annotationsShownPerStep} error and ${annotationsShownPerStep} warning annotations a step, ` +
        `so ${hidden.join(" and ")} ${verb} not annotated: ${where}${unlisted}\n`
      );
    },
  };
};
