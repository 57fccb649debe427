import { escapeControls } from "../formatters/displayText.js";

/** Characters a POSIX shell takes literally in a word: a word of only these needs no quotes. */
const plainWord = /^[A-Za-z0-9_@%+=:,./-]+$/;

/** The escapes bash's $'…' reads for the controls that have one of their own. */
const ansiCEscapes: Readonly<Record<string, string>> = { "\n": "\\n", "\r": "\\r", "\t": "\\t", "'": "\\'", "\\": "\\\\" };

/**
 * A word in bash's (and zsh's, ksh's) ANSI-C quotes: each character a message names by its code
 * (escapeControls: a newline, an escape, a right-to-left override) written as its own escape or
 * its UTF-8 bytes (`\xe2\x80\xae`), which reads the same whatever the shell's locale; the rest as
 * it is. Raw, such a character in single quotes was named by its code once the advice was shown
 * (`'new\nline.json'`: a backslash and an n to the shell).
 */
function ansiCQuoted(word: string): string {
  let quoted = "";
  for (const char of word) {
    const own = ansiCEscapes[char];
    if (own !== undefined) quoted += own;
    else if (escapeControls(char) === char) quoted += char;
    else for (const byte of Buffer.from(char, "utf8")) quoted += `\\x${byte.toString(16).padStart(2, "0")}`;
  }
  return `$'${quoted}'`;
}

/**
 * A word for a shell: as it is when plain; else in single quotes, each quote of it as '\'', for
 * any POSIX shell; a word holding a character a message names by its code, in bash's $'…'
 * (ansiCQuoted: no POSIX sh before 2024's reads it, bash and zsh do). Undefined for a word with a
 * NUL, which no shell word can hold (C strings end there).
 */
export function shellQuoted(word: string): string | undefined {
  if (word.includes("\u0000")) return undefined;
  if (plainWord.test(word)) return word;
  if (escapeControls(word) !== word) return ansiCQuoted(word);
  return singleQuoted(word);
}

/** A word in single quotes, each quote of it as '\'': what any POSIX shell reads back, but a character a message names by its code. */
export function singleQuoted(word: string): string {
  return `'${word.replaceAll("'", "'\\''")}'`;
}

/** Whether a shell word is in bash's $'…' quotes (shellQuoted), which the advice then says. */
export function isBashWord(word: string): boolean {
  return word.startsWith("$'");
}

/** A file's path as an argument of an `oms-lint` command: quoted for a shell (shellQuoted), and never read as an option (-x.json is ./-x.json). */
export function fileArgument(path: string): string | undefined {
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
