import type { Kind } from "../kinds/kinds.js";
import type { EncodingFault } from "../source/encodingFault.js";
import { lintResult, type LintResult } from "./lintResult.js";
import { withUtf8Columns } from "./utf8Columns.js";

/**
 * A file whose bytes are not UTF-8, as the CLI reports it: one fatal `parse` error at the first
 * bad byte, the text unread. The language server publishes the same for a file whose bytes on
 * disk are so, whatever text the editor decoded from them (src/lsp/diskEncoding.ts).
 */
export function encodingFaultResult(filePath: string, kind: Kind | null, { message, line, column, prefix }: EncodingFault): LintResult {
  const fault = lintResult(filePath, kind, [{ ruleId: "parse", messageId: "parse", severity: 2, evidence: "stated", message, path: "", line, column, endLine: line, endColumn: column + 1, fatal: true }]);
  // The bad byte is one byte: "?" stands for it, so that the UTF-8 end column is one past it.
  return withUtf8Columns(fault, `${prefix}?`);
}
