import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { runCli } from "../support/cli.js";

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

// Standard error that cannot be written (2>/dev/full): only a process shows it, test/cli/process.test.ts.
