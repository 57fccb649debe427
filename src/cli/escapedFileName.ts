import { sep } from "node:path";

/**
 * What the CLI's glob reading gives a meaning to, unescaped: picomatch's wildcards, an opening
 * bracket, parentheses (an extglob's `!(`, `@(`, `+(`, and `|` within one, need theirs), braces,
 * and a leading `!` (a negation). A lone `]`, and `!`, `@`, `+` or `|` with no `(` after it, are
 * literal to picomatch: counted, `'node_modules/n\[1].json'` was a glob held to the ignores, "no
 * files match", while `'node_modules/n\[1\].json'` was the file (audit of the counted notes).
 * lintTargetArgument escapes them all the same.
 */
const globCharacter = /^!|[*?[(){}]/;

/**
 * The one file name a target spells with backslash escapes and no glob character of its own
 * (`node_modules/n\[1\].json` is node_modules/n[1].json), or undefined: a target with no
 * escape, one with a glob character unescaped (a glob, which may match more), and on Windows,
 * where a backslash is a folder's separator. Such a target matches that one name alone as a glob
 * too, but held to the ignores: request/body-unchecked's command for a body file in node_modules,
 * .git or a .gitignore'd folder found nothing, exit 2 (found by the audit of request files).
 * ESLint (10.16) turns every backslash into a slash first (normalizeToPosix, eslint-helpers.js),
 * so it reads `n\[1\].json` as the glob `n/[1/].json`, which names another path: a file whose
 * name holds glob characters is named there only as written.
 */
export function escapedFileName(target: string): string | undefined {
  if (sep === "\\" || !target.includes("\\")) return undefined;
  if (globCharacter.test(target.replace(/\\[\s\S]/g, ""))) return undefined;
  return target.replace(/\\([\s\S])/g, "$1");
}
