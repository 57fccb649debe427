import { withUtf8Columns } from "../lint/utf8Columns.js";
import { lstatSync, realpathSync } from "node:fs";
import { isAbsolute, relative, resolve, sep } from "node:path";
import { describeWriteFailure, writeFileAtomic, writeTarget } from "../files/atomicWrite.js";
import { signalTurns } from "../files/removeOnSignal.js";
import { toolLinter } from "../builtIn/linter.js";
import { unifiedDiff } from "../fix/unifiedDiff.js";
import type { FixedFindings } from "../fix/fix.js";
import { fileFault, lintResult, type LintResult } from "../lint/lintResult.js";
import { decodeUtf8 } from "../source/utf8.js";
import { goneSinceFound, lintFileBytes, readFileBytes } from "./lintFile.js";
import { readBounded } from "../files/readBounded.js";
import { fileSizeLimit, givenKind, payloadOptions, requestFileType, type LintRun } from "../lint/lintRun.js";
import { ownReportInBytes, type OwnReport } from "../files/ownReport.js";
import { isOutside } from "../files/outsidePath.js";
import { realPathOrAsGiven } from "../files/fileFacts.js";

export interface FixedFile {
  /** What linting the fixed text finds (the problems left). */
  readonly result: LintResult;
  /** What --fix-dry-run prints: the unified diff of the fixes --fix writes ("" when it writes none). */
  readonly diff: string;
  /**
   * Whether `result` is of a fixed text that is only shown (--fix-dry-run's), never written: the
   * file on the disk still holds the text it was fixed from, and still has the errors the fixes remove.
   */
  readonly shownOnly: boolean;
  /** The path the diff names when the file lies outside the working folder: git apply takes it only with --unsafe-paths. */
  readonly outsideName?: string;
}

/**
 * How a diff names a file: its path from the working directory, with / (so `git apply` takes
 * it), or, outside that folder, its absolute path, which git apply refuses ("invalid path", as
 * it refuses `../out.json`) unless given --unsafe-paths (outsideDiffNote says so).
 */
function diffName(filePath: string, cwd: string): { readonly name: string; readonly outside: boolean } {
  // The piped text's name (<stdin>) is no path: it is named as it is.
  if (!isAbsolute(filePath)) return { name: filePath.split(sep).join("/"), outside: false };
  const name = relative(cwd, filePath);
  const outside = isOutside(name) || name === "";
  return { name: (outside ? filePath : name).split(sep).join("/"), outside };
}

/** The note of a dry run whose diff names files outside the working folder. */
export function outsideDiffNote(names: readonly string[]): string {
  const which = names.length === 1 ? `${names[0]} by its absolute path` : `${names.length} files by their absolute paths (${names.join(", ")})`;
  return `the diff names ${which}, outside the working folder: git apply refuses such a path ("invalid path") unless given --unsafe-paths (git apply --unsafe-paths <patch>; inside a git repository, run it from the top folder: a path outside the folder git apply runs in is skipped)`;
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
 * that are not UTF-8 are linted as usual (one fatal message) and never rewritten. `fixing`:
 * whose fixes are made (--quiet: only errors').
 */
export function fixFileBytes(filePath: string, bytes: Uint8Array, run: LintRun, cwd: string, fixing: FixedFindings = "every"): FixedFile {
  const fixed = fixText(filePath, bytes, run, fixing);
  return { result: fixed.result, ...fixDiff(fixed, filePath, cwd), shownOnly: fixed.changed !== undefined };
}

/** One file's text fixed: the problems left, and (only when a fix changed it) the text read and the fixed text. */
interface FixedText {
  readonly result: LintResult;
  readonly changed?: { readonly text: string; readonly output: string };
}

function fixText(filePath: string, bytes: Uint8Array, run: LintRun, fixing: FixedFindings): FixedText {
  // Too large, or not UTF-8: linted as usual (one fatal message) and never rewritten.
  const decoded = bytes.length > fileSizeLimit(run) ? undefined : decodeUtf8(bytes);
  if (!decoded?.ok) return { result: lintFileBytes(filePath, bytes, run) };
  // Whole requests (.http, .rest, Postman collections) are linted, not fixed.
  if (requestFileType(filePath, decoded.text, run) !== undefined) return { result: lintFileBytes(filePath, bytes, run) };
  const options = payloadOptions(filePath, run);
  const fixed = toolLinter.fix(decoded.text, options.kind, options, fixing);
  // The problems left are placed in the fixed text.
  const result = withUtf8Columns(lintResult(filePath, fixed.kind, fixed.remaining), fixed.output);
  if (fixed.output === decoded.text) return { result };
  return { result, changed: { text: decoded.text, output: fixed.output } };
}

/** The unified diff of a fixed text ("" when nothing changed), naming `target`, the file the fixes go into, and that name where it lies outside the working folder. */
function fixDiff({ changed }: FixedText, target: string, cwd: string): Pick<FixedFile, "diff" | "outsideName"> {
  if (changed === undefined) return { diff: "" };
  const { name, outside } = diffName(target, cwd);
  const diff = unifiedDiff(changed.text, changed.output, { fromFile: gitQuotedPath(`a/${name}`), toFile: gitQuotedPath(`b/${name}`) });
  return outside ? { diff, outsideName: name } : { diff };
}

/**
 * --fix and --fix-dry-run over files: each file is read, fixed, and (unless `dryRun`)
 * written back only when a fix changed it; the dry run shows it instead, after the same checks.
 * One thread: a fix run is not the bulk path.
 *
 * A write is atomic (a temporary file renamed over the file) and happens only if the file
 * still holds the text that was linted: an edit saved meanwhile is kept, and said so. A file
 * found through a symbolic link is written through the link (as ESLint does) only when the
 * file it points to lies inside what the command line named (`roots`): `--fix repo/` never
 * rewrites a file outside repo/ because a link inside it points there.
 */
export async function fixFiles(files: readonly string[], run: LintRun, options: FixOptions): Promise<FixedFile[]> {
  // Ctrl-C or SIGTERM while a file is written waits for it (whole, no temporary file left),
  // then ends the run before the next file.
  const turn = signalTurns();
  const fixedFiles: FixedFile[] = [];
  // The dry run's: the real files whose fixes are in the diff already.
  const fixedTargets = new Set<string>();
  for (const filePath of files) {
    const { fixed, written } = fixFile(filePath, run, options, fixedTargets);
    if (fixed !== undefined) fixedFiles.push(fixed);
    await turn(written);
  }
  return fixedFiles;
}

interface FixOptions {
  readonly dryRun: boolean;
  readonly cwd: string;
  readonly roots?: readonly string[];
  /** Whose fixes are made: every fixable finding's, or (--quiet) only errors', so that no warning it hides is written. */
  readonly fixing?: FixedFindings;
  /** Whether the file is left out when it holds one of oms-lint's own reports (ownReport.ts): one a walk or a glob found. */
  readonly skipsOwnReport?: (filePath: string) => boolean;
  /** Told of each file so left out, and which of oms-lint's own it is (the run names a `[]` file: main.ts). */
  readonly leftOutAsOwn?: (filePath: string, which: OwnReport) => void;
}

/**
 * One file fixed (none: left out, one of oms-lint's own reports), and whether the fixed text
 * was written into it. The dry run makes every decision the write makes (README: `git apply`
 * takes its diff) and only prints where --fix writes: the same refusals in the same words, and
 * one diff per real file, naming it (git does not patch through a link).
 */
function fixFile(filePath: string, run: LintRun, options: FixOptions, fixedTargets: Set<string>): { fixed?: FixedFile; written: boolean } {
  // An unreadable file (a folder, a broken link, no permission, too large) is one fatal message.
  const bytes = readFileBytes(filePath, run, readBounded, goneSinceFound);
  if (!(bytes instanceof Uint8Array)) return { fixed: { result: bytes, diff: "", shownOnly: false }, written: false };
  // Never rewritten as a payload, even where a `files` glob or --kind names a kind for it (but for `[]`, a payload of that kind then: ownReport.ts).
  const own = options.skipsOwnReport?.(filePath) ? ownReportInBytes(bytes, givenKind(filePath, run)) : undefined;
  if (own !== undefined) {
    options.leftOutAsOwn?.(filePath, own);
    return { written: false };
  }
  const fixed = fixText(filePath, bytes, run, options.fixing ?? "every");
  if (fixed.changed === undefined) return { fixed: { result: fixed.result, diff: "", shownOnly: false }, written: false };
  // A second name of a file already fixed: --fix reads it fixed, and finds nothing more to do.
  if (options.dryRun && fixedTargets.has(realPathOrAsGiven(filePath))) return { fixed: { result: fixed.result, diff: "", shownOnly: true }, written: false };
  const outside = options.roots === undefined ? undefined : linkOutside(filePath, options.roots);
  if (outside !== undefined) {
    const why = `not fixed: it is a symbolic link to ${outside}, outside the files and folders named on the command line (name the link itself, or its target, to fix it); nothing was fixed, and the problems shown are those of the file as it was read`;
    return { fixed: unwritten(filePath, bytes, run, why), written: false };
  }
  try {
    const target = writeTarget(filePath);
    if (options.dryRun) return { fixed: shown(fixed, filePath, target, options.cwd, fixedTargets), written: false };
    writeFileAtomic(filePath, fixed.changed.output, { expect: bytes, removeOnSignal: true });
  } catch (error) {
    const why = `cannot write the fixed file: ${describeWriteFailure(error)}; the file is unchanged (nothing was fixed), and the problems shown are those of the file as it was read`;
    return { fixed: unwritten(filePath, bytes, run, why), written: false };
  }
  return { fixed: { result: fixed.result, diff: "", shownOnly: false }, written: true };
}

/**
 * What the dry run shows of a fix --fix would write into `target`: the diff names that file (a
 * link's, from the real working folder), and a second name of it found later shows none.
 */
function shown(fixed: FixedText, filePath: string, target: string, cwd: string, fixedTargets: Set<string>): FixedFile {
  fixedTargets.add(realPathOrAsGiven(target));
  return { result: fixed.result, ...fixDiff(fixed, target, target === filePath ? cwd : realPathOrAsGiven(cwd)), shownOnly: true };
}

/**
 * A file whose fixed text was not written: the fault, and the problems of the text on the
 * disk, at their lines there (the fixed text's lines moved where a fix removed one), the
 * fixable ones included.
 */
function unwritten(filePath: string, bytes: Uint8Array, run: LintRun, message: string): FixedFile {
  const onDisk = lintFileBytes(filePath, bytes, run);
  const fault = fileFault("fix", message, "unwritten");
  // Nothing to show either: a dry run's diff holds only what --fix writes.
  return { result: lintResult(onDisk.filePath, onDisk.kind, [fault, ...onDisk.messages]), diff: "", shownOnly: false };
}

/**
 * Where --fix may write: the real paths of what each command-line pattern names (a file, a
 * folder, or a glob's folder before its first wildcard). A link named outright is its own
 * root, so naming a link fixes the file it points to.
 */
export function fixRoots(patterns: readonly string[], cwd: string): string[] {
  return patterns.map((pattern) => {
    const parts = pattern.split(/[\\/]/);
    const wild = parts.findIndex((part) => /[*?[\]{}()!+@]/.test(part));
    return realPathOrAsGiven(resolve(cwd, (wild < 0 ? parts : parts.slice(0, wild)).join("/") || "."));
  });
}

/** The real file a symbolic link points to, when it lies outside every root; undefined for a file that is not a link, or a link within. */
function linkOutside(filePath: string, roots: readonly string[]): string | undefined {
  try {
    if (!lstatSync(filePath).isSymbolicLink()) return undefined;
    const real = realpathSync(filePath);
    return roots.some((root) => within(real, root)) ? undefined : real;
  } catch {
    return undefined;
  }
}

function within(path: string, root: string): boolean {
  const rest = relative(root, path);
  return !isOutside(rest);
}
