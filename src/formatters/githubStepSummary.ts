import { displayPath, escapeControls, plural } from "./displayText.js";
import { escapeMarkdown } from "./markdownText.js";
import type { FormatContext, ReportWriter, Totals } from "./formatter.js";
import { summaryLine, summaryRowLimit } from "./github.js";
import { errorsFirstCap, type LeftOut } from "./errorsFirstCap.js";

/**
 * Bytes a step's summary file is kept to, with what the step's other commands wrote there before
 * this run: GitHub aborts a step's whole summary past 1 MiB ("$GITHUB_STEP_SUMMARY upload
 * aborted, supports content up to a size of 1024k"), losing every row. 64 KiB are left for what
 * they append after it.
 */
export const summaryByteLimit = 960 * 1024;

/** Why the "… and N more" line's problems are not in the table: which cap the table reached. */
type Cut = "rows" | "bytes" | "room" | "none";

/**
 * Made when said: toLocaleString's first call loads ICU's number data (~19 ms), which every run
 * paid at start-up while this was a module-level constant (bench: one small file 187 → 208 ms).
 */
const count = (n: number) => n.toLocaleString("en-US");
const keptTo = `${summaryByteLimit / 1024} KiB a step summary is kept to (GitHub takes 1 MiB)`;

function pastCap(cut: Cut, held: number): string {
  if (cut === "rows") return `past the summary's ${count(summaryRowLimit)} rows`;
  if (cut === "bytes") return `past the ${keptTo}`;
  if (cut === "none") return "counted but not listed";
  return `past the room left in this step's summary, which held ${count(held)} bytes before this run, of the ${keptTo}`;
}

/**
 * Text for a Markdown table cell, shown as written: no line break, no control character, every
 * ASCII punctuation character escaped (escapeMarkdown: no pipe, HTML, entity, `~~` strikethrough)
 * and each `$` in span tags, which GitHub's math needs: its "Writing mathematical expressions"
 * says of a dollar sign outside a math expression, "use span tags around the explicit `$`"
 * (`$m$` in a file name was inline math; a backslash alone is not what it documents).
 */
function cell(text: string): string {
  // escapeMarkdown wrote each `$` as `\$`.
  return escapeMarkdown(escapeControls(text)).replace(/\\\$/g, "<span>$$</span>");
}

/** The Markdown to append to a summary file, and how many problems its table lists. */
export interface StepSummaryText {
  readonly text: string;
  readonly rows: number;
}

/** The step summary's writer: its end within what the summary file already holds. */
export interface StepSummaryWriter extends ReportWriter {
  /**
   * The Markdown for a summary file that holds `held` bytes (and two line breaks more, a blank line, when it is
   * not empty), which with them stays within summaryByteLimit: the table's first rows that fit,
   * only the counts when none does, undefined when not even they fit.
   */
  endAfter(totals: Totals, held: number): StepSummaryText | undefined;
}

const tableHead = "\n| File | Line:Column | Severity | Message | Rule |\n| --- | --- | --- | --- | --- |\n";

/** A row of the table, and whether it is an error's. */
interface Row {
  readonly text: string;
  readonly isError: boolean;
}

/** Bytes the rows may take in a file with nothing in it yet: the limit less the heading, the table's head and the last line, a few hundred bytes. */
const rowBytesLimit = summaryByteLimit - 2 * 1024;

/**
 * The Markdown that `-f github` appends to $GITHUB_STEP_SUMMARY: the run's summary and a
 * table of the problems (at most a thousand, within summaryByteLimit with what the file
 * already holds; errors kept before warnings when a cap bites, as SARIF's cap keeps them:
 * GitHub annotates 10 errors a step, and an error left out of the table too was nowhere but
 * the log), so that what GitHub does not annotate is still one click away from the run's page.
 */
export function githubStepSummary({ cwd }: FormatContext): StepSummaryWriter {
  const cap = errorsFirstCap<Row>(summaryRowLimit, rowBytesLimit);
  const endAfter = (totals: Totals, held: number): StepSummaryText | undefined => {
    const room = summaryByteLimit - held - (held > 0 ? 2 : 0);
    const head = `### oms-lint\n\n${summaryLine(totals).replace(/^oms-lint: /, "")}.\n`;
    const problems = totals.errors + totals.warnings;
    const fits = (text: string) => Buffer.byteLength(text) <= room;
    const rows = cap.held();
    if (rows.length === 0 || problems === 0) return fits(`${head}\n`) ? { text: `${head}\n`, rows: 0 } : undefined;
    // The "… and N more" line at its longest (every problem left out, for the room; a plural's "s" more each), kept free.
    const framing = Buffer.byteLength(head + tableHead + moreLine({ errors: totals.errors, warnings: totals.warnings }, "room", held)) + 3;
    // The rows that fit the room the file has left, errors first again.
    const inRoom = errorsFirstCap<Row>(rows.length, room - framing);
    for (const row of rows) inRoom.offer(row, row.isError, Buffer.byteLength(row.text));
    const listed = inRoom.held();
    if (listed.length === 0) {
      const countsOnly = `${head}\nThe table of problems is left out: this step's summary held ${count(held)} bytes before this run, near the ${keptTo}. Every problem is in the step's log.\n\n`;
      return fits(countsOnly) ? { text: countsOnly, rows: 0 } : undefined;
    }
    let text = head + tableHead + listed.map((row) => row.text).join("");
    const listedErrors = listed.filter((row) => row.isError).length;
    const more = { errors: totals.errors - listedErrors, warnings: totals.warnings - (listed.length - listedErrors) };
    // "rows" only where that cap bit: it was said whenever neither did (audit of the counted notes).
    const cut: Cut = listed.length < rows.length ? "room" : cap.bitBy() === "weight" ? "bytes" : cap.bitBy() === "count" ? "rows" : "none";
    if (more.errors + more.warnings > 0) text += moreLine(more, cut, held);
    return { text: `${text}\n`, rows: listed.length };
  };
  return {
    start: () => "",
    file(result) {
      const file = cell(displayPath(result.filePath, cwd));
      for (const m of result.messages) {
        const isError = m.severity === 2;
        const row = `| ${file} | ${m.line}:${m.column} | ${isError ? "error" : "warning"} | ${cell(shortened(m.message))} | ${cell(m.ruleId)} |\n`;
        cap.offer({ text: row, isError }, isError, Buffer.byteLength(row));
      }
      return "";
    },
    end: (totals) => endAfter(totals, 0)?.text ?? "",
    endAfter,
  };
}

/** Units of a message a cell holds: a longer one is cut there, "…" after it. */
const cellMessageUnits = 400;

/**
 * A message as a cell holds it: cut after cellMessageUnits UTF-16 units, but never between the
 * halves of a surrogate pair (an emoji there left its first half, which the UTF-8 file held as
 * U+FFFD: found by the audit of the output formats).
 */
function shortened(message: string): string {
  if (message.length <= cellMessageUnits) return message;
  const splitsPair = /[\ud800-\udbff]/.test(message[cellMessageUnits - 1]!) && /[\udc00-\udfff]/.test(message[cellMessageUnits]!);
  return `${message.slice(0, splitsPair ? cellMessageUnits - 1 : cellMessageUnits)}…`;
}

/** The table's last line: how many problems of each level it leaves out, and which cap it reached. */
function moreLine(more: LeftOut, cut: Cut, held: number): string {
  const where = cut === "none" ? "." : ", errors kept before warnings: see the step's log.";
  return `\n… and ${plural(more.errors + more.warnings, "more problem")} (${plural(more.errors, "error")}, ${plural(more.warnings, "warning")}), ${pastCap(cut, held)}${where}\n`;
}
