import type { Kind } from "../kinds/kinds.js";
import type { Config } from "./config.js";
import { configRelativePath } from "./configPath.js";

/** The kind the config's `files` entries give a file (the first that matches), if any. */
export function kindForFile(config: Config, filePath: string): Kind | undefined {
  if (config.files.length === 0) return undefined;
  const path = configRelativePath(config, filePath);
  return path === undefined ? undefined : config.files.find((entry) => entry.matches(path))?.kind;
}
