import { execFileSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { runCli } from "../support/cli.js";
import { scratchFolders } from "../support/scratchFolders.js";

/**
 * A `[!…]` bracket matches one character that is not listed, as ESLint reads it (minimatch)
 * and as git and fast-glob do. oms-lint read `fixtures/[!n]*` as "! or n, then anything": the
 * ignore kept fixtures/pos/ and dropped fixtures/neg/, the opposite of ESLint 9 and 10 (run on
 * the same tree: both lint only fixtures/neg/bad.json).
 */

const folder = scratchFolders("bracket-globs");

const linted = async (files: Record<string, string>, args: readonly string[]) => {
  const cwd = folder(files);
  const run = await runCli(["-f", "json", ...args], { cwd });
  const results = run.code === 2 ? [] : (JSON.parse(run.stdout) as { filePath: string; kind?: string }[]);
  return {
    code: run.code,
    stderr: run.stderr,
    kinds: Object.fromEntries(results.map((result) => [result.filePath.slice(cwd.length + 1), result.kind ?? null])),
  };
};

const fixtures = { "fixtures/neg/bad.json": "{}\n", "fixtures/pos/good.json": "{}\n" };

describe("a [!…] bracket in a glob matches a character that is not listed", () => {
  it.each([
    ["--ignore-pattern, a folder walk", {}, ["--ignore-pattern", "fixtures/[!n]*/**", "fixtures"]],
    ["--ignore-pattern, a glob", {}, ["--ignore-pattern", "fixtures/[!n]*/**", "fixtures/**/*.json"]],
    ["--ignore-pattern [^n] (as before), a folder walk", {}, ["--ignore-pattern", "fixtures/[^n]*/**", "fixtures"]],
    ["the config's ignores, a folder walk", { ignores: ["fixtures/[!n]*/**"] }, ["fixtures"]],
    ["the config's ignores, a glob", { ignores: ["fixtures/[!n]*/**"] }, ["fixtures/**/*.json"]],
  ])("%s: fixtures/[!n]*/** ignores fixtures/pos, not fixtures/neg", async (_source, config, args) => {
    const run = await linted({ ...fixtures, "oms-lint.config.json": JSON.stringify(config) }, args);
    expect(run.stderr).toBe("");
    expect(Object.keys(run.kinds)).toEqual(["fixtures/neg/bad.json"]);
  });

  it("a files entry's glob orders/[!l]*.json gives its kind to orders/new.json, not orders/legacy.json", async () => {
    const config = { files: [{ glob: "orders/[!l]*.json", kind: "createOrder" }] };
    const run = await linted({ "orders/new.json": "{}\n", "orders/legacy.json": "{}\n", "oms-lint.config.json": JSON.stringify(config) }, ["orders"]);
    expect(run.kinds["orders/new.json"]).toBe("createOrder");
    expect(run.kinds["orders/legacy.json"]).not.toBe("createOrder");
  });
});

describe("a bracket in a .gitignore line, as git reads it", () => {
  const bang = { "a1b2c.json": "{}\n", "a1b2n.json": "{}\n", "n.json": "{}\n" };
  const nonAsciiNames = ["ab.json", "aéb.json", "aééb.json", "axb.json", "a€b.json", "a😀b.json", "xyzaxb.json", "xyzaéb.json"];
  const nonAscii = Object.fromEntries(nonAsciiNames.map((name) => [name, "{}\n"]));
  const punct = Object.fromEntries(["a\\b.json", "a_b.json", "axb.json", "xyza\\b.json", "xyzaxb.json"].map((name) => [name, "{}\n"]));
  const without = (...ignored: string[]) => nonAsciiNames.filter((name) => !ignored.includes(name)).sort();
  // git's wildmatch gives up on a bracket it cannot close, or on a class name it does not know:
  // the line then matches nothing (git 2.39 keeps every file below, the cheap lines as the costly).
  it.each([
    ["a cheap line (the ignore package)", "[!n]*.json", bang, ["n.json"]],
    ["a costly line (globMatcher: more than two unbounded wildcards)", "*a*b*[!n].json", bang, ["a1b2n.json", "n.json"]],
    ["a cheap line, an unclosed [", "a[b.json", { "a[b.json": "{}\n", "ab.json": "{}\n" }, ["a[b.json", "ab.json"]],
    ["a cheap line, an unclosed [ after a *", "a*[b.json", { "a1[b.json": "{}\n", "ab.json": "{}\n" }, ["a1[b.json", "ab.json"]],
    ["a costly line, an unclosed [", "*a*b*c*[b.json", { "1a2b3c4[b.json": "{}\n", "ab.json": "{}\n" }, ["1a2b3c4[b.json", "ab.json"]],
    ["a costly line, an unclosed [ before the suffix", "*a*b*c*[.json", { "abc[.json": "{}\n", "ab.json": "{}\n" }, ["ab.json", "abc[.json"]],
    ["a costly line, an unclosed []", "*a*b*c*[]b.json", { "abc[]b.json": "{}\n", "ab.json": "{}\n" }, ["ab.json", "abc[]b.json"]],
    ["a costly line, an unclosed [[:", "*a*b*c*[[:alph.json", { "abc[[:alph.json": "{}\n", "ab.json": "{}\n" }, ["ab.json", "abc[[:alph.json"]],
    ["a costly line, an unknown class", "*a*b*c*[[:foo:]]x.json", { "abc:]x.json": "{}\n", "abcf]x.json": "{}\n", "ab.json": "{}\n" }, ["ab.json", "abc:]x.json", "abcf]x.json"]],
    ["a costly negated line, an unclosed [", "*b.json\n!*a*b*c*[b.json", { "1a2b3c4[b.json": "{}\n", "c.json": "{}\n" }, ["c.json"]],
    ["a costly line, a class", "*a*b*c*[[:alpha:]].json", { "abcd.json": "{}\n", "abc1.json": "{}\n" }, ["abc1.json"]],
    ["a costly line, a ] first in its bracket", "*a*b*c*[]x].json", { "abc].json": "{}\n", "abcx.json": "{}\n", "abcy.json": "{}\n" }, ["abcy.json"]],
    // git's wildmatch compares bytes: `?` and a bracket match one byte, and é is two (€ three, 😀 four).
    ["a cheap line, ? beside non-ASCII names", "a?b.json", nonAscii, without("axb.json")],
    ["a cheap line, ?? beside non-ASCII names", "a??b.json", nonAscii, without("aéb.json")],
    ["a cheap line, ??? beside non-ASCII names", "a???b.json", nonAscii, without("a€b.json")],
    ["a cheap line, ???? beside non-ASCII names", "a????b.json", nonAscii, without("a😀b.json", "aééb.json")],
    ["a cheap line, [!x] beside non-ASCII names", "a[!x]b.json", nonAscii, without()],
    ["a cheap line, [é] beside non-ASCII names", "a[é]b.json", nonAscii, without()],
    ["a cheap line, * beside non-ASCII names", "a*b.json", nonAscii, ["xyzaxb.json", "xyzaéb.json"]],
    ["a cheap line, a literal é", "aéb.json", nonAscii, without("aéb.json")],
    ["a costly line, ? beside non-ASCII names", "*x*y*z*a?b.json", nonAscii, without("xyzaxb.json")],
    ["a costly line, ?? beside non-ASCII names", "*x*y*z*a??b.json", nonAscii, without("xyzaéb.json")],
    ["a costly line, [!x] beside non-ASCII names", "*x*y*z*a[!x]b.json", nonAscii, without()],
    ["a costly line, a literal é", "*x*y*z*aéb.json", nonAscii, without("xyzaéb.json")],
    ["a costly negated line, ? beside non-ASCII names", "*.json\n!*x*y*z*a?b.json", nonAscii, ["xyzaxb.json"]],
    // git's [:punct:] is C's ispunct, the backslash included (picomatch's class lacks it).
    ["a cheap line, [[:punct:]] beside a backslash", "a[[:punct:]]b.json", punct, ["axb.json", "xyza\\b.json", "xyzaxb.json"]],
    ["a costly line, [[:punct:]] beside a backslash", "*x*y*z*a[[:punct:]]b.json", punct, ["a\\b.json", "a_b.json", "axb.json", "xyzaxb.json"]],
    ["a costly line, [![:punct:]] beside a backslash", "*x*y*z*a[![:punct:]]b.json", punct, ["a\\b.json", "a_b.json", "axb.json", "xyza\\b.json"]],
    ["a costly negated line, [[:punct:]] beside a backslash", "*.json\n!*x*y*z*a[[:punct:]]b.json", punct, ["xyza\\b.json"]],
  ])("%s: %j leaves out what git leaves out", async (_reading, lines, json, kept) => {
    const files = { ...json, "oms-lint.config.json": "{}", ".gitignore": `${lines}\noms-lint.config.json\n` };
    const cwd = folder(files);
    execFileSync("git", ["init", "-q"], { cwd });
    const untracked = execFileSync("git", ["ls-files", "-z", "--others", "--exclude-standard"], { cwd, encoding: "utf8" }).split("\0");
    expect(untracked.filter((name) => name.endsWith(".json")).sort()).toEqual(kept);
    const run = await runCli(["-f", "json", "."], { cwd });
    const linted = (JSON.parse(run.stdout) as { filePath: string }[]).map((result) => result.filePath.slice(cwd.length + 1));
    expect(linted.sort()).toEqual(kept);
  });
});

describe("a glob names the files its wildcards match, not a file named as the glob's own text", () => {
  const tree = { "br/a.json": "{}\n", "br/{a,b}.json": "{}\n", "br/[ab].json": "{}\n" };

  it.each([
    // ESLint 9 and 10, on the same tree and pattern, lint the two others.
    ["br/{a,b}.json", ["br/[ab].json", "br/{a,b}.json"]],
    ["br/[ab].json", ["br/[ab].json", "br/{a,b}.json"]],
    ["br/\\[ab\\].json", ["br/a.json", "br/{a,b}.json"]],
    ["br/\\{a,b\\}.json", ["br/[ab].json", "br/a.json"]],
  ])("--ignore-pattern %s lints %j", async (pattern, files) => {
    const run = await linted({ ...tree, "oms-lint.config.json": "{}" }, ["--ignore-pattern", pattern, "br"]);
    expect(run.stderr).toBe("");
    expect(Object.keys(run.kinds).sort()).toEqual(files);
  });

  it("the config's files glob br/{a,b}.json gives its kind to br/a.json, not to br/{a,b}.json", async () => {
    const config = { files: [{ glob: "br/{a,b}.json", kind: "createOrder" }] };
    const run = await linted({ ...tree, "oms-lint.config.json": JSON.stringify(config) }, ["br"]);
    expect(run.kinds["br/a.json"]).toBe("createOrder");
    expect(run.kinds["br/{a,b}.json"]).not.toBe("createOrder");
  });
});
