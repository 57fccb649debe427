import { nodeCrypto } from "../files/nodeCrypto.js";
import { displayPath, terminalSafeJson } from "./displayText.js";
import type { StreamFormat } from "./formatter.js";
import type { LintMessage } from "../lint/lintResult.js";
import { ownField } from "../engine/ownField.js";

/**
 * GitLab Code Quality (the `artifacts:reports:codequality` report): a JSON array of issues,
 * each with the fields GitLab reads — description, check_name, fingerprint, severity and
 * location.path / location.lines.begin. Paths are relative to the run's folder (run it at
 * the repository's root). Errors are `major`, warnings `minor`, as ESLint's GitLab formatters do.
 *
 * The fingerprint is what GitLab compares between a merge request and its target: it must
 * stay the same across runs and differ between issues. It hashes the file, rule, message id and
 * JSON Pointer, and the occurrence's number among findings sharing those (a key repeated three
 * times is three issues). Not the line (an edit above a finding must not make it "new"), nor the
 * message: it carries counts and values ("the body lacks 11 required fields" became "lacks 10"
 * once one was added, and a merge request showed one issue fixed and one new: found by the audit
 * of the report formats), and the places it names move with the lines above them.
 *
 * In a request file a request's own findings have path "", and a collection's pointers hold the
 * item's index: the request is named by its key (LintMessage.request: its name, else its method and
 * URL, not its place), and the pointer read from the request's own, so that deleting an earlier
 * request leaves a later one's issues as they were (review of c4950221).
 */
/** What names a finding's place in the fingerprint: its request's key and its pointer from the request's, or its pointer alone. */
function requestIdentity(m: LintMessage): string[] {
  // Its own: a polluted Object.prototype.request changed every fingerprint (audit of the output formats).
  const request = ownField(m, "request");
  if (request === undefined) return [m.path];
  const inRequest = request.pointer !== "" && m.path.startsWith(request.pointer) ? m.path.slice(request.pointer.length) : m.path;
  return [request.key, inRequest];
}

export const gitlab: StreamFormat = ({ cwd }) => {
  let first = true;
  return {
    start: () => "[",
    file(result) {
      const path = displayPath(result.filePath, cwd);
      const seen = new Map<string, number>();
      let text = "";
      for (const m of result.messages) {
        const identity = [path, m.ruleId, m.messageId, ...requestIdentity(m)].join("\u0000");
        const occurrence = seen.get(identity) ?? 0;
        seen.set(identity, occurrence + 1);
        const issue = {
          type: "issue",
          description: m.message,
          check_name: m.ruleId,
          fingerprint: nodeCrypto().createHash("sha256").update(`${identity}\u0000${occurrence}`).digest("hex"),
          severity: m.severity === 2 ? "major" : "minor",
          location: { path, lines: { begin: m.line, end: m.endLine } },
        };
        text += `${first ? "" : ","}\n  ${terminalSafeJson(JSON.stringify(issue))}`;
        first = false;
      }
      return text;
    },
    end: () => (first ? "]\n" : "\n]\n"),
  };
};
