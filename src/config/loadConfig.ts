import { dirname, relative, resolve } from "node:path";
import { segments } from "../json/jsonPointer.js";
import { builtInLinter } from "../builtIn/linter.js";
import { configureRules, RuleConfigError, type RulesConfig } from "../engine/ruleConfig.js";
import { schemaDiagnostics, type AjvError } from "../lint/schemaDiagnostics.js";
import { readBoundedText } from "../files/readBounded.js";
import { defaultMaxFileSize, maxReadableSize, parseFileSize } from "../source/fileSize.js";
import { parseSource } from "../source/parseSource.js";
import { compileOverrides, fileKinds, normalizeRules, type Config, type ConfigFile } from "./config.js";
import { ConfigError } from "./configError.js";

type GeneratedValidator = ((data: unknown) => boolean) & { errors?: AjvError[] | null };

/**
 * Reads and checks a config file: JSON (placed faults), its schema (precompiled), rule ids
 * that exist, and rule options against each rule's own options schema. Every problem is
 * one line `file:line:column: message`; any problem throws a ConfigError (exit 2).
 */
export async function loadConfig(configPath: string, cwd: string): Promise<Config> {
  const filePath = resolve(cwd, configPath);
  const shown = relative(cwd, filePath) || filePath;
  // Read as payloads are: a pipe or a device named as the config is refused, not waited on.
  const read = readBoundedText(filePath, defaultMaxFileSize);
  if ("problem" in read) {
    throw new ConfigError(read.at ? `${shown}:${read.at.line}:${read.at.column}: ${read.problem}` : `cannot read the config file ${shown}: ${read.problem}`);
  }
  const text = read.text;
  const parsed = parseSource(text);
  if (!parsed.ok) throw new ConfigError(`${shown}:${parsed.range.line}:${parsed.range.column}: ${parsed.fault.message}`);
  const at = (path: string) => {
    const range = parsed.locate.pointer(path);
    return `${shown}:${range.line}:${range.column}`;
  };
  const problems: string[] = [];
  for (const { path } of parsed.facts.duplicateKeys) problems.push(`${at(path)}: ${JSON.stringify(segments(path).at(-1))} is set twice in this object`);
  // Loaded only when there is a config to check: a run without one does not pay for it.
  const validator = (await import("../generated/configValidator.js")).omsLintConfig as GeneratedValidator;
  if (!validator(parsed.value)) {
    for (const d of schemaDiagnostics(validator.errors)) problems.push(`${at(d.path)}: ${d.message}`);
  }
  if (problems.length === 0) problems.push(...ruleProblems(parsed.value as ConfigFile, at));
  if (problems.length > 0) throw new ConfigError(problems.join("\n"));
  const file = parsed.value as ConfigFile;
  // The schema checks a size's form ("64MB"); only its value says whether Node.js can hold it.
  const maxFileSize = file.limits?.maxFileSize === undefined ? undefined : parseFileSize(file.limits.maxFileSize);
  if (file.limits?.maxFileSize !== undefined && maxFileSize === undefined) {
    throw new ConfigError(`${at("/limits/maxFileSize")}: limits.maxFileSize must be at least 1 byte and at most ${maxReadableSize} bytes (the longest text Node.js holds)`);
  }
  return {
    filePath,
    baseDir: dirname(filePath),
    rules: normalizeRules(file.rules),
    settings: file.settings ?? {},
    files: fileKinds(file.files),
    limits: { maxFileSize, maxDepth: file.limits?.maxDepth, maxEntries: file.limits?.maxEntries, maxValues: file.limits?.maxValues },
    ignores: file.ignores ?? [],
    overrides: compileOverrides(file.overrides),
  };
}

/**
 * Rule ids that exist, and options that each rule's options schema accepts, at the top and
 * in every `overrides` entry: each rule's setting is checked alone, so that every bad one is
 * named at its own line.
 */
function ruleProblems(file: ConfigFile, at: (path: string) => string): string[] {
  const problems: string[] = [];
  const places: [string, ConfigFile["rules"]][] = [["/rules", file.rules], ...(file.overrides ?? []).map((entry, i): [string, ConfigFile["rules"]] => [`/overrides/${i}/rules`, entry.rules])];
  for (const [where, rules] of places) {
    for (const [id, setting] of Object.entries(rules ?? {})) {
      try {
        configureRules(builtInLinter.ruleSet, { [id]: setting } as RulesConfig);
      } catch (error) {
        if (!(error instanceof RuleConfigError)) throw error;
        const path = `${where}/${id.replace(/~/g, "~0").replace(/\//g, "~1")}`;
        problems.push(`${at(Array.isArray(setting) && setting.length > 1 ? `${path}/1` : path)}: ${error.message}`);
      }
    }
  }
  return problems;
}
