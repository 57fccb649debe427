import type { Config } from "../config/config.js";
import { emptyConfig } from "../config/config.js";
import { findConfig } from "../config/findConfig.js";
import { mergeRules } from "../config/fileConfig.js";
import { loadConfig } from "../config/loadConfig.js";
import type { RulesConfig } from "../engine/ruleConfig.js";
import type { Kind } from "../kinds/kinds.js";
import type { LintRun } from "../lint/lintRun.js";
import { checkRules } from "./checkRules.js";
import { refuseUndecodableName } from "./undecodableArgument.js";

/** Which config a command reads: --config's file (its globs relative to cwd, as ESLint's), none with --no-config, else the nearest one above cwd (its globs relative to its folder). */
export interface ConfigChoice {
  readonly config?: string;
  readonly noConfig: boolean;
}

/** The config of a run of `oms-lint` or `oms-lint split`: one way to find and load it for both. */
export async function resolveConfig(choice: ConfigChoice, cwd: string): Promise<Config> {
  if (choice.config !== undefined) {
    refuseUndecodableName("--config", choice.config);
    return loadConfig(choice.config, cwd, "workingFolder");
  }
  if (choice.noConfig) return emptyConfig(cwd);
  const found = findConfig(cwd);
  return found ? loadConfig(found, cwd) : emptyConfig(cwd);
}

/** What the command line sets over the config: --kind, --rule and the limits (each, when given, wins). */
export interface CommandLineRun {
  readonly kind?: Kind;
  readonly rules?: RulesConfig;
  readonly maxDepth?: number;
  readonly maxEntries?: number;
  readonly maxValues?: number;
  readonly maxFileSize?: number;
}

/**
 * The run a config and a command line make, for lint and split alike: --rule laid over the
 * config's rules as ESLint lays it (a level alone keeps the config's options), checked
 * (an unknown rule or bad options is a usage error), and each limit from the command line,
 * else the config's `limits`, else the default. Every name of a run is its own, undefined where
 * this run sets none (lint lays its own over them): split's run held no `undecodable`, and a polluted
 * Object.prototype's was read by name as the file was (run.undecodable?.has, an internal error).
 */
export function lintRunOf(config: Config, commandLine: CommandLineRun = {}): LintRun {
  const rules = commandLine.rules === undefined ? config.rules : mergeRules([config.rules, commandLine.rules]);
  checkRules(rules);
  return {
    config,
    kind: commandLine.kind,
    rules,
    commandLineRules: commandLine.rules,
    existing: undefined,
    maxDepth: commandLine.maxDepth ?? config.limits.maxDepth,
    maxEntries: commandLine.maxEntries ?? config.limits.maxEntries,
    maxValues: commandLine.maxValues ?? config.limits.maxValues,
    maxFileSize: commandLine.maxFileSize ?? config.limits.maxFileSize,
    cache: undefined,
    audience: undefined,
    workingFolder: undefined,
    notOnDisk: undefined,
    undecodable: undefined,
    unreadFolders: undefined,
  };
}
