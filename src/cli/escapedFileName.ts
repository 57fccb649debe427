import { sep } from "node:path";

/**
 * What the CLI's glob reading gives a meaning to, unescaped: picomatch's wildcards, brackets,
 * extglob parentheses, `!`, `@`, `+`, `|` (lintTargetArgument escapes these), and braces.
 */
const globCharacter = /[*?[\](){}!@+|]/;

/**
 * The one file name a target spells with backslash escapes and no glob character of its own
 * (`node_modules/n\[1\].json` is node_modules/n[1].json), or undefined: a target with no
 * escape, one with a glob character unescaped (a glob, which may match more), and on Windows,
 * where a backslash is a folder's separator. Such a target matches that one name alone as a glob
 * too, but held to the ignores: request/body-unchecked's command for a body file in node_modules,
 * .git or a .gitignore'd folder found nothing, exit 2 (found by the audit of request files).
 * ESLint (10.16) reads such a target as no glob (is-glob) and no file, "No files matching the
 * pattern": a file whose name holds glob characters is named there only as written.
 */
export function escapedFileName(target: string): string | undefined {
  if (sep === "\\" || !target.includes("\\")) return undefined;
  if (globCharacter.test(target.replace(/\\[\s\S]/g, ""))) return undefined;
  return target.replace(/\\([\s\S])/g, "$1");
}
