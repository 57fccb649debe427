import { displayPath, escapeControls, plural } from "./displayText.js";
import type { StreamFormat } from "./formatter.js";
import { summaryLine, summaryRowLimit } from "./github.js";

/** Text for a Markdown table cell: no line break, no pipe, no HTML, no control character. */
function cell(text: string): string {
  return escapeControls(text)
    .replace(/[\\`*_[\]#|]/g, "\\$&")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;");
}

/**
 * The Markdown that `-f github` appends to $GITHUB_STEP_SUMMARY: the run's summary and a
 * table of the problems (the first thousand), so that what GitHub does not annotate is
 * still one click away from the run's page.
 */
export const githubStepSummary: StreamFormat = ({ cwd }) => {
  let rows = "";
  let listed = 0;
  return {
    start: () => "",
    file(result) {
      const file = cell(displayPath(result.filePath, cwd));
      for (const m of result.messages) {
        if (listed >= summaryRowLimit) break;
        listed++;
        rows += `| ${file} | ${m.line}:${m.column} | ${m.severity === 2 ? "error" : "warning"} | ${cell(m.message.length > 400 ? `${m.message.slice(0, 400)}…` : m.message)} | ${cell(m.ruleId)} |\n`;
      }
      return "";
    },
    end(totals) {
      let text = `### oms-lint\n\n${summaryLine(totals).replace(/^oms-lint: /, "")}.\n`;
      if (listed === 0) return `${text}\n`;
      text += `\n| File | Line:Column | Severity | Message | Rule |\n| --- | --- | --- | --- | --- |\n${rows}`;
      const more = totals.errors + totals.warnings - listed;
      if (more > 0) text += `\n… and ${plural(more, "more problem")}: see the step's log.\n`;
      return `${text}\n`;
    },
  };
};
