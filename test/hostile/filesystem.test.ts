import { spawnSync } from "node:child_process";
import { mkdirSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { afterAll, describe, expect, it } from "vitest";
import { emptyConfig } from "../../src/config/config.js";
import { lintFile } from "../../src/cli/lintFile.js";
import type { LintRun } from "../../src/lint/lintRun.js";
import { byFile, expectFatal, hostileRun, scratch } from "./support.js";

/**
 * SPEC §6, files that cannot be read: permission denied, broken symbolic links, link loops,
 * a folder named as a file, devices and pipes, a glob that matches nothing. A file named or
 * found that cannot be read is one fatal message (exit 1); a name that leads nowhere is a
 * usage error (exit 2). Nothing hangs on a pipe or reads /dev/zero for ever.
 */

const payload = '{"name": "gift note", "value": "Happy birthday"}';
const run: LintRun = { config: emptyConfig("/"), rules: {} };

const folder = scratch("filesystem");
afterAll(folder.remove);
folder.write("tree/good.json", payload);
symlinkSync("missing.json", folder.path("tree/broken-link.json"));
symlinkSync("loop-b.json", folder.path("tree/loop-a.json"));
symlinkSync("loop-a.json", folder.path("tree/loop-b.json"));
symlinkSync("self.json", folder.path("tree/self.json"));
symlinkSync("/dev/zero", folder.path("tree/zero.json"));
symlinkSync("..", folder.path("tree/up.json"));
mkdirSync(folder.path("tree/folder.json"));
mkdirSync(folder.path("empty-folder.json"));
const hasFifo = spawnSync("mkfifo", [folder.path("tree/pipe.json")]).status === 0;

describe("unreadable files, links, folders, devices and pipes in a folder (SPEC §6)", async () => {
  const json = await hostileRun(["--format", "json", "tree"], { cwd: folder.dir });
  const results = byFile(json.results, folder.dir);

  it("exit 1: each unreadable file is one fatal message, the good one is linted, nothing hangs", () => {
    expect(json.code).toBe(1);
    expect(json.stderr).toBe("");
    expect(results.get("tree/good.json")).toMatchObject({ kind: "orderCustomData", messages: [] });
    // Links to folders are not followed, and a folder is not a file.
    expect(results.has("tree/up.json")).toBe(false);
    expect(results.has("tree/folder.json")).toBe(false);
  });

  it.each([
    ["tree/broken-link.json", /^cannot read the file: it is a broken symbolic link \(what it points to does not exist\) \(ENOENT\)$/],
    ["tree/loop-a.json", /^cannot read the file: a loop of symbolic links \(ELOOP\)$/],
    ["tree/self.json", /ELOOP/],
    ["tree/zero.json", /^cannot read the file: it is not a regular file \(a device, pipe or socket\)$/],
  ])("%s: one fatal message at 1:1", (name, message) => {
    expectFatal(results.get(name), { message, line: 1, column: 1 });
    expectFatal(lintFile(folder.path(name), run), { message, line: 1, column: 1 });
  });

  // Found by the audit of the CLI surfaces: a file removed while the run went on was asked to be "a broken symbolic link?".
  it("a file found, then removed before it is read: said to be gone, not to be a broken link", () => {
    const gone = folder.write("tree/removed.json", payload);
    rmSync(gone);
    const message = "cannot read the file: it no longer exists (removed after the run found it?) (ENOENT)";
    expectFatal(lintFile(gone, run), { message: new RegExp(`^${message.replace(/[()?]/g, "\\$&")}$`), line: 1, column: 1 });
    expect(lintFile(gone, run).messages[0]!.message).not.toMatch(/symbolic link/);
  });

  it.skipIf(!hasFifo)("a named pipe in a folder: refused, without waiting for a writer", () => {
    expectFatal(results.get("tree/pipe.json"), { message: /not a regular file/, line: 1, column: 1 });
    expectFatal(lintFile(folder.path("tree/pipe.json"), run), { message: /not a regular file/ });
  });

  it("named outright: broken links and loops are linted (exit 1); a pipe or device is a usage error (exit 2)", async () => {
    const named = await hostileRun(["--format", "json", "tree/broken-link.json", "tree/loop-a.json"], { cwd: folder.dir });
    expect(named.code).toBe(1);
    expect(named.results!.map((r) => r.messages[0]!.message)).toEqual([expect.stringMatching(/ENOENT/), expect.stringMatching(/ELOOP/)]);
    for (const device of ["/dev/null", "/dev/zero", ...(hasFifo ? ["tree/pipe.json"] : [])]) {
      const refused = await hostileRun([device], { cwd: folder.dir });
      expect(refused.code).toBe(2);
      expect(refused.stderr).toMatch(/is not a file or a folder \(a device, pipe or socket\)/);
    }
  });
});

describe("names that lead nowhere: exit 2 with one line", () => {
  it.each([
    [["missing.json"], /^oms-lint: no file or folder "missing\.json" was found$/],
    [["nothing/**/*.json"], /^oms-lint: no files match the pattern "nothing\/\*\*\/\*\.json"$/],
    [["tree/*.yaml"], /^oms-lint: no files match the pattern "tree\/\*\.yaml"$/],
    [["empty-folder.json"], /^oms-lint: the folder "empty-folder\.json" holds no files to lint$/],
    // A name past the 255 bytes Linux file systems give one (ENAMETOOLONG) names no file that can be there (review of aae7c8cb).
    [[`${"n".repeat(300)}.json`], /^oms-lint: no file or folder "n{300}\.json" was found$/],
  ])("%j", async (args, message) => {
    const named = await hostileRun(args, { cwd: folder.dir });
    expect(named.code).toBe(2);
    expect(named.stderr.trimEnd()).toMatch(message);
  });

  // Found by the audit of the CI surface: such a file was said not to exist.
  it("a file whose name is not UTF-8: found by the walk, and its message says why it cannot be opened, not that it does not exist", async () => {
    folder.write("latin1/ok.json", payload);
    writeFileSync(Buffer.concat([Buffer.from(folder.path("latin1/caf")), Buffer.from([0xe9]), Buffer.from(".json")]), payload);
    const run = await hostileRun(["--format", "json", "latin1"], { cwd: folder.dir });
    expect(run.code).toBe(1);
    const results = byFile(run.results, folder.dir);
    // Its bytes that break UTF-8 are shown as \xNN (two such names stay two: test/cli/undecodableNames.test.ts).
    expect([...results.keys()]).toEqual(["latin1/caf\\xe9.json", "latin1/ok.json"]);
    expectFatal(results.get("latin1/caf\\xe9.json"), { message: /^cannot read the file: its path is not valid UTF-8 .*rename the file$/ });
    expect(results.get("latin1/ok.json")!.messages).toEqual([]);
  });

  // Found by the input audit: a file there, named outright by a path past the system's limit
  // (PATH_MAX, 4096 bytes on Linux), was said to be "not found" (exit 2), as a typo is.
  it("a file named outright by a path too long to open: its message says so (exit 1), not that it does not exist", async () => {
    const deep = scratch("long-path");
    try {
      const part = "d".repeat(250);
      // Made one folder at a time from inside the last: no system call takes the whole path.
      const script = 'const fs = require("node:fs"); const [dir, part, text] = process.argv.slice(1); process.chdir(dir); for (let i = 0; i < 18; i++) { fs.mkdirSync(part); process.chdir(part); } fs.writeFileSync("a.json", text);';
      const made = spawnSync(process.execPath, ["-e", script, deep.dir, part, payload]);
      expect(made.status).toBe(0);
      const named = `${`${part}/`.repeat(18)}a.json`;
      const run = await hostileRun(["--format", "json", named], { cwd: deep.dir });
      expect(run.code).toBe(1);
      expectFatal(run.results![0], { message: /^cannot read the file: its name is too long \(ENAMETOOLONG\)$/ });
    } finally {
      // rm walks into the tree; a removal by whole paths would fail past the same limit.
      spawnSync("rm", ["-rf", deep.dir]);
    }
  });

  it("a folder named like a file is a folder: its files are linted", async () => {
    folder.write("orders.json/a.json", payload);
    const named = await hostileRun(["--format", "json", "orders.json"], { cwd: folder.dir });
    expect(named.code).toBe(0);
    expect(named.results!.map((r) => r.filePath)).toEqual([folder.path("orders.json/a.json")]);
  });
});

// Permission denied: a real unreadable file and config, as a user without root's override, in
// test/cli/process.test.ts (no mock of node:fs here: this file shares its thread's module graph).
