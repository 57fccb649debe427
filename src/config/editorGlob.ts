/**
 * Whether VS Code's `json.schemas` fileMatch can say a config glob: stars, `?`, `{a,b}` and
 * brackets, but no extglob (`!(b)`, `@(a)`), no POSIX class (`[[:alpha:]]`) and no backslash
 * escape, which oms-lint's globs take and fileMatch would match no file with (found by the
 * review of the stop: `init --vscode` wrote such a pattern, matching no file).
 */
export function isEditorGlob(glob: string): boolean {
  return !/[!@+*?]\(/.test(glob) && !glob.includes("[[:") && !glob.includes("\\");
}
