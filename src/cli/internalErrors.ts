import { andList } from "../engine/andList.js";
import { escapeControls } from "../formatters/displayText.js";
import { isInternalError, type LintResult } from "../lint/lintResult.js";

/**
 * The rules that threw in a run, and on how many files: such a file was not checked by them, so
 * the run exits 2 (SPEC §5: an internal error is exit 2), whatever the rule's level and whatever
 * the suppressions record says (audit of the service surface: a crash was a lint error, which
 * --suppress-all recorded and its count then hid).
 */
export function internalErrorTally() {
  const rules = new Set<string>();
  let files = 0;
  return {
    /** Counts the result as linted (before --quiet and the record: a warning rule's crash counts too). */
    count(result: LintResult): void {
      let found = false;
      for (const message of result.messages) {
        if (!isInternalError(message)) continue;
        rules.add(message.ruleId);
        found = true;
      }
      if (found) files++;
    },
    /** The one stderr line of a run that met any (without `oms-lint: ` and the newline); undefined when none. */
    line(): string | undefined {
      if (files === 0) return undefined;
      const names = andList([...rules].map(escapeControls));
      return `internal error in rule${rules.size === 1 ? "" : "s"} ${names} (${files} file${files === 1 ? "" : "s"}; please report it): its finding is in the report, and the run exits 2`;
    },
  };
}
