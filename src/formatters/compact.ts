import { displayPath, escapeControls, oneLine } from "./displayText.js";
import type { StreamFormat } from "./formatter.js";

/**
 * `file:line:column: severity message [rule]`, one line a problem, for editors and grep;
 * the VS Code task's problem matcher (.vscode/tasks.json) reads exactly this.
 */
export const compact: StreamFormat = ({ cwd }) => ({
  start: () => "",
  file(result) {
    // A name holding ":1:2: error " would end early for the problem matcher (its file is
    // the shortest match): that colon is written as an escape.
    const file = escapeControls(displayPath(result.filePath, cwd)).replace(/:(?=\d+:\d+: (?:error|warning) )/g, "\\u003a");
    let text = "";
    for (const m of result.messages) {
      text += `${file}:${m.line}:${m.column}: ${m.severity === 2 ? "error" : "warning"} ${oneLine(m.message)} [${oneLine(m.ruleId)}]\n`;
    }
    return text;
  },
  end: () => "",
});
