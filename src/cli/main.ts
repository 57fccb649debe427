import { fstatSync } from "node:fs";
import { relative, resolve } from "node:path";
import type { Config } from "../config/config.js";
import { ConfigError } from "../config/configError.js";
import { configIgnores, ignoresWithCommandLine, type IgnoredPath } from "../config/configIgnores.js";
import { escapeControls, terminalSafeLines } from "../formatters/displayText.js";
import { summaryLine } from "../formatters/github.js";
import { githubStepSummary } from "../formatters/githubStepSummary.js";
import { streamFormats, type FormatContext, type Totals } from "../formatters/index.js";
import { errorsOnly, type LintResult } from "../lint/lintResult.js";
import { internalErrorTally } from "./internalErrors.js";
import type { ExistingRecord } from "../engine/rule.js";
import { parseSource } from "../source/parseSource.js";
import { fixedLimitHints } from "../source/limitMessages.js";
import { readBoundedText } from "../files/readBounded.js";
import { appendStepSummary } from "./stepSummaryFile.js";
import { parseCliArgs, type CliOptions } from "./args.js";
import { discoverFiles, globWalkSkips, namedFileSkips } from "./discoverFiles.js";
import { fixFileBytes, fixFiles, fixRoots, outsideDiffNote } from "./fixFiles.js";
import { helpText } from "./help.js";
import { checkOutputFiles, type OutputFileAtCheck, type OwnFile } from "./outputTarget.js";
import { ownFileMatch } from "./ownFileMatch.js";
import { ownReportsLeftOutNote, type OwnFileLeftOut } from "./ownReportsLeftOutNote.js";
import type { OwnReport } from "../files/ownReport.js";
import { lintFileBytes } from "./lintFile.js";
import { lintRunOf, resolveConfig } from "./commandLineRun.js";
import { fileSizeLimit, fileSizeWording, type LintRun } from "../lint/lintRun.js";
import { pipedAudience } from "../lint/audience.js";
import { lintFiles, startWorkers, threadCount } from "./lintPool.js";
import { packageInfo } from "../builtIn/packageInfo.js";
import { reportOutput } from "./reportOutput.js";
import { ruleDescriptions } from "../builtIn/ruleDescriptions.js";
import { errorsMeasured, suppressionsRecord } from "./suppressions.js";
import { patternCoverage } from "./patternCoverage.js";
import { runReach } from "./runReach.js";
import { notErrorLevel } from "./recordedRuleLevel.js";
import { withUnknownKindLevel } from "./unknownKind.js";
import { inShard } from "./shard.js";
import { answersFor, partialReach } from "./partialRun.js";
import { pathBase, rebased } from "./ciRoot.js";
import { buildStamp } from "./buildStamp.js";
import { openCache, runFingerprint } from "./lintCache.js";
import type { ChangedSince } from "./changedSince.js";
import { configInputs, runInputsChangedNote, type RunInput } from "./runInputsChanged.js";
import { UsageError } from "./usageError.js";
import { workingFolder } from "./workingFolder.js";
import type { CliIo, FileIdentity } from "./cliIo.js";
import { statOrUndefined } from "../files/fileFacts.js";
import { limitsOf } from "../lint/oversizedValue.js";
import { UnreadableGlob } from "../glob/unreadableGlob.js";
import { refuseStreamFixes } from "./streamFixRefusal.js";
import { unusedConfigNote } from "./unusedConfigNote.js";
import { unreadGitignoreNote } from "./unreadGitignoreNote.js";
import { builtWithinStringLimit } from "./reportTooLarge.js";
import { writeWholeToFile } from "./wholeFileWrite.js";

export type { CliIo } from "./cliIo.js";

/**
 * The CLI: read → parse → validate → format, every file in sorted path order. Returns the
 * exit code: 0 clean, 1 lint errors (or too many warnings), 2 usage, config or internal error.
 */
export async function run(argv: readonly string[], io: CliIo): Promise<number> {
  try {
    if (argv[0] === "split") return await (await import("./splitCommand.js")).runSplit(argv.slice(1), io);
    // Loaded only here: the language server's libraries cost the CLI nothing.
    if (argv[0] === "lsp") return await (await import("../lsp/lspCommand.js")).runLsp(argv.slice(1), io);
    if (argv[0] === "init") return await (await import("./initCommand.js")).runInit(argv.slice(1), io);
    return await runChecked(argv, io);
  } catch (error) {
    // Messages quote file names, patterns and config keys: control characters in them are
    // escaped (a line break too, within a line), so that none reaches the terminal raw.
    // A usage error is one line: a line break it quotes (`-f $'js\non'`, a file name) is named `\n`,
    // not a second "oms-lint:" line (audit). A config error is one line a problem, a line break
    // inside one (`-c $'c\nf.json'`) named `\n` as well: its message, split at line breaks, made two of one (audit).
    // A glob oms-lint will not match, from a config or the command line: one line that names it.
    if (error instanceof UsageError || error instanceof UnreadableGlob) io.writeStderr(`oms-lint: ${escapeControls(error.message)}\n`);
    else if (error instanceof ConfigError) {
      io.writeStderr(error.problems.map((problem) => `oms-lint: ${escapeControls(problem)}\n`).join(""));
    } else {
      // Never a stack trace: one line that says what broke.
      io.writeStderr(`oms-lint: internal error (please report it): ${escapeControls((error as Error)?.message ?? String(error))}\n`);
    }
    return 2;
  }
}

async function runChecked(argv: readonly string[], io: CliIo): Promise<number> {
  const options = parseCliArgs(argv);
  if (options.help) {
    io.writeStdout(helpText());
    return 0;
  }
  if (options.version) {
    io.writeStdout(`${packageInfo().version}\n`);
    return 0;
  }
  if (options.fix) refuseStreamFixes(options.patterns, io.cwd);
  const config = await resolveConfig(options, io.cwd);
  // Its own notes only: a polluted Object.prototype's `notes` is none.
  for (const text of Object.hasOwn(config, "notes") ? (config.notes ?? []) : []) note(io)(`note: ${text}`);
  const commandLine = lintRunOf(config, options);
  // Filled as the files are found: those whose path is not UTF-8, which are not opened.
  const undecodable = new Set<string>();
  // Filled as the folders are walked: those that cannot be listed, each reported in a file's place.
  const unreadFolders = new Map<string, string>();
  const lintRun: LintRun = {
    ...commandLine,
    existing: options.existing === undefined ? undefined : readExisting(options.existing, io.cwd, commandLine),
    undecodable,
    unreadFolders,
    // A request's body file is named as a command run here takes it (and the cache keys the run by it).
    workingFolder: io.cwd,
  };
  // --cache serves the bulk lint alone: --fix rewrites files, --stdin has none to key.
  // The config this run reads, which neither the cache nor the suppressions record may replace.
  // Its own path only: with no config file, a polluted Object.prototype's filePath (null) is none (the polluted-prototype property).
  const configPath = Object.hasOwn(config, "filePath") ? config.filePath : undefined;
  const configFile: OwnFile[] = configPath === undefined ? [] : [{ path: configPath, what: "the config this run reads" }];
  const cache = options.cache && !options.stdin && !options.fix && !options.fixDryRun ? openCache(options.cacheLocation, io.cwd, runFingerprint(lintRun, packageInfo().version, buildStamp), note(io), [{ path: options.suppressions.location, what: "the suppressions file" }, ...configFile]) : undefined;
  const stdinPath = options.stdinFilename === undefined ? "<stdin>" : resolve(io.cwd, options.stdinFilename);
  // Piped text with no name: its messages cannot tell the user to map a file.
  const stdinRun: LintRun = options.stdinFilename === undefined ? { ...lintRun, audience: pipedAudience } : lintRun;
  // Files named outright (and the piped text) keep every verdict: you asked for them.
  const named = new Set<string>(options.stdin ? [stdinPath] : []);
  // Matched by a glob of the command line: a payload there is refused as the suppressions record's place, the record itself is not.
  const globbed = new Set<string>();
  const record = suppressionsRecord(options.suppressions, io.cwd, configFile);
  const reportFiles = [...new Set([options.outputFile, ...options.outputs.map((target) => target.file)].filter((file) => file !== undefined))];
  // The files come first: an --output-file that is one of them (or holds a payload) is refused
  // before anything is written, and so is a suppressions record that would replace one. A report found in a folder walk is the run's own, not linted; so is
  // the config this run reads, whatever its name (-c my.config.json was linted as a payload of no kind).
  const ownFiles = [record.path, ...(cache ? [cache.path] : []), ...reportFiles.map((file) => resolve(io.cwd, file)), ...(configPath === undefined ? [] : [configPath])];
  // Their change on a branch changes any file's result: --changed-since then lints every file found.
  const runInputs = [...configInputs(options, io.cwd, configPath), { path: record.path, what: "the suppressions file" }];
  const found = options.stdin ? { files: [] } : await discover(options, config, io, { named, globbed, undecodable, unreadFolders }, ownFiles, runInputs);
  const files = found.files;
  // The recorded fixtures not linted that this run answers for: a shard, those its hash gives it; --changed-since, those the branch removed or an ignore leaves out.
  const partialRun = { shard: options.shard, removedSinceRef: found.removedSinceRef };
  // --force-exclude weighs the piped text's name as a file named outright, as Ruff's and Black's
  // do: an editor pipes an ignored file's buffer with its name.
  const stdinSkipped = options.forceExclude && options.stdinFilename !== undefined && (await namedFileSkips(ignoreOptions(options, config, io)))(stdinPath, options.stdinFilename);
  const inputs = [...files, ...(options.stdinFilename === undefined ? [] : [stdinPath]), ...(configPath === undefined ? [] : [configPath])];
  if (options.existing !== undefined) inputs.push(resolve(io.cwd, options.existing));
  // Named outright, or matched by a glob (which the own files' filter took the record out of):
  // a walk's or a glob's file that reads as the record (a link to it) is the record itself, left
  // out as one of oms-lint's own files; a payload named or matched there is refused, not called a malformed record.
  const suppressions = record.open(files.filter((file) => named.has(file)), [...globbed]);
  const own = [{ path: suppressions.path, what: "the suppressions file" }, ...(cache ? [{ path: cache.path, what: "the cache file (--cache-location)" }] : [])];
  // What stands at each report's name now: all the reports may replace at the run's end.
  const reportFilesFound = checkOutputFiles(reportFiles, io.cwd, inputs, own, (file) => reportFlag(options, file), limitsOf(lintRun));
  // --fix-dry-run's stdout is the diff alone (for `git apply`): the problems the fixes leave go to stderr.
  // What the step summary must never be appended to: a file this run reads or writes.
  // --stdin-filename names the file the piped text stands for (most often its own copy on the disk).
  const runFiles = () => [
    ...files,
    // The config among them.
    ...ownFiles,
    ...(options.stdin && options.stdinFilename !== undefined ? [stdinPath] : []),
    ...(options.existing === undefined ? [] : [resolve(io.cwd, options.existing)]),
  ];
  // What a glob's walk skips, for --prune-suppressions (loaded only then: the matchers cost ~15 ms).
  const globSkips = options.suppressions.prune ? await globWalkSkips(ignoreOptions(options, config, io)) : undefined;
  // Where the run's folder walks and globs looked, for the recorded fixtures they did not lint (gone, or left out by an ignore),
  // narrowed to those this run answers for (partialRun.ts). Not for the piped text, which no walk found.
  const reach = !suppressions.hasKeys() || options.stdin ? undefined : partialReach(await runReach(options.patterns, { ...ignoreOptions(options, config, io), configAlone: configIgnores(config) }), partialRun, io.cwd);
  const written = startReport(options, options.fixDryRun ? { ...io, writeStdout: io.writeStderr } : io, runFiles, reportFilesFound);
  // One of oms-lint's own reports (or its cache) that a walk or a glob found is left out, as the
  // run's own -o targets are (discover); named outright, it keeps its verdict.
  const skipsOwnReport = (filePath: string) => !named.has(filePath);
  /** The files left out so, and which of oms-lint's own each is: a `[]` file is named on stderr (ownReportsLeftOutNote). */
  const ownReportsSkipped: OwnFileLeftOut[] = [];
  const leftOutAsOwn = (filePath: string, which: OwnReport) => ownReportsSkipped.push({ path: relative(io.cwd, filePath), which });
  // --existing is the record a custom data PUT replaces: a run where no file was such a body did not use it.
  let existingUsed = false;
  const internalErrors = internalErrorTally();
  const report = {
    /** `onDisk`: whether the result is of the text the file holds (not a dry run's fixed text), so that its errors are held against the record's counts. */
    file: (result: LintResult, onDisk = true) => {
      existingUsed ||= result.kind === "orderCustomData" || result.kind === "orderItemCustomData";
      internalErrors.count(result);
      // A recorded negative fixture's kind that cannot be told fails the run, not the record, whatever --unknown-kind says.
      const level = suppressions.expects(result.filePath) ? "error" : named.has(result.filePath) ? options.namedUnknownKind : options.unknownKind;
      return written.file(suppressions.apply(withUnknownKindLevel(result, level), onDisk && errorsMeasured(result), notErrorLevel(lintRun, result.filePath, result.messages)));
    },
    // The report first: a suppressions file that cannot be written (exit 2) leaves the report whole.
    end: () => {
      const leftOut = suppressions.leftOut(reach, unreadFolders.keys());
      if (leftOut !== undefined) written.file(leftOut);
      const totals = written.end();
      // A shard prunes only the keys its hash gives it: another shard's fixture is not this run's to drop.
      const covered = patternCoverage(options.stdin ? [] : options.patterns, io.cwd, globSkips);
      const ownShard = answersFor({ shard: options.shard }, io.cwd);
      suppressions.end((path) => covered(path) && ownShard(path), unreadFolders.keys(), (note) => io.writeStderr(`oms-lint: note: ${note}\n`));
      return totals;
    },
    abort: () => written.abort(),
  };
  try {
    if (stdinSkipped) {
      // Read all the same: the writer of a pipe no one reads fails (`cat` under `set -o pipefail`).
      await io.readStdin(fileSizeLimit(lintRun));
    } else if (options.fix || options.fixDryRun) {
      // --quiet fixes only what it shows, the errors (ESLint's convention since 4.0): a warning's fix was written unseen.
      const fixing = options.quiet ? "errors" : "every";
      const fixed = options.stdin
        ? [fixFileBytes(stdinPath, await io.readStdin(fileSizeLimit(lintRun)), stdinRun, io.cwd, fixing)]
        : await fixFiles(files, lintRun, { dryRun: options.fixDryRun, cwd: io.cwd, roots: fixRoots(options.patterns, io.cwd), skipsOwnReport, leftOutAsOwn, fixing });
      // Raw for `git apply`; on a terminal, what would act on it (a bare CR hides a line) is shown escaped.
      if (options.fixDryRun) {
        const diff = fixed.map((file) => file.diff).join("");
        io.writeStdout(io.stdoutIsTTY ? terminalSafeLines(diff) : diff);
        const outside = fixed.flatMap((file) => (file.outsideName === undefined ? [] : [escapeControls(file.outsideName)]));
        if (outside.length > 0) io.writeStderr(`oms-lint: note: ${outsideDiffNote(outside)}\n`);
      }
      // A dry run's fixed text is not the file's: its counts still hide the errors left, but one it
      // no longer reaches is no failure (the file still has the errors the fixes would remove).
      for (const file of fixed) report.file(file.result, !file.shownOnly);
    } else if (options.stdin) {
      report.file(lintFileBytes(stdinPath, await io.readStdin(fileSizeLimit(lintRun)), stdinRun));
    } else {
      // Workers start once the files are counted, as many as they are worth (none for a few files).
      const threads = threadCount(options.concurrency, files.length);
      const run = cache === undefined ? lintRun : { ...lintRun, cache: cache.entries };
      await lintFiles(files, run, startWorkers(run, threads - 1), (outcome) => {
        if (outcome.ownReport && skipsOwnReport(outcome.result.filePath)) {
          leftOutAsOwn(outcome.result.filePath, outcome.ownReport);
          return;
        }
        cache?.record(outcome);
        report.file(outcome.result);
      });
    }
  } catch (error) {
    report.abort();
    throw error;
  }
  const { files: linted, errors, warningsCounted: warnings } = report.end();
  // A folder of `[]` fixtures and no kind passed as "no problems in 0 files", exit 0, without a word (audit of the files written).
  const leftOutNote = ownReportsLeftOutNote(ownReportsSkipped, linted);
  if (leftOutNote !== undefined) note(io)(`note: ${leftOutNote}`);
  if (options.existing !== undefined && !existingUsed) {
    io.writeStderr(`oms-lint: note: --existing ${escapeControls(options.existing)} was not used: it is the record a custom data PUT replaces, and no file of this run was a custom data body (orderCustomData, orderItemCustomData)\n`);
  }
  cache?.save();
  const internal = internalErrors.line();
  if (internal !== undefined) {
    io.writeStderr(`oms-lint: ${internal}\n`);
    return 2;
  }
  if (errors > 0) return 1;
  if (options.maxWarnings >= 0 && warnings > options.maxWarnings) {
    io.writeStderr(`oms-lint found too many warnings (${warnings}; maximum: ${options.maxWarnings})\n`);
    return 1;
  }
  return 0;
}

/**
 * The config's ignores and --ignore-pattern's: one decision over both (the command line's after
 * the config's, each read as the config's, as in ESLint), given as the config's. A glob list
 * (fast-glob's, globby's) reads `!x` as "every path but x", cannot take back what another list
 * ignored, and skips a folder only for a pattern ending in `/**` or with a plain last name
 * (`legacy/*` kept legacy/cur/, which the config's `legacy/*` skips). With no `!` among them,
 * what that list ignores the decision ignores too (the last pattern that matches is one of
 * them), so they go to it as well: a glob's walk then never enters the folders they name
 * (without it, `'**\/*.json' --ignore-pattern 'big/**'` over 20,000 files in big took 2.3 s
 * and 117 MB, not 0.6 s and 60 MB). A folder name `x/` goes as `x/*\/**`, what is inside x:
 * the list reads `x/` as `x/**`, which matches a file named x too (configIgnores.test.ts).
 */
function ignoreRules(config: Config, patterns: readonly string[], cwd: string): { configIgnored?: IgnoredPath; ignorePatterns: readonly string[] } {
  if (patterns.length === 0) return { configIgnored: configIgnores(config), ignorePatterns: [] };
  const pruning = patterns.some((pattern) => pattern.startsWith("!")) ? [] : patterns.map((pattern) => (pattern.endsWith("/") ? `${pattern}*/**` : pattern));
  try {
    return { configIgnored: ignoresWithCommandLine(config, patterns, cwd), ignorePatterns: pruning };
  } catch (error) {
    // The config's globs were read when it was loaded: one that cannot be matched here is the command line's.
    throw error instanceof UnreadableGlob && error.origin === undefined ? error.from("--ignore-pattern") : error;
  }
}

/**
 * The files to lint: what the patterns name (those named outright go into `named`, those whose
 * path is not UTF-8 into `undecodable`, and the folders that cannot be listed, in `unreadFolders`), less the
 * config's `ignores` and oms-lint's own files (suppressions, cache, this run's reports and the
 * file its standard output goes to) wherever they lie; with --changed-since only those changed since the ref, with
 * --shard only those of the shard.
 */
async function discover(
  options: CliOptions,
  config: Config,
  io: CliIo,
  { named, globbed, undecodable, unreadFolders }: { named: Set<string>; globbed: Set<string>; undecodable: Set<string>; unreadFolders: Map<string, string> },
  ownFiles: readonly string[],
  runInputs: readonly RunInput[],
): Promise<{ files: string[]; removedSinceRef?: (path: string) => boolean }> {
  // The config files a folder walk passes over: each that is not this run's is told (unusedConfigNote).
  const passedConfigs = new Set<string>();
  const unreadGitignores = new Map<string, string>();
  const found = await discoverFiles(options.patterns, {
    ...ignoreOptions(options, config, io),
    errorOnUnmatchedPattern: options.errorOnUnmatchedPattern,
    named,
    globbed,
    undecodable,
    unreadFolders,
    passedConfigs,
    unreadGitignores,
  });
  for (const [path, why] of [...unreadGitignores].sort(([a], [b]) => (a < b ? -1 : 1))) note(io)(unreadGitignoreNote(path, why, io.cwd));
  const chosen = options.config !== undefined ? "config option" : options.noConfig ? "no config" : "found upward";
  for (const passed of [...passedConfigs].sort()) {
    const text = unusedConfigNote(passed, Object.hasOwn(config, "filePath") ? config.filePath : undefined, chosen, io.cwd);
    if (text !== undefined) note(io)(text);
  }
  // Loaded only when asked: node:child_process alone cost ~50 ms of every run's start here.
  const since = options.changedSince === undefined ? undefined : (await import("./changedSince.js")).changedSince(options.changedSince, options.patterns, io.cwd, note(io));
  const changed = since === undefined ? undefined : changedFilesOnly(options.changedSince!, since, runInputs, io);
  const { shard } = options;
  // `oms-lint . -f json > report.json`: the shell made the report's file (empty) before the run
  // began, and this run writes it. Compared by what the file is, which costs a stat of each
  // file found, only when standard output is a regular file.
  const stdoutFile = io.stdoutFile;
  const isStdout = stdoutFile === undefined ? () => false : (file: string) => isFile(file, stdoutFile);
  // By real path: the config named through a link is found by the walk under its target's name.
  const isOwn = ownFileMatch(ownFiles);
  // Named outright, the suppressions file (or the cache) is linted all the same.
  const files = found.filter(
    (file) =>
      // A folder that cannot be read stays: git, run by the same user, cannot tell what changed in it either.
      (changed === undefined || changed(file) || unreadFolders.has(file)) &&
      (shard === undefined || inShard(file, io.cwd, shard)) &&
      (named.has(file) || (!isOwn(file) && !isStdout(file))),
  );
  // Linting only the changed files, the run answers for the recorded ones the branch removed; linting every file, for all.
  return changed === undefined ? { files } : { files, removedSinceRef: since!.isRemoved };
}

/** Whether a file found is one --changed-since lints; undefined (every file) when a file the run reads changed, which a note names. */
function changedFilesOnly(ref: string, changed: ChangedSince, runInputs: readonly RunInput[], io: CliIo): ((file: string) => boolean) | undefined {
  const inputsChanged = runInputs.filter(({ path }) => changed.isChangedOrRemoved(path));
  if (inputsChanged.length === 0) return changed.isChanged;
  note(io)(runInputsChangedNote(ref, inputsChanged, io.cwd));
  return undefined;
}

/** The ignores the run applies (--force-exclude: to the files named outright too), and where a file they skip is told. */
function ignoreOptions(options: CliOptions, config: Config, io: CliIo) {
  return {
    cwd: io.cwd,
    ...ignoreRules(config, options.ignorePatterns, io.cwd),
    useIgnores: !options.noIgnore,
    ignoreNamed: options.forceExclude,
    note: note(io),
  };
}

function isFile(path: string, { dev, ino }: FileIdentity): boolean {
  const stat = statOrUndefined(path);
  return stat !== undefined && stat.dev === dev && stat.ino === ino;
}

/** A one-line note on stderr (never the run's failure). */
function note(io: CliIo): (text: string) => void {
  return (text) => io.writeStderr(`oms-lint: ${escapeControls(text)}\n`);
}

function readExisting(path: string, cwd: string, run: LintRun): ExistingRecord {
  // Read as payloads are: no pipe or device waited on, nothing past --max-file-size.
  const read = readBoundedText(resolve(cwd, path), fileSizeLimit(run), fileSizeWording(run));
  if ("problem" in read) throw new UsageError(`cannot read --existing ${path}: ${read.problem}`);
  const text = read.text;
  const parsed = parseSource(text, { limitHints: fixedLimitHints("the --existing file"), document: "the --existing file" });
  if (!parsed.ok) throw new UsageError(`--existing ${path}:${parsed.range.line}:${parsed.range.column}: ${parsed.fault.message}`);
  // Without a name there is nothing to compare the PUT's with: the rename check would pass it unseen.
  if (typeof parsed.value !== "object" || parsed.value === null || Array.isArray(parsed.value) || typeof (parsed.value as { name?: unknown }).name !== "string") {
    throw new UsageError(`--existing ${path} must hold the existing custom data record, a JSON object with name and value (its name a string)`);
  }
  return parsed.value as ExistingRecord;
}

/**
 * The run's reports, written file by file as results come: each format's writer and its way
 * out (standard output, --output-file, or the file of `-f name:file`), --quiet, and the
 * totals the exit code needs. With -f github and $GITHUB_STEP_SUMMARY set, a Markdown summary
 * is appended there too. Nothing reaches an output before the first file is linted, so a
 * usage error prints no report. When no report goes to standard output, one line on stderr
 * says what the run found, so that a CI log never shows a failure with no reason.
 */
/** How a message names a report's file: `--output-file x.json` for -o, `the sarif report x.sarif` for `-f sarif:x.sarif`. */
function reportFlag(options: CliOptions, file: string): string {
  if (file === options.outputFile) return "--output-file";
  const target = options.outputs.find((output) => output.file === file);
  return target === undefined ? "--output-file" : `the ${target.format} report`;
}

function startReport(options: CliOptions, io: CliIo, runFiles: () => readonly string[], filesFound: ReadonlyMap<string, OutputFileAtCheck>): { file(result: LintResult): void; end(): Totals & { warningsCounted: number }; abort(): void } {
  const info = packageInfo();
  const formats = new Set(options.outputs.map((target) => target.format));
  const stepSummaryFile = formats.has("github") ? io.env.GITHUB_STEP_SUMMARY || undefined : undefined;
  const base = {
    cwd: io.cwd,
    toolVersion: info.version,
    informationUri: info.homepage,
    rules: formats.has("sarif") || formats.has("rdjson") ? ruleDescriptions(info) : [],
    githubStepSummary: stepSummaryFile !== undefined,
    ...(options.maxWarnings >= 0 ? { maxWarnings: options.maxWarnings } : {}),
  };
  const reports = options.outputs.map((target) => {
    const file = target.file ?? options.outputFile;
    const from = pathBase(target.format, io.cwd, io.env);
    const context: FormatContext = {
      ...base,
      cwd: from.base,
      color: file === undefined && (options.color ?? (io.stdoutIsTTY && !io.env.NO_COLOR && io.env.TERM !== "dumb")),
    };
    // Every report's file was checked (reportFiles): what was found there is all it may replace.
    const output = file === undefined ? undefined : { file, cwd: io.cwd, flag: reportFlag(options, file), atCheck: filesFound.get(file)! };
    return { format: target.format, writer: streamFormats[target.format](context), rebase: from.rebase, output: reportOutput(io.writeStdout, output) };
  });
  const summaryFrom = pathBase("github", io.cwd, io.env);
  const stepSummary = stepSummaryFile === undefined ? undefined : githubStepSummary({ ...base, cwd: summaryFrom.base, color: false });
  let started = false;
  // warningsCounted: before --quiet, for --max-warnings (ESLint counts the unfiltered results' warnings too).
  const totals = { files: 0, errors: 0, warnings: 0, warningsCounted: 0 };
  const start = () => {
    if (!started) for (const { writer, output } of reports) output.write(writer.start());
    started = true;
  };
  return {
    file(linted) {
      start();
      const result = options.quiet ? errorsOnly(linted) : linted;
      totals.files++;
      totals.errors += result.errorCount;
      totals.warnings += result.warningCount;
      totals.warningsCounted += linted.warningCount;
      for (const { format, writer, rebase, output } of reports) builtWithinStringLimit(() => output.write(writer.file(rebased(result, rebase))), format, result.filePath);
      stepSummary?.file(rebased(result, summaryFrom.rebase));
    },
    end() {
      start();
      // The summary first: the github log's last line says it lists the problems only once it is written.
      const summaryRows = stepSummary === undefined || stepSummaryFile === undefined ? undefined : appendStepSummary(stepSummaryFile, (held) => stepSummary.endAfter(totals, held), io, runFiles);
      const ending = stepSummary === undefined ? totals : { ...totals, stepSummaryWritten: summaryRows !== undefined, stepSummaryRows: summaryRows };
      // Each report is finished on its own: one that cannot be written (its file made meanwhile,
      // or become a folder) leaves its old file and no temporary one, and the others are written
      // all the same; the run then ends with the first failure (exit 2).
      let failure: unknown;
      for (const { format, writer, output } of reports) {
        try {
          builtWithinStringLimit(() => output.write(writer.end(ending)), format, "its end");
          output.close();
        } catch (error) {
          output.abort();
          failure ??= error;
        }
      }
      if (failure !== undefined) throw failure;
      for (const { writer } of reports) {
        const leftOut = writer.leftOut?.();
        if (leftOut !== undefined) io.writeStderr(`oms-lint: ${leftOut}\n`);
      }
      const files = options.outputs.map((target) => target.file ?? options.outputFile);
      if (!files.includes(undefined)) io.writeStderr(`${summaryLine(totals)}; report${files.length > 1 ? "s" : ""} written to ${files.map((file) => escapeControls(file as string)).join(", ")}\n`);
      return totals;
    },
    abort: () => {
      for (const { output } of reports) output.abort();
    },
  };
}

/** The process's own world, in its working folder `cwd`. */
function processIo(cwd: string): CliIo {
  const stdoutFile = regularFileOf(1);
  const stderrFile = regularFileOf(2);
  return {
    cwd,
    env: process.env,
    stdoutIsTTY: process.stdout.isTTY === true,
    stdoutFile,
    stderrFile,
    readStdin: async (maxBytes = Infinity) => {
      const chunks: Buffer[] = [];
      let length = 0;
      for await (const chunk of process.stdin) {
        chunks.push(chunk as Buffer);
        length += (chunk as Buffer).length;
        // Past the limit the text is refused whole: reading on would only fill memory.
        if (length > maxBytes) break;
      }
      return Buffer.concat(chunks);
    },
    writeStdout: stdoutFile === undefined ? (text) => void process.stdout.write(text) : (text) => writeToFileOr(1, text, stdoutFailed),
    writeStderr: stderrFile === undefined ? (text) => void process.stderr.write(text) : (text) => writeToFileOr(2, text, stderrFailed),
  };
}

/** The regular file a descriptor of this process writes to (none: a terminal, a pipe, closed). */
function regularFileOf(fd: number): FileIdentity | undefined {
  try {
    const stat = fstatSync(fd);
    return stat.isFile() ? { dev: stat.dev, ino: stat.ino } : undefined;
  } catch {
    return undefined;
  }
}

/** The write of a regular file standard output or error is redirected to, whole, or `failed` with why not. */
function writeToFileOr(fd: number, text: string, failed: (error: NodeJS.ErrnoException) => void): void {
  try {
    writeWholeToFile(fd, text);
  } catch (error) {
    failed(error as NodeJS.ErrnoException);
  }
}

function stdoutFailed(error: NodeJS.ErrnoException): void {
  if (error.code === "EPIPE") return;
  process.stderr.write(`oms-lint: cannot write the report to standard output: ${error.code ?? error.message}\n`);
  process.exit(2);
}

function stderrFailed(): void {
  process.exit(2);
}

/** bin/oms-lint.cjs: run with the process's arguments and set the exit code (output is flushed first). */
export async function main(): Promise<void> {
  // A closed pipe (`oms-lint … | head`) is not an error of ours; any other failure to write
  // is one line and exit 2, never a stack trace.
  process.stdout.on("error", stdoutFailed);
  // Standard error that cannot be written (`2>/dev/full`, a closed pipe): nowhere is left to
  // say so; exit 2 rather than Node's "Unhandled 'error' event" and exit 1.
  process.stderr.on("error", stderrFailed);
  const folder = workingFolder();
  if ("problem" in folder) {
    process.stderr.write(`oms-lint: ${folder.problem}\n`);
    process.exitCode = 2;
    return;
  }
  process.exitCode = await run(process.argv.slice(2), processIo(folder.cwd));
}
