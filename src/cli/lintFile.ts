import { readFileSync } from "node:fs";
import type { Config } from "../config/config.js";
import { kindForFile } from "../config/kindForFile.js";
import type { Kind } from "../kinds.js";
import { fileFault, lintResult, type LintResult } from "../lintResult.js";
import { lintText } from "../lintText.js";
import type { ExistingRecord } from "../rule.js";
import type { RulesConfig } from "../ruleEngine.js";
import { lineStarts, positionAt } from "../source/lineIndex.js";
import { decodeUtf8 } from "../source/utf8.js";
import { lintHttpFile, lintPostmanCollection, looksLikePostmanCollection } from "../requests/lintRequests.js";
import { withoutRequestRules } from "../requests/requestRules.js";

/** Everything that decides how any one file is linted: the same for every file of a run. */
export interface LintRun {
  readonly config: Config;
  /** --kind: forces the kind of every file. */
  readonly kind?: Kind;
  /** The config's rules with --rule on top. */
  readonly rules: RulesConfig;
  readonly existing?: ExistingRecord;
  readonly maxDepth?: number;
}

/**
 * Lints one file's bytes: a pure function of (path, bytes, run), so that a later worker
 * pool can run it anywhere. The kind is --kind, else the config's `files`, else the content.
 */
export function lintFileBytes(filePath: string, bytes: Uint8Array, run: LintRun): LintResult {
  const decoded = decodeUtf8(bytes);
  if (!decoded.ok) {
    const prefix = Buffer.from(bytes.buffer, bytes.byteOffset, decoded.offset).toString("utf8");
    const { line, column } = positionAt(lineStarts(prefix), prefix.length);
    return lintResult(filePath, run.kind ?? null, [
      { ruleId: "parse", severity: 2, message: decoded.message, path: "", line, column, endLine: line, endColumn: column + 1, fatal: true },
    ]);
  }
  // Whole requests: REST Client files and Postman collections (by name, or by info.schema).
  const requestOptions = { rules: run.rules, settings: run.config.settings, maxDepth: run.maxDepth };
  if (/\.(http|rest)$/i.test(filePath)) return lintHttpFile(decoded.text, filePath, requestOptions);
  if (/\.postman_collection\.json$/i.test(filePath) || (run.kind === undefined && looksLikePostmanCollection(decoded.text))) {
    return lintPostmanCollection(decoded.text, filePath, requestOptions);
  }
  return lintText(decoded.text, {
    filePath,
    kind: run.kind ?? kindForFile(run.config, filePath),
    rules: withoutRequestRules(run.rules),
    settings: run.config.settings,
    existing: run.existing,
    maxDepth: run.maxDepth,
  });
}

/**
 * Reads and lints one file; a file that cannot be read is one fatal message, not a crash.
 * Synchronous on purpose: for files of a few kilobytes, fs/promises' open, fstat, read and
 * close through the thread pool cost several times the read itself (profiled: 0.5 s of
 * 1.7 s over 10,000 files); parallelism comes from worker threads instead.
 */
export function lintFile(filePath: string, run: LintRun): LintResult {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(filePath);
  } catch (error) {
    return unreadable(filePath, run, error as NodeJS.ErrnoException);
  }
  return lintFileBytes(filePath, bytes, run);
}

const reasons: Readonly<Record<string, string>> = {
  EACCES: "permission denied",
  EPERM: "permission denied",
  EISDIR: "it is a folder",
  ENOENT: "it does not exist (a broken symbolic link?)",
  ELOOP: "a loop of symbolic links",
};

function unreadable(filePath: string, run: LintRun, error: NodeJS.ErrnoException): LintResult {
  const reason = (error.code && reasons[error.code]) ?? error.message;
  return lintResult(filePath, run.kind ?? null, [fileFault("parse", `cannot read the file: ${reason}${error.code ? ` (${error.code})` : ""}`)]);
}
