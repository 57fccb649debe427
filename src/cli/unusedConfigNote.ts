import { realpathSync } from "node:fs";
import { dirname, relative } from "node:path";
import { isOutside } from "../files/outsidePath.js";

/** How the run chose its config: --config's file, none (--no-config), or the nearest upward from the working folder. */
export type ConfigChosen = "config option" | "no config" | "found upward";

/**
 * The note for a config file a folder walk passed over that is not the one the run reads: a
 * config in a subfolder (tenant/oms-lint.config.json) is found upward from the working folder
 * only (SPEC §5), where ESLint looks one up for each file, and linting from the root used it
 * without a word (audit of config and file discovery). Undefined for the run's own config, and
 * for one in the working folder or above it.
 * Its words are escaped where it is written (main's note).
 */
export function unusedConfigNote(passed: string, inUse: string | undefined, chosen: ConfigChosen, cwd: string): string | undefined {
  if (inUse !== undefined && realPath(passed) === realPath(inUse)) return undefined;
  // One in the working folder or above it is the one found upward, or left out by -c or --no-config as asked: no news.
  if (!isOutside(relative(realPath(dirname(passed)), realPath(cwd)))) return undefined;
  const shown = relative(cwd, passed);
  const folder = relative(cwd, dirname(passed));
  const why =
    chosen === "config option"
      ? "this run reads the config --config names"
      : chosen === "no config"
        ? "this run reads no config (--no-config)"
        : "the config is found upward from the working folder";
  return `note: ${shown} is not used: ${why}; run from ${folder}/ or use overrides`;
}

function realPath(path: string): string {
  try {
    return realpathSync.native(path);
  } catch {
    return path;
  }
}
