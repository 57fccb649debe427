/** Characters a POSIX shell takes literally in a word: a word of only these needs no quotes. */
const plainWord = /^[A-Za-z0-9_@%+=:,./-]+$/;

/** A word for a POSIX shell: as it is when plain, else in single quotes, each quote of it as '\''. */
export function shellQuoted(word: string): string {
  return plainWord.test(word) ? word : `'${word.replaceAll("'", "'\\''")}'`;
}

/** A file's path as an argument of an `oms-lint` command: quoted for a POSIX shell, and never read as an option (-x.json is ./-x.json). */
export function fileArgument(path: string): string {
  return shellQuoted(path.startsWith("-") ? `./${path}` : path);
}

/**
 * What oms-lint's CLI reads as a glob's in a target that names no file on disk (discoverFiles
 * stats a target first, and hands one that is no file to globby, whose picomatch reads these;
 * `!` first negates, `@(`, `+(`, `!(` open extglobs, a bare `+` or `|` is a regular expression's).
 */
const globCharacters = /[*?[\]()!@+|]/g;

/**
 * Characters no escape gets through that reading as themselves: a backslash (the file `a\b.json`
 * was found as a/b.json, which it cannot read), and braces (`\{a.json` and `x\{1,2}y}.json`
 * matched nothing beside the files of those names, where `order\{1,2}.json` matched its own).
 */
const unescapable = /[\\{}]/;

/**
 * A file's path as a target of an `oms-lint` lint command: fileArgument's word, each glob
 * character escaped with a backslash, which the CLI's glob reading honours (backslashEscapes
 * keeps `\[` a bracket): `'order\[1\].json'` lints order[1].json, and nothing when it is not
 * there, where `'order[1].json'` linted order1.json (found by the audit of request files); the
 * CLI reads a target its escapes alone spell as that file named outright (escapedFileName), in
 * an ignored folder too.
 * Undefined for a path no escape names alone (unescapable). Not for `oms-lint split`, which
 * reads its file as named (splitFileArgument).
 */
export function lintTargetArgument(path: string): string | undefined {
  return unescapable.test(path) ? undefined : fileArgument(path.replace(globCharacters, "\\$&"));
}
