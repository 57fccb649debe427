import { nodeCrypto } from "../files/nodeCrypto.js";
import { displayPath, terminalSafeJson } from "./displayText.js";
import type { StreamFormat } from "./formatter.js";

/**
 * GitLab Code Quality (the `artifacts:reports:codequality` report): a JSON array of issues,
 * each with the fields GitLab reads — description, check_name, fingerprint, severity and
 * location.path / location.lines.begin. Paths are relative to the run's folder (run it at
 * the repository's root). Errors are `major`, warnings `minor`, as ESLint's GitLab formatters do.
 *
 * The fingerprint is what GitLab compares between a merge request and its target: it must
 * stay the same across runs and differ between issues. It hashes the file, rule, JSON
 * Pointer, message id and message, not the line (an edit above a finding must not make it
 * "new"), and the occurrence's number among identical ones (a key repeated three times is three
 * issues). Positions a message names are taken out of it first: a parse fault says where the
 * bracket it ends opened ("the array opened at line 3, column 11"), a request file's finding where
 * a script opened ("on line 5"), and a blank line above moved those too.
 */
/** A position a message names ("line 3", "column 11", "lines 4"), its number taken out. */
const positionInMessage = /\b(lines?|columns?) \d+/g;

/** A message as the fingerprint reads it: with the positions it names taken out, which move when lines above them do. */
const withoutPositions = (message: string): string => message.replace(positionInMessage, "$1 …");

export const gitlab: StreamFormat = ({ cwd }) => {
  let first = true;
  return {
    start: () => "[",
    file(result) {
      const path = displayPath(result.filePath, cwd);
      const seen = new Map<string, number>();
      let text = "";
      for (const m of result.messages) {
        const identity = [path, m.ruleId, m.path, m.messageId, withoutPositions(m.message)].join("\u0000");
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
