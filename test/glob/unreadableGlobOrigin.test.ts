import { afterAll, describe, expect, it } from "vitest";
import { scratch } from "../hostile/support.js";
import { positionOf, runCli } from "../support/cli.js";

/**
 * Audit of 1c5f7c3e..c0e2eed0: a config glob that would not compile was reported as
 * `oms-lint: the glob "…" cannot be matched: …`, naming neither the config file nor its key,
 * and 3,000 nested `@(` as "Maximum call stack size exceeded" (our own parser's stack).
 */
const huge = "{1..100000..2}{1..100000..2}.json";

describe("a glob that cannot be matched is reported where it came from", () => {
  const folder = scratch("unreadable-glob-origin");
  afterAll(folder.remove);
  folder.write("repo/a.json", "{}\n");
  const repo = folder.path("repo");

  it.each([
    ["ignores[1]", { ignores: ["x/**", huge] }],
    ["files[0].glob", { files: [{ glob: huge, kind: "createOrder" }] }],
    ["overrides[0].files[1]", { overrides: [{ files: ["a.json", huge], rules: {} }] }],
  ])("a config's %s: the file, the glob's position and its key", async (key, config) => {
    const text = JSON.stringify(config, null, 2);
    folder.write("repo/oms-lint.config.json", text);
    const { line, column } = positionOf(text, JSON.stringify(huge));
    const run = await runCli(["."], { cwd: repo });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`oms-lint: oms-lint.config.json:${line}:${column}: ${key}: the glob "${huge}" cannot be matched`);
  });

  it("--ignore-pattern", async () => {
    folder.write("repo/oms-lint.config.json", "{}");
    const run = await runCli(["--ignore-pattern", "ok/**", "--ignore-pattern", huge, "."], { cwd: repo });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`oms-lint: --ignore-pattern: the glob "${huge}" cannot be matched`);
  });

  it("1,001 nested extglobs: nested too deeply, by the reader's count, not its stack", async () => {
    folder.write("repo/oms-lint.config.json", "{}");
    const deep = `${"@(".repeat(1001)}*a*a*a*a${")".repeat(1001)}`;
    const run = await runCli(["--ignore-pattern", deep, "."], { cwd: repo });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/cannot be matched: .*nested too deeply/);
    expect(run.stderr).not.toContain("call stack");
  });
});
