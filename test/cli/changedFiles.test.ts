import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, unlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { runCli } from "../support/cli.js";

const root = mkdtempSync(join(tmpdir(), "oms-lint-changed-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const git = (...args: string[]) => execFileSync("git", ["-c", "user.name=t", "-c", "user.email=t@example.test", ...args], { cwd: root, stdio: "pipe" });
const note = (value: string) => `{"name": "note", "value": ${JSON.stringify(value)}}\n`;
const lintedFiles = async (argv: string[]) => {
  const run = await runCli(["-f", "json", "--kind", "orderCustomData", ...argv], { cwd: root });
  return { ...run, files: run.code === 2 ? [] : (JSON.parse(run.stdout) as { filePath: string }[]).map((r) => r.filePath.slice(root.length + 1)) };
};

mkdirSync(join(root, "fixtures"));
for (const name of ["a", "b", "c", "d"]) writeFileSync(join(root, "fixtures", `${name}.json`), note(name));
git("init", "-q", "-b", "main");
git("add", ".");
git("commit", "-q", "-m", "fixtures");
git("tag", "base");
git("branch", "release", "base");
// Since base: b edited and committed, c deleted, d edited but not committed, e new and untracked.
writeFileSync(join(root, "fixtures/b.json"), note("b2"));
git("commit", "-q", "-am", "b");
git("rm", "-q", "fixtures/c.json");
git("commit", "-q", "-m", "c");
writeFileSync(join(root, "fixtures/d.json"), note("d2"));
writeFileSync(join(root, "fixtures/e.json"), note("e"));

describe("--changed-since <git ref>", () => {
  it("lints the files changed since the ref: committed and uncommitted edits, new files; never a deleted one", async () => {
    expect((await lintedFiles(["--changed-since", "base", "."])).files).toEqual(["fixtures/b.json", "fixtures/d.json", "fixtures/e.json"]);
    expect((await lintedFiles(["--changed-since", "HEAD", "fixtures"])).files).toEqual(["fixtures/d.json", "fixtures/e.json"]);
    expect((await lintedFiles(["."])).files).toEqual(["fixtures/a.json", "fixtures/b.json", "fixtures/d.json", "fixtures/e.json"]);
  });

  it("a ref git does not know is a usage error (exit 2)", async () => {
    const run = await lintedFiles(["--changed-since", "no-such-ref", "."]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^oms-lint: --changed-since no-such-ref: .*no-such-ref/);
  });

  // Found by the CI audit: `--stdin --changed-since nosuchref` linted the piped text, exit 1, no word of the ref.
  it.each([["nosuchref"], ["HEAD"]])("--changed-since %s with --stdin (and --stdin-filename) is a usage error, exit 2, nothing linted", async (ref) => {
    for (const named of [[], ["--stdin-filename", "fixtures/b.json"]]) {
      expect(await runCli(["--stdin", "--changed-since", ref, "-f", "compact", ...named], { cwd: root, input: '{"a":' })).toEqual({
        code: 2,
        stdout: "",
        stderr:
          "oms-lint: --changed-since cannot be used with --stdin: --changed-since picks the changed files among those found, and the piped text is no file git tracks; pipe it without --changed-since, or run on the files\n",
      });
    }
  });

  it("a ref a shallow clone lacks (a CI checkout: one commit of one branch) says so and how to fetch it, exit 2", async () => {
    // git's own line alone, "fatal: bad revision 'origin/main'", read as a typo in a ref every clone has.
    const clone = join(root, "..", `${root.split("/").at(-1)}-shallow`);
    execFileSync("git", ["clone", "-q", "--depth", "1", "--branch", "main", `file://${root}`, clone], { stdio: "pipe" });
    try {
      const run = await runCli(["--changed-since", "origin/release", "."], { cwd: clone });
      expect(run).toMatchObject({ code: 2, stdout: "" });
      expect(run.stderr).toBe(
        "oms-lint: --changed-since origin/release: this clone has no commit origin/release: it is a shallow clone (as CI checks out one commit of one branch); " +
          "fetch it first (git fetch --depth=1 origin release:refs/remotes/origin/release), or check out with history (actions/checkout: fetch-depth: 0)\n",
      );
      expect((await runCli(["--changed-since", "origin/main", "-f", "json", "--kind", "orderCustomData", "."], { cwd: clone })).code).toBe(0);
    } finally {
      rmSync(clone, { recursive: true, force: true });
    }
  });
});

describe("--changed-since on a branch: compared with where the branch left the ref (its merge base)", () => {
  const repo = join(root, "..", `${root.split("/").at(-1)}-branch`);
  afterAll(() => rmSync(repo, { recursive: true, force: true }));
  const inRepo = (...args: string[]) => execFileSync("git", ["-c", "user.name=t", "-c", "user.email=t@example.test", ...args], { cwd: repo, stdio: "pipe" });
  const linted = async (cwd: string, ref: string) => {
    const run = await runCli(["-f", "json", "--kind", "orderCustomData", "--changed-since", ref, "."], { cwd });
    return { ...run, files: (JSON.parse(run.stdout) as { filePath: string }[]).map((r) => r.filePath.slice(cwd.length + 1)) };
  };
  // main: a, b. The branch "feature" leaves it and edits b; main then edits a.
  mkdirSync(repo);
  for (const name of ["a", "b"]) writeFileSync(join(repo, `${name}.json`), note(name));
  inRepo("init", "-q", "-b", "main");
  inRepo("add", ".");
  inRepo("commit", "-q", "-m", "a, b");
  inRepo("checkout", "-q", "-b", "feature");
  writeFileSync(join(repo, "b.json"), note("b on feature"));
  inRepo("commit", "-q", "-am", "b");
  inRepo("checkout", "-q", "main");
  writeFileSync(join(repo, "a.json"), note("a on main"));
  inRepo("commit", "-q", "-am", "a");
  // What GitHub checks out for a pull request: main with the branch merged in.
  inRepo("checkout", "-q", "-b", "pull-merge", "main");
  inRepo("merge", "-q", "--no-ff", "-m", "merge feature", "feature");
  inRepo("checkout", "-q", "feature");

  it("lints what the branch changed, not what main gained since (as Biome's main...HEAD and Jest's --changedSince)", async () => {
    // `git diff main` names a.json too: the branch holds main's old a, which it never touched.
    expect(execFileSync("git", ["diff", "--name-only", "main"], { cwd: repo, encoding: "utf8" })).toBe("a.json\nb.json\n");
    const run = await linted(repo, "main");
    expect(run).toMatchObject({ code: 0, stderr: "", files: ["b.json"] });
  });

  /** `--changed-since origin/main` in a depth-1 clone of `branch`, main fetched at depth 1 (a CI checkout): no merge base. */
  const inShallowClone = async (branch: string) => {
    const clone = `${repo}-${branch}-shallow`;
    execFileSync("git", ["clone", "-q", "--depth", "1", "--branch", branch, `file://${repo}`, clone], { stdio: "pipe" });
    try {
      execFileSync("git", ["fetch", "-q", "--depth=1", "origin", "main:refs/remotes/origin/main"], { cwd: clone, stdio: "pipe" });
      return await linted(clone, "origin/main");
    } finally {
      rmSync(clone, { recursive: true, force: true });
    }
  };

  it("a shallow clone holding the ref but not the history joining it to HEAD: compared with the ref itself, and a note says so", async () => {
    const run = await inShallowClone("feature");
    expect(run).toMatchObject({ code: 0, files: ["a.json", "b.json"] });
    expect(run.stderr).toBe(
      "oms-lint: --changed-since origin/main: origin/main and HEAD have no merge base in the history this shallow clone holds: " +
        "files are compared with origin/main itself (exactly a pull request's changes where HEAD is its merge commit; " +
        "on a branch's own commit, files changed on origin/main since the branch left it are linted too; fetch with history to have the merge base, if the two share any)\n",
    );
  });

  it("a shallow clone of a pull request's merge commit, the target fetched at depth 1: the pull request's changes alone", async () => {
    const run = await inShallowClone("pull-merge");
    expect(run).toMatchObject({ code: 0, files: ["b.json"] });
    expect(run.stderr).toMatch(/^oms-lint: --changed-since origin\/main: origin\/main and HEAD have no merge base in the history this shallow clone holds/);
  });
  it("a full clone whose branch shares no history with the ref (an orphan branch): the note says so, not that the clone is shallow", async () => {
    inRepo("checkout", "-q", "--orphan", "unrelated");
    try {
      inRepo("commit", "-q", "-m", "unrelated root");
      const run = await linted(repo, "main");
      expect(run).toMatchObject({ code: 0, files: ["a.json", "b.json"] });
      // Shallow, the clone cannot tell that the two share no history: the note does not claim it lacks any.
      expect((await inShallowClone("unrelated")).stderr).toMatch(/^[^\n]*no merge base in the history this shallow clone holds: .*if the two share any\)\n$/);
      expect(run.stderr).toBe(
        "oms-lint: --changed-since main: main and HEAD have no common history (HEAD's history never joins main's), so there is no merge base: " +
          "files are compared with main itself (every file that differs from it is linted)\n",
      );
    } finally {
      inRepo("checkout", "-q", "-f", "feature");
    }
  });
});

describe("--changed-since: what git names as changed, whatever the path's spelling", () => {
  const repo = join(root, "..", `${root.split("/").at(-1)}-kinds`);
  const link = `${repo}-link`;
  afterAll(() => rmSync(repo, { recursive: true, force: true }));
  afterAll(() => rmSync(link, { force: true }));
  const inRepo = (...args: string[]) => execFileSync("git", ["-c", "user.name=t", "-c", "user.email=t@example.test", ...args], { cwd: repo, stdio: "pipe" });
  const linted = async (argv: string[], cwd = repo) => {
    const run = await runCli(["-f", "json", "--kind", "orderCustomData", ...argv], { cwd });
    return { ...run, files: run.code === 2 ? [] : (JSON.parse(run.stdout) as { filePath: string }[]).map((r) => r.filePath.split("/").at(-1)) };
  };
  // typed.json: a link to a.json, committed, then made a regular file (git status: T); moved.json renamed to renamed.json.
  mkdirSync(repo);
  writeFileSync(join(repo, "a.json"), note("a"));
  writeFileSync(join(repo, "moved.json"), note("moved"));
  symlinkSync("a.json", join(repo, "typed.json"));
  inRepo("init", "-q", "-b", "main");
  inRepo("add", ".");
  inRepo("commit", "-q", "-m", "a, typed, moved");
  unlinkSync(join(repo, "typed.json"));
  writeFileSync(join(repo, "typed.json"), `{"name": "typed", "value": ""}\n`);
  inRepo("mv", "moved.json", "renamed.json");
  writeFileSync(join(repo, "new.json"), note("new"));
  symlinkSync(repo, link);

  it("a file whose type changed (a link made a regular file: git's T) is linted, with renamed and untracked ones", async () => {
    expect(execFileSync("git", ["status", "--porcelain"], { cwd: repo, encoding: "utf8" })).toContain(" T typed.json");
    const run = await linted(["--changed-since", "HEAD", "."]);
    expect(run).toMatchObject({ code: 1, files: ["new.json", "renamed.json", "typed.json"] });
  });

  it("a path through a symbolic link to the repository lints the same files as its real path (exit 1 on typed.json's error)", async () => {
    const real = await linted(["--changed-since", "HEAD", repo]);
    expect(real).toMatchObject({ code: 1, files: ["new.json", "renamed.json", "typed.json"] });
    expect(await linted(["--changed-since", "HEAD", link])).toMatchObject({ code: 1, files: real.files });
    expect(await linted(["--changed-since", "HEAD", "."], link)).toMatchObject({ code: 1, files: real.files });
    expect(await linted(["--changed-since", "HEAD", `${link}/typed.json`])).toMatchObject({ code: 1, files: ["typed.json"] });
  });
});

describe("--no-error-on-unmatched-pattern", () => {
  it("a named file that no longer exists is skipped with a note, the others linted (git diff --name-only | xargs oms-lint)", async () => {
    const named = ["fixtures/b.json", "fixtures/c.json", "fixtures/*.missing.json"];
    const strict = await lintedFiles(named);
    expect(strict.code).toBe(2);
    expect(strict.stderr).toBe('oms-lint: no file or folder "fixtures/c.json" was found\n');
    const lenient = await lintedFiles(["--no-error-on-unmatched-pattern", ...named]);
    expect(lenient).toMatchObject({ code: 0, files: ["fixtures/b.json"] });
    expect(lenient.stderr).toBe(
      'oms-lint: no file or folder "fixtures/c.json" was found: skipped (--no-error-on-unmatched-pattern)\n' +
        'oms-lint: no files match the pattern "fixtures/*.missing.json": skipped (--no-error-on-unmatched-pattern)\n',
    );
  });
});
