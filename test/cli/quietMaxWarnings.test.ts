import { describe, expect, it } from "vitest";
import { repoRoot, runCli } from "../support/cli.js";

// Found by the audit of the fixture-set features (issue 18): `--quiet --max-warnings 0` over a
// file with two warnings exited 0, as --quiet dropped the warnings before they were counted.
// ESLint counts them from the unfiltered results (lib/cli.js: "Errors and warnings from the
// original unfiltered results should determine the exit code"): --quiet hides them from the
// report, not from the budget.

const file = "examples/importOrder.json";
const warnings = 2;

describe("--quiet with --max-warnings counts the warnings it does not show", () => {
  it("the example holds exactly two warnings and no error", async () => {
    const run = await runCli(["-f", "compact", file], { cwd: repoRoot });
    expect(run.code).toBe(0);
    expect(run.stdout.match(/: warning /g)).toHaveLength(warnings);
    expect(run.stdout).not.toMatch(/: error /);
  });

  it.each([0, 1, 2, 3])("--quiet --max-warnings %i: exit 1 exactly when the two warnings pass the budget, none shown", async (max) => {
    const run = await runCli(["--quiet", "--max-warnings", String(max), "-f", "compact", file], { cwd: repoRoot });
    expect(run.stdout).toBe("");
    if (max < warnings) {
      expect(run.code).toBe(1);
      expect(run.stderr).toBe(`oms-lint found too many warnings (${warnings}; maximum: ${max})\n`);
    } else {
      expect(run).toMatchObject({ code: 0, stderr: "" });
    }
  });

  it("the junit report's --max-warnings case fails as the exit does", async () => {
    const run = await runCli(["--quiet", "--max-warnings", "0", "-f", "junit", file], { cwd: repoRoot });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(`oms-lint found too many warnings (${warnings}; maximum: 0)`);
  });

  it("--quiet alone passes (no budget, warnings hidden)", async () => {
    expect(await runCli(["--quiet", "-f", "compact", file], { cwd: repoRoot })).toMatchObject({ code: 0, stdout: "" });
  });
});
