import { displayPath, escapeControls, plural } from "./displayText.js";
import { escapeMarkdown } from "./markdownText.js";
import type { FormatContext, ReportWriter, Totals } from "./formatter.js";
import { summaryLine, summaryRowLimit } from "./github.js";

/**
 * Bytes a step's summary file is kept to, with what the step's other commands wrote there before
 * this run: GitHub aborts a step's whole summary past 1 MiB ("$GITHUB_STEP_SUMMARY upload
 * aborted, supports content up to a size of 1024k"), losing every row. 64 KiB are left for what
 * they append after it.
 */
export const summaryByteLimit = 960 * 1024;

/** Why the "… and N more" line's problems are not in the table: which cap the table reached. */
type Cut = "rows" | "bytes" | "room";

/**
 * Made when said: toLocaleString's first call loads ICU's number data (~19 ms), which every run
 * paid at start-up while this was a module-level constant (bench: one small file 187 → 208 ms).
 */
const count = (n: number) => n.toLocaleString("en-US");
const keptTo = `${summaryByteLimit / 1024} KiB a step summary is kept to (GitHub takes 1 MiB)`;

function pastCap(cut: Cut, held: number): string {
  if (cut === "rows") return `past the summary's ${count(summaryRowLimit)} rows`;
  if (cut === "bytes") return `past the ${keptTo}`;
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
   * The Markdown for a summary file that holds `held` bytes (and a line break more when it is
   * not empty), which with them stays within summaryByteLimit: the table's first rows that fit,
   * only the counts when none does, undefined when not even they fit.
   */
  endAfter(totals: Totals, held: number): StepSummaryText | undefined;
}

const tableHead = "\n| File | Line:Column | Severity | Message | Rule |\n| --- | --- | --- | --- | --- |\n";

/**
 * The Markdown that `-f github` appends to $GITHUB_STEP_SUMMARY: the run's summary and a
 * table of the problems (the first thousand, within summaryByteLimit with what the file
 * already holds), so that what GitHub does not annotate is still one click away from the run's page.
 */
export function githubStepSummary({ cwd }: FormatContext): StepSummaryWriter {
  const rows: string[] = [];
  // Each row's end in the table's bytes: where the table can be cut for the room a file has left.
  const rowEnds: number[] = [];
  // Set by the first row that does not fit: the table holds the first problems, none after a gap.
  let cutBy: Cut | undefined;
  const endAfter = (totals: Totals, held: number): StepSummaryText | undefined => {
    const room = summaryByteLimit - held - (held > 0 ? 1 : 0);
    const head = `### oms-lint\n\n${summaryLine(totals).replace(/^oms-lint: /, "")}.\n`;
    const problems = totals.errors + totals.warnings;
    const fits = (text: string) => Buffer.byteLength(text) <= room;
    if (rowEnds.length === 0 || problems === 0) return fits(`${head}\n`) ? { text: `${head}\n`, rows: 0 } : undefined;
    // The "… and N more" line at its longest (every problem left out, for the room), kept free.
    const framing = Buffer.byteLength(head + tableHead + moreLine(problems, "room", held)) + 1;
    let listed = rowEnds.length;
    while (listed > 0 && rowEnds[listed - 1]! + framing > room) listed--;
    if (listed === 0) {
      const countsOnly = `${head}\nThe table of problems is left out: this step's summary held ${count(held)} bytes before this run, near the ${keptTo}. Every problem is in the step's log.\n\n`;
      return fits(countsOnly) ? { text: countsOnly, rows: 0 } : undefined;
    }
    let text = head + tableHead + rows.slice(0, listed).join("");
    const more = problems - listed;
    if (more > 0) text += moreLine(more, listed < rowEnds.length ? "room" : (cutBy ?? "rows"), held);
    return { text: `${text}\n`, rows: listed };
  };
  return {
    start: () => "",
    file(result) {
      const file = cell(displayPath(result.filePath, cwd));
      for (const m of result.messages) {
        if (cutBy !== undefined) break;
        if (rowEnds.length >= summaryRowLimit) {
          cutBy = "rows";
          break;
        }
        const row = `| ${file} | ${m.line}:${m.column} | ${m.severity === 2 ? "error" : "warning"} | ${cell(m.message.length > 400 ? `${m.message.slice(0, 400)}…` : m.message)} | ${cell(m.ruleId)} |\n`;
        const end = (rowEnds.at(-1) ?? 0) + Buffer.byteLength(row);
        // What a file with nothing in it yet leaves for the rows: the limit less the heading, the table's head and the last line, a few hundred bytes.
        if (end > summaryByteLimit - 2 * 1024) {
          cutBy = "bytes";
          break;
        }
        rows.push(row);
        rowEnds.push(end);
      }
      return "";
    },
    end: (totals) => endAfter(totals, 0)?.text ?? "",
    endAfter,
  };
}

/** The table's last line: how many problems it leaves out, and which cap it reached. */
function moreLine(more: number, cut: Cut, held: number): string {
  return `\n… and ${plural(more, "more problem")}, ${pastCap(cut, held)}: see the step's log.\n`;
}
