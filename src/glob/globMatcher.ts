import picomatch from "picomatch";
import { anchorEscapes } from "./anchorEscapes.js";
import { backslashEscapes } from "./backslashEscapes.js";
import { expandBraces, sequenceOf } from "./braceExpansion.js";
import { linearRegex, unboundedRepeats, type TextMatcher } from "./linearRegex.js";
import { literalLeadingBang, negation } from "./leadingBang.js";
import { lastSegmentCut } from "./extglobNameSegment.js";
import { classSlash, negatedClassSlash } from "./negatedClassSlash.js";
import { negatedFolderSegments } from "./negatedFolderSegments.js";
import { nonCapturingGroups } from "./nonCapturingGroups.js";
import { parenEscapes } from "./parenEscapes.js";
import { plainBraceSets } from "./plainBraceSets.js";
import { hasPosixClass, posixClasses } from "./posixClasses.js";
import { slashBrackets } from "./slashBrackets.js";
import { starRuns } from "./starRuns.js";
import { rangeExpression } from "./rangeExpression.js";
import { rangePlaceholders } from "./rangePlaceholders.js";
import { RecentValues } from "./recentValues.js";
import { isStackOverflow } from "../engine/stackOverflow.js";
import { GlobRefusal, refusalReason, refused, UnparsedExpression, UnreadableGlob } from "./unreadableGlob.js";

/** picomatch's options that oms-lint passes (the rest keep picomatch's defaults). */
export interface GlobOptions {
  /** Wildcards match names that start with a dot. */
  readonly dot?: boolean;
  /**
   * Brackets as git reads a .gitignore line's: one that spans a `/` stays a class, and no class
   * matches a `/` (minimatch reads `[/d]` as text: slashBrackets). `*a*b*c[/d]e.json` is ignored
   * by git for abcde.json; read as minimatch reads it, it was linted.
   */
  readonly gitignore?: boolean;
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
 * globby walks), read as ESLint's minimatch reads it where picomatch differs: its braces expanded
 * first (braceExpansion), a last segment of extglobs given a name of its own (extglobNameSegment),
 * a bracket that spans a `/` read as text (slashBrackets), parentheses, bars and `+` outside an
 * extglob as themselves and a `?` after one as a wildcard (parenEscapes), `^` and `$` as themselves
 * (anchorEscapes), its backslashes read as
 * git reads them (backslashEscapes) and POSIX classes written out as plain ranges (posixClasses).
 */
export function globMatcher(patterns: string | readonly string[], options: GlobOptions = {}): (path: string) => boolean {
  const matchers = (typeof patterns === "string" ? [patterns] : patterns).map((pattern) => oneGlob(pattern, options));
  return (path) => matchers.some((matches) => matches(path));
}

/** Whether V8 would backtrack on the glob's expression past a small power of the path's length (see globMatcher). */
export function isCostlyGlob(pattern: string, options: GlobOptions = {}): boolean {
  const { body } = negation(pattern);
  return body !== "" && compiled(pattern, () => alternatives(body, options).some(({ glob, options }) => unboundedRepeats(expression(glob, options).source) > maxNativeRepeats));
}

/**
 * What `make` compiles from the glob, or an UnreadableGlob that names it where picomatch or the
 * regular-expression engine refuses it (`"[a/]".repeat(10000)`: an expression too large; a
 * glob past the 65,536 characters minimatch and picomatch take: maxGlobLength), or where it is nested past our own parser's bound
 * (1,000 nested `@(`, maxGroupDepth), or where the expression picomatch wrote from it is one linearRegex's parser cannot read
 * (UnparsedExpression). Any other error is oms-lint's own, and stays visible as one.
 */
function compiled<T>(glob: string, make: () => T): T {
  if (glob.length > maxGlobLength) throw new UnreadableGlob(glob, `it is longer than ${maxGlobLength.toLocaleString("en-US")} characters, past which ESLint's minimatch refuses a glob ("pattern is too long")`);
  try {
    return make();
  } catch (error) {
    if (error instanceof GlobRefusal) throw new UnreadableGlob(glob, error.message);
    if (isStackOverflow(error)) throw new UnreadableGlob(glob, refusalReason(error));
    if (error instanceof UnparsedExpression) throw new UnreadableGlob(glob, refusalReason(error));
    throw error;
  }
}

/**
 * Whether picomatch alone, as fast-glob runs it on globby's ignore list, reads the glob as
 * globMatcher does, as far as this module's pre-processors tell: no brace but flat sets of plain
 * names (plainBraceSets), no last segment of
 * extglobs, no `!(` before the last segment, no POSIX class (fast-glob's picomatch 2 dropped the text
 * before one: `fx/v1.2-[[:digit:]].json` missed fx/v1.2-3.json), no `!` that a dropped leading `./` puts first, and nothing parenEscapes, slashBrackets, anchorEscapes or starRuns rewrites. `--ignore-pattern 'order (1).json'`
 * handed to globby ignored order 1.json too (a group), and a `'*.json'` run linted neither file; `'price$$*.json'` listed no file.
 * `--ignore-pattern './!b.json'` handed to globby ignored every file but b.json (fast-glob dropped
 * the `./` and read the `!` as a negation): `'*.json'` linted b.json alone.
 */
export function isPlainPicomatchGlob(pattern: string): boolean {
  return !/^(?:\.\/)+!/.test(pattern) && !hasPosixClass(pattern) && plainBraceSets(pattern) && lastSegmentCut(pattern) === undefined && negatedFolderSegments(pattern) === undefined && starRuns(anchorEscapes(parenEscapes(slashBrackets(pattern)))) === pattern;
}

/**
 * Brackets as ESLint (minimatch) reads them. `posix: true` reads `[!a]` as "any character but
 * a", as git and fast-glob do too; picomatch's default reads it as "! or a", and
 * `fixtures/[!n]*` ignored fixtures/neg, not fixtures/pos. `literalBrackets: false` keeps a
 * bracket a class only: picomatch's default also matched its own text (`br/[ab].json` ignored
 * a file so named, which ESLint lints; `br/\[ab\].json` names that file).
 */
const picomatchOptions = (options: GlobOptions): ReadOptions => ({
  dot: options.dot === true,
  posix: true,
  literalBrackets: false,
  gitignore: options.gitignore === true,
  // picomatch 4.0.7 guards V8 against a repeated extglob whose branches overlap by reading it as
  // text: x/+(a|aa).json missed aaa.json, x/+(*|?).json ab.json (minimatch matches both). Such
  // an expression repeats a choice, which unboundedRepeats counts costly: linearRegex matches it.
  maxExtglobRecursion: false,
});

/** picomatch's options (maxExtglobRecursion: picomatch 4.0.7's, not in its types), and whether brackets are read as git reads them (GlobOptions.gitignore). */
type ReadOptions = picomatch.PicomatchOptions & { readonly maxExtglobRecursion?: false; readonly gitignore: boolean };

const maxNativeRepeats = 2;

/**
 * Past this many characters, a glob is refused, as ESLint refuses it (its minimatch throws
 * "pattern is too long" past 64 KB, and the run stops): a 200 KB brace set of short names, each
 * alternative well under picomatch's own bound, was read here, and matched a path at a time.
 */
const maxGlobLength = 64 * 1024;

function oneGlob(glob: string, options: GlobOptions): TextMatcher {
  const { negated, body } = negation(glob);
  // Nothing left after the `!`s: a glob of no text names no file, so `!` names every one and `!!` none, as in minimatch.
  if (body === "") return (path) => path !== "" && negated;
  const tests = compiled(glob, () => {
    const parts = alternatives(body, options);
    const bySegment = parts.filter((part) => negatedFolderSegments(part.glob) !== undefined).map((part) => segmentsMatcher(part, glob));
    const rest = parts.filter((part) => negatedFolderSegments(part.glob) === undefined);
    const cut = rest.filter((part) => lastSegmentCut(part.glob) !== undefined).map((part) => cutMatcher(part, glob));
    const whole = rest.filter((part) => lastSegmentCut(part.glob) === undefined).map(({ glob, options }) => expression(glob, options));
    return [...joinedMatchers(whole, glob), ...cut, ...bySegment];
  });
  // An empty path matches nothing. The pattern's own text is not a match of its own (as
  // picomatch.test has it): `br/{a,b}.json` names br/a.json and br/b.json, not a file so named,
  // as ESLint (minimatch) reads it; a pattern without wildcards matches its text anyway.
  return (path) => path !== "" && tests.some((test) => test(path)) !== negated;
}

/**
 * A glob's alternatives as few matchers: expressions `^(?:a)$|^(?:b)$|…` that V8 runs, for
 * those it runs in bounded work, and linearRegexes over the rest joined likewise, each group
 * at most maxGroupLength characters. Compiled and tested one by one,
 * `**\/{1..999}/**\/a/**\/b/**\/*.json` cost 999 tests a path (3 s over 300 files); joined, one.
 * An alternative past maxGroupLength, or all of them past maxExpressionLength (the matcher's
 * work per path), is an UnreadableGlob.
 */
function joinedMatchers(expressions: readonly RegExp[], glob: string): TextMatcher[] {
  const longest = Math.max(0, ...expressions.map(({ source }) => source.length));
  if (longest > maxGroupLength) {
    throw new UnreadableGlob(glob, `one of its alternatives makes an expression of ${longest} characters, past oms-lint's bound of ${maxGroupLength}`);
  }
  const length = expressions.reduce((sum, { source }) => sum + source.length + 1, 0);
  if (length > maxExpressionLength) {
    throw new UnreadableGlob(glob, `its braces make expressions of ${length} characters in all, past oms-lint's bound of ${maxExpressionLength}`);
  }
  const cheap = expressions.filter(({ source }) => unboundedRepeats(source) <= maxNativeRepeats);
  const costly = expressions.filter((expression) => !cheap.includes(expression));
  const flags = expressions[0]?.flags ?? "";
  return [
    ...boundedGroups(cheap).map((group) => refused(() => nativeMatcher(new RegExp(group, flags)), "engine")),
    ...boundedGroups(costly).map((group) => linearRegex(group, flags)),
  ];
}

/** Expressions joined by `|` in order, a group closed before it would pass maxGroupLength characters. */
function boundedGroups(expressions: readonly RegExp[]): string[] {
  const groups: string[][] = [];
  let length = Infinity;
  for (const { source } of expressions) {
    if (length + source.length + 1 > maxGroupLength) {
      groups.push([]);
      length = -1;
    }
    groups.at(-1)!.push(source);
    length += source.length + 1;
  }
  return groups.map((group) => group.join("|"));
}

/** One alternative whose last segment is matched on a name of its own, as it is only extglobs (extglobNameSegment). */
function cutMatcher({ glob, options }: Alternative, whole: string): TextMatcher {
  const cut = lastSegmentCut(glob)!;
  const [name] = joinedMatchers([expression(cut.name, options)], whole);
  const folders = foldersMatcher(cut.folders, options, whole);
  return (path) => {
    const slash = path.lastIndexOf("/");
    if (slash === -1) return cut.anyFolders && name!(path);
    const folder = path.slice(0, slash);
    return name!(path.slice(slash + 1)) && (folders(folder) || (folder === "" && cut.anyFolders));
  };
}

/**
 * The folders' glob of a cut (lastSegmentCut): "" takes only the root. One that ends in `/**`
 * takes the folder its glob without the `/**` takes too, as minimatch's `**` takes no folder:
 * picomatch's `legacy-*\/**` does not match legacy-a, and ignores `legacy-*\/**\/!(keep.json)`
 * left legacy-a/x.json linted (ESLint ignores it).
 */
function foldersMatcher(folders: string, options: ReadOptions, whole: string): TextMatcher {
  const matcher = (glob: string): TextMatcher => (glob === "" ? (folder) => folder === "" : joinedMatchers([expression(glob, options)], whole)[0]!);
  if (!folders.endsWith("/**")) return matcher(folders);
  const [withStars, withoutStars] = [matcher(folders), matcher(folders.slice(0, -"/**".length))];
  return (folder) => withStars(folder) || withoutStars(folder);
}

/**
 * An alternative with a `!(` before its last segment, matched a segment at a time as minimatch
 * matches (negatedFolderSegments): each segment on one name, a `**` on any number of them (but
 * names that start with a dot, without the dot option), in work bounded by the path's names
 * times the glob's segments.
 */
function segmentsMatcher({ glob, options }: Alternative, whole: string): TextMatcher {
  const segments = negatedFolderSegments(glob)!;
  const tests = segments.map((segment): TextMatcher | "**" =>
    segment === "**" ? "**" : segment === "" ? (name) => name === "" : joinedMatchers([expression(literalBang(segment), options)], whole)[0]!,
  );
  // The glob's positions reachable before a name: a `**` may also match no name at all.
  const closure = (reached: Set<number>): Set<number> => {
    for (const at of reached) if (tests[at] === "**") reached.add(at + 1);
    return reached;
  };
  return (path) => {
    let reached = closure(new Set([0]));
    for (const name of path.split("/")) {
      const next = new Set<number>();
      for (const at of reached) {
        const test = tests[at];
        if (test === "**") {
          if (options.dot === true || !name.startsWith(".")) next.add(at);
        } else if (test !== undefined && test(name)) next.add(at + 1);
      }
      reached = closure(next);
      if (reached.size === 0) return false;
    }
    return reached.has(tests.length);
  };
}

/**
 * A segment as minimatch reads it inside a glob: a `!` that opens it is itself (only a `!` that
 * opens the whole glob negates). Compiled alone, `fx/!(a)/!b/x.json`'s `!b` was a negation and
 * took fx/c/zz/x.json. A segment that opens with `!(` stays an extglob.
 */
const literalBang = (segment: string): string => (segment.startsWith("!") && !segment.startsWith("!(") ? `\\${segment}` : segment);

/** An expression V8 runs; run once here, as V8 compiles it only then and may refuse it (too large) at that point. */
function nativeMatcher(expression: RegExp): TextMatcher {
  expression.test("");
  return (path) => expression.test(path);
}

/**
 * Past this many alternatives, a glob's braces are left to picomatch. ESLint (minimatch) expands
 * up to 100,000 and drops the rest; matching each of them would cost a run that many tests a
 * path, and `{a,b}` thirty times over a billion. Not refused: a config ESLint reads should run
 * here too, and picomatch's expression grows with the glob's length, not with the product of its
 * sets. A numeric range is written as an expression of its values (rangeExpression), any other
 * as the values brace-expansion gives; only a set that starts with `**\/` misses a top-level
 * name there.
 */
export const maxAlternatives = 1000;

/**
 * Past this many characters, one alternative's expression is refused with an UnreadableGlob, and
 * a glob's alternatives are joined in groups of at most this many: `{a..z}{a..z}{a..z}{a..z}`
 * past maxAlternatives writes each letter range out, and `orders-{1..100000..2}.json` 50,000
 * values (250,026 characters), which ESLint (minimatch) reads, as it does a thousand
 * alternatives of about 300 characters. At 300,000, `{1..99999999999999999999}` and
 * `{-99999999999999999999..1}` (past the numbers rangeExpression writes as one expression,
 * written out to 100,000 values: about 590,000 characters) are both refused.
 */
const maxGroupLength = 300_000;

/**
 * Past this many characters in all (each group is tried on every path), a glob's expressions
 * are refused: a thousand alternatives of 2,000 characters each make 2,000,000.
 */
const maxExpressionLength = 1_000_000;

/**
 * The expressions compiled lately. A few dozen: one run reads a handful of globs, and each
 * expression is at most maxGroupLength characters, so a long-lived service holds little.
 * None holds the `g` or `y` flag, so a shared RegExp keeps no state between tests.
 */
const compiledExpressions = new RecentValues<RegExp>(32);

/** Past this many values, a range in such a glob keeps its first ones (minimatch's own bound on expansions). */
const maxRangeValues = 100_000;

/** A glob as picomatch is given it: one of the alternatives its braces expand to, or the whole glob past maxAlternatives. */
interface Alternative {
  readonly glob: string;
  readonly options: ReadOptions;
}

/** A glob's alternatives: one for each its braces expand to (braceExpansion), each read as picomatch reads it. */
function alternatives(glob: string, options: GlobOptions): Alternative[] {
  const withRanges = { ...picomatchOptions(options), expandRange: rangeValues };
  // A numeric range stays one alternative, matched as an expression of its values, where no
  // bracket could hold it (minimatch expands `[{1..3}]` to the classes `[1]`, `[2]`, `[3]`).
  // Nor beside a `*`: minimatch reads `**{1..12}` as `**1`…, a `*` of the name; picomatch as a globstar.
  // Nor in a glob with an extglob: minimatch reads `+({1..3})` as `+(1)`, `+(2)`, `+(3)` (never 12),
  // and `!({1..3})` takes 1 (as `!(2)` does); kept whole, `+([1-3])` and `!([1-3])` read otherwise.
  const keepsRange = (body: string): boolean => !/[[\uE000\uE001]|[?*+@!]\(/.test(glob) && rangeExpression(body) !== undefined;
  const kept = expandBraces(glob, maxAlternatives, keepsRange);
  const expanded = kept?.some((alternative) => /\*\uE000|\uE001\*/.test(alternative)) ? expandBraces(glob, maxAlternatives) : kept;
  if (expanded === undefined) return [{ glob: literalLeadingBang(glob), options: withRanges }];
  // A brace left after the expansion is text for minimatch (`a{b}c`, an unclosed `a{.json`).
  return expanded.map((alternative) => ({
    glob: literalLeadingBang(alternative.replace(/\\[\s\S]|[{}]/g, (found) => (found.length === 2 ? found : `\\${found}`))),
    options: withRanges,
  }));
}

/**
 * A glob's expression, compiled once per reading: the CLI reads one --ignore-pattern several
 * times (isCostlyGlob, its file matcher, its folder matcher, with and without dot), and
 * `{1..100000..2}` compiled each time took seconds on a tiny folder.
 */
function expression(glob: string, options: ReadOptions): RegExp {
  return compiledExpressions.get(`${options.dot === true ? "d" : "-"}${options.gitignore ? "g" : "-"}${glob}`, () => freshExpression(glob, options));
}

/** A glob's expression; its kept ranges (braceExpansion) are spliced in after picomatch has read the rest (rangePlaceholders). */
function freshExpression(glob: string, { gitignore, ...options }: ReadOptions): RegExp {
  const { text, splice } = rangePlaceholders(glob, rangeValues);
  const read = backslashEscapes(posixClasses(anchorEscapes(parenEscapes(gitignore ? text : starRuns(slashBrackets(text))))));
  const made = refused(() => picomatch.makeRe(read, options), "picomatch");
  const source = nonCapturingGroups(splice(negatedClassSlash(made.source)));
  return refused(() => new RegExp(gitignore ? classSlash(source) : source, made.flags), "engine");
}

/**
 * picomatch's expandRange: a range's values as brace-expansion gives them, one of which must
 * stand there: a numeric one as an expression of its values (rangeExpression), any other
 * written out, up to maxRangeValues (past maxGroupLength, the glob is refused).
 */
function rangeValues(...ends: unknown[]): string {
  const body = ends.filter((end): end is string => typeof end === "string").join("..");
  const numeric = rangeExpression(body);
  if (numeric !== undefined) return numeric;
  const sequence = sequenceOf(body);
  if (sequence === undefined) return `\\{${regexLiteral(body)}\\}`;
  const values: string[] = [];
  let length = 0;
  for (const value of sequence) {
    values.push(regexLiteral(value));
    length += value.length + 1;
    // Past the bound, the values taken already make the glob refused: no need to write more.
    if (values.length === maxRangeValues || length > maxGroupLength) break;
  }
  return `(?:${values.join("|")})`;
}

const regexLiteral = (text: string): string => text.replace(/[\\^$.*+?()[\]{}|]/g, "\\$&");
