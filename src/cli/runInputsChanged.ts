import { dirname, join, resolve } from "node:path";
import { configFileName } from "../config/findConfig.js";
import type { ConfigChoice } from "./commandLineRun.js";
import { displayPath } from "../formatters/displayText.js";
import { andList } from "../engine/andList.js";

const readConfig = "the config this run reads";

/** A file the run reads that decides findings in every file linted, and what it is to the run. */
export interface RunInput {
  readonly path: string;
  readonly what: string;
}

/**
 * The config files whose change or removal changes this run's results: the one it reads, and,
 * found by the search upward from the working folder, those nearer than it (or than the root,
 * with none), which git names only as removed: a branch that deletes the config it read before.
 * --config names one file; --no-config reads none.
 */
export function configInputs(choice: ConfigChoice, cwd: string, inUse: string | undefined): RunInput[] {
  if (choice.config !== undefined) return [{ path: resolve(cwd, choice.config), what: readConfig }];
  if (choice.noConfig) return [];
  const inputs: RunInput[] = [];
  for (let dir = cwd; ; dir = dirname(dir)) {
    const path = join(dir, configFileName);
    if (path === inUse) return [...inputs, { path, what: readConfig }];
    inputs.push({ path, what: "a config file, now removed" });
    if (dirname(dir) === dir) return inputs;
  }
}

/**
 * The one note of a run whose config or suppressions file changed on the branch: it lints every
 * file found, since such a change (a rule turned off, an override's settings, a count raised in
 * the suppressions file) changes results in files the branch never touched, and a run that linted
 * only those would pass a branch that `oms-lint .` fails (found by the audit of the CI surface).
 */
export function runInputsChangedNote(ref: string, changed: readonly RunInput[], cwd: string): string {
  const named = changed.map(({ path, what }) => `${displayPath(path, cwd)} (${what})`);
  return `--changed-since ${ref}: ${andList(named)} changed: every file found is linted, as without --changed-since (a change there can change any file's result)`;
}
