import { statSync } from "node:fs";
import { dirname, join } from "node:path";

export const configFileName = "oms-lint.config.json";

/** The nearest oms-lint.config.json in `start` or a folder above it, as ESLint finds its config. */
export function findConfig(start: string): string | undefined {
  for (let dir = start; ; dir = dirname(dir)) {
    const candidate = join(dir, configFileName);
    if (isFile(candidate)) return candidate;
    if (dirname(dir) === dir) return undefined;
  }
}

/** Whether a file is at the path (a folder of the config's name is none; a link loop or a folder the user may not read, none either). */
export function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}
