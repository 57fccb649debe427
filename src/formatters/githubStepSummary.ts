import { displayPath, escapeControls, plural } from "./displayText.js";
import type { FormatContext, ReportWriter } from "./formatter.js";
import { summaryLine, summaryRowLimit } from "./github.js";

/**
 * Bytes the step summary is kept to: GitHub aborts a step's whole summary past 1 MiB
 * ("$GITHUB_STEP_SUMMARY upload aborted, supports content up to a size of 1024k"), losing every
 * row. 64 KiB are left for what the step's other commands append to the same file.
 */
export const summaryByteLimit = 960 * 1024;

/** What the rows leave of summaryByteLimit for the heading, the run's line, the table's head and the "… and N more" line (each a few hundred bytes at most). */
const framingBytes = 2 * 1024;

/**
 * Why the "… and N more" line's problems are not in the table: which cap the table reached. Made
 * when said: toLocaleString's first call loads ICU's number data (~19 ms), which every run paid
 * at start-up while this was a module-level constant (bench: one small file 187 → 208 ms).
 */
const pastRows = () => `past the summary's ${summaryRowLimit.toLocaleString("en-US")} rows`;
const pastBytes = `past the ${summaryByteLimit / 1024} KiB a step summary is kept to (GitHub takes 1 MiB)`;

/** Text for a Markdown table cell: no line break, no pipe, no HTML, no control character. */
function cell(text: string): string {
  return escapeControls(text)
    .replace(/[\\`*_[\]#|]/g, "\\$&")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;");
}

/** The step summary's writer, which also says how many problems its table lists (the github log's last line says where the rest are). */
export interface StepSummaryWriter extends ReportWriter {
  listed(): number;
}

/**
 * The Markdown that `-f github` appends to $GITHUB_STEP_SUMMARY: the run's summary and a
 * table of the problems (the first thousand, within summaryByteLimit), so that what GitHub
 * does not annotate is still one click away from the run's page.
 */
export function githubStepSummary({ cwd }: FormatContext): StepSummaryWriter {
  let rows = "";
  let rowBytes = 0;
  let listed = 0;
  // Set by the first row that does not fit: the table holds the first problems, none after a gap.
  let cutBy: "rows" | "bytes" | undefined;
  return {
    start: () => "",
    file(result) {
      const file = cell(displayPath(result.filePath, cwd));
      for (const m of result.messages) {
        if (cutBy !== undefined) break;
        if (listed >= summaryRowLimit) {
          cutBy = "rows";
          break;
        }
        const row = `| ${file} | ${m.line}:${m.column} | ${m.severity === 2 ? "error" : "warning"} | ${cell(m.message.length > 400 ? `${m.message.slice(0, 400)}…` : m.message)} | ${cell(m.ruleId)} |\n`;
        const bytes = Buffer.byteLength(row);
        if (rowBytes + bytes > summaryByteLimit - framingBytes) {
          cutBy = "bytes";
          break;
        }
        rows += row;
        rowBytes += bytes;
        listed++;
      }
      return "";
    },
    end(totals) {
      let text = `### oms-lint\n\n${summaryLine(totals).replace(/^oms-lint: /, "")}.\n`;
      if (listed === 0) return `${text}\n`;
      text += `\n| File | Line:Column | Severity | Message | Rule |\n| --- | --- | --- | --- | --- |\n${rows}`;
      const more = totals.errors + totals.warnings - listed;
      if (more > 0) text += `\n… and ${plural(more, "more problem")}, ${cutBy === "bytes" ? pastBytes : pastRows()}: see the step's log.\n`;
      return `${text}\n`;
    },
    listed: () => listed,
  };
}
