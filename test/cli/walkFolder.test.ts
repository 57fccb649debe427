import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative, resolve } from "node:path";
import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { discoverFiles } from "../../src/cli/discoverFiles.js";
import { childPath, walkFolder } from "../../src/cli/walkFolder.js";

const scratch = mkdtempSync(join(tmpdir(), "oms-lint-walk-folder-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
let trees = 0;

/** Writes the files (path → text) into a fresh folder and returns it. */
function tree(files: Readonly<Record<string, string>>): string {
  const root = join(scratch, `t${trees++}`);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(root, path, ".."), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  mkdirSync(root, { recursive: true });
  return root;
}

const walked = (root: string, folder = root, options: { ignorePatterns?: string[]; gitignore?: boolean; cwd?: string } = {}) =>
  walkFolder(folder, { cwd: options.cwd ?? root, ignorePatterns: options.ignorePatterns ?? [], gitignore: options.gitignore ?? true })
    .map((path) => relative(root, path))
    .sort();

const gitEnv = (home: string) => ({ ...process.env, GIT_CONFIG_NOSYSTEM: "1", GIT_CONFIG_GLOBAL: "/dev/null", HOME: home });
let sharedGitDir: string | undefined;

/**
 * Makes `root` the top of a git repository: a `.git` file naming one git directory that every
 * tree shares (git's "gitdir:" link, as a worktree or submodule has), made once. Its index
 * stays empty, so each tree's files are all untracked; a `git init` per tree cost more than
 * the rest of the property.
 */
function makeRepository(root: string): void {
  if (sharedGitDir === undefined) {
    const shared = join(scratch, "shared-repository");
    mkdirSync(shared);
    execFileSync("git", ["init", "-q", "--template="], { cwd: shared, env: gitEnv(shared) });
    sharedGitDir = join(shared, ".git");
  }
  writeFileSync(join(root, ".git"), `gitdir: ${sharedGitDir}\n`);
}

/** What git itself leaves unignored in the folder: untracked files, minus the ignored (and nothing from the user's config). */
function gitUnignored(root: string, folder: string): string[] {
  const env = gitEnv(root);
  makeRepository(root);
  const out = execFileSync("git", ["-c", "core.excludesFile=/dev/null", "ls-files", "--others", "--exclude-standard", "-z", "--", relative(root, folder) || "."], {
    cwd: root,
    env,
    encoding: "utf8",
  });
  return out.split("\0").filter((path) => path !== "");
}

/**
 * What git leaves unignored in each of many trees (their contents, as `tree` takes them), from
 * one `git ls-files`: each tree is a folder of one repository, with no .gitignore above it, so
 * its own .gitignore files apply in it as at a repository's root (anchored lines to their own
 * folder). A git process per run cost more than the rest of the property. Keyed by contents.
 */
function gitUnignoredTrees(trees: readonly Readonly<Record<string, string>>[]): Map<string, string[]> {
  const repository = join(scratch, `trees-${trees_++}`);
  mkdirSync(repository);
  execFileSync("git", ["init", "-q", "--template="], { cwd: repository, env: gitEnv(repository) });
  trees.forEach((contents, index) => {
    for (const [path, text] of Object.entries(contents)) {
      mkdirSync(join(repository, `t${index}`, path, ".."), { recursive: true });
      writeFileSync(join(repository, `t${index}`, path), text);
    }
  });
  const out = execFileSync("git", ["-c", "core.excludesFile=/dev/null", "ls-files", "--others", "--exclude-standard", "-z"], {
    cwd: repository,
    env: gitEnv(repository),
    encoding: "utf8",
  });
  const listed = trees.map((): string[] => []);
  for (const path of out.split("\0").filter((path) => path !== "")) {
    const slash = path.indexOf("/");
    listed[Number(path.slice(1, slash))]!.push(path.slice(slash + 1));
  }
  return new Map(trees.map((contents, index) => [JSON.stringify(contents), listed[index]!]));
}
let trees_ = 0;

/** What the walk should keep of git's list: lintable names, no hidden segment, no node_modules, no package manifest. */
const lintable = (path: string) =>
  /\.(json|http|rest)$/.test(path) && !/(^|\/)(package|tsconfig)\.json$/.test(path) && !path.split("/").some((s) => s.startsWith(".") || s === "node_modules");

describe("walkFolder: the files of a folder, as git sees them", () => {
  const segment = fc.constantFrom("a", "b", "node_modules");
  const fileName = fc.constantFrom("x.json", "y.json", "z.txt", "w.http", "v.rest", "X.JSON", ".hidden.json", "package.json", "tsconfig.json");
  const rule: fc.Arbitrary<string> = fc.constantFrom(
    "*.json", "!x.json", "a/", "/b", "b/x.json", "**/y.json", "a/**", "!a/", "x.*", "a/*.json", "!**/a/x.json", "*.http",
    "b", "/x.json", "y.json", "a/b/", "**/b/**", "!b/", "*", "!*.json", "!a/**", "# x.json", "", "X.json", "a/**/v.rest", "!/a/",
    // A backslash escapes the next character, as git reads it; `//` is a line that leaves no glob.
    "\\x.json", "*\\.json", "a\\/", "\\!x.json", "//",
  );
  const treeSpec = fc.record({
    files: fc.array(fc.tuple(fc.array(segment, { maxLength: 3 }), fileName), { minLength: 1, maxLength: 12 }),
    gitignores: fc.array(fc.tuple(fc.array(segment, { maxLength: 2 }), fc.array(rule, { maxLength: 4 })), { maxLength: 4 }),
    walkSub: fc.boolean(),
  });
  type TreeSpec = typeof treeSpec extends fc.Arbitrary<infer Spec> ? Spec : never;

  it("keeps exactly the lintable files git does not ignore, walking the root or a folder inside it", () => {
    const contentsOf = ({ files, gitignores }: Pick<TreeSpec, "files" | "gitignores">) => {
      const contents: Record<string, string> = {};
      for (const [dirs, name] of files) contents[[...dirs, name].join("/")] = "{}";
      for (const [dirs, rules] of gitignores) contents[[...dirs, ".gitignore"].join("/")] = rules.join("\n") + "\n";
      return contents;
    };
    const parameters: fc.Parameters<[TreeSpec]> = {
      numRuns: 60,
      // A folder ignored above (`b` at the root) and re-included below (`!b/` in a/): git keeps a/b/x.json.
      examples: [
        [{ files: [[["a", "b"], "x.json"], [[], "x.json"]], gitignores: [[["a"], ["!b/"]], [[], ["b"]]], walkSub: false }],
        // `//` was an internal error: its costly-line check gave picomatch an empty glob.
        [{ files: [[[], "x.json"], [["b"], "y.json"]], gitignores: [[[], ["//", "\\y.json"]]], walkSub: false }],
      ],
    };
    const property = fc.property(treeSpec, ({ files, gitignores, walkSub }) => {
      const contents = contentsOf({ files, gitignores });
      const root = tree(contents);
      mkdirSync(join(root, "a"), { recursive: true });
      const folder = walkSub ? join(root, "a") : root;
      // git's list for the tree, from the one git process, or (a run it has not seen: one shrunk after a failure) from git asked here.
      const listed = fromOneGit.get(JSON.stringify(contents));
      const unignored = listed === undefined ? gitUnignored(root, folder) : walkSub ? listed.filter((path) => path.startsWith("a/")) : listed;
      expect(walked(root, folder)).toEqual(unignored.filter(lintable).sort());
    });
    // The trees the property will be given: a first run of it with the same parameters (and
    // seed) draws the same values, and only collects them.
    const drawn: TreeSpec[] = [];
    fc.assert(fc.property(treeSpec, (spec) => void drawn.push(spec)), parameters);
    const fromOneGit = gitUnignoredTrees(drawn.map(contentsOf));
    fc.assert(property, parameters);
  });

  it("a folder re-included by a deeper .gitignore is walked, and its files are not ignored by the line above", () => {
    const root = tree({ ".gitignore": "b\n", "a/.gitignore": "!b/\n", "a/b/x.json": "{}", "b/y.json": "{}", "x.json": "{}" });
    expect(walked(root)).toEqual(["a/b/x.json", "x.json"]);
    expect(walked(root, join(root, "a/b"))).toEqual(["a/b/x.json"]);
    expect(walked(root, join(root, "b"))).toEqual([]);
  });

  it("without .gitignore, keeps every lintable file but those in node_modules and hidden folders", () => {
    const root = tree({ ".gitignore": "*.json\n", "a/x.json": "{}", "a/.h/y.json": "{}", "node_modules/p/z.json": "{}", "oms-lint.config.json": "{}" });
    expect(walked(root, root, { gitignore: false })).toEqual(["a/x.json"]);
    expect(walked(root)).toEqual([]);
  });

  it("--ignore-pattern globs are relative to cwd or absolute, and a folder pattern prunes the folder", () => {
    const root = tree({ "a/x.json": "{}", "a/b/y.json": "{}", "b/y.json": "{}" });
    expect(walked(root, root, { ignorePatterns: ["a/b/**"] })).toEqual(["a/x.json", "b/y.json"]);
    expect(walked(root, root, { ignorePatterns: ["**/y.json"] })).toEqual(["a/x.json"]);
    expect(walked(root, join(root, "a"), { ignorePatterns: ["x.json"], cwd: join(root, "a") })).toEqual(["a/b/y.json"]);
    expect(walked(root, root, { ignorePatterns: [`${root}/a/**`] })).toEqual(["b/y.json"]);
  });

  it(".gitignore files above the folder apply up to the repository's root, not beyond it", () => {
    const root = tree({ ".gitignore": "y.json\n", "repo/.gitignore": "x.json\n", "repo/a/x.json": "{}", "repo/a/y.json": "{}", "repo/a/w.http": "" });
    mkdirSync(join(root, "repo/.git"));
    expect(walked(root, join(root, "repo/a"), { cwd: root })).toEqual(["repo/a/w.http", "repo/a/y.json"]);
  });

  it("a repository inside the folder (a submodule: .git a file or a folder) reads its own .gitignore files, none of its parent's", async () => {
    const root = tree({
      ".gitignore": "data/\nx.json\n",
      "data/gone.json": "{}",
      "sub/.gitignore": "y.json\n",
      "sub/data/bad.json": "{",
      "sub/x.json": "{}",
      "sub/y.json": "{}",
      "linked/.git": "gitdir: ../.git/modules/linked\n",
      "linked/data/x.json": "{}",
    });
    mkdirSync(join(root, ".git"));
    mkdirSync(join(root, "sub/.git"));
    mkdirSync(join(root, ".git/modules/linked"), { recursive: true });
    const kept = ["linked/data/x.json", "sub/data/bad.json", "sub/x.json"];
    expect(walked(root)).toEqual(kept);
    expect(walked(root, join(root, "sub"))).toEqual(kept.filter((path) => path.startsWith("sub/")));
    // A glob reads the .gitignore files as the walk does.
    expect((await discoverFiles(["**/*.json"], { cwd: root, ignorePatterns: [], useIgnores: true })).map((path) => relative(root, path))).toEqual(kept);
  });

  it("a `.git` that is neither a folder nor a `gitdir:` file (a stray file, a FIFO) makes no repository: the parent's .gitignore still applies", async () => {
    // git status --ignored: git takes x for no repository, and the parent's `data/` keeps x/data ignored.
    const root = tree({ ".gitignore": "data/\n", "stray/.git": "not a gitfile\n", "stray/data/a.json": "{}", "stray/b.json": "{}", "fifo/data/a.json": "{}", "linked/.git": "gitdir: ../.git\n", "linked/data/a.json": "{}" });
    mkdirSync(join(root, ".git"));
    execFileSync("mkfifo", [join(root, "fifo/.git")]);
    const kept = ["linked/data/a.json", "stray/b.json"];
    expect(walked(root)).toEqual(kept);
    expect((await discoverFiles(["**/*.json"], { cwd: root, ignorePatterns: [], useIgnores: true })).map((path) => relative(root, path))).toEqual(kept);
    expect(walked(root, join(root, "stray"))).toEqual(["stray/b.json"]);
  });

  it.each([
    ["a gitdir that leads nowhere (a copied submodule)", "gitdir: ../.git/modules/copied\n", false],
    ["`gitdir:` without the space", "gitdir:../.git\n", false],
    ["an empty gitdir", "gitdir: \n", false],
    ["a gitdir relative to the .git file's folder", "gitdir: ../.git\r\n", true],
    ["an absolute gitdir", "gitdir: <root>/.git\n", true],
  ])("a `.git` file with %s (%j) makes a repository: %s", (_, text, isRepository) => {
    // git status --ignored: git's read_gitfile_gently wants `gitdir: ` and a git directory there, else the parent's `data/` applies.
    const root = tree({ ".gitignore": "data/\n", "copied/data/bad.json": "{" });
    mkdirSync(join(root, ".git"));
    writeFileSync(join(root, "copied/.git"), text.replace("<root>", root));
    expect(walked(root)).toEqual(isRepository ? ["copied/data/bad.json"] : []);
  });

  it("outside a repository, the .gitignore files from cwd down apply; a folder outside cwd has only its own", () => {
    const root = tree({ ".gitignore": "x.json\n", "a/.gitignore": "w.http\n", "a/x.json": "{}", "a/y.json": "{}", "a/w.http": "" });
    expect(walked(root, join(root, "a"), { cwd: root })).toEqual(["a/y.json"]);
    expect(walked(root, join(root, "a"), { cwd: join(root, "b") })).toEqual(["a/x.json", "a/y.json"]);
  });

  it("a folder the .gitignore names is not entered, even to re-include a file in it", () => {
    const root = tree({ ".gitignore": "a/\n!a/x.json\n", "a/x.json": "{}", "b/x.json": "{}" });
    expect(walked(root)).toEqual(["b/x.json"]);
    expect(walked(root, join(root, "a"))).toEqual([]);
  });

  it("links: to a file kept, broken kept (reported later), to a folder not followed", () => {
    const root = tree({ "real/x.json": "{}" });
    symlinkSync("real/x.json", join(root, "file.json"));
    symlinkSync("missing.json", join(root, "broken.json"));
    symlinkSync("real", join(root, "folder.json"));
    symlinkSync(".", join(root, "loop"));
    expect(walked(root)).toEqual(["broken.json", "file.json", "real/x.json"]);
  });
});

describe("--ignore-pattern: a folder and a glob over it skip the same files", () => {
  const segment = fc.constantFrom("sub", "deep", "a");
  const fileName = fc.constantFrom("x.json", "y.json", "w.http", "z.txt");
  const pattern = fc.constantFrom(
    "sub", "sub/", "sub/*", "sub/**", "*/deep", "deep", "**/deep", "sub/deep", "sub/deep/", "*.json", "**/*.http", "x.json",
    "**/x.json", "sub/x.json", "{sub,a}/**", "**/sub/**/y.json", "a/*/x.json", "ABS/sub", "ABS/sub/**", "ABS/**/y.json", "**/a",
  );
  const spec = fc.record({
    files: fc.array(fc.tuple(fc.array(segment, { maxLength: 3 }), fileName), { minLength: 1, maxLength: 10 }),
    patterns: fc.array(pattern, { minLength: 1, maxLength: 3 }),
  });
  /** The files found, or the usage error's message when nothing is left. */
  const discovered = async (root: string, target: string, patterns: string[]) => {
    try {
      return (await discoverFiles([target], { cwd: root, ignorePatterns: patterns, useIgnores: true })).map((path) => relative(root, path));
    } catch (error) {
      const message = (error as Error).message;
      return message.startsWith("all the files") ? "all ignored" : /holds no files|no files match/.test(message) ? "none" : message;
    }
  };

  it("oms-lint . and oms-lint '**/*.{json,http,rest}' agree, whatever the patterns", async () => {
    await fc.assert(
      fc.asyncProperty(spec, async ({ files, patterns }) => {
        const root = tree(Object.fromEntries(files.map(([dirs, name]) => [[...dirs, name].join("/"), "{}"])));
        const absolute = patterns.map((p) => p.replace("ABS", root));
        expect(await discovered(root, ".", absolute)).toEqual(await discovered(root, "**/*.{json,http,rest}", absolute));
      }),
      { numRuns: 150 },
    );
  });
});

describe("a folder's entry path", () => {
  it("is what path.join gives for a resolved folder and a name readdir returns, the root included", () => {
    const name = fc.stringMatching(/^[^/\\\0]+$/).filter((n) => n !== "." && n !== "..");
    const folder = fc.array(name, { maxLength: 4 }).map((parts) => resolve("/", ...parts));
    fc.assert(fc.property(folder, name, (at, entry) => childPath(at, entry) === join(at, entry)));
    expect(childPath("/", "a.json")).toBe("/a.json");
  });
});
