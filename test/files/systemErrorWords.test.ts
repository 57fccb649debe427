import { chmodSync, openSync, symlinkSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { systemErrorWords } from "../../src/files/systemErrorWords.js";
import { runCli } from "../support/cli.js";
import { startCliWithoutOverride, type CliWithoutOverride } from "../support/cliWithoutOverride.js";
import { scratchFolders } from "../support/scratchFolders.js";
import { orderItem, orderWithItems } from "../support/payloads.js";

/**
 * A file that cannot be made or read is said in words, its code once (found by the files
 * audit: "cannot make --out-dir afile/x: ENOTDIR", and the suppressions file's "ENOTDIR: not
 * a directory, open '/tmp/…/afile/s.json' (ENOTDIR)", Node's text inside ours).
 */
const folder = scratchFolders("system-error-words");
const mixed = `${JSON.stringify(orderWithItems([orderItem({ availability: "P" }), orderItem({ availability: "Y" })]), null, 2)}\n`;
const order = `${JSON.stringify(orderWithItems([orderItem()]), null, 2)}\n`;

describe("what the command line says of a path it cannot use", () => {
  const cases: { name: string; argv: string[]; code: number; stderr: string }[] = [
    {
      name: "split --out-dir under a file",
      argv: ["split", "cart.json", "--out-dir", "afile/x"],
      code: 2,
      stderr: "oms-lint: split: cannot make --out-dir afile/x: a part of its path is not a folder (ENOTDIR)\n",
    },
    {
      name: "--suppressions-location under a file",
      argv: ["--suppressions-location", "afile/s.json", "order.json"],
      code: 2,
      stderr: "oms-lint: cannot read the suppressions file afile/s.json: a part of its path is not a folder (ENOTDIR)\n",
    },
    { name: "split of a name that is not there, as lint says it", argv: ["split", "nothere.json"], code: 2, stderr: 'oms-lint: split: no file "nothere.json" was found\n' },
    { name: "lint of a name that is not there", argv: ["nothere.json"], code: 2, stderr: 'oms-lint: no file or folder "nothere.json" was found\n' },
    {
      name: "split of a broken symbolic link: the file's fault, as lint has it",
      argv: ["split", "broken.json"],
      code: 1,
      stderr: "oms-lint split: broken.json: cannot read the file: it is a broken symbolic link (what it points to does not exist) (ENOENT)\n",
    },
  ];
  it.each(cases)("$name", async ({ argv, code, stderr }) => {
    const dir = folder({ "cart.json": mixed, "order.json": order, afile: "" });
    symlinkSync("gone.json", join(dir, "broken.json"));
    const run = await runCli(argv, { cwd: dir });
    expect({ code: run.code, stderr: run.stderr }).toEqual({ code, stderr });
  });
});

/**
 * A folder to make that is a symbolic link leading nowhere, or a loop of links, is said to be
 * that: mkdir, which does not follow links, had it "exists already (EEXIST)" (data-safety audit).
 */
describe("a folder to make that is a broken symbolic link or a link loop", () => {
  const broken = (dir: string) => `${join(dir, "out")} is a broken symbolic link (what it points to does not exist)`;
  const loop = (dir: string) => `${join(dir, "loop")} is a loop of symbolic links (ELOOP)`;
  const cases: { name: string; argv: string[]; code: number; stderr: (dir: string) => string }[] = [
    { name: "-o under a broken link", argv: ["order.json", "-o", "out/r.txt"], code: 2, stderr: (dir) => `oms-lint: cannot write --output-file out/r.txt: ${broken(dir)}\n` },
    { name: "-o under a link loop", argv: ["order.json", "-o", "loop/r.txt"], code: 2, stderr: (dir) => `oms-lint: cannot write --output-file loop/r.txt: ${loop(dir)}\n` },
    {
      name: "--cache-location under a broken link: a note, the run goes on uncached",
      argv: ["order.json", "--cache", "--cache-location", "out/c"],
      code: 0,
      stderr: (dir) => `oms-lint: cannot write the cache out/c: ${broken(dir)}\n`,
    },
    { name: "split --out-dir a broken link", argv: ["split", "cart.json", "--out-dir", "out"], code: 2, stderr: (dir) => `oms-lint: split: cannot make --out-dir out: ${broken(dir)}\n` },
    // Found by the review of the file commits: a target that is there but cannot be reached was "broken" too.
    {
      name: "-o under a link through a file (ENOTDIR): its own words, not a broken link",
      argv: ["order.json", "-o", "out2/r.txt"],
      code: 2,
      stderr: (dir) => `oms-lint: cannot write --output-file out2/r.txt: ${join(dir, "out2")} is a symbolic link to what cannot be reached: a part of its path is not a folder (ENOTDIR)\n`,
    },
  ];
  it.each(cases)("$name", async ({ argv, code, stderr }) => {
    const dir = folder({ "cart.json": mixed, "order.json": order });
    symlinkSync("missing-dir", join(dir, "out"));
    symlinkSync("loop", join(dir, "loop"));
    symlinkSync("order.json/x", join(dir, "out2"));
    const run = await runCli(argv, { cwd: dir });
    expect({ code: run.code, stderr: run.stderr }).toEqual({ code, stderr: stderr(dir) });
  });
});

/**
 * A file to write that is itself a symbolic link whose target cannot be reached is said in the
 * words a folder on the way gets: every failure to follow it was "a broken symbolic link",
 * which sent the user looking for a file that is there (second review of the link fixes).
 */
describe("a report or cache file that is itself a link whose target cannot be reached", () => {
  const cases: { name: string; argv: string[]; code: number; stderr: string }[] = [
    {
      name: "-o a link to what is not there: broken",
      argv: ["order.json", "-o", "gone.txt"],
      code: 2,
      stderr: "oms-lint: cannot write --output-file gone.txt: it is a broken symbolic link (what it points to does not exist)\n",
    },
    {
      name: "-o a link through a file (ENOTDIR): its own words",
      argv: ["order.json", "-o", "out.txt"],
      code: 2,
      stderr: "oms-lint: cannot write --output-file out.txt: it is a symbolic link to what cannot be reached: a part of its path is not a folder (ENOTDIR)\n",
    },
    { name: "-o a link to itself (ELOOP)", argv: ["order.json", "-o", "loop1"], code: 2, stderr: "oms-lint: cannot write --output-file loop1: it is a loop of symbolic links (ELOOP)\n" },
    {
      name: "--cache-location a link through a file: a note in the same words, the run goes on",
      argv: ["order.json", "--cache", "--cache-location", "out.txt"],
      code: 0,
      stderr: "oms-lint: cannot write the cache out.txt: it is a symbolic link to what cannot be reached: a part of its path is not a folder (ENOTDIR)\n",
    },
  ];
  it.each(cases)("$name", async ({ argv, code, stderr }) => {
    const dir = folder({ "order.json": order });
    symlinkSync("nowhere.txt", join(dir, "gone.txt"));
    symlinkSync("order.json/x", join(dir, "out.txt"));
    symlinkSync("loop1", join(dir, "loop1"));
    const run = await runCli(argv, { cwd: dir });
    expect({ code: run.code, stderr: run.stderr }).toEqual({ code, stderr });
  });
});

describe("a folder to make behind a link whose target cannot be reached (as a user without the right)", () => {
  let cli: CliWithoutOverride;
  beforeAll(() => {
    cli = startCliWithoutOverride();
  });
  afterAll(() => cli.close());

  it("-o under a link into a folder closed to the user: permission denied (EACCES), not a broken link", async () => {
    const dir = folder({ "order.json": order, "locked/target/keep": "" });
    symlinkSync("locked/target", join(dir, "out3"));
    chmodSync(join(dir, "locked"), 0o600);
    try {
      const run = await cli.run(["order.json", "-o", "out3/r.txt"], dir);
      expect({ code: run.code, stderr: run.stderr }).toEqual({
        code: 2,
        stderr: `oms-lint: cannot write --output-file out3/r.txt: ${join(dir, "out3")} is a symbolic link to what cannot be reached: permission denied (EACCES)\n`,
      });
    } finally {
      chmodSync(join(dir, "locked"), 0o755);
    }
  });

  it("-o a link into a folder closed to the user: permission denied (EACCES), not a broken link", async () => {
    const dir = folder({ "order.json": order, "locked/r.txt": "" });
    symlinkSync("locked/r.txt", join(dir, "rep.txt"));
    chmodSync(join(dir, "locked"), 0o600);
    try {
      const run = await cli.run(["order.json", "-o", "rep.txt"], dir);
      expect({ code: run.code, stderr: run.stderr }).toEqual({
        code: 2,
        stderr: "oms-lint: cannot write --output-file rep.txt: it is a symbolic link to what cannot be reached: permission denied (EACCES)\n",
      });
    } finally {
      chmodSync(join(dir, "locked"), 0o755);
    }
  });
});

describe("systemErrorWords", () => {
  const error = (code: string, message = `${code}: what Node says, open '/tmp/x/y.json'`) => Object.assign(new Error(message), { code });
  it.each([
    [error("EACCES"), {}, "permission denied (EACCES)"],
    [error("EPERM"), {}, "permission denied (EPERM)"],
    [error("ENOSPC"), {}, "no space left on the device (ENOSPC)"],
    [error("ENOTDIR"), {}, "a part of its path is not a folder (ENOTDIR)"],
    [error("ENOENT"), { ENOENT: "its folder does not exist" }, "its folder does not exist (ENOENT)"],
    // A code with no words of ours: Node's words, without the code and the path around them.
    [error("EMLINK", "EMLINK: too many links, link '/tmp/a' -> '/tmp/b'"), {}, "too many links (EMLINK)"],
    [new Error("no code at all"), {}, "no code at all"],
  ])("%s", (thrown, own, words) => {
    expect(systemErrorWords(thrown, own)).toBe(words);
  });

  it("a real open under a file says its code once, and not the path", () => {
    const dir = folder({ afile: "" });
    let thrown: unknown;
    try {
      openSync(join(dir, "afile/s.json"), "r");
    } catch (error) {
      thrown = error;
    }
    expect(systemErrorWords(thrown)).toBe("a part of its path is not a folder (ENOTDIR)");
  });
});
