import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { ConfigArray } from "@eslint/config-array";
import fc from "fast-check";
import picomatch from "picomatch";
import { afterAll, describe, expect, it } from "vitest";
import { compileOverrides, emptyConfig } from "../../src/config/config.js";
import { configIgnores, ignoresWithCommandLine } from "../../src/config/configIgnores.js";
import { walkFolder } from "../../src/cli/walkFolder.js";
import { asGlob } from "../../src/cli/discoverFiles.js";

const scratch = mkdtempSync(join(tmpdir(), "oms-lint-config-ignores-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
let trees = 0;

const base = "/repo";
const ignoredBy = (ignores: string[]) => configIgnores({ ...emptyConfig(base), ignores })!;

/**
 * picomatch.isMatch(path, glob, { dot }), the glob compiled once for all the paths the models
 * below ask about: isMatch compiles it at every call (~30 µs), and the models ask once a folder
 * and pattern of every tree the properties draw.
 */
const compiled = new Map<string, (path: string) => boolean>();
function isMatch(path: string, glob: string, dot: boolean): boolean {
  const key = `${dot} ${glob}`;
  let matcher = compiled.get(key);
  if (matcher === undefined) compiled.set(key, (matcher = picomatch(glob, { dot })));
  return matcher(path);
}

/**
 * ESLint's global ignores as @eslint/config-array reads them (its docs: "Unignoring Files and
 * Directories"), written its way: each folder from the top, then the file, each path's
 * patterns reduced in order, a `!` one un-ignoring what an earlier one ignored; a folder found
 * ignored hides everything in it. A pattern that ends in `/` names folders only.
 */
function eslintIgnores(ignores: readonly string[], path: string): boolean {
  const names = path.split("/");
  for (let depth = 1; depth < names.length; depth++) if (reduced(ignores, names.slice(0, depth).join("/"), true)) return true;
  return reduced(ignores, path, false);
}

function reduced(ignores: readonly string[], path: string, isFolder: boolean): boolean {
  return ignores.reduce((ignored, pattern) => {
    const negated = pattern.startsWith("!");
    const glob = negated ? pattern.slice(1) : pattern;
    const foldersOnly = glob.endsWith("/");
    const matches = (isFolder || !foldersOnly) && isMatch(path, foldersOnly ? glob.slice(0, -1) : glob, true);
    return ignored ? !(negated && matches) : !negated && matches;
  }, false);
}

const name = fc.constantFrom("a", "b", "k");
const fileName = fc.constantFrom("x.json", "k.json");
const part = fc.constantFrom("a", "b", "k", "*", "**", "x.json", "k.json", "*.json");
const ignorePattern = fc
  .tuple(fc.boolean(), fc.array(part, { minLength: 1, maxLength: 3 }), fc.boolean())
  .map(([negated, parts, folderOnly]) => `${negated ? "!" : ""}${parts.join("/")}${folderOnly ? "/" : ""}`);

/**
 * Patterns over one path's own names: each a prefix of it (a folder, `/` or not, or the file),
 * some names made `*` or `**`, half of them `!`. They match the same paths, so which of them
 * decides matters (the last, in ESLint's reading): the patterns above, drawn part by part, rarely
 * matched a path with one of the other sign: a reading where the first match decides failed
 * 6 runs of 150, 10 of 300 and 1 of 500 of the properties below; with these half the time, over
 * one of the tree's own files, 23 of 100, 25 of 150 and 24 of 200.
 */
const overOnePath = fc.tuple(fc.array(name, { maxLength: 3 }), fileName).map(([folders, file]) => [...folders, file]);
function patternsOver(names: readonly string[], lengths: { minLength: number; maxLength: number }): fc.Arbitrary<string[]> {
  const pattern = fc
    .tuple(fc.boolean(), fc.integer({ min: 1, max: names.length }), fc.array(fc.constantFrom("name", "name", "*", "**"), { minLength: names.length, maxLength: names.length }), fc.boolean())
    .map(([negated, length, wild, folderOnly]) => {
      const glob = names.slice(0, length).map((named, i) => (wild[i] === "name" ? named : wild[i])).join("/");
      return `${negated ? "!" : ""}${glob}${folderOnly && length < names.length ? "/" : ""}`;
    });
  return fc.array(pattern, lengths);
}
/** A tree's files (folders, file name), and what `lists` draws of them: patterns part by part, or over one of the files' paths. */
const files = fc.array(fc.tuple(fc.array(name, { maxLength: 3 }), fileName), { minLength: 1, maxLength: 10 });
const filesAnd = <T>(anyPatterns: fc.Arbitrary<T>, over: (names: readonly string[]) => fc.Arbitrary<T>): fc.Arbitrary<[[string[], string][], T]> =>
  files.chain((tree) => fc.tuple(fc.constant(tree), fc.oneof(anyPatterns, fc.constantFrom(...tree).chain(([folders, file]) => over([...folders, file])))));

describe("configIgnores: ESLint's global ignores, `!` un-ignoring", () => {
  it.each([
    // [ignores, path, isFolder, ignored]
    [["fixtures/legacy/*", "!fixtures/legacy/keep.json"], "fixtures/legacy/keep.json", false, false],
    [["fixtures/legacy/*", "!fixtures/legacy/keep.json"], "fixtures/legacy/old.json", false, true],
    [["fixtures/legacy/*", "!fixtures/legacy/keep.json"], "fixtures/legacy", true, false],
    [["fixtures/legacy/*", "!fixtures/legacy/keep.json"], "fixtures/bad.json", false, false],
    [["!x"], "fixtures", true, false],
    [["!x"], "fixtures/bad.json", false, false],
    [["fixtures/*", "!fixtures/keep/"], "fixtures/keep", true, false],
    [["fixtures/*", "!fixtures/keep/"], "fixtures/keep/a.json", false, false],
    [["fixtures/*", "!fixtures/keep/"], "fixtures/other/a.json", false, true],
    // A `/` pattern names folders only: a file of that name is not un-ignored by it.
    [["*.json", "!keep.json/"], "keep.json", false, true],
    // In an ignored folder, nothing is un-ignored (the walk never enters it).
    [["legacy/", "!legacy/keep.json"], "legacy/keep.json", false, true],
    [["legacy/**", "!legacy/keep.json"], "legacy/keep.json", false, true],
    [["legacy/**/*", "!legacy/keep.json"], "legacy/keep.json", false, false],
  ] as const)("%j: %s (folder: %s) ignored: %s", (ignores, path, isFolder, ignored) => {
    expect(ignoredBy([...ignores])(`${base}/${path}`, isFolder)).toBe(ignored);
  });

  it("a folder walk keeps exactly the files ESLint's reading keeps: no folder pruned that a ! could reach, none entered that is ignored", () => {
    fc.assert(
      fc.property(
        filesAnd(fc.array(ignorePattern, { minLength: 1, maxLength: 4 }), (names) => patternsOver(names, { minLength: 2, maxLength: 4 })),
        ([files, ignores]) => {
          const root = join(scratch, `t${trees++}`);
          const paths = [...new Set(files.map(([folders, file]) => [...folders, file].join("/")))];
          for (const path of paths) {
            mkdirSync(join(root, path, ".."), { recursive: true });
            writeFileSync(join(root, path), "{}");
          }
          const ignored = configIgnores({ ...emptyConfig(root), ignores })!;
          const walked = walkFolder(root, { cwd: root, ignorePatterns: [], gitignore: false, ignored }).map((path) => relative(root, path));
          expect(walked.sort()).toEqual(paths.filter((path) => !eslintIgnores(ignores, path)).sort());
        },
      ),
      {
        numRuns: 100,
        examples: [
          [[[[["fixtures", "legacy"], "keep.json"], [["fixtures", "legacy"], "old.json"], [["fixtures"], "bad.json"]] as never, ["fixtures/legacy/*", "!fixtures/legacy/keep.json"]]],
          [[[[["a"], "x.json"]], ["!x.json"]]],
          [[[[["a", "b"], "x.json"], [["a", "k"], "x.json"]], ["a/*", "!a/b/"]]],
        ],
      },
    );
  });
});

describe("--ignore-pattern after the config's ignores: one decision, `!` un-ignoring", () => {
  // --ignore-pattern's globs read as the config's, after them (ESLint adds them to its config as global
  // ignores): `legacy/*` read as fast-glob reads an ignore list kept legacy's subfolders (audit at d5d094fb).
  it("a folder walk keeps exactly the files ESLint's reduction over the config's ignores, then the command line's, keeps", () => {
    fc.assert(
      fc.property(
        // The config's, and the command line's as it gives them to ignoresWithCommandLine: folder names (`x/`, `!x/`) among them.
        filesAnd(fc.tuple(fc.array(ignorePattern, { maxLength: 3 }), fc.array(ignorePattern, { minLength: 1, maxLength: 3 })), (names) =>
          fc.tuple(patternsOver(names, { minLength: 0, maxLength: 3 }), patternsOver(names, { minLength: 1, maxLength: 3 })),
        ),
        ([files, [ignores, patterns]]) => {
          const root = join(scratch, `t${trees++}`);
          const paths = [...new Set(files.map(([folders, file]) => [...folders, file].join("/")))];
          for (const path of paths) {
            mkdirSync(join(root, path, ".."), { recursive: true });
            writeFileSync(join(root, path), "{}");
          }
          const config = { ...emptyConfig(root), ignores };
          const walk = (options: { ignorePatterns: string[]; ignored?: (path: string, isFolder: boolean) => boolean }) =>
            walkFolder(root, { cwd: root, gitignore: false, ...options }).map((path) => relative(root, path)).sort();
          const kept = paths.filter((path) => !eslintIgnores([...ignores, ...patterns], path)).sort();
          expect(walk({ ignorePatterns: [], ignored: ignoresWithCommandLine(config, patterns, root) })).toEqual(kept);
          // With no `!`, the CLI hands them to the walk as fast-glob reads them too (`x/` as `x/*\/**`), to prune: that ignores no more.
          const pruning = patterns.map((pattern) => (pattern.endsWith("/") ? `${pattern}*/**` : pattern));
          if (!patterns.some((pattern) => pattern.startsWith("!"))) expect(walk({ ignorePatterns: pruning.map(asGlob), ignored: ignoresWithCommandLine(config, patterns, root) })).toEqual(kept);
        },
      ),
      {
        numRuns: 150,
        examples: [
          [[[[["a"], "k.json"], [["a"], "x.json"]] as never, [["a/*"], ["!a/k.json"]]]],
          [[[[["a"], "k.json"], [["a"], "x.json"]] as never, [["a/*", "!a/k.json"], ["a/k.json"]]]],
          [[[[["a", "b"], "k.json"]] as never, [[], ["a/**", "!a/b/k.json"]]]],
          // The review's case: `!a/` names the folder alone, and takes back nothing `a/**` ignored in it.
          [[[[["a"], "k.json"], [[], "x.json"]] as never, [["a/**"], ["!a/"]]]],
          [[[[["a"], "k.json"], [["a", "b"], "x.json"]] as never, [[], ["a/*"]]]],
          // `x.json/` names folders only: read as `x.json/**`, it ignored the file x.json too.
          [[[[[], "x.json"]] as never, [[], ["x.json/"]]]],
          [[[[["a"], "x.json"], [["a", "b"], "k.json"], [[], "k.json"]] as never, [[], ["a/"]]]],
        ],
      },
    );
  });
});

describe("an overrides entry's ignores: ESLint's non-global ignores, `!` taking back", () => {
  const entry = (ignores: string[]) => compileOverrides([{ files: ["**"], ignores }])[0]!;

  it.each([
    // [ignores, path, the entry applies]
    [["legacy/**", "!legacy/keep.json"], "legacy/keep.json", true],
    [["legacy/**", "!legacy/keep.json"], "legacy/old.json", false],
    // Alone, a ! takes back nothing (it was "every path but keep.json", which the entry then skipped).
    [["!legacy/keep.json"], "legacy/old.json", true],
    [["!legacy/keep.json"], "legacy/keep.json", true],
    [["legacy/*", "!legacy/*.json", "legacy/old.json"], "legacy/old.json", false],
    // Files only: a folder pattern ignores nothing, as ESLint's docs say of "dir-to-exclude/".
    [["legacy/"], "legacy/old.json", true],
  ] as const)("%j: %s, applies: %s", (ignores, path, applies) => {
    expect(entry([...ignores]).matches(path)).toBe(applies);
  });

  it("applies to exactly the files ESLint's reduction over the file's path does not ignore", () => {
    fc.assert(
      fc.property(fc.oneof(fc.tuple(overOnePath, fc.array(ignorePattern, { minLength: 1, maxLength: 4 })), overOnePath.chain((names) => fc.tuple(fc.constant(names), patternsOver(names, { minLength: 2, maxLength: 4 })))), ([names, ignores]) => {
        const path = names.join("/");
        expect(entry(ignores).matches(path)).toBe(!reduced(ignores, path, false));
      }),
      { numRuns: 200, examples: [[[["legacy", "keep.json"], ["!legacy/keep.json"]]] as never] },
    );
  });
});

/**
 * Found by the audit of `!` in globs (`ignores: ["{!a/,b/}"]`): ESLint matches a folder as its
 * path with a trailing `/`, so a brace member that ends in `/` names folders, as a whole glob
 * that ends in `/` does; oms-lint looked for the `/` at the glob's end alone, and
 * `"{legacy/,old/}"` ignored nothing (ESLint: both folders, and all they hold).
 */
describe("a brace member that ends in `/` names folders, in the config's ignores as in ESLint's", () => {
  const eslintIgnored = async (ignores: string[], path: string) => {
    const configs = new ConfigArray([{ files: ["**/?*"] }, { ignores }], { basePath: base });
    await configs.normalize();
    return configs.isFileIgnored(`${base}/${path}`);
  };

  it.each([
    // [ignores, file, ignored]
    [["{legacy/,old/}"], "legacy/x.json", true],
    [["{legacy/,old/}"], "old/sub/x.json", true],
    [["{legacy/,old/}"], "new/x.json", false],
    [["{!a/,b/}"], "!a/x.json", true],
    [["{!a/,b/}"], "a/x.json", false],
    [["{legacy/,x.json}"], "legacy/y.json", true],
    [["{legacy/,x.json}"], "x.json", true],
    [["{legacy/,x.json}"], "y.json", false],
    [["*/", "!{legacy/,old/}"], "legacy/x.json", false],
    [["*/", "!{legacy/,old/}"], "new/x.json", true],
  ] as const)("%j: %s ignored: %s, as config-array ignores it", async (ignores, path, ignored) => {
    expect(await eslintIgnored([...ignores], path)).toBe(ignored);
    const names = path.split("/");
    const decision = ignoredBy([...ignores]);
    const walked = names.slice(1).some((_, depth) => decision(`${base}/${names.slice(0, depth + 1).join("/")}`, true)) || decision(`${base}/${path}`, false);
    expect(walked).toBe(ignored);
  });
});
