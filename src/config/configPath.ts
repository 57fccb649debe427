import { basename, dirname, isAbsolute, join, relative, sep } from "node:path";
import type { Config } from "./config.js";
import { realFolders, type RealFolders } from "./realFolders.js";

/**
 * A file's path relative to the config's folder, with `/`; undefined outside it (not the
 * config's to name). A path that looks outside is read again through the real paths of its
 * folder and of the config's: the config's folder comes from the working folder, which Node.js
 * gives as a real path, so `/work/link/fx/order.json` (link → repo) looked outside the config
 * of /work/repo and lost its `files` kind, `ignores` and `overrides` (audit of config and file
 * discovery). ESLint applies the config through the link; so does the README.
 */
export function configRelativePath(config: Pick<Config, "baseDir">, filePath: string): string | undefined {
  const given = inside(config.baseDir, filePath);
  if (given !== undefined) return given;
  const realPaths = realPathsOf(config);
  if (realPaths.baseDir === undefined) return undefined;
  const file = realPathOfFolder(filePath, realPaths.folders);
  return file === undefined ? undefined : inside(realPaths.baseDir, file);
}

function inside(baseDir: string, filePath: string): string | undefined {
  const path = relative(baseDir, filePath);
  const posix = sep === "/" ? path : path.split(sep).join("/");
  return posix === "" || posix === ".." || posix.startsWith("../") || isAbsolute(path) ? undefined : posix;
}

/** The config's folder's real path, resolved once, and the real folders of files outside it. */
interface RealPaths {
  readonly baseDir: string | undefined;
  readonly folders: RealFolders;
}

const realPathsByConfig = new WeakMap<Pick<Config, "baseDir">, RealPaths>();

/**
 * Forgets the real paths resolved for the config: a link retargeted since (`ln -sfn other link`)
 * is read again. The language server keeps a config until a config file changes, so its real
 * paths lived as long and a retargeted link kept its old target (review of b9fc1a29): it calls
 * this at the start of each lint of a document. A CLI run loads its configs afresh, so its real
 * paths last one run.
 */
export function forgetRealPaths(config: Pick<Config, "baseDir">): void {
  realPathsByConfig.delete(config);
}

function realPathsOf(config: Pick<Config, "baseDir">): RealPaths {
  let realPaths = realPathsByConfig.get(config);
  if (realPaths === undefined) {
    const folders = realFolders();
    realPaths = { baseDir: folders.of(config.baseDir), folders };
    realPathsByConfig.set(config, realPaths);
  }
  return realPaths;
}

/**
 * The path with its folders' links resolved, the last name kept as given: the name the config
 * matches is the file's (a link named order.json is matched as order.json, as ESLint matches
 * it). A folder that does not exist (a --stdin-filename's) is resolved from the nearest one that does.
 */
function realPathOfFolder(filePath: string, folders: RealFolders): string | undefined {
  const folder = dirname(filePath);
  if (folder === filePath) return undefined;
  const real = folders.of(folder);
  return real === undefined ? undefined : join(real, basename(filePath));
}
