/**
 * A glob whose backslashes escape the next character, as git reads them: gitignore(5) refers
 * to "fnmatch(3) and the FNM_PATHNAME flag" for its patterns, where a backslash is an escape
 * character (git's wildmatch, which checks each line, does the same), and picomatch's README
 * has special characters "escaped with backslashes". picomatch copies `\x` into its regular
 * expression as it is, where a letter or a digit after a backslash is no longer itself: `\d`
 * is any digit, `\b` a word boundary, `\3` the character U+0003, and `\R` no escape the
 * matcher reads at all (a Windows path in a .gitignore, `obj\Release`, stopped every run).
 * Such a pair is written as the character alone, which needed no escape; any other escaped
 * character is a literal in the expression as in the glob, and stays escaped (`\*` is a
 * star, `\\` a backslash).
 */
export function backslashEscapes(glob: string): string {
  return glob.replace(/\\([\s\S])/g, (pair, next: string) => (/^[A-Za-z0-9]$/.test(next) ? next : pair));
}
