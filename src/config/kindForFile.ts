import { isAbsolute, relative, sep } from "node:path";
import type { Kind } from "../kinds/kinds.js";
import type { Config } from "./config.js";

/** The kind the config's `files` entries give a file (the first that matches), if any. */
export function kindForFile(config: Config, filePath: string): Kind | undefined {
  if (config.files.length === 0) return undefined;
  const path = relative(config.baseDir, filePath).split(sep).join("/");
  // A file outside the config's folder is not the config's to name.
  if (path.startsWith("../") || isAbsolute(path)) return undefined;
  return config.files.find((entry) => entry.matches(path))?.kind;
}
