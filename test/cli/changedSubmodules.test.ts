import { execFileSync } from "node:child_process";
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { runCli } from "../support/cli.js";

/**
 * Submodules and repositories beside the working folder's, with real git (issue 18's audit:
 * a parent's .gitignore hid a submodule's broken fixture; --changed-since named the submodule's
 * gitlink and none of its files, and ran git in the working folder's repository whatever path was given).
 */
const root = mkdtempSync(join(tmpdir(), "oms-lint-submodules-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const git = (cwd: string, ...args: string[]) =>
  execFileSync("git", ["-c", "user.name=t", "-c", "user.email=t@example.test", "-c", "protocol.file.allow=always", ...args], { cwd, stdio: "pipe", encoding: "utf8" });
const write = (path: string, text: string) => {
  mkdirSync(join(path, ".."), { recursive: true });
  writeFileSync(path, text);
};
const note = (value: string) => `{"name": "note", "value": ${JSON.stringify(value)}}\n`;
const broken = "{\n";
const repository = (name: string, files: Record<string, string>) => {
  const at = join(root, name);
  for (const [path, text] of Object.entries(files)) write(join(at, path), text);
  git(at, "init", "-q", "-b", "main");
  git(at, "add", "-A");
  git(at, "commit", "-q", "-m", name);
  return at;
};
/** Runs `body` with these variables in the process's environment (undefined: unset), as a shell or a git hook would give them. */
const withProcessEnv = async <T>(vars: Record<string, string | undefined>, body: () => Promise<T>): Promise<T> => {
  const saved = Object.fromEntries(Object.keys(vars).map((name) => [name, process.env[name]]));
  const set = (values: Record<string, string | undefined>) => {
    for (const [name, value] of Object.entries(values)) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
  };
  set(vars);
  try {
    return await body();
  } finally {
    set(saved);
  }
};
const linted = async (cwd: string, argv: string[]) => {
  const run = await runCli(["-f", "json", "--kind", "orderCustomData", ...argv], { cwd });
  return { ...run, files: run.code === 2 ? [] : (JSON.parse(run.stdout) as { filePath: string }[]).map((r) => relative(cwd, r.filePath)).sort() };
};

// parent: ok.json, a .gitignore of `data/`, the submodule subm (data/bad.json, and the nested submodule inner).
const inner = repository("inner", { "a.json": note("a") });
const sub = repository("sub", { "data/bad.json": broken });
git(sub, "submodule", "add", "-q", inner, "inner");
git(sub, "commit", "-q", "-m", "inner");
const parent = repository("parent", { "ok.json": note("ok"), ".gitignore": "data/\n" });
git(parent, "tag", "before-subm");
git(parent, "submodule", "add", "-q", sub, "subm");
git(parent, "submodule", "update", "-q", "--init", "--recursive");
git(parent, "commit", "-q", "-m", "subm");
// The branch: a broken fixture in the nested submodule and one in subm, each committed and bumped; one more left untracked in subm.
git(parent, "checkout", "-q", "-b", "feature");
write(join(parent, "subm/inner/new.json"), broken);
git(join(parent, "subm/inner"), "add", "-A");
git(join(parent, "subm/inner"), "commit", "-q", "-m", "new");
write(join(parent, "subm/data/new.json"), broken);
git(join(parent, "subm"), "add", "-A");
git(join(parent, "subm"), "commit", "-q", "-m", "new, inner");
git(parent, "commit", "-q", "-am", "bump subm");
write(join(parent, "subm/data/loose.json"), broken);
const changedInSubm = ["subm/data/loose.json", "subm/data/new.json", "subm/inner/new.json"];

describe("a submodule", () => {
  it("is walked by its own .gitignore files: the parent's `data/` does not hide its data/bad.json", async () => {
    expect(await linted(parent, ["."])).toMatchObject({ code: 1, files: ["ok.json", "subm/data/bad.json", ...changedInSubm, "subm/inner/a.json"].sort() });
  });

  it("--changed-since lints what changed inside it (committed, nested, untracked), not the gitlink alone", async () => {
    expect(git(parent, "diff", "--name-only", "main")).toBe("subm\n");
    expect(await linted(parent, ["--changed-since", "main", "."])).toMatchObject({ code: 1, files: changedInSubm, stderr: "" });
  });

  it("in a git hook (GIT_INDEX_FILE set to the parent's index, relative or absolute), git in the submodule reads the submodule's own index", async () => {
    // A pre-commit hook gets GIT_INDEX_FILE=.git/index; `git commit -a`'s, the absolute path of the parent's index.lock.
    for (const index of [".git/index", join(parent, ".git/index")]) {
      const run = await withProcessEnv({ GIT_INDEX_FILE: index }, () => linted(parent, ["--changed-since", "main", "."]));
      expect(run).toMatchObject({ code: 1, files: changedInSubm, stderr: "" });
    }
  });

  it("added since the ref: every file in it is linted, and a note says why", async () => {
    const run = await linted(parent, ["--changed-since", "before-subm", "."]);
    expect(run).toMatchObject({ code: 1, files: ["subm/data/bad.json", ...changedInSubm, "subm/inner/a.json"].sort() });
    expect(run.stderr).toBe("oms-lint: --changed-since before-subm: the submodule subm changed, but what changed in it cannot be listed: it was added since; every file a walk finds in it is linted\n");
  });

  it("not checked out (a clone without --recurse-submodules): a note says its changes cannot be listed", async () => {
    const clone = join(root, "clone");
    execFileSync("git", ["clone", "-q", "--branch", "feature", parent, clone], { stdio: "pipe" });
    git(clone, "branch", "main", "origin/main");
    const run = await linted(clone, ["--changed-since", "main", "."]);
    expect(run).toMatchObject({ code: 0, files: [] });
    expect(run.stderr).toMatch(/^oms-lint: --changed-since main: the submodule subm changed, but what changed in it cannot be listed: it is not checked out \(git submodule update --init\);/);
  });

  it("at a commit its clone lacks (a shallow or unfetched submodule): every file in it is linted, and a note says why", async () => {
    // On a side branch, the ref's commit records subm at a commit no clone holds; the next records subm as it is.
    const absent = "1".repeat(40);
    git(parent, "checkout", "-q", "-b", "unfetched-side");
    try {
      git(parent, "update-index", "--cacheinfo", `160000,${absent},subm`);
      git(parent, "commit", "-q", "-m", "subm at a commit never fetched");
      git(parent, "tag", "unfetched");
      git(parent, "add", "subm");
      git(parent, "commit", "-q", "-m", "subm back");
      const run = await linted(parent, ["--changed-since", "unfetched", "."]);
      expect(run).toMatchObject({ code: 1, files: ["subm/data/bad.json", ...changedInSubm, "subm/inner/a.json"].sort() });
      expect(run.stderr).toBe(
        `oms-lint: --changed-since unfetched: the submodule subm changed, but what changed in it cannot be listed: its clone lacks the commit it was at, ${absent} (fetch it in the submodule); every file a walk finds in it is linted\n`,
      );
    } finally {
      git(parent, "checkout", "-q", "feature");
    }
  });

  it("one git refuses (dubious ownership): the note quotes git, escaped, rather than advise a fetch; every file in it is linted", async () => {
    // A git on PATH that refuses the submodule as git does a repository another user owns (safe.directory).
    const shim = join(root, "refusing-git");
    const realGit = execFileSync("sh", ["-c", "command -v git"], { encoding: "utf8" }).trim();
    const refusal = "fatal: detected dubious ownership in repository at '/x/subm'\\033[2J";
    write(join(shim, "git"), `#!/bin/sh\ncase "$(pwd)" in */subm) if [ "$1" = rev-parse ]; then printf "${refusal}\\nTo add an exception...\\n" >&2; exit 128; fi;; esac\nexec "${realGit}" "$@"\n`);
    chmodSync(join(shim, "git"), 0o755);
    const run = await withProcessEnv({ PATH: `${shim}:${process.env.PATH}` }, () => linted(parent, ["--changed-since", "main", "."]));
    expect(run).toMatchObject({ code: 1, files: ["subm/data/bad.json", ...changedInSubm, "subm/inner/a.json"].sort() });
    expect(run.stderr).toBe(
      "oms-lint: --changed-since main: the submodule subm changed, but what changed in it cannot be listed: git failed in it (fatal: detected dubious ownership in repository at '/x/subm'\\u001b[2J); every file a walk finds in it is linted\n",
    );
  });
});

describe("--changed-since in the repository of the path given", () => {
  const other = repository("other", { "old.json": note("old") });
  git(other, "checkout", "-q", "-b", "feature");
  write(join(other, "new.json"), broken);
  // An untracked repository in it, which git lists as `vendored/` and does not enter: every file in it is new.
  write(join(other, "vendored/deep/x.json"), broken);
  git(join(other, "vendored"), "init", "-q");

  it("a path in another repository is compared in that one, not in the working folder's", async () => {
    expect(await linted(parent, ["--changed-since", "main", "../other"])).toMatchObject({ code: 1, files: ["../other/new.json", "../other/vendored/deep/x.json"] });
  });

  // A work tree whose repository is held elsewhere (GIT_DIR and GIT_WORK_TREE), no .git in it: old.json committed, new.json and 20 more new.
  const work = join(root, "work-tree");
  const heldElsewhere = { GIT_DIR: join(root, "held-elsewhere.git"), GIT_WORK_TREE: work };
  write(join(work, "old.json"), note("old"));
  for (const args of [["init", "-q", "-b", "main"], ["add", "-A"], ["commit", "-q", "-m", "old"]]) {
    execFileSync("git", ["-c", "user.name=t", "-c", "user.email=t@example.test", ...args], { cwd: work, env: { ...process.env, ...heldElsewhere }, stdio: "pipe" });
  }
  write(join(work, "new.json"), broken);
  const many = Array.from({ length: 20 }, (_, i) => `many-${i}.json`);
  for (const name of many) write(join(work, name), note(name));

  it("a repository git finds through GIT_DIR and GIT_WORK_TREE (no .git in the tree) is asked as git finds it", async () => {
    expect(await withProcessEnv(heldElsewhere, () => linted(work, ["--changed-since", "main", "."]))).toMatchObject({ code: 1, files: ["new.json", ...many].sort() });
  });

  it("a path outside the work tree GIT_WORK_TREE names is in no repository (exit 2), as git refuses it", async () => {
    write(join(root, "elsewhere/new.json"), broken);
    const run = await withProcessEnv(heldElsewhere, () => linted(work, ["--changed-since", "main", "../elsewhere"]));
    expect(run).toMatchObject({ code: 2, stdout: "" });
    expect(run.stderr).toMatch(/^oms-lint: --changed-since main: "\.\.\/elsewhere" is in no git repository/);
  });

  it.each([
    ["both relative", "", { GIT_DIR: "held-elsewhere.git", GIT_WORK_TREE: "work-tree" }, "work-tree"],
    ["GIT_DIR absolute, GIT_WORK_TREE relative", "", { GIT_DIR: heldElsewhere.GIT_DIR, GIT_WORK_TREE: "work-tree" }, "work-tree"],
    ["both relative, from a folder below the top", "work-tree/deeper", { GIT_DIR: "../../held-elsewhere.git", GIT_WORK_TREE: ".." }, ".."],
  ])("GIT_DIR and GIT_WORK_TREE given relative (%s) are read from the working folder, as git reads them", async (_, at, vars, path) => {
    const cwd = join(root, at);
    mkdirSync(cwd, { recursive: true });
    const run = await withProcessEnv(vars, () => linted(cwd, ["--changed-since", "main", path]));
    expect(run).toMatchObject({ code: 1, files: ["new.json", ...many].map((name) => relative(cwd, join(work, name))).sort() });
  });

  it("GIT_DIR=../.git from a folder below a repository's top names that repository (git runs at the top)", async () => {
    const cwd = join(other, "empty");
    mkdirSync(cwd, { recursive: true });
    const run = await withProcessEnv({ GIT_DIR: "../.git", GIT_WORK_TREE: ".." }, () => linted(cwd, ["--changed-since", "main", ".."]));
    expect(run).toMatchObject({ code: 1, files: ["../new.json", "../vendored/deep/x.json"] });
  });

  it("git is asked once for the paths that share that repository, not once a path", async () => {
    // A git on PATH that logs each run, then runs the real one.
    const shim = join(root, "git-shim");
    const log = join(shim, "calls.log");
    const realGit = execFileSync("sh", ["-c", "command -v git"], { encoding: "utf8" }).trim();
    write(join(shim, "git"), `#!/bin/sh\necho "$*" >> "${log}"\nexec "${realGit}" "$@"\n`);
    chmodSync(join(shim, "git"), 0o755);
    const gitRuns = async (paths: string[]) => {
      rmSync(log, { force: true });
      const run = await withProcessEnv({ ...heldElsewhere, PATH: `${shim}:${process.env.PATH}` }, () => linted(work, ["--changed-since", "main", ...paths]));
      expect(run).toMatchObject({ code: 0, files: [...paths].sort() });
      return readFileSync(log, "utf8").trim().split("\n");
    };
    const one = await gitRuns(many.slice(0, 1));
    expect(one.length).toBeLessThanOrEqual(5);
    expect(await gitRuns(many)).toHaveLength(one.length);
  });

  it("a ref that repository lacks, or a path in no repository, is a usage error that says which (exit 2)", async () => {
    const missing = await linted(parent, ["--changed-since", "no-such-ref", "../other"]);
    expect(missing).toMatchObject({ code: 2, stdout: "" });
    expect(missing.stderr).toMatch(/^oms-lint: --changed-since no-such-ref \(in the git repository \.\.\/other\): .*no-such-ref/);
    const outside = mkdtempSync(join(tmpdir(), "oms-lint-no-repository-"));
    try {
      write(join(outside, "x.json"), note("x"));
      const run = await linted(parent, ["--changed-since", "main", outside]);
      expect(run).toMatchObject({ code: 2, stdout: "" });
      expect(run.stderr).toBe(`oms-lint: --changed-since main: "${outside}" is in no git repository (no folder holding .git above it, and git finds none that holds it), so git cannot tell what changed there\n`);
    } finally {
      rmSync(outside, { recursive: true, force: true });
    }
  });
});
