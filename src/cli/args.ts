import { parseArgs } from "node:util";
import { formatNames, isFormatName, type FormatName } from "../formatters/index.js";
import { isKind, kinds, unknownKind as unknownKindError, type Kind } from "../kinds/kinds.js";
import { ruleLevel, type RuleLevelInFile } from "../config/config.js";
import type { RuleSetting } from "../engine/ruleConfig.js";
import { maxReadableSize, parseFileSize } from "../source/fileSize.js";
import type { SuppressionOptions } from "./suppressions.js";
import { suppressionsFileName } from "../files/suppressionsFileName.js";
import { maxShardCount, parseShard, type Shard } from "./shard.js";
import { cacheFileName } from "./lintCache.js";
import { argumentProblem, unknownValue, UsageError } from "./usageError.js";
import { refuseUndecodableName } from "./undecodableArgument.js";
import { refuseStdinFilename } from "./stdinFilenameCheck.js";
import { didYouMean } from "../engine/nearestName.js";
import { withNegativeValuesJoined } from "./negativeOptionValue.js";
import { withShortAssignsOf } from "./shortOptionAssign.js";

/** The command line, read and checked: anything wrong here is a UsageError (exit 2). */
export interface CliOptions {
  readonly patterns: readonly string[];
  readonly help: boolean;
  readonly version: boolean;
  readonly kind?: Kind;
  /** Where the report goes, one entry a format: at most one without a file (standard output, or -o). */
  readonly outputs: readonly ReportTarget[];
  /** -o: the file of the format given without one. */
  readonly outputFile?: string;
  readonly quiet: boolean;
  /** -1: no limit. */
  readonly maxWarnings: number;
  readonly config?: string;
  readonly noConfig: boolean;
  /** From --rule, in order; later ones win. */
  readonly rules: Readonly<Record<string, RuleSetting>>;
  readonly ignorePatterns: readonly string[];
  readonly noIgnore: boolean;
  /** --force-exclude: the ignores leave out files named outright too (pre-commit names every staged file). */
  readonly forceExclude: boolean;
  readonly stdin: boolean;
  readonly stdinFilename?: string;
  readonly existing?: string;
  readonly maxDepth?: number;
  readonly maxEntries?: number;
  readonly maxValues?: number;
  /** Bytes. */
  readonly maxFileSize?: number;
  /** true --color, false --no-color, undefined: decide from the terminal and NO_COLOR. */
  readonly color?: boolean;
  /** --concurrency: threads to lint with; "auto" decides from the cores and the file count. */
  readonly concurrency: number | "auto";
  /** --fix: write the fixes that do what the documents advise into the files. */
  readonly fix: boolean;
  /** --fix-dry-run: print those fixes as a unified diff instead. */
  readonly fixDryRun: boolean;
  /** --unknown-kind: what a file found in a folder or by a glob whose kind cannot be told is (default warn). */
  readonly unknownKind: "error" | "warn" | "off";
  /**
   * The same for a file named outright: an error, unless --unknown-kind is given (pre-commit names
   * every staged JSON file outright, and a data file that is no payload must not block the commit).
   */
  readonly namedUnknownKind: "error" | "warn" | "off";
  /** false with --no-error-on-unmatched-pattern. */
  readonly errorOnUnmatchedPattern: boolean;
  /** Bulk suppressions (ESLint's flags). */
  readonly suppressions: SuppressionOptions;
  /** --changed-since <git ref>: only the files changed since it. */
  readonly changedSince?: string;
  /** --shard <i>/<n>: only the files of this part. */
  readonly shard?: Shard;
  /** --cache: reuse the results of unchanged files. */
  readonly cache: boolean;
  /** --cache-location: the cache file (or a folder to hold .oms-lint-cache). */
  readonly cacheLocation: string;
}

/** One report of the run: a format, and the file it goes to (undefined: standard output, or -o; always set, never inherited). */
export interface ReportTarget {
  readonly format: FormatName;
  readonly file: string | undefined;
}

const optionSpec = {
  kind: { type: "string" },
  format: { type: "string", short: "f", multiple: true },
  "output-file": { type: "string", short: "o" },
  quiet: { type: "boolean" },
  "max-warnings": { type: "string" },
  config: { type: "string", short: "c" },
  "no-config": { type: "boolean" },
  rule: { type: "string", multiple: true },
  "ignore-pattern": { type: "string", multiple: true },
  "no-ignore": { type: "boolean" },
  "force-exclude": { type: "boolean" },
  stdin: { type: "boolean" },
  "stdin-filename": { type: "string" },
  existing: { type: "string" },
  "max-depth": { type: "string" },
  "max-entries": { type: "string" },
  "max-values": { type: "string" },
  "max-file-size": { type: "string" },
  concurrency: { type: "string" },
  fix: { type: "boolean" },
  "fix-dry-run": { type: "boolean" },
  "unknown-kind": { type: "string" },
  "no-error-on-unmatched-pattern": { type: "boolean" },
  "suppress-all": { type: "boolean" },
  "suppress-rule": { type: "string", multiple: true },
  "suppressions-location": { type: "string" },
  "prune-suppressions": { type: "boolean" },
  "pass-on-unpruned-suppressions": { type: "boolean" },
  // Taken as lists to see a second value (parseArgs keeps the last silently): one value each (onlyValue).
  "changed-since": { type: "string", multiple: true },
  shard: { type: "string", multiple: true },
  cache: { type: "boolean" },
  "cache-location": { type: "string" },
  color: { type: "boolean" },
  "no-color": { type: "boolean" },
  help: { type: "boolean", short: "h" },
  version: { type: "boolean", short: "v" },
} as const;

/**
 * The one value of an option a run takes once, given once or repeated alike; two different
 * values are refused (exit 2): `--shard 1/2 --shard 2/2` linted shard 2 alone without a word,
 * as parseArgs keeps the last (audit, issue 18), where two reports to one file are refused.
 */
function onlyValue(flag: string, given: readonly string[] | undefined): string | undefined {
  const distinct = [...new Set(given ?? [])];
  if (distinct.length > 1) throw new UsageError(`${flag} is given twice with different values (${distinct.map((value) => JSON.stringify(value)).join(", ")}): a run takes one; give it once`);
  return distinct[0];
}

/** The long options' names, which a misspelt one is answered from (usageError). */
export const optionNames: readonly string[] = Object.keys(optionSpec);

export function parseCliArgs(argv: readonly string[]): CliOptions {
  let parsed;
  try {
    parsed = parseArgs({ args: withShortAssignsOf(withNegativeValuesJoined(argv), optionSpec), options: optionSpec, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError(`${argumentProblem(error, optionNames)} (see oms-lint --help)`);
  }
  const { positionals } = parsed;
  // Without a prototype, as parseArgs gives its values: a polluted Object.prototype's `fix` is no --fix.
  type Values = Omit<typeof parsed.values, "shard" | "changed-since"> & { shard?: string; "changed-since"?: string };
  const values: Values = Object.assign(Object.create(null) as Values, parsed.values as Omit<typeof parsed.values, "shard" | "changed-since">);
  values.shard = onlyValue("--shard", parsed.values.shard);
  values["changed-since"] = onlyValue("--changed-since", parsed.values["changed-since"]);
  // `-o "$REPORT"` with the variable unset: an empty name, which would be read as the working folder.
  if (values["output-file"] === "") throw new UsageError("--output-file is empty: give the report's file name (-o report.json), or leave -o out for standard output");
  const outputs = reportTargets(values.format ?? [], values["output-file"]);
  const kind = values.kind;
  if (kind !== undefined && !isKind(kind)) {
    throw new UsageError(unknownKindError(kind).message);
  }
  if (values.stdin && positionals.length > 0) {
    throw new UsageError(`--stdin lints the text piped in and takes no files (got ${positionals.join(" ")})`);
  }
  if (values["stdin-filename"] !== undefined && !values.stdin) throw new UsageError("--stdin-filename names the text of --stdin: give --stdin too");
  if (values.config !== undefined && values["no-config"]) throw new UsageError("--config and --no-config contradict each other");
  if (values.color && values["no-color"]) throw new UsageError("--color and --no-color contradict each other");
  if (values["force-exclude"] && values["no-ignore"]) {
    throw new UsageError("--force-exclude and --no-ignore contradict each other: --force-exclude applies the ignores to files named outright, --no-ignore applies none");
  }
  if (values.fix && values["fix-dry-run"]) throw new UsageError("--fix and --fix-dry-run contradict each other: --fix writes the files, --fix-dry-run only shows the diff");
  if (values.fix && values.stdin) throw new UsageError("--fix writes files, and --stdin has none: use --fix-dry-run to see the fixes as a diff");
  // Every shard linted the piped text (the shards are drawn among the files found, and --stdin finds none),
  // where the shards together lint each file once (audit of the CLI surfaces).
  if (values.shard !== undefined && values.stdin) {
    throw new UsageError("--shard cannot be used with --stdin: --shard splits the files found among CI jobs, and the piped text is one text that every shard would lint; pipe it to one job without --shard");
  }
  // The piped text was linted whatever the ref, even one git does not know (exit 1, no word of it: CI audit).
  if (values["changed-since"] !== undefined && values.stdin) {
    throw new UsageError("--changed-since cannot be used with --stdin: --changed-since picks the changed files among those found, and the piped text is no file git tracks; pipe it without --changed-since, or run on the files");
  }
  const recordFlag = values["suppress-all"] ? "--suppress-all" : values["suppress-rule"] ? "--suppress-rule" : values["prune-suppressions"] ? "--prune-suppressions" : undefined;
  const offTheDisk = textOffTheDisk(values);
  if (recordFlag !== undefined && offTheDisk !== undefined) {
    throw new UsageError(`${recordFlag} cannot be used with ${offTheDisk.flag}: the suppressions file records the errors of files on the disk, and ${offTheDisk.text} is none of them (${offTheDisk.instead})`);
  }
  const maxWarnings = maxWarningsOption(values["max-warnings"]);
  // One shard of one is the whole run (a matrix whose computed count is 1): its count is the run's.
  if (values.shard !== undefined && maxWarnings > 0 && shardOption(values.shard).count > 1) throw new UsageError(warningCountAcrossShards(maxWarnings));
  const maxDepth = values["max-depth"] === undefined ? undefined : integerOption("--max-depth", values["max-depth"], 1, 1);
  const maxEntries = values["max-entries"] === undefined ? undefined : integerOption("--max-entries", values["max-entries"], 1, 1);
  const maxValues = values["max-values"] === undefined ? undefined : integerOption("--max-values", values["max-values"], 1, 1);
  // `!` alone takes back nothing, and `!!x` would reach picomatch as "every path but x", as in the config's ignores (its schema's ignoreGlob).
  const namesNothing = (values["ignore-pattern"] ?? []).find((pattern) => /^!(?:!|\/*$)/.test(pattern));
  if (namesNothing !== undefined) {
    throw new UsageError(
      `--ignore-pattern ${namesNothing}: a pattern names what to skip ("fixtures/legacy/**"), or ! and one that un-ignores what an earlier one (or the config's ignores) ignored ("!fixtures/legacy/keep.json"); "!" alone names nothing, and !! is not a glob`,
    );
  }
  if ((values["ignore-pattern"] ?? []).includes("")) throw new UsageError(`--ignore-pattern "": a pattern names what to skip, such as "fixtures/legacy/**"`);
  const maxFileSize = values["max-file-size"] === undefined ? undefined : fileSizeOption(values["max-file-size"]);
  const unknownKind = values["unknown-kind"] ?? "warn";
  if (unknownKind !== "error" && unknownKind !== "warn" && unknownKind !== "off") {
    throw new UsageError(`--unknown-kind takes error, warn or off, not "${unknownKind}"${didYouMean(unknownKind, ["error", "warn", "off"])}`);
  }
  if (values["suppress-all"] && values["suppress-rule"]) throw new UsageError("--suppress-all and --suppress-rule contradict each other: --suppress-all records every rule's errors");
  // ESLint's cli refuses the pair alike ("The --suppress-all option and the --prune-suppressions option cannot be used together."): one records, the other only lowers what is recorded.
  const recording = values["suppress-all"] ? "--suppress-all" : values["suppress-rule"] ? "--suppress-rule" : undefined;
  if (recording !== undefined && values["prune-suppressions"]) {
    throw new UsageError(`${recording} and --prune-suppressions cannot be used together, as in ESLint: ${recording} records errors, --prune-suppressions only lowers the counts recorded to what was found; run one, then the other`);
  }
  if (values["cache-location"] === "") throw new UsageError("--cache-location takes a file (or a folder to hold .oms-lint-cache), not an empty name");
  if (values["suppressions-location"] === "") throw new UsageError("--suppressions-location takes a file, not an empty name");
  // "" resolved to the working folder: "cannot read the config file /work/app: it is a folder (EISDIR)" named no mistake.
  if (values.config === "") throw new UsageError("--config takes a config file, not an empty name (or --no-config for none)");
  if (values.existing === "") throw new UsageError("--existing takes the file of the record a PUT replaces, not an empty name");
  refuseStdinFilename(values["stdin-filename"]);
  for (const [flag, name] of [
    ["--output-file", values["output-file"]],
    ["--cache-location", values["cache-location"]],
    ["--suppressions-location", values["suppressions-location"]],
    ["--existing", values.existing],
    ...outputs.map((target) => [`-f ${target.format}:`, target.file] as const),
  ] as const) {
    refuseUndecodableName(flag, name);
  }
  if (values["changed-since"] !== undefined && (values["changed-since"] === "" || values["changed-since"].startsWith("-"))) {
    throw new UsageError(`--changed-since takes a git ref (a branch, tag or commit), not "${values["changed-since"]}"`);
  }
  return {
    // No file, folder or glob (and no --stdin): the working folder, as ESLint 9+ lints it; so
    // options alone (`oms-lint --max-warnings 0`, the action's args) lint the whole repository.
    patterns: positionals.length === 0 && values.stdin !== true ? ["."] : positionals,
    help: values.help ?? false,
    version: values.version ?? false,
    kind,
    outputs,
    outputFile: values["output-file"],
    quiet: values.quiet ?? false,
    maxWarnings,
    config: values.config,
    noConfig: values["no-config"] ?? false,
    rules: parseRuleOptions(values.rule ?? []),
    ignorePatterns: values["ignore-pattern"] ?? [],
    noIgnore: values["no-ignore"] ?? false,
    forceExclude: values["force-exclude"] ?? false,
    stdin: values.stdin ?? false,
    stdinFilename: values["stdin-filename"],
    existing: values.existing,
    maxDepth,
    maxEntries,
    maxValues,
    maxFileSize,
    color: values.color ? true : values["no-color"] ? false : undefined,
    concurrency: concurrencyOption(values.concurrency),
    fix: values.fix ?? false,
    fixDryRun: values["fix-dry-run"] ?? false,
    unknownKind,
    namedUnknownKind: values["unknown-kind"] === undefined ? "error" : unknownKind,
    errorOnUnmatchedPattern: !values["no-error-on-unmatched-pattern"],
    suppressions: {
      location: values["suppressions-location"] ?? suppressionsFileName,
      locationGiven: values["suppressions-location"] !== undefined,
      suppressAll: values["suppress-all"] ?? false,
      suppressRules: values["suppress-rule"] ?? [],
      prune: values["prune-suppressions"] ?? false,
      passOnUnpruned: values["pass-on-unpruned-suppressions"] ?? false,
    },
    changedSince: values["changed-since"],
    shard: values.shard === undefined ? undefined : shardOption(values.shard),
    cache: values.cache ?? false,
    cacheLocation: values["cache-location"] ?? cacheFileName,
  };
}

/**
 * The text a run lints in place of the files on the disk, which the suppressions file records
 * (README: "The record is of files on the disk"): recorded or pruned from it, it rewrote a
 * fixture's counts, and the next CI run failed on the file, which still trips them.
 */
function textOffTheDisk(values: { readonly stdin?: boolean; readonly "fix-dry-run"?: boolean }): { flag: string; text: string; instead: string } | undefined {
  // ESLint refuses these with piped-in code too: text piped under a fixture's name (found by the CLI/CI audit).
  if (values.stdin) return { flag: "--stdin", text: "piped text", instead: "run it on the files" };
  // Never written: the dry run's fixed text dropped the count of an error the file still has (audit of what oms-lint writes).
  if (values["fix-dry-run"]) return { flag: "--fix-dry-run", text: "the fixed text a dry run shows", instead: "run it without --fix-dry-run: with --fix, it records the files as fixed" };
  return undefined;
}

/**
 * `-f name` or `-f name:file`, repeatable: several reports from one run (`-f stylish -f
 * sarif:out.sarif`). A format without a file goes to -o when it is given, else to standard
 * output; only one may (two documents on one stream would be neither). The name is cut at
 * the first colon, so a Windows path (`sarif:C:\out.sarif`) keeps its own.
 */
function reportTargets(specs: readonly string[], outputFile: string | undefined): ReportTarget[] {
  const targets = (specs.length > 0 ? specs : ["stylish"]).map((spec): ReportTarget => {
    const colon = spec.indexOf(":");
    const format = colon < 0 ? spec : spec.slice(0, colon);
    const file = colon < 0 ? undefined : spec.slice(colon + 1);
    if (!isFormatName(format)) throw unknownValue("format", format, formatNames);
    if (file === "") throw new UsageError(`-f ${spec}: give the file after the colon (-f ${format}:report-file), or no colon for standard output`);
    // `file` is the target's own even when none is given: `{ format }` let a polluted
    // Object.prototype.file name the report's file (seed 40 wrote one into the working folder).
    return { format, file };
  });
  const unnamed = targets.filter((target) => target.file === undefined);
  if (unnamed.length > 1) {
    throw new UsageError(
      `only one report can go to ${outputFile === undefined ? "standard output" : "--output-file"} (got ${unnamed.map((t) => t.format).join(", ")}): give the others a file, as in -f sarif:oms-lint.sarif`,
    );
  }
  if (outputFile !== undefined && unnamed.length === 0) {
    throw new UsageError(`--output-file ${outputFile} has no format to take: every -f names its own file (drop -o, or give one -f without a file)`);
  }
  const files = targets.flatMap((target) => (target.file === undefined ? [] : [target.file]));
  const twice = files.find((file, i) => files.indexOf(file) !== i || file === outputFile);
  if (twice !== undefined) throw new UsageError(`two reports would be written to ${twice}: give each its own file`);
  return targets;
}

/**
 * A shard counts only the warnings of its own files, and cannot know the others' (found by the
 * CI audit: eight warnings failed `--max-warnings 3 .` and passed as four shards of two). Only 0 is
 * kept exactly per shard: the whole run has none exactly when no shard has one.
 */
function warningCountAcrossShards(maxWarnings: number): string {
  return `--max-warnings ${maxWarnings} cannot be used with --shard: a shard counts the warnings of its own files alone, so every shard could pass where the whole run has more than ${maxWarnings}; run without --shard to count them all, or use --max-warnings 0, which each shard keeps exactly`;
}

function shardOption(text: string): Shard {
  const shard = parseShard(text);
  if (shard === undefined) throw new UsageError(`--shard takes <i>/<n>, the i-th of n parts (1 ≤ i ≤ n ≤ ${maxShardCount}: no CI matrix runs more jobs), such as --shard 2/4; not "${text}"`);
  return shard;
}

/** ESLint's --concurrency: a number of threads, "auto", or "off" (one thread). */
function concurrencyOption(text: string | undefined): number | "auto" {
  if (text === undefined || text === "auto") return "auto";
  if (text === "off") return 1;
  return integerOption("--concurrency", text, 1, 1, ["auto", "off"]);
}

/** --max-file-size: bytes, or a size with a unit (64MB, 512KB). */
export function fileSizeOption(text: string): number {
  const bytes = parseFileSize(text);
  if (bytes === undefined) {
    throw new UsageError(`--max-file-size takes a size in bytes, or with a unit (64MB, 512KB), from 1 byte to ${maxReadableSize} bytes; not "${text}"`);
  }
  return bytes;
}

/** A whole number of at least `min`, or (for a caller that reads them before) one of `words`, which a misspelt one is answered from. */
/**
 * ESLint applies --max-warnings only when it is at least 0 (`maxWarnings >= 0 && warningCount >
 * maxWarnings`), so any negative whole number is no limit, as its default -1 is: `-2` was a
 * usage error here (review of 808acab4). Taken as -1, however long its digits.
 */
function maxWarningsOption(text: string | undefined): number {
  return text !== undefined && /^-0*[1-9][0-9]*$/.test(text) ? -1 : integerOption("--max-warnings", text, -1, -1);
}

export function integerOption(name: string, text: string | undefined, fallback: number, min: number, words: readonly string[] = []): number {
  if (text === undefined) return fallback;
  if (!/^-?[0-9]+$/.test(text) || Number(text) < min) {
    const also = words.length === 0 ? "" : `, ${words.map((word) => `"${word}"`).join(" or ")}`;
    throw new UsageError(`${name} takes a whole number${min >= 0 ? ` of at least ${min}` : ""}${also}, not "${text}"${didYouMean(text, words)}`);
  }
  // Past 2^53 - 1 a count is no limit, and not a whole number JavaScript holds exactly.
  if (!Number.isSafeInteger(Number(text))) throw new UsageError(`${name} takes a whole number of at most ${Number.MAX_SAFE_INTEGER}, not "${text}"`);
  return Number(text);
}

const levelWords: ReadonlySet<string> = new Set(["off", "warn", "error", "0", "1", "2"]);
/** The levels a misspelt one is answered from: the words (a misspelt digit is no word's typo). */
const levelNames: readonly string[] = ["off", "warn", "error"];

/** `--rule id:level` or `--rule 'id:["error", { options }]'`, as ESLint's --rule. */
export function parseRuleOptions(specs: readonly string[]): Record<string, RuleSetting> {
  // A Map, then own properties: `--rule __proto__:off` is an unknown rule id, not a prototype.
  const rules = new Map<string, RuleSetting>();
  for (const spec of specs) {
    const colon = spec.indexOf(":");
    const id = spec.slice(0, colon).trim();
    const setting = spec.slice(colon + 1).trim();
    if (colon <= 0 || setting === "") throw new UsageError(`--rule takes id:level, such as --rule unknown-property:off (got "${spec}")`);
    if (levelWords.has(setting)) {
      rules.set(id, ruleLevel((/^[0-2]$/.test(setting) ? Number(setting) : setting) as RuleLevelInFile));
      continue;
    }
    let value: unknown;
    try {
      value = JSON.parse(setting);
    } catch {
      value = undefined;
    }
    // A JSON string is the level it holds: ESLint's --rule, read by levn, takes `id:"warn"` as warn
    // (audit: refused, "the level is off, warn or error … (got "warn")"), as a user quoting for the shell writes it.
    const quoted = typeof value === "string";
    const level = Array.isArray(value) ? value[0] : quoted ? value : undefined;
    const options = Array.isArray(value) ? value[1] : undefined;
    // In JSON a level is a word or a number, as in ESLint's config and ours: "2" in quotes is neither (audit: it was taken as error).
    const levelOk = typeof level === "string" ? levelNames.includes(level) : level === 0 || level === 1 || level === 2;
    const optionsOk = options === undefined || (typeof options === "object" && options !== null && !Array.isArray(options));
    const shapeOk = quoted || (Array.isArray(value) && value.length <= 2);
    if (!shapeOk || !levelOk || !optionsOk) {
      // The level misspelt, alone (`eror`, no JSON; `"eror"`) or first in its array (`["wran"]`), is named as the level meant.
      const written = value === undefined ? setting : typeof level === "string" && !levelOk ? level : "";
      const hint = typeof level === "string" && /^[0-2]$/.test(level) ? ` (a level's number is written without quotes: ${level})` : didYouMean(written, levelNames);
      throw new UsageError(`--rule ${id}: the level is off, warn or error (or 0, 1, 2), or a JSON array ["error", { options }] (got ${setting})${hint}`);
    }
    const normalized = ruleLevel(level as RuleLevelInFile);
    rules.set(id, quoted ? normalized : options === undefined ? [normalized] : [normalized, options as Record<string, unknown>]);
  }
  return Object.fromEntries(rules);
}
