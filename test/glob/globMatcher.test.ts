import fc from "fast-check";
import picomatch from "picomatch";
import { describe, expect, it } from "vitest";
import { globMatcher, isCostlyGlob } from "../../src/glob/globMatcher.js";
import { linearRegex, unboundedRepeats } from "../../src/glob/linearRegex.js";
import { eslintGlobs } from "../support/eslintGlobs.js";

/**
 * Issue 15: "globs backtrack: `*a*a*a*a*a*a*a*ab` against a 125-character name takes over
 * 20 s". Every glob is read by picomatch; the costly ones are matched without backtracking.
 * The reference is picomatch itself (V8 running its expression), on names short enough that
 * its backtracking is harmless.
 */

const pathological = "*a*a*a*a*a*a*a*ab";
const longName = "a".repeat(125);

/** Glob pieces picomatch reads: literals, wildcards, classes, braces, extglobs, escapes, dots and slashes. */
const globPieces = [
  "a", "b", ".", "/", "*", "**", "?", "[ab]", "[!a]", "[a-b]", "{a,b}", "{a,b/a}", "@(a|b)", "*(a|b)", "+(a|b)", "?(a|b)", "!(a)",
  "\\*", "*.", "/**/", "[[:alpha:]]", "{1..2}", "1", ".a",
  // A range beside a `.` (audit of 1c5f7c3e..c0e2eed0: the `.` matched any character, `/` included).
  ".{1..2}", "{1..2}.",
  // A range inside an extglob (same audit: kept whole, `+({1..2})` matched 12).
  "+({1..2})", "!({1..2})", "@({1..2}|a)",
  // A later segment that starts with `!` in a glob with a `!(` before its last segment (same audit).
  "/!b", "!(a)/",
];
const globPiece = fc.constantFrom(...globPieces);
/** Sets (nested, empty members, members with `**\/` or a slash), numeric and letter ranges (padded, stepped, negative, reversed), unclosed and literal braces. */
const bracePieces = [
  "a", "b", "1", "0", "-", ".", "/", "*", "**", "?", "[ab]", "{a,b}", "{a,b/a}", "{,a/}", "{**/a,b}", "{a,{b,1}}", "{1..12}", "{8..12}",
  "{01..3}", "{1..10..2}", "{-1..1}", "{3..1}", "{a..c}", "{", "}", "{a}", ",", "{1..2}",
];
const glob = fc.array(globPiece, { minLength: 1, maxLength: 7 }).map((pieces) => pieces.join(""));
/** Paths as oms-lint passes them: relative, "/"-separated, no empty, "." or ".." segment. */
const path = fc
  .array(fc.stringMatching(/^[ab1.]{1,4}$/).filter((segment) => segment !== "." && segment !== ".."), { minLength: 1, maxLength: 4 })
  .map((segments) => segments.join("/"));

/** The minimatch ESLint's config-array matches `files`, `ignores` and --ignore-pattern with, and its options (config-array's MINIMATCH_OPTIONS). */
const eslintMatches = (pattern: string, path: string) => eslintGlobs.minimatch(path, pattern, { dot: true });

/**
 * Globs drawn with a name each should match, beside the random draw: random names matched
 * few of the drawn globs, so a defect put back in src/ failed a handful of thousands of runs
 * (brace expansion undone 4 of 5,000; the last-segment fix undone 19 of 3,000). Each piece comes
 * with a name minimatch matches to it alone (worked out once, over the names of one or two of
 * the path's characters, `a/b`, `b/a` and the piece's own text), one piece in eight another
 * name; the name is drawn with the glob four times in five, where it is a path.
 */
function globsWithNames(
  pieces: readonly string[],
  characters: readonly string[],
  count: { minLength: number; maxLength: number },
  otherName: fc.Arbitrary<string>,
  matches: (pattern: string, name: string) => boolean = eslintMatches,
): fc.Arbitrary<[string, string]> {
  const short = ["", ...characters, ...characters.flatMap((first) => characters.map((second) => first + second)), "a/b", "b/a"];
  const namesOf = new Map(
    pieces.map((piece) => {
      const names = [...new Set([...short, piece])].filter((name) => matches(piece, name));
      return [piece, names.length > 0 ? names : [piece]] as const;
    }),
  );
  const pieceWithName = fc.constantFrom(...pieces).chain((piece) =>
    fc.tuple(fc.constant(piece), fc.oneof({ weight: 7, arbitrary: fc.constantFrom(...(namesOf.get(piece) ?? [piece])) }, { weight: 1, arbitrary: fc.constantFrom(...short) })),
  );
  return fc.array(pieceWithName, count).chain((drawn): fc.Arbitrary<[string, string]> => {
    const name = drawn.map(([, matched]) => matched).join("");
    const isPath = name.split("/").every((segment) => segment !== "" && segment !== "." && segment !== "..");
    return fc.tuple(fc.constant(drawn.map(([piece]) => piece).join("")), isPath ? fc.oneof({ weight: 4, arbitrary: fc.constant(name) }, { weight: 1, arbitrary: otherName }) : otherName);
  });
}

/** A glob and a name, drawn together (globsWithNames) or apart, one draw in four. */
const globAndPath = fc.oneof({ weight: 3, arbitrary: globsWithNames(globPieces, ["a", "b", "1", "2", "."], { minLength: 1, maxLength: 7 }, path) }, { weight: 1, arbitrary: fc.tuple(glob, path) });

/**
 * Globs of every piece, the brace property's sets and ranges among them and a `?` right after an
 * extglob, drawn with names (globsWithNames): globAndPath's braces are few and plain (`{a,b}`,
 * `{1..2}`), which picomatch reads as minimatch does, so brace expansion undone (505a85fb) failed
 * 1 of 2,000 runs of "agrees with minimatch", against 47 of 1,000 of the brace property; a `?`
 * after an extglob undone (4f3d1a66) 6.
 */
const bracedGlobAndPath = globsWithNames(
  [...new Set([...globPieces, ...bracePieces, "@(a|b)?", "*(a|b)?", "+(a|1)?", "?(a)?"])],
  ["a", "b", "c", "1", "0", "2", ".", "-", ","],
  { minLength: 1, maxLength: 7 },
  path,
);

/**
 * Globs of two or three names, each drawn with a name picomatch matches to it with dot
 * (globsWithNames), half of them opened by a `*` and their name by a letter or a dot: without dot,
 * picomatch opens such a name with the lookahead `(?!\.)`, whose answer at a first name (a letter)
 * a search that remembered it by body alone, not by position, took for a later one (a dot): the
 * lookahead memo of 86300d73 keyed by body failed 11 of 3,000 runs of globAndPath alone.
 */
const segmentPieces = globPieces.filter((piece) => !piece.includes("/"));
const picomatchMatches = (pattern: string, name: string): boolean => picomatch.makeRe(pattern, { dot: true }).test(name);
const segmentGlobAndName = globsWithNames(segmentPieces, ["a", "b", "1", "2", "."], { minLength: 1, maxLength: 3 }, fc.stringMatching(/^[ab1.]{1,4}$/), picomatchMatches);
const openedSegment = (opening: fc.Arbitrary<string>) =>
  fc.tuple(segmentGlobAndName, opening).map(([[pattern, name], first]): [string, string] => [`*${pattern}`, `${first}${name}`]);
const joinedSegments = (parts: readonly (readonly [string, string])[]): [string, string] => [parts.map(([pattern]) => pattern).join("/"), parts.map(([, name]) => name).join("/")];
const segmentedGlobAndPath = fc.array(fc.oneof(segmentGlobAndName, openedSegment(fc.constantFrom("a", "."))), { minLength: 2, maxLength: 3 }).map(joinedSegments);
/** The case itself: a first name opened by a letter, a last by a dot, both under a `*`. */
const letterThenDot = fc
  .tuple(openedSegment(fc.constant("a")), fc.array(segmentGlobAndName, { maxLength: 1 }), openedSegment(fc.constant(".")))
  .map(([first, between, last]) => joinedSegments([first, ...between, last]));

/** The V8 properties' draw: globAndPath half the time, else globs of two or three names (segmentedGlobAndPath, letterThenDot). */
const globAndDottedPath = fc.oneof({ weight: 2, arbitrary: globAndPath }, { weight: 1, arbitrary: segmentedGlobAndPath }, { weight: 1, arbitrary: letterThenDot });

/**
 * The globs globMatcher still reads otherwise than minimatch (the README lists them): a leading
 * `!` (minimatch negates the whole glob; oms-lint's lists take it off first, configPattern), a
 * leading `./`, a `!(…)` with more of the name after it, an empty extglob (`*()`), an extglob
 * opening another at once (`?(?(a)`) and a `**` beside other characters (`a**`, `***(a)`).
 */
const leftDifferent = (pattern: string): boolean =>
  /^!|^\.\/|!\([^/]*\)[^/]|[?*+@!]\(\)|[?*+@!]\([?*+@!]\(|[^/]\*\*|\*\*[^/]/.test(pattern);

/**
 * Without the dot option (ESLint always sets it), a negated bracket that opens a name takes a
 * leading dot (`[!a]b` matches .b; minimatch does not): found when the generator above grew, left
 * for its own fix (the README lists it).
 */
const negatedBracketFirst = (pattern: string): boolean => /(?:^|\/)\[[!^]/.test(pattern);

/**
 * Without the dot option, an extglob that opens a name takes a name that starts with a dot where
 * minimatch does not, as the README lists: a `?(…)` or `*(…)` that opens any name (`?(b)*.json`
 * takes .h.json), a `!(…)` that opens a name after the first (`a/**\/!(x).json` takes a/.h.json).
 * Only such a pair, the glob and a path with a dot name where that extglob could stand, is left out.
 */
const extglobOnDotName = (pattern: string, name: string): boolean =>
  (/(?:^|\/)[?*]\(/.test(pattern) && /(?:^|\/)\./.test(name)) || (pattern.includes("/!(") && name.includes("/."));

/**
 * Whether a set's member, once the braces are expanded, leaves a `[` open in one of its names
 * (no `]` closes it, read as minimatch's classEnd reads it: a `]` right after `[`, `[!` or `[^`
 * is a member, a `\` escapes). minimatch joins the members of a set that differ in one name into
 * one `@(…|…)` (its mergeRows, meant as "only an optimization"), where such a `[` takes the text
 * up to a later member's `]` as a class: `*{a,b}[^a-b][/]` matches neither its own text nor
 * xbc[/], which its member `*b[^a-b][/]` matches alone. globMatcher reads each member as minimatch
 * reads it alone, as bash's reading of a set has it (the README lists the difference).
 */
const leavesBracketOpen = (pattern: string): boolean => {
  const members = eslintGlobs.braceExpand(pattern);
  return members.length > 1 && members.some((member) => member.split("/").some(opensUnclosedBracket));
};

function opensUnclosedBracket(name: string): boolean {
  for (let at = 0; at < name.length; at++) {
    if (name[at] === "\\") at++;
    else if (name[at] === "[") {
      const close = classEnd(name, at);
      if (close === -1) return true;
      at = close;
    }
  }
  return false;
}

/** Where the bracket that opens at `start` closes, as minimatch's classEnd finds it; -1 for nowhere. */
function classEnd(name: string, start: number): number {
  let at = name[start + 1] === "!" || name[start + 1] === "^" ? start + 2 : start + 1;
  for (let first = true; at < name.length; at++, first = false) {
    if (name[at] === "]" && !first) return at;
    if (name[at] === "\\") at++;
  }
  return -1;
}

/** minimatch's answer for each member of the glob's sets, alone: whether one of them matches the name. */
const eachMemberMatches = (pattern: string, name: string): boolean => eslintGlobs.braceExpand(pattern).some((member) => eslintMatches(member, name));

describe("linearRegex: picomatch's expressions matched without backtracking", () => {
  it("answers as V8 does for every glob feature, with and without dot", () => {
    fc.assert(
      fc.property(globAndDottedPath, fc.boolean(), ([pattern, name], dot) => {
        const expression = picomatch.makeRe(pattern, { dot });
        expect(linearRegex(expression.source, expression.flags)(name)).toBe(expression.test(name));
      }),
      // 1,000 runs (fixed seed): the lookahead memo keyed by body alone fails 63 of them (11 of 3,000 before letterThenDot);
      // 35 of the first 500.
      { numRuns: 500 },
    );
  });

  it("answers as V8 does for picomatch's case-insensitive expressions", () => {
    fc.assert(
      fc.property(globAndDottedPath, ([pattern, name]) => {
        name = name.toUpperCase();
        const expression = picomatch.makeRe(pattern, { nocase: true });
        expect(linearRegex(expression.source, expression.flags)(name)).toBe(expression.test(name));
      }),
      // 300 runs (fixed seed): the lookahead memo keyed by body alone fails 39 of them (5 of 500 before letterThenDot).
      { numRuns: 300 },
    );
  });

  it("refuses what it does not read, by name, rather than answering wrongly", () => {
    expect(() => linearRegex("(?<=a)b")).toThrow(/group kind/);
    expect(() => linearRegex("a\\1")).toThrow(/escape \\1/);
    expect(() => linearRegex("a", "g")).toThrow(/flags "g"/);
  });

  it("counts the unbounded repeats backtracking pays for", () => {
    expect(unboundedRepeats(picomatch.makeRe("*.json").source)).toBe(1);
    expect(unboundedRepeats(picomatch.makeRe("**/*.json").source)).toBe(2);
    expect(unboundedRepeats(picomatch.makeRe(pathological).source)).toBe(8);
  });
});

describe("globMatcher: a glob as picomatch reads it, in bounded work", () => {
  it("agrees with minimatch (ESLint's reading) on short names, for any list of globs, but for the differences left", () => {
    fc.assert(
      fc.property(fc.oneof(globAndPath, bracedGlobAndPath), fc.array(glob, { maxLength: 2 }), fc.boolean(), ([first, name], others, dot) => {
        const patterns = [first, ...others];
        fc.pre(!patterns.some(leftDifferent) && !(dot === false && patterns.some(negatedBracketFirst)));
        // Other seeds found them: `a/**/!(a)` on a/**/.a (OMS_LINT_FUZZ_SEED=3), `?(a|b)*` on ... (8), without dot.
        fc.pre(!(dot === false && patterns.some((pattern) => extglobOnDotName(pattern, name))));
        // Two differences the README lists, which names drawn from the glob reach: a `//` (minimatch collapses it:
        // `*(a|b)[[:alpha:]][a-b]!(a)//!b` on bbbaa./!b), and a glob ending in `/**` matches the bare name (`*.*.!(a)/**` on *.a.bb1.).
        fc.pre(!patterns.some((pattern) => pattern.includes("//") || (pattern.endsWith("/**") && eslintGlobs.minimatch(name, pattern.slice(0, -3), { dot }))));
        expect(globMatcher(patterns, { dot })(name)).toBe(patterns.some((pattern) => eslintGlobs.minimatch(name, pattern, { dot })));
      }),
      // 1,000 runs (fixed seed): brace expansion undone fails 48 of them, literalBrackets on 34, a `?` after an extglob undone 33.
      // Of the first 500: literalBrackets on fails 19, a `?` after an extglob undone 17, picomatch left to read the braces 8 (15 of 1,000).
      { numRuns: 500 },
    );
  });

  it("matches the issue's pattern against a 125-character name at once (the test's timeout is the hang guard)", () => {
    expect(isCostlyGlob(pathological)).toBe(true);
    expect(globMatcher(pathological)(longName)).toBe(false);
    expect(globMatcher(pathological)(`${longName}b`)).toBe(true);
    expect(globMatcher(`**/${pathological}`, { dot: true })(`x/.y/${longName}`)).toBe(false);
    expect(globMatcher(`!(${pathological})`)(longName)).toBe(true);
  });

  it("leaves the usual globs to V8", () => {
    for (const pattern of ["*.json", "**/*.json", "orders/**", "src/**/*.http", "{a,b}/*.json"]) expect(isCostlyGlob(pattern)).toBe(false);
  });
});

describe("globMatcher: brackets as ESLint reads them (minimatch)", () => {
  /** Brackets of every kind (`[!x]` and `[^x]` negate; ranges; POSIX classes; a leading `]`), among literals and wildcards. */
  const bracketPieces = [
    "a", "b", "-", "^", "]", ".", "/", "*", "?", "[ab]", "[!a]", "[^a]", "[a-b]", "[!a-b]", "[^a-b]", "[!]a]", "[]a]", "[!!]", "[!^]", "[^!]",
    "[a!]", "[-a]", "[a-]", "[!-]", "[[:alpha:]]", "[[:digit:]a]", "[![:alpha:]]", "[^[:digit:]]", "[![:digit:]a]",
    "[[:punct:]]", "[![:punct:]]", "[[:punct:]a]", "[^[:punct:]a]", "[/]", "[!/]", "[a/b]", "[*/a]",
  ];
  const bracketPiece = fc.constantFrom(...bracketPieces);
  const bracketGlob = fc.array(bracketPiece, { minLength: 1, maxLength: 5 }).map((pieces) => pieces.join(""));
  const bracketPath = fc
    .array(fc.stringMatching(/^[ab!^\-\]1\\]{1,3}$/), { minLength: 1, maxLength: 3 })
    .map((segments) => segments.join("/"));
  const bracketGlobAndPath = fc.oneof(
    { weight: 3, arbitrary: globsWithNames(bracketPieces, ["a", "b", "!", "^", "-", "]", "1", "\\"], { minLength: 1, maxLength: 5 }, bracketPath) },
    { weight: 1, arbitrary: fc.tuple(bracketGlob, bracketPath) },
  );

  it("matches what minimatch matches, with dot as ESLint sets it", () => {
    fc.assert(
      fc.property(bracketGlobAndPath, ([pattern, name]) => {
        // Not brackets, and left for another fix: minimatch matches `./a` to no name, globMatcher to `a`.
        fc.pre(!pattern.startsWith("./"));
        expect(globMatcher(pattern, { dot: true })(name)).toBe(eslintMatches(pattern, name));
      }),
      // 1,000 runs (fixed seed): literalBrackets back on fails 60 of them; 32 of the first 500.
      { numRuns: 500 },
    );
  });

  it("matches a glob's own text only where minimatch does: braces and brackets are syntax, not the file's name", () => {
    const braced = fc.array(fc.oneof(bracketPiece, fc.constantFrom("{a,b}", "{a,]}", "{,a}")), { minLength: 1, maxLength: 5 }).map((pieces) => pieces.join(""));
    fc.assert(
      fc.property(braced, (pattern) => {
        // A leading `./`, a difference the README lists (minimatch matches `./a` to no name): `./` at seed 5.
        fc.pre(!pattern.startsWith("./"));
        // Where a set's member leaves a `[` open, the reference is minimatch's reading of each member (the README's difference).
        const expected = leavesBracketOpen(pattern) ? eachMemberMatches(pattern, pattern) : eslintMatches(pattern, pattern);
        expect(globMatcher(pattern, { dot: true })(pattern)).toBe(expected);
      }),
      // OMS_LINT_FUZZ_SEED=1 (run 1,785) failed on `*{a,b}[^a-b][/]` against minimatch's joined reading; 3 and 5 too.
      // literalBrackets back on fails 18 of 3,000 runs (fixed seed), 9 of the first 2,000.
      { numRuns: 2000 },
    );
  });

  it.each([
    // [glob, name, as minimatch reads each member alone]
    ["*{a,b}[^a-b][/]", "*{a,b}[^a-b][/]", true],
    ["*{a,b}[^a-b][/]", "xbc[/]", true],
    ["orders/{draft*[,old*]}.json", "orders/draft1[.json", true],
    ["orders/{draft*[,old*]}.json", "orders/old1].json", true],
    ["orders/{draft*[,old*]}.json", "orders/draft1o.json", false],
    ["{x*[,y*]}", "x|", false],
  ])("%s on %s: %s, as minimatch reads each member of the set, not as it reads them joined (README)", (pattern, name, expected) => {
    expect(eachMemberMatches(pattern, name)).toBe(expected);
    expect(globMatcher(pattern, { dot: true })(name)).toBe(expected);
    // The difference itself: were ESLint's minimatch to stop misreading these, the README's line would go.
    expect(eslintMatches(pattern, name)).toBe(!expected);
  });

  it.each([
    ["br/{a,b}.json", "br/{a,b}.json", false],
    ["br/{a,b}.json", "br/a.json", true],
    ["br/[ab].json", "br/[ab].json", false],
    ["br/[ab].json", "br/a.json", true],
    ["br/\\[ab\\].json", "br/[ab].json", true],
    ["a[![:digit:]]b", "a/b", false],
    // picomatch's [:punct:] lacks the backslash, which POSIX and minimatch count as punctuation.
    ["a[[:punct:]]b.json", "a\\b.json", true],
    ["a[![:punct:]]b.json", "a\\b.json", false],
    // A - after the class is itself, not a range from its last character (audit of 769a0d3c: nothing matched).
    ["a[[:punct:]-z]b.json", "a-b.json", true],
    ["a[[:punct:]-z]b.json", "azb.json", true],
    ["a[[:punct:]-z]b.json", "a~b.json", true],
    ["a[[:punct:]-z]b.json", "axb.json", false],
    ["a[^[:digit:]]b", "a-b", true],
    ["fixtures/[!n]*/**", "fixtures/pos/good.json", true],
    ["fixtures/[!n]*/**", "fixtures/neg/bad.json", false],
    ["orders/[!l]*.json", "orders/new.json", true],
    ["orders/[!l]*.json", "orders/legacy.json", false],
    ["[!a]", "!", true],
    ["[!]a]", "b", true],
    // minimatch cuts the glob at each `/` first: a bracket that spans one is text.
    ["a[/]b", "a/b", false],
    ["a[/]b", "a[/]b", true],
    ["[a/b]", "a", false],
    ["x[*/y]", "x[z/y]", true],
  ])("%s matches %s: %s", (pattern, name, expected) => {
    expect(eslintMatches(pattern, name)).toBe(expected);
    expect(globMatcher(pattern, { dot: true })(name)).toBe(expected);
  });
});

describe("globMatcher: braces as ESLint reads them (minimatch expands them first)", () => {
  const bracePiece = fc.constantFrom(...bracePieces);
  const braceGlob = fc.array(bracePiece, { minLength: 1, maxLength: 5 }).map((pieces) => pieces.join(""));
  const bracePath = fc
    .array(fc.oneof(fc.stringMatching(/^[ab1.,{}-]{1,3}$/), fc.constantFrom("10", "11", "12", "01", "-1", "a1", "b10")), { minLength: 1, maxLength: 3 })
    .filter((segments) => segments.every((segment) => segment !== "." && segment !== ".."))
    .map((segments) => segments.join("/"));
  const braceGlobAndPath = fc.oneof(
    { weight: 3, arbitrary: globsWithNames(bracePieces, ["a", "b", "c", "1", "0", "2", "8", ".", ",", "{", "}", "-"], { minLength: 1, maxLength: 5 }, bracePath) },
    { weight: 1, arbitrary: fc.tuple(braceGlob, bracePath) },
  );

  it("matches what minimatch matches, with dot as ESLint sets it", () => {
    fc.assert(
      fc.property(braceGlobAndPath, ([pattern, name]) => {
        fc.pre(!pattern.startsWith("./"));
        expect(globMatcher(pattern, { dot: true })(name)).toBe(eslintMatches(pattern, name));
      }),
      // 1,000 runs (fixed seed): brace expansion undone fails 47 of them, literalBrackets back on 27; of the first 500, 24 and 10.
      { numRuns: 500 },
    );
  });

  it.each([
    // The audit's config: `files` orders-{1..12}.json, `ignores` orders-{10..11}.json.
    ["orders-{1..12}.json", "orders-1.json", true],
    ["orders-{1..12}.json", "orders-5.json", true],
    ["orders-{1..12}.json", "orders-10.json", true],
    ["orders-{1..12}.json", "orders-13.json", false],
    ["orders-{10..11}.json", "orders-10.json", true],
    ["orders-{10..11}.json", "orders-1.json", false],
    ["orders-{10..11}.json", "orders-0.json", false],
    ["{8..12}.json", "9.json", true],
    ["{01..12}.json", "07.json", true],
    ["{01..12}.json", "7.json", false],
    ["{1..10..2}.json", "7.json", true],
    ["{1..10..2}.json", "4.json", false],
    ["{-1..1}.json", "-1.json", true],
    ["{-1..1}.json", "0.json", true],
    ["{**/*.order.json,orders/*.json}", "a.order.json", true],
    ["{,legacy/}**/*.json", "a.json", true],
    ["{,legacy/}**/*.json", "legacy/x/a.json", true],
    ["a{.json", "a{.json", true],
  ])("%s matches %s: %s", (pattern, name, expected) => {
    expect(eslintMatches(pattern, name)).toBe(expected);
    expect(globMatcher(pattern, { dot: true })(name)).toBe(expected);
  });

  it("keeps a glob of a billion alternatives bounded, its ranges still read as ranges", () => {
    const hostile = "{a,b}".repeat(30);
    expect(globMatcher(hostile)("ab".repeat(15))).toBe(true);
    expect(globMatcher(hostile)("abc")).toBe(false);
    expect(globMatcher(`${"{a,b}".repeat(12)}-{1..12}.json`)(`${"a".repeat(12)}-10.json`)).toBe(true);
    expect(globMatcher(`${"{a,b}".repeat(12)}-{1..12}.json`)(`${"a".repeat(12)}-0.json`)).toBe(false);
    expect(globMatcher("x{1..100000000}.json")("x123.json")).toBe(true);
  });

  it("keeps brace-expansion's bound on bash's `{a},b}` rewrites, past which the rest is text (each rewrite reads the glob again)", () => {
    const rewrites = `{a}${"}".repeat(1500)},z}`;
    for (const name of [rewrites, "z", `a${"}".repeat(1501)}`]) expect(globMatcher(rewrites, { dot: true })(name), name.slice(0, 8)).toBe(eslintMatches(rewrites, name));
  });
});

describe("globMatcher: parentheses and bars as ESLint reads them (only an extglob's are syntax)", () => {
  const parenPieces = [
    "a", "b", "1", " ", "*", "?", "(", ")", "|", "(1)", "(a|b)", "@(a|b)", "!(a)", "*(a|b)", "?(a)", "+(a|1)", "@(a", "x(", "[(]", "\\(", ".json", "+", "++",
    // A `?` right after an extglob, drawn as one piece so that it comes often (4f3d1a66 undone failed 6 of 5,000 runs).
    "@(a|b)?", "*(a|b)?", "+(a|1)?", "?(a)?",
  ];
  const parenPiece = fc.constantFrom(...parenPieces);
  const parenGlob = fc.array(parenPiece, { minLength: 1, maxLength: 5 }).map((pieces) => pieces.join(""));
  const parenPath = fc
    .array(fc.stringMatching(/^[ab1() |.+]{1,5}$/), { minLength: 1, maxLength: 2 })
    .filter((segments) => segments.every((segment) => segment !== "." && segment !== ".."))
    .map((segments) => segments.join("/"));
  const parenName = fc.oneof(parenPath, parenGlob);
  const parenGlobAndName = fc.oneof(
    { weight: 3, arbitrary: globsWithNames(parenPieces, ["a", "b", "1", "x", " ", "(", ")", "|", "+", "."], { minLength: 1, maxLength: 5 }, parenName) },
    { weight: 1, arbitrary: fc.tuple(parenGlob, parenName) },
  );

  it("matches what minimatch matches, with dot as ESLint sets it", () => {
    fc.assert(
      fc.property(parenGlobAndName, ([pattern, name]) => {
        fc.pre(!leftDifferent(pattern));
        expect(globMatcher(pattern, { dot: true })(name)).toBe(eslintMatches(pattern, name));
      }),
      // 2,000 runs (fixed seed): `+` undone (21a498b7) fails 26 of them, `?` after an extglob undone (4f3d1a66) 235,
      // unclosed extglobs read as extglobs 79. Of the first 1,000: `+` undone 16, `?` after an extglob undone 129.
      { numRuns: 1000 },
    );
  });

  it.each([
    ["order (1).json", "order (1).json", true],
    ["order (1).json", "order 1.json", false],
    ["f(x|y).json", "fy.json", false],
    ["f(x|y).json", "f(x|y).json", true],
    ["@(a(b)c)", "a(bc)", true],
    ["++b.json", "+b.json", false],
    ["++b.json", "++b.json", true],
    // A `?` after an extglob is a wildcard, not the expression's quantifier.
    ["@(a|b)?.json", "ax.json", true],
    ["@(a|b)?.json", "b.json", false],
    ["*(a)?.json", "ax.json", true],
    ["*(a)?.json", "b.json", true],
    ["+(a)?.json", "ax.json", true],
    ["?(a)?.json", "b.json", true],
    ["x!(a)?.json", "x.json", false],
    ["x!(a)?.json", "xb.json", true],
    ["*(?)", "b", true],
    ["@(x|y).json", "y.json", true],
  ])("%s matches %s: %s", (pattern, name, expected) => {
    expect(eslintMatches(pattern, name)).toBe(expected);
    expect(globMatcher(pattern, { dot: true })(name)).toBe(expected);
  });
});

describe("globMatcher: a last segment that is only extglobs takes a name of its own, as in minimatch", () => {
  const folders = fc.constantFrom("x", "**", "x/**", "*", "x/**/y", "/x", "");
  const lastSegment = fc.constantFrom("!(a)", "*(a)", "?(a)", "@(a|)", "+(a)", "!(a.json)", "?(a)*(b)", "!(a)|b", "@(a)");
  const namePath = fc
    .array(fc.constantFrom("x", "y", "a", "b", "a.json", "ab"), { minLength: 1, maxLength: 4 })
    .chain((names) => fc.constantFrom(names.join("/"), `/${names.join("/")}`));

  /**
   * The folders and the last segment drawn with names each takes (a last segment taking none, so
   * that the name ends at the folders), one in eight another name, beside the random names: the
   * last-segment fix undone failed 19 of 3,000 runs.
   */
  const folderNames: Readonly<Record<string, readonly string[]>> = {
    x: ["x"], "**": ["", "a", "x/y"], "x/**": ["x", "x/a", "x/y/b"], "*": ["x", "a", "ab"], "x/**/y": ["x/y", "x/a/y"], "/x": ["/x"], "": [""],
  };
  const lastNames: Readonly<Record<string, readonly string[]>> = {
    "!(a)": ["b", "ab", "a.json", ""], "*(a)": ["", "a", "ab"], "?(a)": ["", "a"], "@(a|)": ["a", ""], "+(a)": ["a", ""], "!(a.json)": ["a", "b", "a.json"],
    "?(a)*(b)": ["ab", "b", "a", ""], "!(a)|b": ["b", "a|b"], "@(a)": ["a", ""],
  };
  const other = fc.constantFrom("x", "y", "a", "b", "a.json", "ab", "");
  const nameOf = (names: Readonly<Record<string, readonly string[]>>, text: string) => fc.oneof({ weight: 7, arbitrary: fc.constantFrom(...(names[text] ?? [text])) }, { weight: 1, arbitrary: other });
  const segmentsAndName = fc.tuple(folders, lastSegment).chain(([folder, last]) =>
    fc.tuple(fc.constant(folder), fc.constant(last), fc.tuple(nameOf(folderNames, folder), nameOf(lastNames, last)).map(([before, after]) => [before, after].filter((part) => part !== "").join("/"))),
  );
  const drawn = fc.oneof(
    { weight: 3, arbitrary: segmentsAndName.filter(([, , name]) => name !== "" && !name.includes("//")) },
    { weight: 1, arbitrary: fc.tuple(folders, lastSegment, namePath) },
  );

  it("matches what minimatch matches, with dot as ESLint sets it", () => {
    fc.assert(
      fc.property(drawn, ([folder, last, name]) => {
        const pattern = folder === "" ? last : `${folder}/${last}`;
        // A leading `!` negates the whole glob for minimatch; oms-lint's lists take it off first (configPattern).
        fc.pre(!pattern.startsWith("!"));
        expect(globMatcher(pattern, { dot: true })(name)).toBe(eslintMatches(pattern, name));
      }),
      // 3,000 runs (fixed seed): the last-segment fix undone (lastSegmentCut finding none) fails 36 of them; 16 of the first 1,500.
      { numRuns: 1500 },
    );
  });

  it.each([
    // The audit's config: "ignores": ["legacy/**/!(keep.json)"], with legacy/keep.json and legacy/old.json.
    ["legacy/**/!(keep.json)", "legacy", false],
    ["legacy/**/!(keep.json)", "legacy/keep.json", false],
    ["legacy/**/!(keep.json)", "legacy/old.json", true],
    ["legacy/**/!(keep.json)", "legacy/sub/keep.json", false],
    ["x/**/*(a)", "x", false],
    ["x/**/?(a)", "x/a", true],
    ["**/!(a)", "b", true],
    ["**/!(a)", "a", false],
  ])("%s matches %s: %s", (pattern, name, expected) => {
    expect(eslintMatches(pattern, name)).toBe(expected);
    expect(globMatcher(pattern, { dot: true })(name)).toBe(expected);
  });
});
