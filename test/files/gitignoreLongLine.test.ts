import { execFileSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { scratch } from "../hostile/support.js";
import { runCli } from "../support/cli.js";
import { gitIgnored } from "../support/gitIgnored.js";

/**
 * Re-read of the fortieth stop: a .gitignore line past what oms-lint's glob matcher compiles
 * (`*a` forty thousand times over, past picomatch's 65,536 characters) stopped the whole run,
 * exit 2, with "the glob "**\/*a*a…" cannot be matched", a glob the user never wrote, naming no
 * .gitignore. git reads the line; oms-lint now reads it as matching nothing and lints on (failing open).
 */
describe("a .gitignore line too long to compile", () => {
  it("is read as matching nothing: the run lints the folder, and git keeps the same files", async () => {
    const repo = scratch("gitignore-long-line");
    try {
      execFileSync("git", ["init", "-q"], { cwd: repo.dir });
      repo.write(".gitignore", `${"*a".repeat(40000)}\n`);
      repo.write("orders/x.json", "{}");
      const run = await runCli(["--format", "json", "."], { cwd: repo.dir });
      expect(run.stderr).not.toContain("cannot be matched");
      expect(run.code).not.toBe(2);
      const linted = (JSON.parse(run.stdout) as { filePath: string }[]).map(({ filePath }) => filePath.replace(/\\/g, "/"));
      expect(linted.some((path) => path.endsWith("orders/x.json"))).toBe(true);
      expect(gitIgnored(repo.dir, ["orders/x.json"]).size).toBe(0);
    } finally {
      repo.remove();
    }
  });

  it("fails open: a line git applies is read as matching nothing, so the run lints what git ignores (a difference the README lists)", async () => {
    const repo = scratch("gitignore-long-stars");
    try {
      execFileSync("git", ["init", "-q"], { cwd: repo.dir });
      repo.write(".gitignore", `${"*".repeat(70000)}.json\n`);
      repo.write("orders/x.json", "{}");
      expect(gitIgnored(repo.dir, ["orders/x.json"])).toEqual(new Set(["orders/x.json"]));
      const run = await runCli(["--format", "json", "."], { cwd: repo.dir });
      expect(run.code).not.toBe(2);
      const linted = (JSON.parse(run.stdout) as { filePath: string }[]).map(({ filePath }) => filePath.replace(/\\/g, "/"));
      expect(linted.some((path) => path.endsWith("orders/x.json"))).toBe(true);
    } finally {
      repo.remove();
    }
  });
});
