import { escapeControls, oneLine, plural } from "./displayText.js";
import type { LintResult } from "../lint/lintResult.js";
import type { StreamFormat } from "./formatter.js";
import { terminalColumns } from "./terminalColumns.js";

/** Columns a line of the report keeps within where its message allows (a 120-column terminal). */
export const terminalWidth = 120;

const style = (on: boolean, code: string) => (text: string) => (on ? `\u001b[${code}m${text}\u001b[0m` : text);

/**
 * ESLint's default: problems grouped under each file's absolute path, in aligned columns
 * `line:column  severity  message  rule`, then a count. It matches VS Code's built-in
 * `$eslint-stylish` problem matcher: the file line starts with the path, and two spaces
 * separate the message from the rule id (so messages never hold two spaces in a row).
 */
export const stylish: StreamFormat = ({ color }) => {
  const underline = style(color, "4");
  const dim = style(color, "2");
  const red = style(color, "31");
  const yellow = style(color, "33");
  const file = (result: LintResult) => {
    if (result.messages.length === 0) return "";
    const rows = result.messages.map((m) => {
      const message = oneLine(m.message);
      return { line: String(m.line), column: String(m.column), severity: m.severity === 2 ? "error" : "warning", message, messageColumns: terminalColumns(message), ruleId: oneLine(m.ruleId) };
    });
    // A loop, not Math.max(...rows): a spread passes every row as an argument, and 130,000 rows
    // overflowed the call stack (request files audit).
    const width = (key: "line" | "column" | "severity" | "ruleId") => rows.reduce((widest, r) => Math.max(widest, r[key].length), 0);
    const [lineWidth, columnWidth, severityWidth, ruleWidth] = [width("line"), width("column"), width("severity"), width("ruleId")];
    // Messages are padded so the rule ids line up, but only as far as a line still fits the
    // terminal's width: a longer message runs on, two spaces, then its rule.
    const room = terminalWidth - (2 + lineWidth + 1 + columnWidth + 2 + severityWidth + 2 + 2 + ruleWidth);
    // In the columns a terminal draws (terminalColumns): an ideograph takes two.
    const messageWidth = Math.min(rows.reduce((widest, r) => Math.max(widest, r.messageColumns), 0), Math.max(0, room));
    let text = `\n${underline(escapeControls(result.filePath))}\n`;
    for (const r of rows) {
      const position = dim(`${r.line.padStart(lineWidth)}:${r.column.padEnd(columnWidth)}`);
      const severity = (r.severity === "error" ? red : yellow)(r.severity.padEnd(severityWidth));
      text += `  ${position}  ${severity}  ${r.message}${" ".repeat(Math.max(0, messageWidth - r.messageColumns))}  ${dim(r.ruleId)}\n`;
    }
    return text;
  };
  return {
    start: () => "",
    file,
    end({ errors, warnings }) {
      if (errors + warnings === 0) return "";
      const summary = `\u2716 ${plural(errors + warnings, "problem")} (${plural(errors, "error")}, ${plural(warnings, "warning")})`;
      return `\n${style(color, errors > 0 ? "1;31" : "1;33")(summary)}\n\n`;
    },
  };
};
