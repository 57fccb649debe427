import picomatch from "picomatch";
import { backslashEscapes } from "./backslashEscapes.js";
import { expandBraces, sequenceOf } from "./braceExpansion.js";
import { linearRegex, unboundedRepeats, type TextMatcher } from "./linearRegex.js";
import { negatedClassSlash } from "./negatedClassSlash.js";
import { parenEscapes } from "./parenEscapes.js";
import { punctClass } from "./punctClass.js";

/** picomatch's options that oms-lint passes (the rest keep picomatch's defaults). */
export interface GlobOptions {
  /** Wildcards match names that start with a dot. */
  readonly dot?: boolean;
}

/**
 * A glob read as picomatch reads it (brackets as ESLint reads them: picomatchOptions), matched
 * in time bounded by the path's length times the pattern's size. picomatch turns a glob into a
 * regular expression that V8 runs by backtracking, and a glob with many wildcards in a row
 * (`*a*a*a*a*a*a*a*ab`) then takes minutes on a 125-character name: a committed config could
 * hang CI. A pattern whose expression has at most two unbounded repeats (`**\/*.json`: the
 * folders, then the name) stays with V8, whose work is then at most the path's length times
 * one name's; one with more is matched by linearRegex. Every glob oms-lint reads from a config,
 * `--ignore-pattern` or the command line goes through here (or through `isCostlyGlob`, for what
 * globby walks), its braces expanded first as ESLint's minimatch expands them (braceExpansion), its parentheses and bars outside an extglob read as themselves (parenEscapes), its backslashes read as git reads them (backslashEscapes) and `[:punct:]` as minimatch and git read it (punctClass).
 */
export function globMatcher(patterns: string | readonly string[], options: GlobOptions = {}): (path: string) => boolean {
  const matchers = (typeof patterns === "string" ? [patterns] : patterns).map((pattern) => oneGlob(pattern, options));
  return (path) => matchers.some((matches) => matches(path));
}

/** Whether V8 would backtrack on the glob's expression past a small power of the path's length (see globMatcher). */
export function isCostlyGlob(pattern: string, options: GlobOptions = {}): boolean {
  return expressions(pattern, options).some((expression) => unboundedRepeats(expression.source) > maxNativeRepeats);
}

/**
 * Brackets as ESLint (minimatch) reads them. `posix: true` reads `[!a]` as "any character but
 * a", as git and fast-glob do too; picomatch's default reads it as "! or a", and
 * `fixtures/[!n]*` ignored fixtures/neg, not fixtures/pos. `literalBrackets: false` keeps a
 * bracket a class only: picomatch's default also matched its own text (`br/[ab].json` ignored
 * a file so named, which ESLint lints; `br/\[ab\].json` names that file).
 */
const picomatchOptions = (options: GlobOptions): picomatch.PicomatchOptions => ({ dot: options.dot === true, posix: true, literalBrackets: false });

const maxNativeRepeats = 2;

function oneGlob(glob: string, options: GlobOptions): TextMatcher {
  const tests = expressions(glob, options).map((expression): TextMatcher =>
    unboundedRepeats(expression.source) > maxNativeRepeats ? linearRegex(expression.source, expression.flags) : (path) => expression.test(path),
  );
  // An empty path matches nothing. The pattern's own text is not a match of its own (as
  // picomatch.test has it): `br/{a,b}.json` names br/a.json and br/b.json, not a file so named,
  // as ESLint (minimatch) reads it; a pattern without wildcards matches its text anyway.
  return (path) => path !== "" && tests.some((test) => test(path));
}

/**
 * Past this many alternatives, a glob's braces are left to picomatch. ESLint (minimatch) expands
 * up to 100,000 and drops the rest; matching each of them would cost a run that many tests a
 * path, and `{a,b}` thirty times over a billion. Not refused: a config ESLint reads should run
 * here too, and picomatch's expression grows with the glob's length, not with the product of its
 * sets. Its ranges are written out as the values brace-expansion gives (not picomatch's
 * character class); only a set that starts with `**\/` misses a top-level name there.
 */
const maxAlternatives = 1000;

/** Past this many values, a range in such a glob keeps its first ones (minimatch's own bound on expansions). */
const maxRangeValues = 100_000;

/** A glob's expressions: one for each alternative its braces expand to (braceExpansion), each read as picomatch reads it. */
function expressions(glob: string, options: GlobOptions): RegExp[] {
  const alternatives = expandBraces(glob, maxAlternatives);
  if (alternatives === undefined) return [expression(glob, { ...picomatchOptions(options), expandRange: rangeValues })];
  // A brace left after the expansion is text for minimatch (`a{b}c`, an unclosed `a{.json`).
  return alternatives.map((alternative) => expression(alternative.replace(/\\[\s\S]|[{}]/g, (found) => (found.length === 2 ? found : `\\${found}`)), picomatchOptions(options)));
}

function expression(glob: string, options: picomatch.PicomatchOptions): RegExp {
  const made = picomatch.makeRe(backslashEscapes(punctClass(parenEscapes(glob))), options);
  return new RegExp(negatedClassSlash(made.source), made.flags);
}

/** picomatch's expandRange: a range's values as brace-expansion gives them (its first maxRangeValues), one of which must stand there. */
function rangeValues(...ends: unknown[]): string {
  const body = ends.filter((end): end is string => typeof end === "string").join("..");
  const sequence = sequenceOf(body);
  if (sequence === undefined) return `\\{${regexLiteral(body)}\\}`;
  const values: string[] = [];
  for (const value of sequence) if (values.push(regexLiteral(value)) === maxRangeValues) break;
  return `(?:${values.join("|")})`;
}

const regexLiteral = (text: string): string => text.replace(/[\\^$.*+?()[\]{}|]/g, "\\$&");
