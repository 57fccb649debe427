import { spawnSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { repoRoot, runCli } from "../support/cli.js";
import { scratchFolders } from "../support/scratchFolders.js";

/**
 * --fix-dry-run names a file outside the working folder by its absolute path (`--- a//tmp/…/w/out.json`),
 * which `git apply` refuses ("invalid path") where README said "git apply takes it" (split audit);
 * `../out.json` it refuses too. Both are taken with --unsafe-paths: the run now says so on stderr,
 * and README says so.
 */
const folder = scratchFolders("fix-outside-diff");

const example = readFileSync(join(repoRoot, "examples/createOrder.json"), "utf8");
/** The example with a read-only shipping field, which the fix removes. */
const fixable = example.replace(`"shippingType": "standard",`, `"shippingType": "standard",\n    "price": 5.99,`);

/** `git apply` of a patch, run in `cwd` (no repository there: git applies it as patch(1) would). */
const gitApply = (args: readonly string[], cwd: string) => spawnSync("git", ["apply", ...args], { cwd, encoding: "utf8", env: { ...process.env, GIT_CEILING_DIRECTORIES: cwd } });

describe("--fix-dry-run of a file outside the working folder", () => {
  it("notes on stderr that git apply needs --unsafe-paths, and with it the diff applies", async () => {
    const dir = folder({ "w/out.json": fixable, "w/sub/.keep": "" });
    const sub = join(dir, "w", "sub");
    const run = await runCli(["--fix-dry-run", "--kind", "createOrder", "../out.json"], { cwd: sub });
    expect(run.stdout).toMatch(/^--- a\/\//);
    expect(run.stderr).toContain(
      `oms-lint: note: the diff names ${join(dir, "w", "out.json")} by its absolute path, outside the working folder: git apply refuses such a path ("invalid path") unless given --unsafe-paths (git apply --unsafe-paths <patch>;`,
    );
    const patch = join(dir, "fixes.patch");
    writeFileSync(patch, run.stdout);
    expect(gitApply([patch], sub).status).not.toBe(0);
    const applied = gitApply(["--unsafe-paths", patch], sub);
    expect(applied.stderr).toBe("");
    expect(applied.status).toBe(0);
    expect(readFileSync(join(dir, "w", "out.json"), "utf8")).toBe(example);
  });

  it("says nothing of it for a file inside the working folder, whose diff git apply takes as it is", async () => {
    const dir = folder({ "w/out.json": fixable });
    const w = join(dir, "w");
    const run = await runCli(["--fix-dry-run", "--kind", "createOrder", "out.json"], { cwd: w });
    expect(run.stderr).not.toContain("--unsafe-paths");
    writeFileSync(join(dir, "fixes.patch"), run.stdout);
    expect(gitApply([join(dir, "fixes.patch")], w).status).toBe(0);
    expect(readFileSync(join(w, "out.json"), "utf8")).toBe(example);
  });
});

