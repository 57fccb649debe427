import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { globMatcher, isPlainPicomatchGlob } from "../../src/glob/globMatcher.js";
import { eslintGlobs } from "../support/eslintGlobs.js";

/**
 * picomatch 4.0.7, on meeting a POSIX class, rebuilt its output from the tokens' raw text, and
 * the text before the class went unescaped: `a.b/[[:alpha:]].json` matched a/b/x.json (its `.`
 * as any character, `/` included), which minimatch (ESLint) never matches.
 */
const classes = ["alnum", "alpha", "ascii", "blank", "cntrl", "digit", "graph", "lower", "print", "punct", "space", "upper", "word", "xdigit"];
const classPiece = fc.constantFrom(...classes).chain((name) => fc.constantFrom(`[[:${name}:]]`, `[![:${name}:]]`, `[[:${name}:]-]`, `[\\[:${name}:]]`, `[[:${name}:]\\[:digit:]]`));
const piece = fc.oneof(fc.constantFrom("a", "B", "1", ".", "-", "_", "/", "?", "*", "+", "[", "]", ":"), classPiece);
/** At least one class, with text on either side of it. */
const glob = fc.tuple(fc.array(piece, { maxLength: 5 }), classPiece, fc.array(piece, { maxLength: 3 })).map(([before, posix, after]) => [...before, posix, ...after].join(""));
const path = fc
  .array(fc.stringMatching(/^[aB1.\-_+[\]:!]{1,4}$/).filter((segment) => segment !== "." && segment !== ".."), { minLength: 1, maxLength: 4 })
  .map((segments) => segments.join("/"));

/**
 * A glob drawn with a name for it: each piece beside the name it should match (a class's member,
 * a negated class's non-member, the `-` or `z` after a class, the set an escaped `[` opens), one
 * piece in ten another character, and a `.` a `/` at times. Random names matched 1 glob in 1,000,
 * so a class that matched too little (alnum without digits), a `.` before a class matching `/`
 * (4804d64a undone) and a `-` after a class left unescaped (audit of 769a0d3c) failed no run.
 */
const oneCharacter = fc.constantFrom("a", "z", "B", "1", "9", "-", "_", "~", "!", ":", "[", "]", "\\", " ", ".", "+");
const characters = ["a", "z", "B", "F", "Z", "0", "1", "9", "-", "_", "~", "!", ":", "[", "]", "\\", " ", "\t", "."];
/** Each class as minimatch reads it on ASCII. */
const classAsRegex: Readonly<Record<string, RegExp>> = {
  alnum: /[a-zA-Z0-9]/, alpha: /[a-zA-Z]/, ascii: /[\x01-\x7f]/, blank: /[ \t]/, cntrl: /[\x01-\x1f\x7f]/, digit: /[0-9]/, graph: /[!-~]/,
  lower: /[a-z]/, print: /[ -~]/, punct: /[!-/:-@[-`{-~]/, space: /\s/, upper: /[A-Z]/, word: /\w/, xdigit: /[A-Fa-f0-9]/,
};
const members = (name: string) => characters.filter((character) => classAsRegex[name]?.test(character) === true);
/** A negated [:ascii:] has no member among the characters: any of them, then. */
const nonMembers = (name: string) => {
  const outside = characters.filter((character) => classAsRegex[name]?.test(character) === false);
  return outside.length > 0 ? outside : characters;
};
const classWithName = fc.constantFrom(...classes).chain((name) =>
  fc
    .oneof(
      fc.tuple(fc.constant(`[[:${name}:]]`), fc.constantFrom(...members(name))),
      fc.tuple(fc.constant(`[![:${name}:]]`), fc.constantFrom(...nonMembers(name))),
      fc.tuple(fc.constant(`[[:${name}:]-]`), fc.constantFrom("-", "-", ...members(name))),
      fc.tuple(fc.constant(`[[:${name}:]-z]`), fc.constantFrom("-", "z", ...members(name))),
      fc.tuple(fc.constant(`[\\[:${name}:]]`), fc.constantFrom(..."[:", ...name).map((member) => `${member}]`)),
      fc.tuple(fc.constant(`[[:${name}:]\\[:digit:]]`), fc.constantFrom(..."[:dgt", ...members(name))),
    )
    .chain(([text, matched]) => fc.tuple(fc.constant(text), fc.oneof({ weight: 9, arbitrary: fc.constant(matched) }, { weight: 1, arbitrary: oneCharacter }))),
);
const textWithName = fc.constantFrom("a", "B", "1", ".", "-", "_", "/", "?", "*", "+", "[", "]", ":").chain((text) =>
  fc.tuple(
    fc.constant(text),
    text === "?" ? oneCharacter : text === "*" ? fc.constantFrom("", "a", "1B", ".", "-") : text === "." ? fc.constantFrom(".", "/") : fc.constant(text),
  ),
);
const pieceWithName = fc.oneof(textWithName, classWithName);
const isPath = (name: string) => name.split("/").every((segment) => segment !== "" && segment !== "." && segment !== "..");
const globWithName = fc.tuple(fc.array(pieceWithName, { maxLength: 5 }), classWithName, fc.array(pieceWithName, { maxLength: 3 })).chain(([before, posix, after]) => {
  const pieces = [...before, posix, ...after];
  const name = pieces.map(([, matched]) => matched).join("");
  return fc.tuple(fc.constant(pieces.map(([text]) => text).join("")), isPath(name) ? fc.oneof({ weight: 4, arbitrary: fc.constant(name) }, { weight: 1, arbitrary: path }) : path);
});
/** The drawn names beside the random ones, which still reach whatever they reached. */
const globAndPath = fc.oneof({ weight: 4, arbitrary: globWithName }, { weight: 1, arbitrary: fc.tuple(glob, path) });

describe("POSIX classes: the text beside one is read as minimatch reads it", () => {
  it("matches what minimatch matches, with dot as ESLint sets it", () => {
    fc.assert(
      fc.property(globAndPath, ([pattern, name]) => {
        fc.pre(!pattern.startsWith("./"));
        expect(globMatcher(pattern, { dot: true })(name), `${pattern} on ${name}`).toBe(eslintGlobs.minimatch(name, pattern, { dot: true }));
      }),
      // 1,500 runs (fixed seed), failing with posixClasses undone 483, ca04711a undone 473, a `.` before a class matching `/`
      // 23, a `-` after a class left unescaped 32, alnum without digits 18; random names alone, 1,000 runs: 214, 214, 0, 0, 0.
      { numRuns: 1500 },
    );
  });

  it.each([
    ["a.b/[[:alpha:]].json", "a/b/x.json", false],
    ["a.b/[[:alpha:]].json", "a.b/x.json", true],
    ["v1.2/[[:digit:]].json", "v1/2/5.json", false],
    ["v1.2/[[:digit:]].json", "v1.2/5.json", true],
    ["fx/v1.2-[[:digit:]].json", "fx/v1.2-3.json", true],
    ["x/[[:graph:]].json", "x/!.json", true],
    ["x[[:graph:]]y", "x/y", false],
    ["x[[:print:]]y", "x y", true],
  ])("%s on %s: %s", (pattern, name, matches) => {
    expect(globMatcher(pattern, { dot: true })(name)).toBe(matches);
    expect(eslintGlobs.minimatch(name, pattern, { dot: true })).toBe(matches);
  });

  it("sends no glob with a POSIX class to fast-glob, whose picomatch 2 dropped the text before it", () => {
    expect(isPlainPicomatchGlob("fx/v1.2-[[:digit:]].json")).toBe(false);
    expect(isPlainPicomatchGlob("fx/v1.2-[0-9].json")).toBe(true);
  });
});
