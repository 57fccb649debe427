import { lstatSync, statSync } from "node:fs";
import { dirname, join } from "node:path";

export const configFileName = "oms-lint.config.json";

/**
 * The nearest oms-lint.config.json in `start` or a folder above it, as ESLint finds its config.
 * One there that is a symbolic link that cannot be followed is found too, and loadConfig says why
 * it cannot be read (exit 2), as for `-c` on it: skipped, it let a parent's config (or none)
 * lint the files its author meant for it, without a word (audit of config and file discovery).
 */
export function findConfig(start: string): string | undefined {
  for (let dir = start; ; dir = dirname(dir)) {
    const candidate = join(dir, configFileName);
    if (isFile(candidate)) return candidate;
    if (dirname(dir) === dir) return undefined;
  }
}

/**
 * Whether a config stands at the path: a file, or a symbolic link that cannot be followed (broken,
 * a loop, or to what cannot be reached). A folder of the config's name is none, nor a link to one;
 * nor a path a folder the user may not search hides.
 */
export function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return isLink(path);
  }
}

function isLink(path: string): boolean {
  try {
    return lstatSync(path).isSymbolicLink();
  } catch {
    return false;
  }
}
