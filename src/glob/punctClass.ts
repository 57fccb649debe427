import { globTokens } from "./globTokens.js";

/**
 * A glob with each `[:punct:]` inside a bracket written out as the characters it names. POSIX's
 * punct is C's ispunct, every printable ASCII character that is neither a letter, a digit nor a
 * space, and minimatch (ESLint) and git's wildmatch read it so; picomatch's class lacks the
 * backslash (`a[[:punct:]]b` missed `a\b`, and `a[![:punct:]]b` matched it) and holds the `/`,
 * which no bracket matches in a path (minimatch matches one name at a time; git, with
 * WM_PATHNAME, refuses it). Written escaped, so that picomatch reads each as itself.
 */
export function punctClass(glob: string): string {
  // Token by token (globTokens): the expression below, tried at every `[` of the whole glob, rescanned it to its end from each.
  const written = globTokens(glob).map((token) =>
    token.length > 1 && token.startsWith("[") ? token.replace(bracket, (found, open?: string, inside?: string) => (inside === undefined ? found : `[${open}${inside.replace(punctAndDash, punctuationFor)}]`)) : token,
  );
  return written.join("");
}

/**
 * An escaped pair, or a bracket expression: its opening (`!` or `^`, then a `]` that is a
 * member), and what it holds, each `[:` the start of a whole POSIX class (`[[:punct:]` is no
 * bracket around a class: it closes at the class's own `]`, and is left as it is).
 */
const bracket = /\\[\s\S]|\[([!^]?\]?)((?:\[:[a-z]+:\]|\\[\s\S]|\[(?!:)|[^\]\\[])*)\]/g;

/**
 * A class, and a `-` right after it: minimatch reads `[[:punct:]-z]` as punctuation, `-` and `z`,
 * but written out, the class's last character and the `-` made a range (`~-z`, reversed: the
 * bracket matched nothing; audit of 769a0d3c), so that `-` is written escaped.
 */
const punctAndDash = /\[:punct:\](-?)/g;
const punctuationFor = (_class: string, dash: string): string => punctuation + (dash === "" ? "" : "\\-");

/** ASCII punctuation but `/`, each that a bracket would read otherwise escaped. */
const punctuation = String.raw`\!"#$%&'()*+,\-.:;<=>?@\[\\\]^_` + "`{|}~";
