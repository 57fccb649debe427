import { execFileSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { runCli } from "../support/cli.js";

/**
 * Found by the CI audit: in a `git clone --depth 1 --branch feat` clone, `--changed-since main`
 * advised `git fetch --depth=1 origin main`, which writes FETCH_HEAD alone, so the same error
 * followed; `--changed-since release/2.0` advised `git fetch --depth=1 release 2.0:…`, which git
 * refuses ("'release' does not appear to be a git repository"). Here the advice is followed as
 * written, by sh and git, in a shallow clone of a bare repository over file://, and the run it
 * names must then find the ref.
 */

const root = mkdtempSync(join(tmpdir(), "oms-lint-shallow-advice-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const work = join(root, "work");
const bare = join(root, "bare.git");
const git = (cwd: string, ...args: string[]) => execFileSync("git", ["-c", "user.name=t", "-c", "user.email=t@example.test", ...args], { cwd, stdio: "pipe", encoding: "utf8" });
const note = (value: string) => `{"name": "note", "value": ${JSON.stringify(value)}}\n`;

mkdirSync(work);
writeFileSync(join(work, "a.json"), note("a0"));
git(work, "init", "-q", "-b", "main");
git(work, "add", ".");
git(work, "commit", "-q", "-m", "a0");
writeFileSync(join(work, "a.json"), note("a"));
git(work, "commit", "-q", "-am", "a");
git(work, "tag", "v1");
git(work, "branch", "release/2.0");
git(work, "checkout", "-q", "-b", "feat");
writeFileSync(join(work, "a.json"), note("a on feat"));
git(work, "commit", "-q", "-am", "feat");
git(root, "clone", "-q", "--bare", work, bare);
// The depth-1 clone of feat, made once: each test runs in a copy of its files (the fetch a test
// is advised changes its clone), not in a clone of its own (17 clones, ~25 ms of CPU each in git's processes).
const shallow = join(root, "shallow");
git(root, "clone", "-q", "--depth", "1", "--branch", "feat", `file://${bare}`, shallow);
/** A fresh copy of the depth-1 clone of feat. */
function freshClone(): string {
  const clone = mkdtempSync(join(root, "clone-"));
  cpSync(shallow, clone, { recursive: true });
  return clone;
}

/** `--changed-since <ref>` in a fresh copy of the depth-1 clone of feat: its advice, that advice run by sh, then the run it names. */
async function followAdvice(ref: string) {
  const clone = freshClone();
  const lint = (since: string) => runCli(["-f", "json", "--kind", "orderCustomData", "--changed-since", since, "."], { cwd: clone });
  const refused = await lint(ref);
  expect(refused.code, refused.stderr).toBe(2);
  const advice = /fetch it first \((git fetch [^,)]+)(?:, then --changed-since (\S+?))?\)/.exec(refused.stderr);
  expect(advice, refused.stderr).not.toBeNull();
  execFileSync("sh", ["-c", advice![1]!], { cwd: clone, stdio: "pipe" });
  const next = await lint(advice![2] ?? ref);
  return { stderr: refused.stderr, fetch: advice![1], since: advice![2] ?? ref, next };
}

describe("--changed-since in a shallow clone that lacks the ref: the advice, followed verbatim, makes the next run work", () => {
  it.each([
    ["main", "origin/main"],
    ["v1", "origin/v1"],
    ["release/2.0", "origin/release/2.0"],
    // A remote's branch: the remote is one `git remote` lists, and the ref is kept as given.
    ["origin/release/2.0", "origin/release/2.0"],
  ])("%s", async (ref, since) => {
    const run = await followAdvice(ref);
    expect(run.next.stderr).not.toMatch(/this clone has no commit/);
    expect(run.next.code, run.next.stderr).toBe(0);
    expect(run.since).toBe(since);
  });
});

/**
 * A revision that walks back from a name, or a commit's hash, cannot be fetched by name: in a
 * depth-1 clone, `--changed-since HEAD~1` advised `git fetch --depth=1 origin
 * HEAD~1:refs/remotes/origin/HEAD~1`, which git refuses ("fatal: invalid refspec"). The advice
 * now deepens the clone (the walk's length and one more), fetches the name it starts from that
 * deep, or unshallows it; followed verbatim, the next run finds the commit.
 */
describe("--changed-since a revision that walks back, or a commit's hash, in a shallow clone: the advice deepens it", () => {
  const main = git(work, "rev-parse", "main").trim();
  it.each([
    ["HEAD~1", "git fetch --deepen=2 origin", "HEAD~1"],
    ["HEAD^", "git fetch --deepen=2 origin", "HEAD^"],
    ["HEAD~2", "git fetch --deepen=3 origin", "HEAD~2"],
    ["HEAD^1~1", "git fetch --deepen=3 origin", "HEAD^1~1"],
    ["HEAD~1^{commit}", "git fetch --unshallow origin", "HEAD~1^{commit}"],
    ["main~1", "git fetch --depth=2 origin main:refs/remotes/origin/main", "origin/main~1"],
    ["origin/main~1", "git fetch --depth=2 origin main:refs/remotes/origin/main", "origin/main~1"],
    [main, "git fetch --unshallow origin", main],
    [main.slice(0, 7), "git fetch --unshallow origin", main.slice(0, 7)],
    [`${main.slice(0, 7)}~1`, "git fetch --unshallow origin", `${main.slice(0, 7)}~1`],
  ])("%s", async (ref, fetch, since) => {
    const run = await followAdvice(ref);
    expect(run.fetch).toBe(fetch);
    expect(run.since).toBe(since);
    expect(run.next.stderr).not.toMatch(/this clone has no commit/);
    expect(run.next.code, run.next.stderr).toBe(0);
  });
});

/**
 * A shallow clone with no remote (`git remote remove origin`) has nowhere to fetch from: the
 * advice named `origin` all the same (`git fetch --depth=1 origin v1:…`, "'origin' does not
 * appear to be a git repository"). It now says the clone has no remote, and advises no fetch.
 */
describe("--changed-since in a shallow clone with no remote", () => {
  it.each(["v1", "main", "HEAD~1"])("%s: says there is no remote to fetch from, and names no fetch", async (ref) => {
    const clone = freshClone();
    git(clone, "remote", "remove", "origin");
    const run = await runCli(["-f", "json", "--kind", "orderCustomData", "--changed-since", ref, "."], { cwd: clone });
    expect(run.code, run.stderr).toBe(2);
    expect(run.stderr).toMatch(new RegExp(`no commit ${ref.replace(/[~^]/g, "\\$&")}: it is a shallow clone .*with no remote to fetch it from`));
    expect(run.stderr).not.toMatch(/git fetch|origin/);
  });
});
