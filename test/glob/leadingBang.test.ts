import { ConfigArray } from "@eslint/config-array";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { folderMayHoldMatchOfAny } from "../../src/glob/folderMayHoldMatch.js";
import { globMatcher } from "../../src/glob/globMatcher.js";
import { runCli } from "../support/cli.js";
import { eslintGlobs } from "../support/eslintGlobs.js";
import { scratchFolders } from "../support/scratchFolders.js";

/**
 * Found by globMatcher's "agrees with minimatch" property under OMS_LINT_FUZZ_SEED=13 (`.{,a/}/!b`
 * on a/b). minimatch reads a glob's leading `!` before it expands braces: `!{legacy,old}/**` is
 * every file outside both folders, and a `!` that a brace or a leading `./` puts first is text.
 * oms-lint handed each alternative to picomatch, which negated each alone: `files:
 * ["!{legacy,old}/**"]` mapped every file (each is outside one of the two), `{!b,c}` and `./!b`
 * named every file but b.
 */
const eslintMatches = (pattern: string, path: string) => eslintGlobs.minimatch(path, pattern, { dot: true });

describe("a leading `!` negates the whole glob, braces and all, as minimatch reads it", () => {
  it.each([
    // [glob, path, matched]
    ["!{a,b}", "a", false],
    ["!{a,b}", "b", false],
    ["!{a,b}", "c", true],
    ["!{legacy,old}/**", "legacy/x.json", false],
    ["!{legacy,old}/**", "old/sub/x.json", false],
    ["!{legacy,old}/**", "new/x.json", true],
    ["!{1..3}.json", "2.json", false],
    ["!{1..3}.json", "4.json", true],
    ["{!b,c}", "a", false],
    ["{!b,c}", "!b", true],
    ["{!b,c}", "c", true],
    ["a/{!b,c}", "a/x", false],
    ["!!a", "a", true],
    ["!!a", "b", false],
    ["!b", "b", false],
    ["!b", "c", true],
    ["!*.json", "x/a.json", true],
  ] as const)("%s on %s: %s, as minimatch", (glob, path, matched) => {
    expect(eslintMatches(glob, path)).toBe(matched);
    expect(globMatcher(glob, { dot: true })(path)).toBe(matched);
  });

  it.each([
    // A leading ./ is dropped (a difference the README lists: minimatch matches no name with it); the `!` after it is text.
    ["./!b", "!b", true],
    ["./!b", "x", false],
    [".{,a/}/!b", "a/b", false],
  ] as const)("%s on %s: %s, the `!` after a dropped ./ is text", (glob, path, matched) => {
    expect(globMatcher(glob, { dot: true })(path)).toBe(matched);
  });

  it("agrees with minimatch on a negated brace set of names, or one with a member opening with `!`", () => {
    const name = fc.constantFrom("a", "b", "ab", "!a", "x.json", "a*", "?");
    const set = fc.uniqueArray(name, { minLength: 2, maxLength: 4 }).map((names) => `{${names.join(",")}}`);
    const glob = fc.tuple(fc.constantFrom("!", "", "!!"), set, fc.constantFrom("", "/*", ".json")).map((parts) => parts.join(""));
    const path = fc.tuple(name, fc.constantFrom("", "/x", ".json")).map((parts) => parts.join("").replace(/[*?]/g, "z"));
    fc.assert(
      fc.property(glob, path, (pattern, file) => {
        expect(globMatcher(pattern, { dot: true })(file)).toBe(eslintMatches(pattern, file));
      }),
      { numRuns: 300 },
    );
  });

  it("the CLI: --ignore-pattern '{!b,c}.json' ignores !b.json and c.json, and a files mapping '!{legacy,old}/**' maps only the files outside both (those inside are told by their content: an externalOrderID is Create Order's)", async () => {
    const order = `{"externalOrderID": "A-1"}\n`;
    const cwd = scratchFolders("leading-bang")({
      "a.json": order,
      "b.json": order,
      "c.json": order,
      "!b.json": order,
      "legacy/x.json": order,
      "old/x.json": order,
      "oms-lint.config.json": JSON.stringify({ files: [{ glob: "!{legacy,old}/**", kind: "orderCustomData" }] }),
    });
    const linted = async (...args: string[]) => {
      const run = await runCli(["-f", "json", ...args], { cwd });
      return (JSON.parse(run.stdout) as { filePath: string; kind: string | null }[]).map(({ filePath, kind }) => `${filePath.slice(cwd.length + 1)} ${kind}`).sort();
    };
    expect(await linted("--ignore-pattern", "{!b,c}.json", "--ignore-pattern", "{legacy,old}/", ".")).toEqual(["a.json orderCustomData", "b.json orderCustomData"]);
    expect(await linted("legacy", "old", "c.json")).toEqual(["c.json orderCustomData", "legacy/x.json createOrder", "old/x.json createOrder"]);
  });
});

/**
 * Found by the audit of `!` wherever oms-lint reads globs (after 62a27e68), against ESLint 10's
 * own command line on the same folder. The command line's targets and --ignore-pattern went to
 * fast-glob and folderMayHoldMatch, which still read a `!` that a brace member or a dropped `./`
 * puts first as a negation: `oms-lint '{!x,legacy}/*.json'` never entered !x/ (ESLint lints
 * !x/x.json), `'./!x/*.json'` linted every top-level file but those in !x/ (ESLint: !x/x.json
 * alone), and `--ignore-pattern './!b.json' '*.json'` linted b.json alone.
 */
describe("a `!` a brace member or a dropped ./ puts first, in the command line's targets and --ignore-pattern", () => {
  it.each([
    // [glob, folder, may hold a match]
    ["{!x,legacy}/*.json", "!x", true],
    ["{!x,new}/**", "!x/sub", true],
    ["./!x/*.json", "!x", true],
    ["{!x,legacy}/*.json", "x", false],
    ["a/{!b,c}/*.json", "a/!b", true],
  ] as const)("folderMayHoldMatchOfAny(%s) inside %s: %s, as the glob (globMatcher) names files in it", (glob, folder, expected) => {
    expect(folderMayHoldMatchOfAny(glob)(folder)).toBe(expected);
    expect(globMatcher(glob)(`${folder}/x.json`)).toBe(expected);
  });

  it("folderMayHoldMatchOfAny says yes for every folder that holds a file the glob matches, whatever `!` a set or a `./` puts first", () => {
    const name = fc.constantFrom("a", "b", "!a", "!b", "!!a");
    const first = fc.oneof(name, fc.uniqueArray(name, { minLength: 2, maxLength: 3 }).map((names) => `{${names.join(",")}}`));
    const glob = fc.tuple(fc.constantFrom("", "./", "./{,./}"), first, fc.constantFrom("/*", "/**", "/x", "/{x,!x}")).map((parts) => parts.join(""));
    fc.assert(
      fc.property(glob, name, fc.constantFrom("x", "!x"), (pattern, folder, file) => {
        if (globMatcher(pattern)(`${folder}/${file}`)) expect(folderMayHoldMatchOfAny(pattern)(folder)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  const order = `{"externalOrderID": "A-1"}\n`;
  const folder = () =>
    scratchFolders("leading-bang-targets")({
      "a.json": order,
      "b.json": order,
      "!b.json": order,
      "!x/x.json": order,
      "legacy/x.json": order,
      "new/x.json": order,
      "oms-lint.config.json": "{}",
    });
  const linted = async (cwd: string, ...args: string[]) => {
    const run = await runCli(["-f", "json", ...args], { cwd });
    return (JSON.parse(run.stdout) as { filePath: string }[]).map(({ filePath }) => filePath.slice(cwd.length + 1)).sort();
  };

  it("a glob target lints what ESLint's command line lints: '{!x,legacy}/*.json' !x/x.json and legacy/x.json, './!x/*.json' and 'new/../!x/*.json' !x/x.json", async () => {
    const cwd = folder();
    expect(await linted(cwd, "{!x,legacy}/*.json")).toEqual(["!x/x.json", "legacy/x.json"]);
    expect(await linted(cwd, "./!x/*.json")).toEqual(["!x/x.json"]);
    expect(await linted(cwd, "new/../!x/*.json")).toEqual(["!x/x.json"]);
  });

  it("--ignore-pattern './!b.json' beside a glob target ignores !b.json, as it does beside a folder", async () => {
    const cwd = folder();
    expect(await linted(cwd, "--ignore-pattern", "./!b.json", "*.json")).toEqual(["a.json", "b.json"]);
    expect(await linted(cwd, "--ignore-pattern", "./!b.json", ".")).toEqual(["!x/x.json", "a.json", "b.json", "legacy/x.json", "new/x.json"]);
  });
});

/**
 * Found by the same audit: a target that starts with `!` (not a file so named) was walked as
 * "every path but these", yet the walk (folderMayHoldMatch) entered no folder, so `oms-lint
 * '!x/*.json'` linted the top-level files alone. ESLint's command line lints nothing for it and
 * exits 2 ("all of the files matching the glob pattern are ignored"): a target names what to lint.
 */
describe("a command-line target that starts with `!`", () => {
  const cwd = () => scratchFolders("leading-bang-target")({ "a.json": "{}\n", "!b.json": "{}\n", "x/a.json": "{}\n", "y/a.json": "{}\n", "oms-lint.config.json": "{}" });

  it.each(["!x/*.json", "!{a,b}.json", "!!y/*.json"])("%s is a usage error (exit 2) that points at --ignore-pattern, as ESLint lints nothing for it", async (target) => {
    const run = await runCli(["-f", "json", target], { cwd: cwd() });
    expect(run.code).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr).toContain(target);
    expect(run.stderr).toContain("--ignore-pattern");
  });

  it("a file so named is linted, as ESLint lints it", async () => {
    const run = await runCli(["-f", "json", "!b.json"], { cwd: cwd() });
    expect((JSON.parse(run.stdout) as { filePath: string }[]).map(({ filePath }) => filePath.split("/").at(-1))).toEqual(["!b.json"]);
  });
});

/**
 * Where ESLint's own reading surprises, and oms-lint reads the glob otherwise on purpose (the
 * README lists both): minimatch 11 (ESLint 10's) takes every leading `!` for a negation, an
 * extglob's too, so `files: ["!(legacy)/**"]` is "not the folder named (legacy)" and takes
 * legacy/x.json; and config-array drops a `files` or `ignores` glob's leading `./` before
 * minimatch reads it, so `./!b.json` is `!b.json`, every file but b.json.
 */
describe("a leading `!(` and a `!` after `./`: oms-lint's reading, not ESLint's", () => {
  it.each([
    // [glob, path, ESLint's files glob matches, oms-lint's]
    ["!(legacy)/**", "legacy/x.json", true, false],
    ["!(legacy)/**", "new/x.json", true, true],
    ["!(a).json", "a.json", true, false],
  ] as const)("%s on %s: minimatch %s, oms-lint %s (an extglob, as bash and picomatch read it)", (glob, path, eslint, omsLint) => {
    expect(eslintMatches(glob, path)).toBe(eslint);
    expect(globMatcher(glob, { dot: true })(path)).toBe(omsLint);
  });

  it("./!b.json: config-array reads !b.json, a negation (a.json matched); oms-lint the name !b.json", async () => {
    // ESLint's own config-array; a file is matched at all only beside a config whose glob is not `!`-led (`**/?*`).
    const configs = new ConfigArray([{ files: ["**/?*"] }, { files: ["./!b.json"], marker: true }], { basePath: "/r", schema: { marker: { merge: "replace", validate() {} } } });
    await configs.normalize();
    const eslintFiles = (path: string) => (configs.getConfig(`/r/${path}`) as { marker?: boolean } | undefined)?.marker === true;
    expect(eslintFiles("a.json")).toBe(true);
    expect(eslintFiles("b.json")).toBe(false);
    expect(globMatcher("./!b.json", { dot: true })("a.json")).toBe(false);
    expect(globMatcher("./!b.json", { dot: true })("!b.json")).toBe(true);
  });
});
