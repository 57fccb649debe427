import { execFileSync } from "node:child_process";
import { afterAll, describe, expect, it } from "vitest";
import { walkFolder } from "../../src/cli/walkFolder.js";
import { globMatcher } from "../../src/glob/globMatcher.js";
import { eslintGlobs } from "../support/eslintGlobs.js";
import { scratch } from "../hostile/support.js";

/**
 * Audit of 4804d64a: an escaped `[` inside a bracket, then a class's name (`x[\[:alpha:]]`), was
 * left as written, and picomatch 4.0.7 with posix read `[:alpha:]` there all the same, writing
 * `[\a-zA-Z]`: linearRegex threw on `\a` (an internal error, exit 2), and `[\0-9]` matched NUL
 * to 9 (`x!.json`). minimatch reads `[\[:digit:]` as the set `[ : d i g t`, then a literal `]`.
 */
const classes = ["alnum", "alpha", "ascii", "blank", "cntrl", "digit", "graph", "lower", "print", "punct", "space", "upper", "word", "xdigit"];
const names = ["x[].json", "x:].json", "x!.json", "xa].json", "xd].json", "x[.json", "x].json", "xA].json", "x5].json", "x_].json"];

describe("an escaped [ before a class's name inside a bracket is a member, as minimatch reads it", () => {
  it.each(classes)("x[\\[:%s:]].json matches what minimatch matches", (name) => {
    const pattern = `x[\\[:${name}:]].json`;
    const matches = globMatcher(pattern, { dot: true });
    for (const path of names) expect(matches(path), `${pattern} on ${path}`).toBe(eslintGlobs.minimatch(path, pattern, { dot: true }));
  });

  it.each(["[[:alpha:]\\[:digit:]]", "[\\[:upper:][:digit:]]", "[!\\[:word:]]"])("%s.json matches what minimatch matches", (bracket) => {
    const pattern = `${bracket}.json`;
    const matches = globMatcher(pattern, { dot: true });
    for (const path of [...names.map((name) => name.slice(1)), "5.json", "q.json", ":.json"]) {
      expect(matches(path), `${pattern} on ${path}`).toBe(eslintGlobs.minimatch(path, pattern, { dot: true }));
    }
  });
});

describe("a .gitignore line with one is no internal error", () => {
  const folder = scratch("escaped-bracket-class");
  afterAll(folder.remove);

  it.each(["x[\\[:alpha:]].json", "*a*b*c[\\[:upper:]]", "*a*b*c[\\[:digit:]].json"])("%s: the walk keeps every file git keeps", (line) => {
    const root = folder.path(`r${line.length}`);
    for (const file of ["x[].json", "x:].json", "xa.json", "abc[.json", "abc:.json", "abcU.json"]) folder.write(`r${line.length}/${file}`, "{}");
    folder.write(`r${line.length}/.gitignore`, `${line}\n`);
    execFileSync("git", ["init", "-q"], { cwd: root });
    const git = execFileSync("git", ["-c", "core.excludesFile=/dev/null", "-c", "core.quotePath=false", "ls-files", "--others", "--exclude-standard"], { cwd: root, encoding: "utf8" });
    const kept = git.split("\n").filter((path) => path.endsWith(".json"));
    const walked = walkFolder(root, { cwd: root, ignorePatterns: [], gitignore: true }).map((path) => path.slice(root.length + 1));
    expect(walked).toEqual(expect.arrayContaining(kept));
  });
});
