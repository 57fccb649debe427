import { shownChildId } from "../split/shownChildId.js";
import { lstatSync } from "node:fs";
import { isFolder, statOrUndefined } from "../files/fileFacts.js";
import { basename, dirname, extname, join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { checkChildTargets } from "./childTargets.js";
import { writeChildFiles } from "./childFiles.js";
import { kindForFile } from "../config/kindForFile.js";
import { handlePendingSignals } from "../files/removeOnSignal.js";
import { mayBeUndecodable } from "../files/undecodableName.js";
import { displayPath, escapeControls, oneLine, plural, terminalSafeJson } from "../formatters/displayText.js";
import { formatters } from "../formatters/index.js";
import { detectParsedKind } from "../kinds/kindDetection.js";
import { orderKinds, type Kind } from "../kinds/kinds.js";
import { kindPayloadPhrase } from "../kinds/kindPayloadPhrase.js";
import type { LintResult } from "../lint/lintResult.js";
import { toolLinter } from "../builtIn/linter.js";
import { checkIdTemplate, childOrderIds, defaultIdTemplate } from "../split/childOrderId.js";
import { SplitError } from "../split/splitError.js";
import { maxWritableDepth } from "../split/writableDepth.js";
import { placedSplitError, splitRefusal } from "../split/splitRefusal.js";
import { withKindNotes } from "../split/importSplitNote.js";
import { splitOrder, type SplitResult } from "../split/splitOrder.js";
import { parseSource, type ParsedJson } from "../source/parseSource.js";
import { commandLineLimitHints } from "../source/limitMessages.js";
import { decodeUtf8 } from "../source/utf8.js";
import { fileSizeOption, integerOption } from "./args.js";
import type { CliIo } from "./cliIo.js";
import { readFileBytes } from "./lintFile.js";
import { limitsOf } from "../lint/oversizedValue.js";
import { replaceableChildren } from "./replaceableChildren.js";
import { removeStaleChildren, staleChildren, type StaleRemoval } from "./staleChildren.js";
import { lintRunOf, resolveConfig } from "./commandLineRun.js";
import { fileSizeLimit, fileSizeWording, payloadOptions, requestFileType, type LintRun } from "../lint/lintRun.js";
import { requestFileRefusal } from "../split/requestFileRefusal.js";
import { packageInfo } from "../builtIn/packageInfo.js";
import { argumentProblem, unknownValue, UsageError } from "./usageError.js";
import { refuseUndecodableName } from "./undecodableArgument.js";
import { readOnlyWords } from "../files/readOnlyFile.js";
import { layoutOf } from "./childLayout.js";
import { inSystemFolder } from "../files/streamPath.js";
import { withShortAssignsOf } from "./shortOptionAssign.js";

export function splitHelpText(): string {
  return `oms-lint split [options] <file>

Splits a Create Order payload whose items mix availabilities the OMS does not accept
together (preorder P; discontinued D; split to merchant J; digital content I; the rest)
into one order per class (all P; all D; all J; all I; all the rest), or, where the
config's settings.onBlocks is true (the OMS splits D, J and I itself upon order
placement), into two: the preorders, and all the rest, the orders the rules' messages
name. Each child has its own externalOrderID and its share of shippingTax, promotions,
discounts and the payments' authAmount and maxAmount. Writes <name>-1.json,
<name>-2.json, … and lints each with the file's settings and rules (an overrides entry for
the file's path holds for its children, wherever they are written). It takes one order's JSON, not a request file (.http,
.rest, a Postman collection): save the request's body as a .json file first. An order
that needs no split is left alone; one with an item whose availability is none of the
documents' codes, that sets orderID ("A unique identifier for the order", which every
child would carry), or with a value nested deeper than ${maxWritableDepth} levels (more than split can
copy and write), is refused.

Options:
  --out-dir <dir>          Write the children here (default: the file's own folder; needed
                           for a stream or device such as /dev/stdin, /proc/self/fd/0)
  --id-template <text>     The children's externalOrderID: {id} the original's, {n} the
                           child's number (default "${defaultIdTemplate}")
  -c, --config <file>      Use this config (rules, and settings such as onBlocks)
  --no-config              Use no config file
  -f, --format <name>      text or json (default text)
  --force                  Replace children an earlier split of this order left, and remove
                           stale ones (<name>-N.json beyond the new count): only files whose
                           externalOrderID is this order's N-th child's; any other file at
                           a child's name is refused (exit 2, nothing written)
  --max-file-size <size>   Read no larger file (default 64MB, or limits.maxFileSize)
  --max-depth <n>          Nesting levels allowed (default 1000, or limits.maxDepth)
  --max-entries <n>        Elements of one array or members of one object allowed
                           (default 100000, or limits.maxEntries)
  --max-values <n>         Values in the file allowed (default 5000000, or limits.maxValues)
  -h, --help               Show this help

The children are written all or none (each to a temporary file, renamed into place only
when every one is on the disk); a child that exists already is never overwritten without
--force. Even with --force, a child path (or a stale child) that is the file itself (a
symbolic or hard link to it) or any symbolic link is neither written through nor removed.

Exit codes: 0 split (or no split needed) and every child clean of errors, 1 the file cannot
be split, a child has errors, or stale children are left (with --force, one that changed
during the run is kept, not removed, and so is a read-only one (chmod a-w), as a read-only
earlier child is not replaced; one it could not remove is named, and why); 2 a usage or
configuration error (no file of that name, or a folder; children that exist already, without --force,
or made during the run; a stream or device such as /dev/stdin without --out-dir; with --force, a file at a child's name that is no child of this
order from an earlier split; a child path that is the file or a link; an --out-dir that
is empty, names a file or cannot be made).
`;
}

const optionSpec = {
  "out-dir": { type: "string" },
  "id-template": { type: "string" },
  config: { type: "string", short: "c" },
  "no-config": { type: "boolean" },
  format: { type: "string", short: "f" },
  force: { type: "boolean" },
  "max-file-size": { type: "string" },
  "max-depth": { type: "string" },
  "max-entries": { type: "string" },
  "max-values": { type: "string" },
  help: { type: "boolean", short: "h" },
} as const;

/** The long options' names, which a misspelt one is answered from (usageError). */
export const optionNames: readonly string[] = Object.keys(optionSpec);

interface SplitCliOptions {
  readonly file?: string;
  readonly outDir?: string;
  readonly idTemplate: string;
  readonly config?: string;
  readonly noConfig: boolean;
  readonly format: "text" | "json";
  readonly force: boolean;
  readonly maxFileSize?: number;
  readonly maxDepth?: number;
  readonly maxEntries?: number;
  readonly maxValues?: number;
  readonly help: boolean;
}

function parseSplitArgs(argv: readonly string[]): SplitCliOptions {
  let parsed;
  try {
    parsed = parseArgs({ args: withShortAssignsOf(argv, optionSpec), options: optionSpec, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError(`split: ${argumentProblem(error, optionNames)} (see oms-lint split --help)`);
  }
  const { values, positionals } = parsed;
  if (values.help) return { help: true, idTemplate: defaultIdTemplate, noConfig: false, format: "text", force: false };
  if (positionals.length !== 1) {
    throw new UsageError(`split takes one file: oms-lint split <file> [--out-dir DIR] [--id-template "${defaultIdTemplate}"] (got ${positionals.length})`);
  }
  const format = values.format ?? "text";
  if (format !== "text" && format !== "json") throw new UsageError(`split: ${unknownValue("format", format, ["text", "json"]).message}`);
  const idTemplate = values["id-template"] ?? defaultIdTemplate;
  try {
    checkIdTemplate(idTemplate);
    // Room for a one-character original ID and a two-digit child number: a template too long for any split is a usage error now, not a failure later.
    childOrderIds("x", 10, idTemplate);
  } catch (error) {
    throw new UsageError(`split: --id-template: ${(error as Error).message}`);
  }
  if (values.config !== undefined && values["no-config"]) throw new UsageError("split: --config and --no-config contradict each other");
  // "" resolves to the working folder: the children went there, not beside the file, without a word (as -o "" is refused).
  if (values.config === "") throw new UsageError("split: --config takes a config file, not an empty name (or --no-config for none)");
  if (values["out-dir"] === "") throw new UsageError("split: --out-dir is empty: give the children's folder (--out-dir orders), or leave --out-dir out to write them beside the file");
  refuseUndecodableName("--out-dir", values["out-dir"]);
  return {
    file: positionals[0],
    outDir: values["out-dir"],
    idTemplate,
    config: values.config,
    noConfig: values["no-config"] ?? false,
    format,
    force: values.force ?? false,
    maxFileSize: values["max-file-size"] === undefined ? undefined : fileSizeOption(values["max-file-size"]),
    maxDepth: limitOption("--max-depth", values["max-depth"]),
    maxEntries: limitOption("--max-entries", values["max-entries"]),
    maxValues: limitOption("--max-values", values["max-values"]),
    help: false,
  };
}

/** A limit given on the command line (a whole number, at least 1), as lint's. */
function limitOption(name: string, text: string | undefined): number | undefined {
  return text === undefined ? undefined : integerOption(name, text, 1, 1);
}

/** A file that cannot be split: one line on stderr (and with --format json a report on stdout), exit 1 (the file's fault, not the command line's). */
class UnsplittableFile extends Error {}

/**
 * `oms-lint split <file>`: read → parse → split → write the children → lint each. The
 * children are written through JSON, so a file whose JSON would not survive that (a key
 * repeated in an object, an integer beyond 2^53) is refused rather than silently changed.
 */
export async function runSplit(argv: readonly string[], io: CliIo): Promise<number> {
  const options = parseSplitArgs(argv);
  if (options.help || options.file === undefined) {
    io.writeStdout(splitHelpText());
    return 0;
  }
  // The config, rules and limits of a lint run: the same file found the same way, checked the same way.
  // Each of the run's names given as its own (split sets no --kind and no --rule): read off the parsed options, which hold
  // neither, a polluted Object.prototype.rules was laid over the config's ("unknown rule \"0\"", exit 2) and its kind taken for --kind.
  const run = lintRunOf(await resolveConfig(options, io.cwd), { kind: undefined, rules: undefined, maxDepth: options.maxDepth, maxEntries: options.maxEntries, maxValues: options.maxValues, maxFileSize: options.maxFileSize });
  const filePath = resolve(io.cwd, options.file);
  checkInputFound(filePath, options.file);
  checkChildrenFolder(filePath, options);
  const shown = displayPath(filePath, io.cwd);
  try {
    const code = writeChildren(filePath, shown, options, run, io);
    // Ctrl-C while the children were written waited for them all: it ends the run now.
    await handlePendingSignals();
    return code;
  } catch (error) {
    if (!(error instanceof UnsplittableFile || error instanceof SplitError)) throw error;
    const why = oneLine(error.message);
    io.writeStderr(`oms-lint split: ${escapeControls(shown)}: ${why}\n`);
    // A script reading stdout (`| jq`) gets a report whatever happened, not empty input (split audit).
    if (options.format === "json") writeJson(io, unsplittableReport(shown, why));
    return 1;
  }
}

/**
 * Nothing at all at the name (not even a broken link), or a folder, is a usage error, as lint's is (exit 2):
 * a typo is the command line's fault, not the file's. A name that may not be UTF-8 is left to
 * the read, which says what it found.
 */
function checkInputFound(filePath: string, named: string): void {
  try {
    lstatSync(filePath);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT" || mayBeUndecodable(filePath)) return;
    throw new UsageError(`split: no file "${escapeControls(named)}" was found`);
  }
  // A folder (or a link to one) is the command line's fault too, as --help says: split takes one file, and walks no folder
  // (it was "cannot read the file: it is a folder (EISDIR)", exit 1: audit of the CLI surfaces).
  if (isFolder(filePath)) throw new UsageError(`split: "${escapeControls(named)}" is a folder: split takes one order's file (split <folder>/<order>.json)`);
}

/**
 * A stream or device as the input (`split /dev/stdin < cart.json`, /dev/fd/0, /proc/self/fd/0):
 * its children went beside it, into /dev (as root; otherwise "its folder does not let the
 * temporary file be made", or an untrue "its folder does not exist"): split audit. Their folder
 * must be given.
 */
function checkChildrenFolder(filePath: string, options: SplitCliOptions): void {
  if (options.outDir !== undefined || !inSystemFolder(filePath)) return;
  const named = escapeControls(options.file!);
  throw new UsageError(`split: ${named} is a stream or a device, not a file in a folder: its children would be written beside it (in ${escapeControls(dirname(options.file!))}); give their folder with --out-dir (oms-lint split ${named} --out-dir orders)`);
}

function readOrder(filePath: string, run: LintRun): { text: string; value: unknown; kind: Kind; locate: ParsedJson["locate"]; mode: number } {
  // Read as lint reads a file: no pipe or device waited on, nothing past the size limit.
  const bytes = readFileBytes(filePath, run);
  if (!(bytes instanceof Uint8Array)) throw new UnsplittableFile(bytes.messages[0]!.message);
  // The children hold the order's data (card numbers among it): each is made with the order's own
  // read permissions (a chmod 600 order gave -rw-r--r-- children: audit of the files written), but
  // writable by its owner, who made it: copied whole, a read-only input's (a Bazel output, a Perforce
  // file) gave read-only children, which a second `split --force` and `--fix` refused (split audit).
  // No execute bit: a child is data. A file gone since it was read leaves them private: who may read it is unknown.
  const mode = childMode(statOrUndefined(filePath)?.mode ?? 0o600);
  const decoded = decodeUtf8(bytes);
  // Told as lint tells it, before the text is read as JSON: a .http file by its name (whatever its bytes), a collection by its content too.
  const requests = requestFileType(filePath, decoded.ok ? decoded.text : "", run);
  if (requests !== undefined) throw new UnsplittableFile(requestFileRefusal(requests));
  if (!decoded.ok) throw new UnsplittableFile(decoded.message);
  // Parsed as lint parses it, within the same limits of depth, entries and values.
  const parsed = parseSource(decoded.text, { maxDepth: run.maxDepth, maxEntries: run.maxEntries, maxValues: run.maxValues, limitHints: commandLineLimitHints });
  if (!parsed.ok) throw new UnsplittableFile(`${parsed.range.line}:${parsed.range.column}: ${parsed.fault.message}`);
  const refused = splitRefusal(parsed, decoded.text);
  if (refused !== undefined) throw new UnsplittableFile(refused);
  const kind = kindForFile(run.config, filePath) ?? detectParsedKind(parsed.value);
  if (kind === undefined || !orderKinds.includes(kind)) {
    const what = kind === undefined ? "a payload oms-lint cannot tell" : kindPayloadPhrase(kind);
    throw new UnsplittableFile(`split takes an order (${orderKinds.join(" or ")}); this is ${what}`);
  }
  return { text: decoded.text, value: parsed.value, kind, locate: parsed.locate, mode };
}

/** A child's permission bits from the input's: its read and write bits, and always its owner's write bit. */
function childMode(inputMode: number): number {
  return (inputMode & 0o666) | 0o200;
}

/** splitOrder, its refusal of one value (an amount that is no number) named at that value's line and column, as the file's other refusals are. */
function splitAt(order: object, options: Parameters<typeof splitOrder>[1], locate: ParsedJson["locate"]): ReturnType<typeof splitOrder> {
  try {
    return splitOrder(order, options);
  } catch (error) {
    if (!(error instanceof SplitError) || error.pointer === undefined) throw error;
    throw new UnsplittableFile(placedSplitError(error, locate));
  }
}

function writeChildren(filePath: string, shown: string, options: SplitCliOptions, run: LintRun, io: CliIo): number {
  const { text, value, kind, locate, mode } = readOrder(filePath, run);
  // The settings and rules lint gives the file (the config's, with any `overrides` entry for it laid over).
  const parentOptions = payloadOptions(filePath, run);
  // The limit the parse applied: a file read under a raised --max-values was refused by split's own default (audit of fbc520a0).
  const split = splitAt(value as object, { idTemplate: options.idTemplate, settings: parentOptions.settings, maxValues: run.maxValues }, locate);
  const result = withKindNotes(kind, split);
  const outDir = resolve(io.cwd, options.outDir ?? dirname(filePath));
  const stem = basename(filePath, extname(filePath));
  const files = result.split ? result.children.map((_, c) => join(outDir, `${stem}-${c + 1}.json`)) : [];
  const write = layoutOf(text);
  const texts = files.map((_, c) => write(result.children[c]));
  // Listed before anything is written: the children just written are never stale, and a stale
  // child is checked here, with the children, before --force removes it.
  const naming = { stem, originalId: (value as { externalOrderID?: unknown }).externalOrderID, idTemplate: options.idTemplate, limit: fileSizeLimit(run), tooLarge: fileSizeWording(run), structure: limitsOf(run) };
  const stale = staleChildren(outDir, naming, files.length);
  checkChildTargets(filePath, { children: files, stale: options.force ? stale.map((child) => child.path) : [] }, io.cwd);
  // --force replaces an earlier split's children of this order, and no other file at their names.
  const replaces = options.force ? replaceableChildren(files, naming, io.cwd) : [];
  writeChildFiles({ outDir, outDirOption: options.outDir, children: files.map((path, c) => ({ path, data: texts[c]!, replaces: replaces[c] })), force: options.force, mode }, io.cwd);
  // Each child is linted as the parent's kind, with the settings and rules the split used: the child's own path's
  // (no onBlocks override for out/) called the Y + D child an onBlocks split had kept together an availability-split error (split audit).
  const linted = files.map((file, c) => toolLinter.lintText(texts[c]!, { ...parentOptions, filePath: file, kind }));
  // Removed only now, after the children are in place, and only while each holds what was read then.
  const removal: StaleRemoval = options.force ? removeStaleChildren(stale) : { removed: [], kept: [], left: stale.map((child) => child.path), notRemoved: [], readOnly: [], aside: [] };
  const shownPaths = (paths: readonly string[]) => paths.map((file) => displayPath(file, io.cwd));
  const aside = removal.aside.map(({ path, at }) => ({ path: displayPath(path, io.cwd), at: displayPath(at, io.cwd) }));
  const notRemoved = removal.notRemoved.map(({ path, why }) => ({ path: displayPath(path, io.cwd), why }));
  const staleReport = { removed: shownPaths(removal.removed), kept: shownPaths(removal.kept), left: shownPaths(removal.left), notRemoved, readOnly: shownPaths(removal.readOnly), aside };
  if (options.format === "json") writeJson(io, jsonReport(shown, result, files, linted, io.cwd, staleReport, naming.originalId));
  else io.writeStdout(textReport(shown, result, files, linted, io, naming.originalId) + staleText(staleReport));
  return staleReport.left.length + staleReport.notRemoved.length + staleReport.readOnly.length + staleReport.kept.length + staleReport.aside.length > 0 || linted.some((r) => r.errorCount > 0) ? 1 : 0;
}

function staleText(stale: StaleRemoval): string {
  let out = "";
  for (const file of stale.removed) out += `  removed ${escapeControls(file)}: a child of an earlier split, beyond the new count\n`;
  for (const file of stale.kept) out += `  kept ${escapeControls(file)}: it changed during this run, after it was read as a child of an earlier split beyond the new count; it is kept as it is, not removed\n`;
  for (const file of stale.left) out += `  stale: ${escapeControls(file)} is a child of an earlier split, beyond the new count: remove it (or run with --force)\n`;
  for (const { path, why } of stale.notRemoved) out += `  stale: ${escapeControls(path)} is a child of an earlier split, beyond the new count; --force could not remove it: ${oneLine(why)}\n`;
  for (const file of stale.readOnly) out += `  kept ${escapeControls(file)}: a child of an earlier split, beyond the new count, but ${readOnlyWords}, and --force removes no read-only child, as it replaces none; it is kept as it is\n`;
  for (const { path, at } of stale.aside) out += `  kept ${escapeControls(path)} at ${escapeControls(at)}: it changed during this run, and a file was made at its name meanwhile, which is kept as it is; neither is removed\n`;
  return out;
}

/** A report of --format json on stdout, no control character raw. */
function writeJson(io: CliIo, report: object): void {
  io.writeStdout(terminalSafeJson(JSON.stringify(report, null, 2)) + "\n");
}

/**
 * The JSON report of a file that cannot be split: jsonReport's keys for what was found (not
 * split, no children, no notes) and why, in the words of the stderr line. No stale-child keys:
 * split lists stale children against the new count, which a file not split has none of.
 */
function unsplittableReport(shown: string, why: string) {
  return { filePath: shown, split: false, cannotSplit: why, notes: [], children: [] };
}

function jsonReport(
  shown: string,
  result: SplitResult<unknown>,
  files: readonly string[],
  linted: readonly LintResult[],
  cwd: string,
  stale: StaleRemoval,
  originalId: unknown,
) {
  return {
    filePath: shown,
    split: result.split,
    notes: result.notes,
    staleRemoved: stale.removed,
    staleLeft: stale.left,
    staleNotRemoved: stale.notRemoved.map(({ path, why }) => ({ filePath: path, why })),
    staleKept: stale.kept,
    staleReadOnly: stale.readOnly,
    staleSetAside: stale.aside.map(({ path, at }) => ({ filePath: path, at })),
    // Asked by index within the lists' lengths: an unsplit order has no file and no lint, and its files[0] and linted[0] were a
    // polluted Object.prototype["0"] (its report's child given `"filePath": "x"`).
    children: result.report.map((entry, c) => ({
      ...(c < files.length && { filePath: displayPath(files[c]!, cwd) }),
      ...entry,
      // Redacted as the text report shows it: no card-number lookalike in either.
      externalOrderID: shownChildId(entry.externalOrderID, originalId),
      ...(c < linted.length && { errorCount: linted[c]!.errorCount, warningCount: linted[c]!.warningCount }),
    })),
  };
}

function textReport(shown: string, result: SplitResult<unknown>, files: readonly string[], linted: readonly LintResult[], io: CliIo, originalId: unknown): string {
  let out = "";
  if (!result.split) {
    out += `${escapeControls(shown)}: ${oneLine(result.report[0]?.reason ?? "no split needed")}; nothing written\n`;
  } else {
    out += `${escapeControls(shown)}: split into ${plural(files.length, "order")}\n`;
    result.report.forEach((entry, c) => {
      const problems = linted[c]!;
      const state =
        problems.errorCount + problems.warningCount === 0
          ? "clean"
          : `${plural(problems.errorCount, "error")}, ${plural(problems.warningCount, "warning")}`;
      out += `  ${escapeControls(displayPath(files[c]!, io.cwd))}  externalOrderID ${oneLine(JSON.stringify(shownChildId(entry.externalOrderID, originalId)))}  (${state})\n`;
      out += `    ${oneLine(entry.reason)}\n`;
      for (const note of entry.notes) out += `    note: ${oneLine(note)}\n`;
    });
  }
  for (const note of result.notes) out += `  note: ${oneLine(note)}\n`;
  const withProblems = linted.filter((r) => r.messages.length > 0);
  if (withProblems.length > 0) {
    const info = packageInfo();
    out += "\n" + formatters.stylish(withProblems, { cwd: io.cwd, color: false, toolVersion: info.version, informationUri: info.homepage, rules: [] });
  }
  return out;
}
