import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startCappedCli, type CappedCli } from "../support/cappedCli.js";
import { runCli } from "../support/cli.js";
import { fixedSizeMessage, tooLargeWording } from "../../src/source/fileSize.js";

const dir = mkdtempSync(join(tmpdir(), "oms-lint-readers-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
writeFileSync(join(dir, "record.json"), JSON.stringify({ name: "color", value: "red" }));
execFileSync("mkfifo", [join(dir, "pipe.json")]);

describe("every reader is the payload reader", () => {
  it("--existing naming a FIFO or a device is refused at once (exit 2), not waited on or read for ever", async () => {
    for (const existing of ["pipe.json", "/dev/zero"]) {
      const run = await runCli(["--existing", existing, "record.json"], { cwd: dir });
      expect(run).toEqual({ code: 2, stdout: "", stderr: `oms-lint: cannot read --existing ${existing}: it is not a regular file (a device, pipe or socket)\n` });
    }
  });

  it("--existing past --max-file-size is refused unread, saying how to raise the limit", async () => {
    const run = await runCli(["--max-file-size", "10", "--existing", "record.json", "record.json"], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^oms-lint: cannot read --existing record\.json: the file is \d+ bytes, more than the 10 bytes oms-lint reads/);
  });
});

/**
 * A file that reports size 0 (procfs, sysfs, FUSE) is read no further than one page past the
 * limit, then refused as a larger file is (found by the data-safety audit: each of these read
 * /proc/self/pagemap, terabytes, until killed). Linux alone has /proc/self/pagemap; the runs
 * in one process held to 3 GB (test/support/cappedCli.ts), for the bug read without end: one
 * Node start and one load of the CLI, not five (a process a run cost ~0.3 CPU-s each).
 */
const pagemap = "/proc/self/pagemap";
const noPagemap = existsSync(pagemap) ? undefined : "there is no /proc/self/pagemap (Linux only)";
describe.skipIf(noPagemap !== undefined)(`a file that reports size 0 and never ends (${pagemap})${noPagemap ? `: skipped, ${noPagemap}` : ""}`, () => {
  // The runs that lower the limit (--max-file-size 1MB) are told it is the limit set, not that no payload is this large.
  const pastLimit = (limit: number, message = tooLargeWording("set")) => message(undefined, limit);
  const mib64 = 64 * 1024 * 1024;
  // The readers a flag limits, held to 1 MB: --existing and split as the lint is (64 MiB of
  // pagemap cost ~0.3 CPU-s a read). The config and the suppressions file, which no flag raises,
  // are read to the default.
  const mib = 1024 * 1024;
  let capped: CappedCli;
  beforeAll(() => {
    capped = startCappedCli();
  });
  afterAll(() => capped.close());
  it.each([
    { name: "linted: one fatal message, exit 1", argv: ["--max-file-size", "1MB", "--format", "json", pagemap], code: 1, stderr: "" },
    // The config is named from the working folder, as every config is.
    { name: "--config", argv: ["--config", pagemap, "record.json"], code: 2, stderr: `oms-lint: cannot read the config file ${relative(dir, pagemap)}: ${pastLimit(mib64, fixedSizeMessage("config file"))}\n` },
    {
      name: "--suppressions-location",
      argv: ["--suppressions-location", pagemap, "record.json"],
      code: 2,
      stderr: `oms-lint: cannot read the suppressions file ${pagemap}: ${pastLimit(mib64, fixedSizeMessage("suppressions file"))}\n`,
    },
    { name: "--existing", argv: ["--max-file-size", "1MB", "--existing", pagemap, "record.json"], code: 2, stderr: `oms-lint: cannot read --existing ${pagemap}: ${pastLimit(mib)}\n` },
    // --out-dir: a /proc input's children have no folder of their own to go beside it (test/cli/streamNames.test.ts).
    { name: "split", argv: ["split", "--max-file-size", "1MB", "--out-dir", "children", pagemap], code: 1, stderr: `oms-lint split: ${pagemap}: ${pastLimit(mib)}\n` },
  ])("$name: refused as a file past the limit, its size unknown", async ({ argv, code, stderr }) => {
    const run = await capped.run(argv, dir);
    expect({ code: run.code, stderr: run.stderr }).toEqual({ code, stderr });
    if (argv.includes("json")) {
      expect(JSON.parse(run.stdout)).toEqual([expect.objectContaining({ filePath: pagemap, messages: [expect.objectContaining({ ruleId: "parse", fatal: true, message: pastLimit(mib) })] })]);
    }
  });
});

// Standard error that cannot be written (2>/dev/full): only a process shows it, test/cli/process.test.ts.
