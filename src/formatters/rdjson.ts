import { displayPath, terminalSafeJson } from "./displayText.js";
import { ownField } from "../engine/ownField.js";
import type { LintMessage } from "../lint/lintResult.js";
import type { RuleDescription, StreamFormat } from "./formatter.js";

/**
 * reviewdog's Diagnostic Format as one JSON document (`reviewdog -f=rdjson`): each problem
 * with its place, severity and rule (linked to its docs), and, where the rule has a safe
 * fix, a suggestion reviewdog can offer on the pull request. Every column, of a message's
 * range and of a suggestion's, counts UTF-8 bytes, as reviewdog.proto's Position says
 * ("Column number, starting at 1 (byte count in UTF-8)"), of the line as the file holds it:
 * on line 1, a byte order mark's 3 bytes too (utf8Column), since reviewdog splices the raw line.
 */
export const rdjson: StreamFormat = (context) => {
  // The optional fields of the context and of each rule as their own (audit of the output formats: a polluted Object.prototype answered for them).
  const { cwd, rules } = context;
  const informationUri = ownField(context, "informationUri");
  const docs = new Map(rules.flatMap((rule) => ruleDocs(rule)));
  let first = true;
  // A finding's optional fields as its own: a polluted Object.prototype.fix threw here (audit of the output formats).
  const diagnostic = (path: string, m: LintMessage) => withOwnFields(path, m, ownField(m, "utf8"), ownField(m, "fix"));
  const withOwnFields = (path: string, m: LintMessage, utf8: LintMessage["utf8"], fix: LintMessage["fix"]) => ({
    message: m.message,
    location: { path, range: { start: { line: m.line, column: utf8?.column ?? m.column }, end: { line: m.endLine, column: utf8?.endColumn ?? m.endColumn } } },
    severity: m.severity === 2 ? "ERROR" : "WARNING",
    code: { value: m.ruleId, ...(docs.has(m.ruleId) ? { url: docs.get(m.ruleId) } : {}) },
    ...(fix
      ? {
          suggestions: [
            {
              range: { start: { line: fix.line, column: fix.utf8.column }, end: { line: fix.endLine, column: fix.utf8.endColumn } },
              text: fix.text,
            },
          ],
        }
      : {}),
  });
  return {
    start: () => `{"source":${JSON.stringify({ name: "oms-lint", ...(informationUri ? { url: informationUri } : {}) })},"diagnostics":[`,
    file(result) {
      const path = displayPath(result.filePath, cwd);
      let text = "";
      for (const m of result.messages) {
        text += `${first ? "" : ","}\n${terminalSafeJson(JSON.stringify(diagnostic(path, m)))}`;
        first = false;
      }
      return text;
    },
    end: () => (first ? "]}\n" : "\n]}\n"),
  };
};

/** A rule's id and docs page, where it has one of its own. */
function ruleDocs(rule: RuleDescription): (readonly [string, string])[] {
  const helpUri = ownField(rule, "helpUri");
  return helpUri ? [[rule.id, helpUri]] : [];
}
