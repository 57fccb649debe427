import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, openSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { runInProcess } from "../support/runInProcess.js";

const dir = mkdtempSync(join(tmpdir(), "oms-lint-readers-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
writeFileSync(join(dir, "record.json"), JSON.stringify({ name: "color", value: "red" }));
execFileSync("mkfifo", [join(dir, "pipe.json")]);

describe("every reader is the payload reader", () => {
  it("--existing naming a FIFO or a device is refused at once (exit 2), not waited on or read for ever", async () => {
    for (const existing of ["pipe.json", "/dev/zero"]) {
      const run = await runInProcess(["--existing", existing, "record.json"], { cwd: dir });
      expect(run).toEqual({ code: 2, stdout: "", stderr: `oms-lint: cannot read --existing ${existing}: it is not a regular file (a device, pipe or socket)\n` });
    }
  });

  it("--existing past --max-file-size is refused unread, saying how to raise the limit", async () => {
    const run = await runInProcess(["--max-file-size", "10", "--existing", "record.json", "record.json"], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^oms-lint: cannot read --existing record\.json: the file is \d+ bytes, more than the 10 bytes oms-lint reads/);
  });
});

const bin = fileURLToPath(new URL("../../bin/oms-lint.js", import.meta.url));

describe("standard error that cannot be written", () => {
  // Only a process shows this: its own stderr is /dev/full (every write fails with ENOSPC).
  it("`oms-lint --bogus 2>/dev/full` exits 2, without Node's unhandled 'error' event", () => {
    const full = openSync("/dev/full", "w");
    const run = spawnSync(process.execPath, [bin, "--bogus"], { stdio: ["ignore", "pipe", full], encoding: "utf8", timeout: 60_000 });
    expect(run.status).toBe(2);
    expect(run.stdout).toBe("");
  });
});
