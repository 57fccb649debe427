import { existsSync } from "node:fs";
import { isGone, realPathOf, statOrUndefined } from "../files/fileFacts.js";
import { folderSpelling } from "../files/folderSpelling.js";
import { configNameReason, isRunInput, ownFileAt, type OwnFile } from "./outputTarget.js";
import { dirname, relative, resolve, sep } from "node:path";
import { describeWriteFailure, writeFileAtomic, WriteFailure } from "../files/atomicWrite.js";
import { inTextLayout, textLayoutOf } from "../files/textLayout.js";
import { isInternalError, lintResult, type LintMessage, type LintMessageDraft, type LintResult } from "../lint/lintResult.js";
import { kindUnknown } from "./unknownKind.js";
import { UsageError } from "./usageError.js";
import { checkSuppressedRules } from "./checkRules.js";
import { errorsByRule, withinCounts, withoutSuppressed, type SuppressionCounts } from "../suppressions/suppressionCounts.js";
import { readSuppressions, SuppressionsFileError } from "../suppressions/suppressionsFile.js";
import { escapeControls } from "../formatters/displayText.js";
import { keptKeysNote, removedKeysNote, type RemovedKeyReason } from "./removedKeysNote.js";
import { recordKeyPlaces, type RecordKeyPlace } from "../suppressions/recordKeyPlaces.js";
import type { RunReach } from "./runReach.js";
import type { NotErrorLevel } from "./recordedRuleLevel.js";

export type { SuppressionCounts };

/** The level a recorded rule runs at for the file in this run when it is not an error, and what set it (recordedRuleLevel.ts), else undefined. */
export type NotErrorLevelOf = (ruleId: string) => NotErrorLevel | undefined;

/** What the command line asks of the suppressions file. */
export interface SuppressionOptions {
  /** --suppressions-location, relative to cwd. */
  readonly location: string;
  /** Whether --suppressions-location was given: a file it names that is not there is refused, unless the run records (ESLint's rule). */
  readonly locationGiven?: boolean;
  /** --suppress-all: record every error of the files linted. */
  readonly suppressAll: boolean;
  /** --suppress-rule: record these rules' errors. */
  readonly suppressRules: readonly string[];
  /** --prune-suppressions: drop the counts no longer reached. */
  readonly prune: boolean;
  /** --pass-on-unpruned-suppressions: a count no longer reached is no failure. */
  readonly passOnUnpruned: boolean;
}

/**
 * Bulk suppressions as ESLint has them (docs: use/suppressions): the file records, per file
 * and rule, how many errors are expected. A file's errors of a rule are all left out of the
 * report when there are at most that many; with more, all are reported (which of them is new
 * cannot be told). A count that is no longer reached (a negative fixture that stopped tripping
 * its rule) is one error on the file, unless --pass-on-unpruned-suppressions; --prune-suppressions
 * lowers or drops such counts. --suppress-all and --suppress-rule record the errors found.
 * ESLint checks only the files linted in the run; we check too the recorded files that the run's
 * folder walks and globs should have linted and did not, gone or left out by an ignore (leftOut),
 * which ESLint passes silently; prune drops their keys.
 * A file whose errors this run could not count (errorsMeasured) keeps its counts as recorded:
 * neither pruned nor reported as unreached, its fatal message is the one finding.
 * Its place is checked as the run starts; the record is read by open(), once the files are found.
 */
export function suppressionsRecord(options: SuppressionOptions, cwd: string, own: readonly OwnFile[] = []) {
  const path = resolve(cwd, options.location);
  // JSON under a request file's name would be linted as a request by the next run (and -o refuses such a name too).
  if (/\.(?:http|rest)$/i.test(path)) throw new UsageError(`--suppressions-location ${escapeControls(options.location)} names a request file (.http or .rest): give the suppressions file a .json name`);
  checkFileLocation(options.location, path, cwd, own);
  checkSuppressedRules(options.suppressRules);
  const recording = options.suppressAll || options.suppressRules.length > 0;
  return {
    path,
    /**
     * Refuses (exit 2, before anything is written) a record this run would write over one of
     * the files it lints, as -o refuses one: `--suppress-all order.json search.json
     * --suppressions-location search.json` replaced search.json with the record (CLI review).
     * `named`: the files the command line names outright, refused before the record there is
     * read (read first, a payload there failed the run as a malformed record, "must hold { … }",
     * never saying that it is a file the run lints). `globbed`: a glob's matches, which are the
     * record itself when it holds counts, as a folder walk's find is, so that a glob over a
     * fixture folder holding the record records again on its second run, an empty {} included
     * (a prune that empties the record leaves it, and no run lints the file at the location, so
     * it is the record whatever kind a glob's files are given); a payload there is refused in
     * the same words, and a record that is broken (not JSON, a key twice) keeps its own message.
     * A run that neither records nor prunes writes nothing, and is left alone.
     */
    open(named: readonly string[] = [], globbed: readonly string[] = []) {
      const writes = recording || options.prune;
      const place = writes ? realPathOf(path) : path;
      const refusal = () => new UsageError(`--suppressions-location ${escapeControls(options.location)} is one of the files this run reads: the suppressions record would replace it (name another file)`);
      if (writes && isRunInput(place, named)) throw refusal();
      if (!writes || !isRunInput(place, globbed)) return startSuppressions(options, path, cwd, recording);
      try {
        return startSuppressions(options, path, cwd, recording);
      } catch (error) {
        throw error instanceof NotARecord ? refusal() : error;
      }
    },
  };
}

/** The record at `path` (suppressionsRecord's, checked), applied to the run's results and written at its end. */
function startSuppressions(options: SuppressionOptions, path: string, cwd: string, recording: boolean) {
  const { counts, text: before } = readRecordFile(path, options.location);
  // ESLint 10 (cli.js) exits 2 here: a record named outright that is not there is a mistyped path or a missing file, not "nothing suppressed".
  if (before === undefined && options.locationGiven === true && !recording) {
    throw new UsageError(`the suppressions file ${escapeControls(options.location)} does not exist: run with --suppress-all or --suppress-rule to create it`);
  }
  // Kept as entries come and go: listing the keys of a file of 8,000 entries once a linted file made a run quadratic (13.9 s; audit of the CI surface).
  let fileCount = Object.keys(counts).length;
  const recorded = new Set(options.suppressRules);
  let changed = false;
  /** Files seen in this run whose errors could not be counted: their counts stay, even if --prune-suppressions finds no file there (a broken link). */
  const held = new Set<string>();
  /** The keys of the files this run linted: a key of none of them, where the run looked, is a fixture gone or left out (leftOut). */
  const linted = new Set<string>();
  /** Keys whose file lies where the run's walks looked and was left out by an ignore, by which one: --prune-suppressions removes them. */
  const ignoredKeys = new Map<string, string>();
  /** Keys this run took out of the record, and why: named on stderr as the run ends. */
  const removed = new Map<string, RemovedKeyReason>();
  /** Whether a file of this run had counts in the record: its keys are read from the right folder. */
  let keyMatched = false;
  const removeKey = (file: string, reason: RemovedKeyReason) => {
    delete counts[file];
    fileCount--;
    changed = true;
    removed.set(file, reason);
  };
  const key = (filePath: string) => relative(cwd, filePath).split(sep).join("/");
  /** Keys as written that no file's key can be, by the key each means: reported on that file when it is linted. */
  const misnamed = misnamedKeys(Object.keys(counts), cwd);
  /** The file's result with its recorded counts applied (recorded first, with --suppress-all or --suppress-rule). */
  const applyCounts = (result: LintResult, file: string, measured: boolean, notError: NotErrorLevelOf): LintResult => {
    const errors = errorsByRule(result.messages);
    // A rule that crashed on this file counted nothing there: its internal error is the file's
    // finding for the rule, and its count is neither missed nor pruned (audit of the suppressions
    // fixes: a plain run blamed the fixture, and --prune-suppressions deleted its count).
    const crashed = crashedRules(result.messages);
    if (recording) {
      for (const [ruleId, count] of errors) {
        if (!options.suppressAll && !recorded.has(ruleId)) continue;
        if (counts[file]?.[ruleId]?.count === count) continue;
        if (counts[file] === undefined) {
          counts[file] = Object.create(null) as Record<string, { count: number }>;
          fileCount++;
        }
        counts[file]![ruleId] = { count };
        changed = true;
      }
    }
    const expected = counts[file];
    if (expected === undefined) return result;
    keyMatched = true;
    if (!measured) held.add(file);
    const suppressed = withinCounts(errors, expected);
    const unpruned: LintMessageDraft[] = [];
    let prunedHere = false;
    for (const [ruleId, { count }] of Object.entries(expected)) {
      const found = errors.get(ruleId) ?? 0;
      // Unmeasured, a count is neither reached nor missed: a payload with a syntax error for a
      // moment keeps its record, and its parse error alone is reported (one cause, one finding).
      if (found >= count || !measured || crashed(ruleId)) continue;
      // A rule at warn or off for the file has no errors to count here: its count is neither
      // pruned (ESLint's prune drops it; we keep it, as an unmeasured file's) nor said to be
      // unreached, which advised a prune (audit, issue 18); the run fails saying so, unless passed.
      const level = found === 0 ? notError(ruleId) : undefined;
      if (level !== undefined) {
        if (!options.prune && !options.passOnUnpruned) unpruned.push(notCountedMessage(options.location, ruleId, count, level));
        continue;
      }
      if (options.prune) {
        if (found === 0) delete expected[ruleId];
        else expected[ruleId] = { count: found };
        changed = true;
        prunedHere = true;
      } else if (!options.passOnUnpruned) {
        unpruned.push(unprunedMessage(options.location, ruleId, count, found));
      }
    }
    // A plain run never writes the file: an entry left empty by hand goes only when asked to prune or record.
    if (measured && (options.prune || recording) && Object.keys(expected).length === 0) {
      removeKey(file, prunedHere ? "its counts were all pruned" : "an empty entry");
    }
    if (suppressed.size === 0 && unpruned.length === 0) return result;
    return lintResult(result.filePath, result.kind, [...unpruned, ...withoutSuppressed(result.messages, suppressed)]);
  };
  return {
    path,
    /** Whether the record holds any key (before the run records): a run with none has no fixture to find left out. */
    hasKeys(): boolean {
      return fileCount > 0;
    },
    /** Whether counts are recorded for this file: a negative fixture, whose kind that cannot be told stays an error (see withUnknownKindLevel). */
    expects(filePath: string): boolean {
      return fileCount > 0 && counts[key(filePath)] !== undefined;
    },
    /**
     * The file's result as the report shows it; `measured`: whether its errors are the file's,
     * errorsMeasured() of the result as linted, and of the text on the disk (not --fix-dry-run's fixed text).
     */
    apply(result: LintResult, measured: boolean, notError: NotErrorLevelOf = () => undefined): LintResult {
      // Nothing recorded and nothing to record (the common run): no path to work out per file.
      if (!recording && fileCount === 0) return result;
      const file = key(result.filePath);
      linted.add(file);
      const counted = applyCounts(result, file, measured, notError);
      // After the counting: the record's own fault is never recorded, nor hidden by a count.
      // Pruning removes the key (see end), so it is no fault of this run's record.
      const misnamedHere = misnamed.get(file);
      if (misnamedHere === undefined || options.prune) return counted;
      return lintResult(counted.filePath, counted.kind, [...misnamedHere.map((written) => misnamedMessage(options.location, written, file)), ...counted.messages]);
    },
    /**
     * The record's keys whose file lies where the run's folder walks and globs looked (`reach`,
     * narrowed to the keys a --shard or --changed-since run answers for, partialRun.ts; undefined
     * for --stdin) and was not linted,
     * as its file is gone or an ignore left it out: the negative fixture tests nothing, and
     * ESLint (whose applySuppressions reads only the files of its results) passed it silently.
     * One `suppressions` error each, on the record at the key's line, unless
     * --pass-on-unpruned-suppressions, or --prune-suppressions, which removes them (end). A key
     * behind one of `unreadFolders`, a key no file can match (misnamed) and a key of a file outside
     * the reach stay silent. Asked once every file's result is in, before end.
     */
    leftOut(reach: RunReach | undefined, unreadFolders: Iterable<string>): LintResult | undefined {
      if (reach === undefined || fileCount === 0) return undefined;
      const unread = new Set(unreadFolders);
      const findings: { file: string; why: LeftOutReason }[] = [];
      for (const file of Object.keys(counts)) {
        const path = resolve(cwd, file);
        if (linted.has(file) || !isPlainKey(file) || !reach.looked(path) || behindAny(unread, path)) continue;
        const ignore = isGone(path) ? undefined : reach.leftOutBy(path);
        if (ignore !== undefined) ignoredKeys.set(file, ignore);
        const why = leftOutReason(path, ignore);
        if (why !== undefined) findings.push({ file, why });
      }
      if (findings.length === 0 || options.prune || options.passOnUnpruned) return undefined;
      const places = recordKeyPlaces(before ?? "{}", findings.map(({ file }) => file));
      return lintResult(
        path,
        null,
        findings.map(({ file, why }, index) => leftOutMessage(options.location, file, why, counts[file]!, places[index]!)),
      );
    },
    /**
     * Writes the file when recording or pruning changed it (atomically). `looked(path)`: whether
     * this run's patterns cover the path; --prune-suppressions drops a file that is gone only
     * there (run from another folder, or on one file, it knows nothing of the others), and never
     * behind one of `unreadFolders` (absolute paths): the run saw nothing of what they hold.
     * A key no file can match goes wherever the run looked: it can never apply, and was
     * otherwise left to be removed by hand. When the record has keys and none of them names a file
     * or a folder that is there from the working folder, and no file of the run had counts, the keys are read from the wrong folder
     * (`cd fixtures && oms-lint . --suppressions-location ../s.json --prune-suppressions`
     * emptied the record: audit of the service surface): the prune is refused (exit 2), nothing
     * written. A key goes as gone only where its folder is there: one whose folder is not either
     * is as likely a path from another folder (run from fixtures/, a root's `fixtures/a.json`
     * names fixtures/fixtures/a.json while its `a.json` names a file that is there: audit of the
     * prune fix) as a deleted fixture's folder, and a key left is harmless where a key dropped is
     * a negative fixture no longer tested; it is left, as ESLint leaves every key of a file not in
     * its run, and named in a note (keptKeysNote). `note` is given one line naming each key removed.
     */
    end(looked: (path: string) => boolean, unreadFolders: Iterable<string>, note: (text: string) => void = () => {}): void {
      if (options.prune) {
        const unread = new Set(unreadFolders);
        const gone: string[] = [];
        const folderGone: string[] = [];
        for (const file of Object.keys(counts)) {
          const path = resolve(cwd, file);
          if (held.has(file) || !looked(path) || behindAny(unread, path) || !isGone(path)) continue;
          (isGone(dirname(path)) ? folderGone : gone).push(file);
        }
        const misnamedKeys = [...misnamed.values()].flat();
        // Asked whatever is gone: read from the wrong folder, every key names neither a file nor a folder that is there,
        // or, with no file of the run among the keys, some key names a folder that is not there.
        if (!keyMatched) refuseForeignKeys(counts, cwd, options.location, folderGone);
        for (const written of misnamedKeys) removeKey(written, "no file can match it");
        for (const file of gone) if (!removed.has(file)) removeKey(file, "its file is gone");
        for (const [file, ignore] of ignoredKeys) if (!removed.has(file) && !held.has(file)) removeKey(file, `its file is left out by ${ignore}`);
        const keptNote = keptKeysNote(folderGone.filter((file) => !removed.has(file)));
        if (keptNote !== undefined) note(keptNote);
      }
      // A record named by --suppressions-location and not there is written by a recording run, empty or
      // not, as ESLint writes it: the next run that names it would be refused as naming no file.
      if (!changed && !(recording && before === undefined && options.locationGiven === true)) return;
      // In the line ends and byte order mark it was read with (ESLint's writer drops them: every line showed as changed in git).
      const written = `${JSON.stringify(sorted(counts), null, 2)}\n`;
      replaceFile(path, before === undefined ? written : inTextLayout(written, textLayoutOf(before)), options.location, before);
      const removedNote = removedKeysNote(options.prune ? "--prune-suppressions" : options.suppressAll ? "--suppress-all" : "--suppress-rule", options.location, removed);
      if (removedNote !== undefined) note(removedNote);
    },
  };
}

/**
 * Refuses a prune, run where no linted file has a key, whose record has keys and none of them
 * names a file or a folder that is there from the working folder, or some of them (`folderGone`)
 * name a folder that is not there: its keys are paths from another folder (the one it was
 * recorded in). Without the second test, from p/fx a record of p/ ("order.json", "fx/bad.json")
 * lost "order.json" as gone (fx/order.json is not there, fx is) while "fx/bad.json" was kept for
 * its folder fx/fx (audit of the service and suppressions fixes).
 * A key whose file is there, however few, shows the keys are read from the right place, and so
 * does one whose folder is there where no key names a folder that is not
 * (a fixture deleted from a folder that is there is then dropped, even as the record's only key);
 * a record with no keys has nothing to misread (audit of the prune fixes: `oms-lint fx
 * --prune-suppressions` with no record, or `{}`, was refused for "none of its 0 keys").
 */
function refuseForeignKeys(counts: SuppressionCounts, cwd: string, location: string, folderGone: readonly string[]): void {
  const keys = Object.keys(counts);
  const many = (n: number) => `${n} key${n === 1 ? "" : "s"}`;
  const fix = `run from that folder; nothing was changed`;
  if (keys.length > 0 && keys.every((file) => isGone(resolve(cwd, file)) && isGone(dirname(resolve(cwd, file))))) {
    throw new UsageError(
      `--prune-suppressions: the suppressions file ${escapeControls(location)}: none of its ${many(keys.length)} names a file or a folder that is there from ${escapeControls(cwd)}, the folder its keys are read from (paths from the folder the record was made in): ` +
        `${fix} (if every file ${escapeControls(location)} names is gone, delete it)`,
    );
  }
  // A key whose file is there shows the keys are read from the right place: a fixture's folder deleted beside it is a
  // folder gone, not a wrong folder (audit of 6800a89e: fx/sub/ removed, lib/c.json there, the prune of fx was refused).
  if (folderGone.length === 0 || keys.some((file) => !isGone(resolve(cwd, file)))) return;
  const named = folderGone.slice(0, 10).map(escapeControls).join(", ") + (folderGone.length > 10 ? `, and ${folderGone.length - 10} more` : "");
  throw new UsageError(
    `--prune-suppressions: the suppressions file ${escapeControls(location)}: no file this run linted has a key in it, and ${many(folderGone.length)} ${folderGone.length === 1 ? "names" : "name"} a folder that is not there from ${escapeControls(cwd)}, the folder its keys are read from (${named}): ` +
      `they read as paths from the folder the record was made in: ${fix} (if those fixtures are gone, delete their keys by hand)`,
  );
}

/**
 * Whether a rule id's count went uncounted on the file: its rule crashed there, or the schema
 * check did, which reports every schema/… id (schemaCrash's id is "schema"; audit of the
 * suppressions fixes: its crash left schema/quantity's count reported unreached, and pruned).
 */
function crashedRules(messages: readonly LintMessage[]): (ruleId: string) => boolean {
  const crashed = new Set(messages.filter(isInternalError).map((m) => m.ruleId));
  const schemaCrashed = crashed.has("schema");
  return (ruleId) => crashed.has(ruleId) || (schemaCrashed && ruleId.startsWith("schema/"));
}

/** Whether the path lies inside one of the folders; each folder above it is asked of the set (a run may record thousands of files). */
function behindAny(folders: ReadonlySet<string>, path: string): boolean {
  if (folders.size === 0) return false;
  for (let end = path.lastIndexOf(sep); end > 0; end = path.lastIndexOf(sep, end - 1)) {
    if (folders.has(path.slice(0, end))) return true;
  }
  return false;
}

/**
 * A location that names a folder is refused, as -o refuses one: a name ending in a slash, or
 * in /. or /.. (folderSpelling), would be written as a regular file of that name (`sub/` made a
 * file `sub`; found by the review of the last stop), and a folder that is there cannot be replaced by the record.
 */
function checkFileLocation(location: string, path: string, cwd: string, own: readonly OwnFile[]): void {
  const refuse = (why: string, tail = "name a file for the suppressions, a .json name"): never => {
    throw new UsageError(`--suppressions-location ${escapeControls(location)} ${why}: ${tail}`);
  };
  const spelt = folderSpelling(location);
  if (spelt !== undefined) refuse(`names a folder (${spelt})`);
  if (statOrUndefined(path)?.isDirectory() === true) refuse("is a folder (EISDIR)");
  // The config this run reads: the record of --suppress-all would replace it.
  const real = realPathOf(path);
  const mine = ownFileAt(real, cwd, own);
  if (mine !== undefined) refuse(`is ${mine.what}`, "the suppressions record would replace it (name another file)");
  const configName = configNameReason(path, real);
  if (configName !== undefined) refuse(configName, "name the suppressions file otherwise");
}

/**
 * Whether this run counted the file's errors, so that its recorded counts can be held against
 * them. Not when the file was not linted by its rules: unreadable, too large, not UTF-8, not
 * JSON (its one fatal message), or of a kind that could not be told (asked of the result before
 * --unknown-kind, which may drop that message); nor when a fix could not be written (its fatal
 * `fix` message): the errors counted are those of the fixed text, and the file still holds the
 * old one. ESLint prunes such a file's counts (a fatal parse error has no rule to count); we
 * keep them, as a count pruned for a passing syntax error is a record lost.
 */
export function errorsMeasured(result: LintResult): boolean {
  return !result.messages.some((m) => m.fatal === true) && !kindUnknown(result);
}

/**
 * The keys that no file's key can be (the record's keys are paths relative to the working
 * folder, with /, as the run writes them), by the key each was meant as: `./a.json`, an
 * absolute path, `sub\\a.json`, `sub/../a.json`. Such a key was passed over without a word, and
 * its counts with it. A name that holds a backslash is left alone when a file has it (POSIX
 * allows one in a name).
 */
/**
 * A key in the form the run writes: names joined by single slashes, none of them "." or "..",
 * no backslash, no colon (a drive on Windows), not absolute. Such a key means itself; anything
 * else is worked out by misnamedKeys' resolve and relative.
 */
const plainKey = /^(?!\.\.?(?:\/|$))[^/\\:]+(?:\/(?!\.\.?(?:\/|$))[^/\\:]+)*$/;

/** Whether the key is one the run writes as it stands (plainKey), and so names itself. */
export function isPlainKey(key: string): boolean {
  return plainKey.test(key);
}

function misnamedKeys(keys: readonly string[], cwd: string): Map<string, string[]> {
  const misnamed = new Map<string, string[]>();
  for (const written of keys) {
    // A key as the run writes them is none: most of a large record, which the resolve and
    // relative below took ~0.15 s of a run over for 100,000 keys.
    if (isPlainKey(written)) continue;
    if (sep === "/" && written.includes("\\") && existsSync(resolve(cwd, written))) continue;
    const meant = relative(cwd, resolve(cwd, written.replaceAll("\\", "/"))).split(sep).join("/");
    if (meant === written || meant === "") continue;
    // Added in place: copied for each key, 40,000 keys naming one file took 26 s (audit of hostile input).
    const keys = misnamed.get(meant);
    if (keys === undefined) misnamed.set(meant, [written]);
    else keys.push(written);
  }
  return misnamed;
}

/**
 * A finding of oms-lint's own check of its suppressions record, with no evidence: no document
 * speaks of the record, and its pseudo-rule claims none (SARIF gave it "stated"). The CLI alone
 * reports these, and its formats write evidence only where a message has it; the library's
 * LintMessage keeps evidence required (8e808084 made it optional there, breaking callers' types),
 * so this one place widens it.
 */
function recordFinding(finding: Omit<LintMessageDraft, "evidence">): LintMessageDraft {
  return finding as LintMessageDraft;
}

function misnamedMessage(location: string, written: string, meant: string): LintMessageDraft {
  return recordFinding({
    ruleId: "suppressions",
    messageId: "misnamed",
    severity: 2,
    // No evidence: oms-lint's own check of its record, not the documents' (the pseudo-rule claims none).
    message: `${location} names this file ${JSON.stringify(written)}, a key no file matches: its keys are paths relative to the working folder, with / between names (write ${JSON.stringify(meant)}); the counts under it are not applied (--prune-suppressions removes the key)`,
    path: "",
    line: 1,
    column: 1,
    endLine: 1,
    endColumn: 1,
  });
}

function unprunedMessage(location: string, ruleId: string, count: number, found: number): LintMessageDraft {
  const expected = `${count} ${ruleId} error${count === 1 ? "" : "s"}`;
  return recordFinding({
    ruleId: "suppressions",
    messageId: "unpruned",
    severity: 2,
    // No evidence: oms-lint's own check of its record, not the documents' (the pseudo-rule claims none).
    message:
      `${location} expects ${expected} in this file and ${found === 0 ? "none was" : `${found} ${found === 1 ? "was" : "were"}`} found: ` +
      "a negative fixture that no longer trips its rule tests nothing (if the fix is meant, --prune-suppressions records it; --pass-on-unpruned-suppressions lets the run pass)",
    path: "",
    line: 1,
    column: 1,
    endLine: 1,
    endColumn: 1,
  });
}

function notCountedMessage(location: string, ruleId: string, count: number, { level, configured }: NotErrorLevel): LintMessageDraft {
  const expected = `${count} ${ruleId} error${count === 1 ? "" : "s"}`;
  return recordFinding({
    ruleId: "suppressions",
    messageId: "notCounted",
    severity: 2,
    // No evidence: oms-lint's own check of its record, not the documents' (the pseudo-rule claims none).
    message:
      `${location} expects ${expected} in this file, and ${ruleId} is ${level === "off" ? "off" : "a warning"} for this file in this run (${configured ? "the config, its overrides or --rule" : "its default level"}): ` +
      "only errors are counted against the record, so this run cannot tell whether the negative fixture still trips it; the record is kept " +
      `(lint the fixture with ${ruleId} at error to check it; --pass-on-unpruned-suppressions lets the run pass)`,
    path: "",
    line: 1,
    column: 1,
    endLine: 1,
    endColumn: 1,
  });
}

function leftOutMessage(location: string, file: string, why: LeftOutReason, expected: SuppressionCounts[string], place: RecordKeyPlace): LintMessageDraft {
  const rules = Object.entries(expected).map(([ruleId, { count }]) => `${count} ${ruleId} error${count === 1 ? "" : "s"}`);
  const answer = {
    gone: "restore it; if it is meant to go, --prune-suppressions removes its key",
    folderGone: "if the record was made in another folder, run from there; if the fixture is meant to be gone, delete its key by hand (--prune-suppressions never removes a key whose folder is gone)",
    ignored: "take it out of that ignore, or lint it with --no-ignore; if it is left out on purpose, --prune-suppressions removes its key",
  }[why.cause];
  return recordFinding({
    ruleId: "suppressions",
    messageId: "leftOut",
    severity: 2,
    // No evidence: oms-lint's own check of its record, not the documents' (the pseudo-rule claims none).
    message:
      `${escapeControls(file)} ${why.words}, where this run looked: ${location} expects ${rules.length === 0 ? "no error" : rules.join(", ")} in it, and a negative fixture that is not linted tests nothing ` +
      `(${answer}; --pass-on-unpruned-suppressions lets the run pass)`,
    path: place.path,
    ...place.range,
  });
}

/** Why a recorded file was not linted where the run looked, and the words that say it. */
interface LeftOutReason {
  readonly cause: "gone" | "folderGone" | "ignored";
  readonly words: string;
}

/** Why the key's file was not linted (`ignore`: the one that leaves it out, if any), or undefined: for no reason the record answers for. */
function leftOutReason(path: string, ignore: string | undefined): LeftOutReason | undefined {
  if (isGone(path)) return isGone(dirname(path)) ? { cause: "folderGone", words: "is gone, and so is its folder" } : { cause: "gone", words: "is gone" };
  return ignore === undefined ? undefined : { cause: "ignored", words: `is left out by ${ignore}` };
}

/** Keys in order, so that the file diffs well under version control; of each entry its count alone (a member written beside it by hand is not kept). */
function sorted(counts: SuppressionCounts): SuppressionCounts {
  return Object.fromEntries(
    Object.keys(counts)
      .sort()
      .map((file) => [file, Object.fromEntries(Object.keys(counts[file]!).sort().map((rule) => [rule, { count: counts[file]![rule]!.count }]))]),
  );
}

/** A file at the location that is JSON but not of a record's layout (or past its limits): a payload, when a glob matched it. */
class NotARecord extends UsageError {}

/** The record file read (readSuppressions), its refusal a usage error of the command line (exit 2). */
function readRecordFile(path: string, shown: string): { counts: SuppressionCounts; text: string | undefined } {
  try {
    return readSuppressions(path, shown);
  } catch (error) {
    if (!(error instanceof SuppressionsFileError)) throw error;
    throw new (error.notARecord ? NotARecord : UsageError)(error.message);
  }
}

/**
 * Written beside the target and renamed over it: a crash never leaves half a file. Only over
 * the text the run read (`before`; undefined: over no file): what another run, an editor or
 * git saved there meanwhile is kept, and the run fails saying so.
 */
function replaceFile(path: string, text: string, shown: string, before: string | undefined): void {
  try {
    writeFileAtomic(path, text, before === undefined ? { overwrite: false } : { expect: Buffer.from(before, "utf8") });
  } catch (error) {
    if (error instanceof WriteFailure && (error.code === "CHANGED" || error.code === "EXISTS")) {
      const what = before === undefined ? "one was made there" : "it was changed";
      throw new UsageError(`cannot write the suppressions file ${shown}: ${what} during this run (by another run or an editor?); it is kept as it is: run again to record`);
    }
    throw new UsageError(`cannot write the suppressions file ${shown}: ${describeWriteFailure(error)}`);
  }
}
