import { mkdirSync, realpathSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "../support/cli.js";
import { scratchFolders } from "../support/scratchFolders.js";

/**
 * A name that reaches /dev/stdin only when `..` is read as text: `nope/../../../dev/stdin`, where
 * `nope` is not there (or is a file, `h1.http/../…`), is ENOENT (ENOTDIR) to the kernel, and to
 * `cat`; oms-lint said `is not a file or a folder (a device, pipe or socket)`, and --fix `is a
 * stream or a device`, of a file that is not there. Each is now not found.
 */
const folder = scratchFolders("stream-missing-folder");

/** The `../` that climb from the real `dir` to the root, then `dev/stdin`. */
const toStdin = (dir: string) => `${"../".repeat(realpathSync(dir).split("/").length - 1)}dev/stdin`;

describe.skipIf(process.platform === "win32")("a name whose folder is not there, or is a file, read as the kernel reads it", () => {
  const cases = [
    ["a folder that is not there", (dir: string) => `nope/../${toStdin(dir)}`],
    ["a file used as a folder", (dir: string) => `h1.http/../${toStdin(dir)}`],
  ] as const;

  it.each(cases)("through %s, linting it says it was not found", async (_name, named) => {
    const dir = folder({ "h1.http": "GET /\n" });
    const name = named(dir);
    const run = await runCli(["--no-config", name], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(`oms-lint: no file or folder "${name}" was found\n`);
  });

  it.each(cases)("through %s, --fix says it was not found, not that it is a stream", async (_name, named) => {
    const dir = folder({ "h1.http": "GET /\n" });
    const name = named(dir);
    const run = await runCli(["--no-config", "--fix", name], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(`oms-lint: no file or folder "${name}" was found\n`);
  });

  it("through a folder that is there, --fix still refuses /dev/stdin as a stream", async () => {
    const dir = folder({});
    mkdirSync(join(dir, "real"));
    const name = `real/../${toStdin(dir)}`;
    const run = await runCli(["--no-config", "--fix", name], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`--fix writes files; ${name} is a stream or a device`);
  });
});
