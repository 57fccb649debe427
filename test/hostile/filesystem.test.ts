import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import { chmodSync, mkdirSync, symlinkSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it, vi } from "vitest";
import { emptyConfig } from "../../src/config/config.js";
import { lintFile, type LintRun } from "../../src/cli/lintFile.js";
import { byFile, expectFatal, hostileRun, scratch } from "./support.js";

// openSync stays the real one unless a test makes it fail once (permission denied, as root).
vi.mock("node:fs", async (importOriginal) => {
  const real = await importOriginal<typeof import("node:fs")>();
  return { ...real, openSync: vi.fn(real.openSync) };
});

/**
 * SPEC §5, files that cannot be read: permission denied, broken symbolic links, link loops,
 * a folder named as a file, devices and pipes, a glob that matches nothing. A file named or
 * found that cannot be read is one fatal message (exit 1); a name that leads nowhere is a
 * usage error (exit 2). Nothing hangs on a pipe or reads /dev/zero for ever.
 */

const bin = fileURLToPath(new URL("../../bin/oms-lint.js", import.meta.url));
const payload = '{"name": "gift note", "value": "Happy birthday"}';
const isRoot = process.getuid?.() === 0;
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

describe("unreadable files, links, folders, devices and pipes in a folder (SPEC §5)", () => {
  const json = hostileRun(["--format", "json", "tree"], { cwd: folder.dir });
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
    ["tree/broken-link.json", /^cannot read the file: it does not exist \(a broken symbolic link\?\) \(ENOENT\)$/],
    ["tree/loop-a.json", /^cannot read the file: a loop of symbolic links \(ELOOP\)$/],
    ["tree/self.json", /ELOOP/],
    ["tree/zero.json", /^cannot read the file: it is not a regular file \(a device, pipe or socket\)$/],
  ])("%s: one fatal message at 1:1", (name, message) => {
    expectFatal(results.get(name), { message, line: 1, column: 1 });
    expectFatal(lintFile(folder.path(name), run), { message, line: 1, column: 1 });
  });

  it.skipIf(!hasFifo)("a named pipe in a folder: refused, without waiting for a writer", () => {
    expectFatal(results.get("tree/pipe.json"), { message: /not a regular file/, line: 1, column: 1 });
    expectFatal(lintFile(folder.path("tree/pipe.json"), run), { message: /not a regular file/ });
  });

  it("named outright: broken links and loops are linted (exit 1); a pipe or device is a usage error (exit 2)", () => {
    const named = hostileRun(["--format", "json", "tree/broken-link.json", "tree/loop-a.json"], { cwd: folder.dir });
    expect(named.code).toBe(1);
    expect(named.results!.map((r) => r.messages[0]!.message)).toEqual([expect.stringMatching(/ENOENT/), expect.stringMatching(/ELOOP/)]);
    for (const device of ["/dev/null", "/dev/zero", ...(hasFifo ? ["tree/pipe.json"] : [])]) {
      const refused = hostileRun([device], { cwd: folder.dir });
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
  ])("%j", (args, message) => {
    const named = hostileRun(args, { cwd: folder.dir });
    expect(named.code).toBe(2);
    expect(named.stderr.trimEnd()).toMatch(message);
  });

  it("a folder named like a file is a folder: its files are linted", () => {
    folder.write("orders.json/a.json", payload);
    const named = hostileRun(["--format", "json", "orders.json"], { cwd: folder.dir });
    expect(named.code).toBe(0);
    expect(named.results!.map((r) => r.filePath)).toEqual([folder.path("orders.json/a.json")]);
  });
});

describe("permission denied", () => {
  it("in process: an EACCES from the file system is one fatal message, not a crash", () => {
    vi.mocked(fs.openSync).mockImplementationOnce(() => {
      throw Object.assign(new Error("EACCES: permission denied, open"), { code: "EACCES" });
    });
    expectFatal(lintFile(folder.path("tree/good.json"), run), { message: /^cannot read the file: permission denied \(EACCES\)$/, line: 1, column: 1 });
  });

  /**
   * As root every file is readable: the CLI then runs as root without the capabilities that
   * override file permissions (setpriv, util-linux). Running it as "nobody" instead needs
   * every folder above the clone to be open to others, which a temporary clone's is not.
   */
  const withoutOverride = (command: string[]): [string, string[]] =>
    isRoot ? ["setpriv", ["--bounding-set", "-dac_override,-dac_read_search", "--", ...command]] : [command[0]!, command.slice(1)];

  it("a real unreadable file and config: exit 1 for the file, exit 2 for the config (as a user without the right)", () => {
    const denied = scratch("denied");
    try {
      chmodSync(denied.dir, 0o755);
      denied.write("secret.json", payload);
      denied.write("open.json", payload);
      chmodSync(denied.path("secret.json"), 0o000);
      denied.write("config/oms-lint.config.json", "{}");
      denied.write("config/a.json", payload);
      chmodSync(denied.path("config"), 0o755);
      chmodSync(denied.path("config/oms-lint.config.json"), 0o000);
      const cli = (args: string[], cwd: string) => {
        const [command, commandArgs] = withoutOverride([process.execPath, bin, ...args]);
        const result = spawnSync(command, commandArgs, { cwd, encoding: "utf8", env: { ...process.env, NO_COLOR: "1" } });
        expect(result.error).toBeUndefined();
        expect(result.stderr).not.toMatch(/^\s+at /m);
        return result;
      };
      const file = cli(["--format", "json", "."], denied.dir);
      expect(file.status).toBe(1);
      const results = byFile(JSON.parse(file.stdout), denied.dir);
      expectFatal(results.get("secret.json"), { message: /^cannot read the file: permission denied \(EACCES\)$/, line: 1, column: 1 });
      expect(results.get("open.json")?.messages).toEqual([]);
      const config = cli(["a.json"], denied.path("config"));
      expect(config.status).toBe(2);
      expect(config.stderr).toBe("oms-lint: cannot read the config file oms-lint.config.json: permission denied (EACCES)\n");
    } finally {
      denied.remove();
    }
  });
});
