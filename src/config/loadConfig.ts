import { dirname, relative, resolve } from "node:path";
import { segments } from "../json/jsonPointer.js";
import { builtInLinter } from "../builtIn/linter.js";
import { configureRules, RuleConfigError, type RulesConfig } from "../engine/ruleConfig.js";
import { schemaDiagnostics, type AjvError } from "../lint/schemaDiagnostics.js";
import { readBoundedText } from "../files/readBounded.js";
import { defaultMaxFileSize, fixedSizeMessage, maxReadableSize, parseFileSize } from "../source/fileSize.js";
import { parseSource } from "../source/parseSource.js";
import { nullPrototypeCopy } from "../json/nullPrototypeCopy.js";
import { fixedLimitHints } from "../source/limitMessages.js";
import { compileOverrides, fileKinds, normalizeRules, type Config, type ConfigFile } from "./config.js";
import { ConfigError } from "./configError.js";
import { unreadableConfigGlob } from "./configGlobs.js";
import { configFolderBase, dotDotGlobs, workingFolderBase } from "./dotDotGlobs.js";
import { kindNotARule } from "./kindNotARule.js";
import { idleConfigGlobs } from "./idleConfigGlobs.js";
import { withNearNames } from "./configNearNames.js";
import { settingsCurrencyProblems } from "./settingsCurrencies.js";

/** A config file is read within the default limits, whatever the command line or its own `limits` say: a verdict past one names no flag. */
const configLimitHints = fixedLimitHints("a config file");
const configTooLarge = fixedSizeMessage("config file");

/**
 * How many of a config file's problems are printed, in the file's order, as Biome prints 20
 * diagnostics by default: a file of 99,000 misspelt rules printed 99,000 lines of 1.3 kB.
 */
export const shownProblems = 20;

/** Rule settings checked before the check stops, as the schema stops at 1,000 problems a list or object. */
const ruleProblemLimit = 1000;

const moreProblems = (more: number, counted: boolean) =>
  `${counted ? "at least " : ""}${more} more ${more === 1 ? "problem" : "problems"} not shown (oms-lint shows the first ${shownProblems}); fix these and run it again`;

/** A problem of the config file, at the JSON Pointer of its place. */
interface Problem {
  readonly path: string;
  readonly message: string;
}

type GeneratedValidator = ((data: unknown) => boolean) & { errors?: AjvError[] | null };

/**
 * Reads and checks a config file: JSON (placed faults), its schema (precompiled), rule ids
 * that exist, and rule options against each rule's own options schema. Every problem is
 * one line `file:line:column: message`; any problem throws a ConfigError (exit 2).
 *
 * `globsFrom` says where the config's globs (files, ignores, overrides) are relative to: the
 * config file's folder for a config found upward (or by the editor), the working folder for one
 * named with --config, as ESLint's locateConfigFileToUse takes the working folder as the base
 * path of a config file given explicitly (a config kept in configs/ reached no file: its
 * `../fx/*.json` was refused as climbing out).
 */
export async function loadConfig(configPath: string, cwd: string, globsFrom: "configFolder" | "workingFolder" = "configFolder"): Promise<Config> {
  const filePath = resolve(cwd, configPath);
  const shown = relative(cwd, filePath) || filePath;
  // Read as payloads are: a pipe or a device named as the config is refused, not waited on.
  // Held to the default size, which no flag raises, and its message says so (it named --max-file-size).
  const read = readBoundedText(filePath, defaultMaxFileSize, configTooLarge);
  if ("problem" in read) {
    throw new ConfigError(read.at ? `${shown}:${read.at.line}:${read.at.column}: ${read.problem}` : `cannot read the config file ${shown}: ${read.problem}`);
  }
  const text = read.text;
  const parsed = parseSource(text, { limitHints: configLimitHints, document: "a config file" });
  if (!parsed.ok) throw new ConfigError(`${shown}:${parsed.range.line}:${parsed.range.column}: ${parsed.fault.message}`);
  const problems: Problem[] = [];
  for (const { path } of parsed.facts.duplicateKeys) problems.push({ path, message: `${JSON.stringify(segments(path).at(-1))} is set twice in this object` });
  // Loaded only when there is a config to check: a run without one does not pay for it.
  const validator = (await import("../generated/configValidator.js")).omsLintConfig as GeneratedValidator;
  const shapeErrors = validator(parsed.value) ? [] : (validator.errors ?? []);
  const shapeProblems = schemaDiagnostics(oneEachCause(withNearNames(shapeErrors, parsed.value)));
  for (const { path, message } of shapeProblems) problems.push({ path, message });
  // A misspelt rule id is named with the rest, not only once every other problem is fixed.
  const faulted = new Set(shapeProblems.flatMap(({ path }) => path.split("/").map((_, i, parts) => parts.slice(0, i + 1).join("/"))));
  for (const problem of dotDotGlobs(parsed.value, globsFrom === "workingFolder" ? workingFolderBase : configFolderBase)) if (!faulted.has(problem.path)) problems.push(problem);
  // Read only on a config of the right shape: its globs are strings where they stand.
  const idle = shapeProblems.length === 0 ? idleConfigGlobs(parsed.value as ConfigFile).filter(({ pointer }) => !faulted.has(pointer)) : [];
  for (const { severity, pointer, message } of idle) if (severity === "error") problems.push({ path: pointer, message });
  for (const problem of settingsCurrencyProblems(parsed.value, (path) => faulted.has(path))) problems.push(problem);
  const rules = ruleProblems(parsed.value, (path) => faulted.has(path));
  const stopped = rules.length >= ruleProblemLimit;
  for (const problem of rules) problems.push(problem);
  if (problems.length > 0) {
    // Placed in one walk of the text (one walk a problem made 10,000 bad rules take 24 s), then in the file's order, as an editor lists them.
    const ranges = parsed.locate.pointers(problems.map(({ path }) => path));
    const placed = problems.map(({ message }, i) => ({ message, line: ranges[i]!.line, column: ranges[i]!.column }));
    placed.sort((a, b) => a.line - b.line || a.column - b.column);
    const [first, ...rest] = placed.slice(0, shownProblems).map(({ line, column, message }) => `${shown}:${line}:${column}: ${message}`);
    if (placed.length > shownProblems) rest.push(`${shown}: ${moreProblems(placed.length - shownProblems, stopped || shapeErrors.some(({ keyword }) => keyword === "errorLimit"))}`);
    throw new ConfigError(first!, ...rest);
  }
  // Read as the file says, never as a polluted Object.prototype answers a name the file lacks (`limits`, `settings`).
  const file = nullPrototypeCopy(parsed.value) as ConfigFile;
  // The schema checks a size's form ("64MB"); only its value says whether Node.js can hold it.
  const maxFileSize = file.limits?.maxFileSize === undefined ? undefined : parseFileSize(file.limits.maxFileSize);
  if (file.limits?.maxFileSize !== undefined && maxFileSize === undefined) {
    const { line, column } = parsed.locate.pointer("/limits/maxFileSize");
    throw new ConfigError(`${shown}:${line}:${column}: limits.maxFileSize must be at least 1 byte and at most ${maxReadableSize} bytes (the longest text Node.js holds)`);
  }
  const unreadable = unreadableConfigGlob(file, (pointer) => {
    const { line, column } = parsed.locate.pointer(pointer);
    return `${shown}:${line}:${column}`;
  });
  if (unreadable !== undefined) throw new ConfigError(unreadable);
  const noted = idle.filter(({ severity }) => severity === "note");
  // In the file's order, as its problems are.
  const notes = (noted.length === 0 ? [] : parsed.locate.pointers(noted.map(({ pointer }) => pointer)))
    .map(({ line, column }, i) => ({ line, column, message: noted[i]!.message }))
    .sort((a, b) => a.line - b.line || a.column - b.column)
    .map(({ line, column, message }) => `${shown}:${line}:${column}: ${message}`);
  return {
    filePath,
    baseDir: globsFrom === "workingFolder" ? resolve(cwd) : dirname(filePath),
    rules: normalizeRules(file.rules),
    settings: file.settings ?? {},
    files: fileKinds(file.files),
    limits: { maxFileSize, maxDepth: file.limits?.maxDepth, maxEntries: file.limits?.maxEntries, maxValues: file.limits?.maxValues },
    ignores: file.ignores ?? [],
    overrides: compileOverrides(file.overrides),
    notes,
  };
}

/**
 * The schema's problems, one a cause: a setting that fits none of its forms (`anyOf`: a
 * level, or [level, { options }]) is one line in the words of the whole, not one more for
 * each form it failed at or beneath its place (Ajv reports the forms' errors first).
 */
function oneEachCause(errors: readonly AjvError[]): AjvError[] {
  const kept: AjvError[] = [];
  for (const error of errors) {
    if (error.keyword === "anyOf") {
      const at = error.instancePath;
      for (let i = kept.length - 1; i >= 0; i--) {
        const path = (kept[i] as AjvError).instancePath;
        if (path === at || path.startsWith(`${at}/`)) kept.splice(i, 1);
      }
    }
    kept.push(error);
  }
  return kept;
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);

/**
 * Rule ids that exist, and options that each rule's options schema accepts, at the top and
 * in every `overrides` entry: each rule's setting is checked alone, so that every bad one is
 * named at its own line. Checked whatever else is wrong with the file; a setting whose
 * place the schema already faulted is not named twice.
 */
function ruleProblems(file: unknown, faulted: (path: string) => boolean): Problem[] {
  if (!isObject(file)) return [];
  const problems: Problem[] = [];
  const overrides = Array.isArray(file.overrides) ? file.overrides : [];
  const places: [string, unknown][] = [["/rules", file.rules], ...overrides.map((entry, i): [string, unknown] => [`/overrides/${i}/rules`, isObject(entry) ? entry.rules : undefined])];
  for (const [where, rules] of places) {
    if (!isObject(rules)) continue;
    for (const [id, setting] of Object.entries(rules)) {
      const path = `${where}/${id.replace(/~/g, "~0").replace(/\//g, "~1")}`;
      // A setting the schema faulted is named once, but its id is still checked (as if "off").
      const checked = faulted(path) ? "off" : setting;
      const problem = ruleSettingProblem(id, checked, path);
      if (problem !== undefined) problems.push(problem);
      if (problems.length >= ruleProblemLimit) return problems;
    }
  }
  return problems;
}

/** The problem of one rule setting, at its place: `kind` is no rule (kindNotARule), an unknown id, a bad level or options. */
function ruleSettingProblem(id: string, setting: unknown, path: string): Problem | undefined {
  const notARule = kindNotARule(id);
  if (notARule !== undefined) return { path, message: notARule };
  try {
    configureRules(builtInLinter.ruleSet, { [id]: setting } as RulesConfig);
    return undefined;
  } catch (error) {
    if (!(error instanceof RuleConfigError)) throw error;
    return { path: Array.isArray(setting) && setting.length > 1 ? `${path}/1` : path, message: error.message };
  }
}
