import { displayPath, escapeControls } from "./displayText.js";
import type { StreamFormat } from "./formatter.js";

/** Escapes as GitHub's @actions/core does: data loses %, CR and LF; properties also : and ,. */
export function escapeData(text: string): string {
  return text.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}

export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, "%3A").replace(/,/g, "%2C");
}

/**
 * GitHub Actions workflow commands, one a problem: `::error file=…,line=…,col=…::message`.
 * The runner turns them into annotations on the pull request's changed lines. The log shows
 * each line too, so control characters left after GitHub's escaping (an ANSI escape in a
 * file name) are written as visible escapes.
 */
export const github: StreamFormat = ({ cwd }) => ({
  start: () => "",
  file(result) {
    const file = escapeControls(escapeProperty(displayPath(result.filePath, cwd)));
    let text = "";
    for (const m of result.messages) {
      const properties = [
        `file=${file}`,
        `line=${m.line}`,
        `col=${m.column}`,
        `endLine=${m.endLine}`,
        `endColumn=${m.endColumn}`,
        `title=${escapeControls(escapeProperty(`oms-lint ${m.ruleId}`))}`,
      ].join(",");
      text += `::${m.severity === 2 ? "error" : "warning"} ${properties}::${escapeControls(escapeData(m.message))}\n`;
    }
    return text;
  },
  end: () => "",
});
