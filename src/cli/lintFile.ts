import { lintResult, unreadFileFault, type LintResult } from "../lint/lintResult.js";
import { toolLinter } from "../builtIn/linter.js";
import { encodingFault } from "../source/encodingFault.js";
import { decodeUtf8 } from "../source/utf8.js";
import { isRestClientFile } from "../requests/restClientFile.js";
import { encodingFaultResult } from "../lint/encodingFaultResult.js";
import { describeUnread, isUnread, readBounded, readBoundedView, type Unread } from "../files/readBounded.js";
import { fileSizeLimit, fileSizeWording, givenKind, payloadOptions, requestFileType, requestOptions, type LintRun } from "../lint/lintRun.js";
import { contentHash, fileCacheKey } from "./cacheKey.js";
import { ownReportInBytes } from "../files/ownReport.js";
import type { FileOutcome } from "./lintCache.js";
import { lastLineNamed } from "../lint/cachedResult.js";
import { holdsLines } from "../source/bytesLineCount.js";

/**
 * Lints one file's bytes: a pure function of (path, bytes, run), so that a later worker
 * pool can run it anywhere. The kind is --kind, else the config's `files`, else the content.
 */
export function lintFileBytes(filePath: string, bytes: Uint8Array, run: LintRun): LintResult {
  const limit = fileSizeLimit(run);
  // Bytes past the limit are what a read stopped at (piped text is read to the limit and a little past it): not the file's size.
  if (bytes.length > limit) return lintResult(filePath, run.kind ?? null, [unreadFileFault(fileSizeWording(run)(undefined, limit))]);
  const decoded = decodeUtf8(bytes, isRestClientFile(filePath) ? "requestFile" : "file");
  if (!decoded.ok) return encodingFaultResult(filePath, run.kind ?? null, encodingFault(bytes, decoded));
  // Whole requests: REST Client files and Postman collections (by name, or by info.schema).
  const request = requestFileType(filePath, decoded.text, run);
  if (request === undefined) return toolLinter.lintText(decoded.text, payloadOptions(filePath, run));
  const options = requestOptions(filePath, run);
  return request === "http" ? toolLinter.lintHttpFile(decoded.text, filePath, options) : toolLinter.lintPostmanCollection(decoded.text, filePath, options);
}

/**
 * Reads and lints one file; a file that cannot be read is one fatal message, not a crash.
 * Synchronous on purpose: for files of a few kilobytes, fs/promises' open, fstat, read and
 * close through the thread pool cost several times the read itself (profiled: 0.5 s of
 * 1.7 s over 10,000 files); parallelism comes from worker threads instead.
 */
export function lintFile(filePath: string, run: LintRun): LintResult {
  return lintFileOutcome(filePath, run).result;
}

/**
 * lintFile, and with --cache what the file's entry is made of: its content hash and key. An
 * entry of the last run with both unchanged gives the result without linting; a file that
 * cannot be read is never cached. A file that holds one of oms-lint's own reports is marked so.
 */
export function lintFileOutcome(filePath: string, run: LintRun): FileOutcome {
  // A view of the reader's shared buffer: decoded and hashed here, before the next file is read.
  const bytes = readFileBytes(filePath, run, readBoundedView, goneSinceFound);
  if (!(bytes instanceof Uint8Array)) return { result: bytes };
  // Linted all the same: the caller keeps the verdict of a report named outright.
  const ownReport = ownReportInBytes(bytes, givenKind(filePath, run));
  const own = ownReport === undefined ? {} : { ownReport };
  if (run.cache === undefined) return { result: lintFileBytes(filePath, bytes, run), ...own };
  const cache = { hash: contentHash(bytes), key: fileCacheKey(run, filePath) };
  const stored = run.cache.files.get(filePath);
  if (stored === undefined || stored.hash !== cache.hash || stored.key !== cache.key) return { result: lintFileBytes(filePath, bytes, run), cache, ...own };
  // An entry naming a line past the file's last was edited ("line": 1000000000 was printed as the place): linted afresh, and the run told.
  if (!holdsLines(bytes, lastLineNamed(stored.messages))) return { result: lintFileBytes(filePath, bytes, run), cache, entryPastEnd: true, ...own };
  return { result: lintResult(filePath, stored.kind, stored.messages), cache, ...own };
}

/**
 * What a file the run found is told when it is gone by the time it is read: it was there when
 * its folder was read, so it was removed while the run went on (a broken link is told as one).
 */
export const goneSinceFound = "it no longer exists (removed after the run found it?)";

/**
 * A file's bytes (the caller's own unless `read` says otherwise), or the one fatal message that
 * says why it was not read; `missing`: what a path where nothing is is told (goneSinceFound for a file found).
 */
export function readFileBytes(filePath: string, run: LintRun, read: (path: string, limit: number, missing?: string) => Uint8Array | Unread = readBounded, missing?: string): Uint8Array | LintResult {
  // Not opened: the name shown is not the file's (a file of that very name would be read in its place).
  if (run.undecodable?.has(filePath)) return lintResult(filePath, run.kind ?? null, [unreadFileFault(`cannot read the file: ${undecodableReason}`)]);
  // A folder the walk could not list: one finding for all it holds, which was not linted (a run that passed would hide it).
  const folderProblem = run.unreadFolders?.get(filePath);
  if (folderProblem !== undefined) return lintResult(filePath, run.kind ?? null, [unreadFileFault(`cannot read the folder: ${folderProblem}; nothing in it was linted`)]);
  const limit = fileSizeLimit(run);
  const bytes = read(filePath, limit, missing);
  if (!isUnread(bytes)) return bytes;
  const message = bytes.tooLarge === undefined ? `cannot read the file: ${bytes.reason}` : describeUnread(bytes, limit, fileSizeWording(run));
  return lintResult(filePath, run.kind ?? null, [unreadFileFault(message)]);
}

/**
 * Why a file whose path is not UTF-8 was not read: Node.js reads such a name with U+FFFD in
 * place of its bad bytes, a name no file has, so oms-lint cannot open it (audit of the CI
 * surface; two such names that differ only in those bytes were one finding: review of the last stop).
 */
const undecodableReason =
  "its path is not valid UTF-8 (each byte that breaks UTF-8 is shown as \\xNN, and a backslash as \\x5c): Node.js, which oms-lint runs on, cannot open a file by such a name; rename the file";
