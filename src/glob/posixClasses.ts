import { globTokens } from "./globTokens.js";

/**
 * A glob with each POSIX class inside a bracket (`[[:digit:]]`) written out as the characters it
 * names, so that picomatch never reads one. picomatch 4.0.7, on meeting a POSIX class, rebuilds
 * its output from the tokens' raw text, and the text before the class went unescaped:
 * `a.b/[[:alpha:]].json` matched a/b/x.json (its `.` any character, `/` included), which
 * minimatch (ESLint) and git never match. Each class is written as picomatch's own ASCII reading
 * of it (the README lists ASCII classes as a difference from minimatch's Unicode ones), but
 * `[:punct:]`: POSIX's punct is C's ispunct, every printable ASCII character that is neither a
 * letter, a digit nor a space, and minimatch and git's wildmatch read it so; picomatch's class
 * lacks the backslash (`a[[:punct:]]b` missed `a\b`). No class holds the `/`, which no bracket
 * matches in a path (minimatch matches one name at a time; git, with WM_PATHNAME, refuses it).
 */
export function posixClasses(glob: string): string {
  // Token by token (globTokens): the expression below, tried at every `[` of the whole glob, rescanned it to its end from each.
  const written = globTokens(glob).map((token) =>
    token.length > 1 && token.startsWith("[") ? token.replace(bracket, (found, open?: string, inside?: string) => (inside === undefined ? found : `[${open}${inside.replace(classAndDash, membersFor)}]`)) : token,
  );
  return written.join("");
}

/** Whether a glob holds a POSIX class (`[:digit:]`), which picomatch 4 reads otherwise (posixClasses) and fast-glob's picomatch 2 drops the text before. */
export const hasPosixClass = (glob: string): boolean => /\[:[a-z]+:\]/.test(glob);

/**
 * An escaped pair, or a bracket expression: its opening (`!` or `^`, then a `]` that is a
 * member), and what it holds, each `[:` the start of a whole POSIX class (`[[:punct:]` is no
 * bracket around a class: it closes at the class's own `]`, and is left as it is).
 */
const bracket = /\\[\s\S]|\[([!^]?\]?)((?:\[:[a-z]+:\]|\\[\s\S]|\[(?!:)|[^\]\\[])*)\]/g;

/**
 * An escaped `[` before a `:`, another escaped pair, or a class and a `-` right after it.
 * minimatch reads `[\[:digit:]]` as the set `[ : d i g t`, then a `]`; picomatch 4.0.7 still read
 * `[:digit:]` there and wrote `[\0-9]` (NUL to 9; `[\a-zA-Z]` stopped linearRegex: audit of
 * 4804d64a), so that `:` is written escaped, which picomatch copies as a member. minimatch reads
 * `[[:punct:]-z]` as punctuation, `-` and `z`, but written out, the class's last character and
 * the `-` made a range (`~-z`, reversed: the bracket matched nothing; audit of 769a0d3c), so that
 * `-` is written escaped.
 */
const classAndDash = /\\\[:|\\[\s\S]|\[:([a-z]+):\](-?)/g;
const membersFor = (found: string, name: string | undefined, dash: string | undefined): string => {
  if (name === undefined) return found === "\\[:" ? "\\[\\:" : found;
  const members = Object.hasOwn(classMembers, name) ? classMembers[name] : undefined;
  return members === undefined ? found : members + (dash ? "\\-" : "");
};

/** ASCII punctuation but `/`, each that a bracket would read otherwise escaped. */
const punctuation = String.raw`\!"#$%&'()*+,\-.:;<=>?@\[\\\]^_` + "`{|}~";

/**
 * Each class's members as a bracket's text picomatch copies into its expression (picomatch's
 * POSIX_REGEX_SOURCE, ASCII, with the `/` left out of the ranges that span it): control
 * characters as themselves, since a backslash before a letter is the letter (backslashEscapes),
 * but NUL, which picomatch drops and no path holds, and a `!` escaped, which opening a bracket
 * would negate it.
 */
const classMembers: Readonly<Record<string, string>> = {
  alnum: "a-zA-Z0-9",
  alpha: "a-zA-Z",
  ascii: "\u0001-.0-\u007f",
  blank: " \t",
  cntrl: "\u0001-\u001f\u007f",
  digit: "0-9",
  graph: "\\!-.0-~",
  lower: "a-z",
  print: " -.0-~",
  punct: punctuation,
  space: " \t\r\n\v\f",
  upper: "A-Z",
  word: "A-Za-z0-9_",
  xdigit: "A-Fa-f0-9",
};
