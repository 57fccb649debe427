import { existsSync, readFileSync } from "node:fs";
import { dirname, isAbsolute, join, relative, sep } from "node:path";
import ignore, { type Ignore } from "ignore";

/** One .gitignore: its folder, and its rules (the `ignore` package reads them as git does). */
interface IgnoreFile {
  readonly folder: string;
  readonly rules: Ignore;
}

/**
 * The .gitignore files that govern a folder, shallowest first. A deeper file's rules win over
 * a shallower one's (git: "patterns in the higher level files are overridden by those in
 * lower level files"), so a path's fate is the last decisive answer down the chain.
 */
export type GitignoreChain = readonly IgnoreFile[];

const posix = (path: string): string => (sep === "/" ? path : path.split(sep).join("/"));

/** The rules of the .gitignore in `folder`, or undefined when it has none (or it cannot be read). */
export function gitignoreIn(folder: string): IgnoreFile | undefined {
  let text: string;
  try {
    text = readFileSync(join(folder, ".gitignore"), "utf8");
  } catch {
    return undefined;
  }
  // Case-sensitive, as git is unless core.ignorecase says otherwise (the `ignore` package folds
  // case by default); a byte order mark is not part of the first pattern.
  return { folder, rules: ignore({ ignorecase: false }).add(text.replace(/^\uFEFF/, "")) };
}

/**
 * The .gitignore files above `folder` that apply inside it: from the root of its git
 * repository (the nearest folder holding `.git`) down to its parent. Outside a repository,
 * from `cwd` when the folder lies inside it (as a glob over cwd would read them), else none.
 */
export function gitignoresAbove(folder: string, cwd: string): GitignoreChain {
  if (existsSync(join(folder, ".git"))) return [];
  const ancestors: string[] = [];
  let top: string | undefined;
  for (let at = dirname(folder), previous = folder; at !== previous; previous = at, at = dirname(at)) {
    ancestors.push(at);
    if (existsSync(join(at, ".git"))) {
      top = at;
      break;
    }
  }
  if (top === undefined) {
    const inside = relative(cwd, folder);
    if (inside === "" || inside.startsWith("..") || isAbsolute(inside)) return [];
    top = cwd;
  }
  const chain: IgnoreFile[] = [];
  for (const at of ancestors.slice(0, ancestors.indexOf(top) + 1).reverse()) {
    const file = gitignoreIn(at);
    if (file) chain.push(file);
  }
  return chain;
}

/** Whether the chain ignores the path (a folder's path is tested with a trailing slash, as git does). */
export function isGitignored(chain: GitignoreChain, path: string, isFolder: boolean): boolean {
  let ignored = false;
  for (const { folder, rules } of chain) {
    const inside = relative(folder, path);
    if (inside === "" || inside.startsWith("..")) continue;
    const result = rules.test(posix(inside) + (isFolder ? "/" : ""));
    if (result.ignored) ignored = true;
    else if (result.unignored) ignored = false;
  }
  return ignored;
}
