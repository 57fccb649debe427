import { spawnSync } from "node:child_process";
import { accessSync, closeSync, constants, mkdirSync, mkdtempSync, openSync, readdirSync, readFileSync, realpathSync, rmSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { isStreamPath } from "../../src/files/streamPath.js";
import { bin, repoRoot, runCli, spawnCli, type CliRun } from "../support/cli.js";
import { scratchFolders } from "../support/scratchFolders.js";

/**
 * A process's stream or a device named as a file (split audit): `oms-lint split /dev/stdin <
 * cart.json` wrote /dev/stdin-1.json and /dev/stdin-2.json into /dev as root (as nobody: "its
 * folder does not let the temporary file be made"; /proc/self/fd/0 and /dev/fd/0: "its folder
 * does not exist (ENOENT)", untrue), and `oms-lint --fix /dev/stdin < order.json` rewrote
 * order.json, which /dev/stdin is then a link to, while `--stdin --fix` is refused. split now
 * needs --out-dir for such an input, and --fix refuses it, each a usage error (exit 2).
 */
const folder = scratchFolders("stream-names");

const example = readFileSync(join(repoRoot, "examples/createOrder.json"), "utf8");
/** The example with item 1 a preorder: two children. */
const cart = example.replace(/("availability": )"Y"/g, (whole, key: string, offset: number) => (offset > example.indexOf('"Product0002"') ? `${key}"P"` : whole));
/** The example with a read-only shipping field, which --fix removes. */
const fixable = example.replace(`"shippingType": "standard",`, `"shippingType": "standard",\n    "price": 5.99,`);

/** The built CLI in a process of its own, standard input the file at `stdinFile` as `< file` gives it. */
function spawnWithStdinFile(args: readonly string[], cwd: string, stdinFile: string): CliRun {
  const fd = openSync(stdinFile, "r");
  try {
    const result = spawnSync(process.execPath, [bin, ...args], { cwd, stdio: [fd, "pipe", "pipe"], env: { ...process.env, NO_COLOR: "1" }, encoding: "utf8" });
    return { code: result.status, stdout: result.stdout, stderr: result.stderr };
  } finally {
    closeSync(fd);
  }
}

function isWritableFolder(path: string): boolean {
  try {
    accessSync(path, constants.W_OK);
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

const streamNames = ["/dev/stdin", "/dev/fd/0", "/proc/self/fd/0"];

describe.skipIf(process.platform === "win32")("a stream or device named as the file", () => {
  it.each(streamNames)("split %s without --out-dir is a usage error that asks for one", async (name) => {
    const run = await runCli(["split", name], { cwd: folder({}) });
    expect(run.code).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr).toBe(`oms-lint: split: ${name} is a stream or a device, not a file in a folder: its children would be written beside it (in ${name.replace(/\/[^/]*$/, "")}); give their folder with --out-dir (oms-lint split ${name} --out-dir orders)\n`);
  });

  it("so is a file in a link of the user's to /dev/fd", async () => {
    const dir = folder({});
    symlinkSync("/dev/fd", join(dir, "io"));
    const run = await runCli(["split", "io/0"], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("split: io/0 is a stream or a device, not a file in a folder: its children would be written beside it (in io)");
  });

  it("split /dev/stdin < cart.json --out-dir orders writes the children there, and nothing into /dev", () => {
    const dir = folder({ "cart.json": cart });
    expect(cart).toContain('"availability": "P"');
    const before = readdirSync("/dev").filter((name) => name.startsWith("stdin-"));
    const run = spawnWithStdinFile(["split", "/dev/stdin", "--out-dir", "orders"], dir, join(dir, "cart.json"));
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect(readdirSync(join(dir, "orders")).sort()).toEqual(["stdin-1.json", "stdin-2.json"]);
    expect(readdirSync("/dev").filter((name) => name.startsWith("stdin-"))).toEqual(before);
  });

  it.each(streamNames)("--fix %s is a usage error, as --stdin --fix is", async (name) => {
    const run = await runCli(["--fix", name], { cwd: folder({}) });
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(`oms-lint: --fix writes files; ${name} is a stream or a device: fix the file itself (oms-lint --fix order.json), or see the fixes as a diff with --fix-dry-run\n`);
  });

  it("--fix of a link of the user's that leads to /dev/stdin is refused too", async () => {
    const dir = folder({});
    symlinkSync("/dev/stdin", join(dir, "in.json"));
    const run = await runCli(["--fix", "in.json"], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("--fix writes files; in.json is a stream or a device");
  });

  it("--fix /dev/stdin < order.json leaves order.json as it was", () => {
    const dir = folder({ "order.json": fixable });
    const run = spawnWithStdinFile(["--fix", "/dev/stdin"], dir, join(dir, "order.json"));
    expect(run.code).toBe(2);
    expect(readFileSync(join(dir, "order.json"), "utf8")).toBe(fixable);
  });

  it("--fix of a link whose ../ leads to /dev/stdin from its real folder, named through a link of the user's, leaves the piped file as it was", () => {
    const bomFixable = `\uFEFF${fixable}`;
    const dir = folder({ "victim.json": bomFixable });
    mkdirSync(join(dir, "s/real"), { recursive: true });
    mkdirSync(join(dir, "s/a/b/c/d"), { recursive: true });
    const ups = realpathSync(join(dir, "s/real")).split("/").length - 1;
    symlinkSync(`${"../".repeat(ups)}dev/stdin`, join(dir, "s/real/f.json"));
    symlinkSync(join(dir, "s/real"), join(dir, "s/a/b/c/d/lnk"));
    const run = spawnWithStdinFile(["--no-config", "--fix", "s/a/b/c/d/lnk/f.json"], dir, join(dir, "victim.json"));
    expect(run.stderr).toContain("--fix writes files; s/a/b/c/d/lnk/f.json is a stream or a device");
    expect(run.code).toBe(2);
    expect(readFileSync(join(dir, "victim.json"), "utf8")).toBe(bomFixable);
  });

  it("--fix /proc/self/cwd/dev/o.json fixes the file in the working folder's dev/", () => {
    const dir = folder({ "dev/o.json": fixable });
    const run = spawnCli(["--no-config", "--fix", "--kind", "createOrder", "/proc/self/cwd/dev/o.json"], { cwd: dir });
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect(readFileSync(join(dir, "dev/o.json"), "utf8")).toBe(example);
  });

  it("a file under /dev/shm, a folder of ordinary files, is no stream: split and --fix take it", async () => {
    // Made in /dev/shm itself, not wherever the system's temporary folder happens to be.
    if (!isWritableFolder("/dev/shm")) {
      // No /dev/shm to write in: told by the name alone (its folder, not there, cannot be resolved).
      expect(isStreamPath("/dev/shm/oms-lint-not-made/order.json", "/")).toBe(false);
      return;
    }
    const dir = mkdtempSync("/dev/shm/oms-lint-stream-names-");
    try {
      writeFileSync(join(dir, "cart.json"), cart);
      writeFileSync(join(dir, "order.json"), fixable);
      expect(isStreamPath(join(dir, "order.json"), "/")).toBe(false);
      const run = await runCli(["split", "cart.json"], { cwd: dir });
      expect(run).toMatchObject({ code: 0, stderr: "" });
      expect((await runCli(["--fix", "--kind", "createOrder", "order.json"], { cwd: dir })).code).toBe(0);
      expect(readFileSync(join(dir, "order.json"), "utf8")).toBe(example);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
