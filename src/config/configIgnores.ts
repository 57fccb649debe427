import { globMatcher } from "../glob/globMatcher.js";
import type { Config } from "./config.js";
import { configRelativePath } from "./configPath.js";

/** Whether a path is skipped by the config's `ignores`; `isFolder` for a folder a walk is about to enter. */
export type IgnoredPath = (path: string, isFolder: boolean) => boolean;

/**
 * The config's `ignores`, as ESLint reads a flat config's global ignores: globs relative to the
 * config file's folder, hidden names included. A pattern that ends in `/` names folders only
 * (`drafts/`); any other names files and folders alike (`fixtures/legacy`, `legacy/**`,
 * `**\/*.draft.json`). Whatever lies in an ignored folder is ignored (a walk never enters it).
 * A path outside the config's folder is not the config's to ignore. Undefined when there
 * are no ignores.
 */
export function configIgnores(config: Config): IgnoredPath | undefined {
  if (config.ignores.length === 0) return undefined;
  // Compiled once per config (the editor asks for every document it lints).
  let compiled = memo.get(config);
  if (compiled === undefined) memo.set(config, (compiled = compile(config)));
  return compiled;
}

const memo = new WeakMap<Config, IgnoredPath>();

function compile(config: Config): IgnoredPath {
  const folderMatch = globMatcher(config.ignores.map((glob) => (glob.endsWith("/") ? glob.slice(0, -1) : glob)), { dot: true });
  const fileGlobs = config.ignores.filter((glob) => !glob.endsWith("/"));
  const fileMatch = fileGlobs.length > 0 ? globMatcher(fileGlobs, { dot: true }) : () => false;
  return (path, isFolder) => {
    const inside = configRelativePath(config, path);
    if (inside === undefined) return false;
    if (isFolder) return folderMatch(inside);
    if (fileMatch(inside)) return true;
    // A file in an ignored folder: each folder above it, from the config's folder down.
    for (let slash = inside.indexOf("/"); slash >= 0; slash = inside.indexOf("/", slash + 1)) {
      if (folderMatch(inside.slice(0, slash))) return true;
    }
    return false;
  };
}
