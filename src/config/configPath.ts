import { isAbsolute, relative, sep } from "node:path";
import type { Config } from "./config.js";

/** A file's path relative to the config's folder, with `/`; undefined outside it (not the config's to name). */
export function configRelativePath(config: Pick<Config, "baseDir">, filePath: string): string | undefined {
  const path = relative(config.baseDir, filePath);
  const posix = sep === "/" ? path : path.split(sep).join("/");
  return posix === "" || posix === ".." || posix.startsWith("../") || isAbsolute(path) ? undefined : posix;
}
