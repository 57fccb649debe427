import { writeFileSync } from "node:fs";
import { relative, sep } from "node:path";
import { fix } from "../fix/fix.js";
import { unifiedDiff } from "../fix/unifiedDiff.js";
import { fileFault, lintResult, type LintResult } from "../lint/lintResult.js";
import { decodeUtf8 } from "../source/utf8.js";
import { fileSizeLimit, lintFileBytes, payloadOptions, readFileBytes, requestFileType, type LintRun } from "./lintFile.js";

export interface FixedFile {
  /** What linting the fixed text finds (the problems left). */
  readonly result: LintResult;
  /** The unified diff of the fixes ("" when there is nothing to fix). */
  readonly diff: string;
}

/** How a diff names a file: its path from the working directory, with / (so `git apply` takes it). */
function diffName(filePath: string, cwd: string): string {
  const name = relative(cwd, filePath);
  return (name.startsWith("..") || name === "" ? filePath : name).split(sep).join("/");
}

const cEscapes: Readonly<Record<number, string>> = { 7: "\\a", 8: "\\b", 9: "\\t", 10: "\\n", 11: "\\v", 12: "\\f", 13: "\\r", 34: '\\"', 92: "\\\\" };

/**
 * A diff header's path as git writes it (quote_c_style, core.quotePath): quoted when it holds
 * a control character, a quote, a backslash or any non-ASCII byte, each such byte escaped
 * (\n, \", \033, \303\251). `git apply` reads it back, and no byte a terminal acts on is raw.
 */
export function gitQuotedPath(path: string): string {
  const bytes = Buffer.from(path, "utf8");
  if (!bytes.some((byte) => byte < 0x20 || byte >= 0x7f || byte === 34 || byte === 92)) return path;
  let quoted = '"';
  for (const byte of bytes) {
    if (cEscapes[byte] !== undefined) quoted += cEscapes[byte];
    else if (byte < 0x20 || byte >= 0x7f) quoted += "\\" + byte.toString(8).padStart(3, "0");
    else quoted += String.fromCharCode(byte);
  }
  return quoted + '"';
}

/**
 * Fixes one file's bytes (see fix()): the problems left, and the diff of the fixes. Bytes
 * that are not UTF-8 are linted as usual (one fatal message) and never rewritten.
 */
export function fixFileBytes(filePath: string, bytes: Uint8Array, run: LintRun, cwd: string): FixedFile & { readonly output?: string } {
  // Too large, or not UTF-8: linted as usual (one fatal message) and never rewritten.
  const decoded = bytes.length > fileSizeLimit(run) ? undefined : decodeUtf8(bytes);
  if (!decoded?.ok) return { result: lintFileBytes(filePath, bytes, run), diff: "" };
  // Whole requests (.http, .rest, Postman collections) are linted, not fixed.
  if (requestFileType(filePath, decoded.text, run) !== undefined) return { result: lintFileBytes(filePath, bytes, run), diff: "" };
  const options = payloadOptions(filePath, run);
  const fixed = fix(decoded.text, options.kind, options);
  const result = lintResult(filePath, fixed.kind, fixed.remaining);
  if (fixed.output === decoded.text) return { result, diff: "" };
  const name = diffName(filePath, cwd);
  return { result, diff: unifiedDiff(decoded.text, fixed.output, { fromFile: gitQuotedPath(`a/${name}`), toFile: gitQuotedPath(`b/${name}`) }), output: fixed.output };
}

/**
 * --fix and --fix-dry-run over files: each file is read, fixed, and (unless `dryRun`)
 * written back only when a fix changed it. One thread: a fix run is not the bulk path.
 */
export function fixFiles(files: readonly string[], run: LintRun, options: { readonly dryRun: boolean; readonly cwd: string }): FixedFile[] {
  return files.map((filePath) => {
    // An unreadable file (a folder, a broken link, no permission, too large) is one fatal message.
    const bytes = readFileBytes(filePath, run);
    if (!(bytes instanceof Uint8Array)) return { result: bytes, diff: "" };
    const fixed = fixFileBytes(filePath, bytes, run, options.cwd);
    if (options.dryRun || fixed.output === undefined) return fixed;
    try {
      writeFileSync(filePath, fixed.output);
    } catch (error) {
      const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
      const unwritten = fileFault("fix", `cannot write the fixed file (${reason}); it is unchanged, and the problems shown are those the fixes would leave`);
      return { result: lintResult(filePath, fixed.result.kind, [unwritten, ...fixed.result.messages]), diff: fixed.diff };
    }
    return fixed;
  });
}
