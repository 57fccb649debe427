import type { Kind } from "../kinds/kinds.js";
import { toRuleLevel, type RuleLevel, type RuleLevelInput, type RuleSetting, type RulesConfig } from "../engine/ruleConfig.js";
import type { Settings } from "../domain/settings.js";
import { globMatcher } from "../glob/globMatcher.js";
import { fileIgnores } from "./ignoreDecision.js";

/** A config ready to use: rules normalized, globs compiled. */
export interface Config {
  /** The file it came from; undefined when there is none. */
  readonly filePath?: string;
  /** Where the config's globs are relative to: the config file's folder, or the working folder for one named with --config (loadConfig). */
  readonly baseDir: string;
  readonly rules: RulesConfig;
  readonly settings: Settings;
  readonly files: readonly FileKind[];
  readonly limits: Limits;
  /** Globs (relative to baseDir) of files and folders a folder walk or a glob skips. */
  readonly ignores: readonly string[];
  /** Rules and settings for some files, applied in order on top of the top-level ones (see fileConfig.ts). */
  readonly overrides: readonly Override[];
  /** What loading it noted, each `file:line:column: message`: globs no folder walk or glob can use (idleConfigGlobs); none without a file. */
  readonly notes?: readonly string[];
}

/** One `overrides` entry, its globs compiled. */
export interface Override {
  readonly files: readonly string[];
  readonly ignores: readonly string[];
  readonly rules: RulesConfig;
  readonly settings: Settings;
  /** Whether the entry applies to a path relative to the config's folder. */
  readonly matches: (relativePath: string) => boolean;
}

/** What a file may hold before it is refused unread or unparsed (each has a default where it is applied). */
export interface Limits {
  /** Bytes. */
  readonly maxFileSize?: number;
  readonly maxDepth?: number;
  readonly maxEntries?: number;
  readonly maxValues?: number;
}

export interface FileKind {
  readonly globs: readonly string[];
  readonly kind: Kind;
  readonly matches: (relativePath: string) => boolean;
}

/** The config as the file holds it (the schema has checked its shape). */
export interface ConfigFile {
  readonly rules?: Readonly<Record<string, RuleLevelInFile | readonly [RuleLevelInFile, Record<string, unknown>?]>>;
  readonly settings?: Settings;
  readonly files?: readonly { readonly glob: string | readonly string[]; readonly kind: Kind }[];
  readonly limits?: { readonly maxFileSize?: number | string; readonly maxDepth?: number; readonly maxEntries?: number; readonly maxValues?: number };
  readonly ignores?: readonly string[];
  readonly overrides?: readonly OverrideInFile[];
}

/** An `overrides` entry as the file holds it. */
export interface OverrideInFile {
  readonly files: readonly string[];
  readonly ignores?: readonly string[];
  readonly rules?: ConfigFile["rules"];
  readonly settings?: Settings;
}

/** ESLint's words and numbers are accepted too: "warn", 0 off, 1 warn, 2 error. */
export type RuleLevelInFile = RuleLevelInput;

/** A level as the file or --rule gives it, in the one encoding used inside (see engine/diagnostic.ts). */
export function ruleLevel(level: RuleLevelInFile): RuleLevel {
  return toRuleLevel(level) ?? (level as RuleLevel);
}

export function normalizeRules(rules: ConfigFile["rules"]): Record<string, RuleSetting> {
  const out: Record<string, RuleSetting> = {};
  for (const [id, setting] of Object.entries(rules ?? {})) {
    if (Array.isArray(setting)) {
      const [level, options] = setting as unknown as readonly [RuleLevelInFile, Record<string, unknown>?];
      out[id] = options === undefined ? [ruleLevel(level)] : [ruleLevel(level), options];
    } else {
      out[id] = ruleLevel(setting as RuleLevelInFile);
    }
  }
  return out;
}

export function fileKinds(files: ConfigFile["files"]): FileKind[] {
  return (files ?? []).map(({ glob, kind }) => {
    const globs = typeof glob === "string" ? [glob] : [...glob];
    return { globs, kind, matches: globMatcher(globs, { dot: true }) };
  });
}

/** The `overrides` entries, their rules normalized and globs compiled (a worker compiles them again from the same data). */
export function compileOverrides(overrides: readonly OverrideInFile[] | undefined): Override[] {
  return (overrides ?? []).map(({ files, ignores = [], rules, settings = {} }) => {
    const included = globMatcher(files, { dot: true });
    // Not one picomatch list: there, `!x` matched every path but x, and so narrowed the entry to x.
    const excluded = ignores.length > 0 ? fileIgnores(ignores) : () => false;
    return { files, ignores, rules: normalizeRules(rules), settings, matches: (path: string) => included(path) && !excluded(path) };
  });
}

/** No config file: every rule at its default, no settings, kinds told from content. */
export function emptyConfig(baseDir: string): Config {
  // Inheriting nothing: with Object.prototype polluted (`maxEntries = true`), an empty limits object answered the polluter's.
  return { baseDir, rules: inheritsNothing(), settings: inheritsNothing(), files: [], limits: inheritsNothing(), ignores: [], overrides: [] };
}

function inheritsNothing<T extends object>(): T {
  return Object.create(null) as T;
}
