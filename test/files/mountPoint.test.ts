import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { isMountPoint } from "../../src/files/mountPoint.js";
import { runCli } from "../support/cli.js";
import { createOrder } from "../support/payloads.js";
import { scratchFolders } from "../support/scratchFolders.js";

/**
 * A file that is a mount point (`mount --bind w.json mw.json`, what `docker run -v
 * $PWD/o.json:/w/o.json` makes): the rename that replaces a file atomically cannot replace it.
 * The audit found --fix-dry-run showing a diff, exit 0, and --fix saying only "resource busy or
 * locked (EBUSY)", exit 1.
 */
const folder = scratchFolders("mount-point");

describe("isMountPoint", () => {
  it("tells a mount point that every Linux system has from the folder and file beneath it", () => {
    expect(isMountPoint("/proc")).toBe(true);
    expect(isMountPoint("/proc/self")).toBe(false);
    const dir = folder({ "plain.json": "{}" });
    expect(isMountPoint(join(dir, "plain.json"))).toBe(false);
  });

  it("without /proc/self/mountinfo, tells one by its device: a file system mounted on it", () => {
    const none = join(folder({}), "no-mountinfo");
    expect(isMountPoint("/proc", none)).toBe(true);
    expect(isMountPoint(join(folder({ "plain.json": "{}" }), "plain.json"), none)).toBe(false);
  });

  it("--fix-dry-run and --fix refuse a bind-mounted file in the same words: no diff, exit 1, the file as it was (or, where mount is not permitted, /proc is told one)", async () => {
    const text = JSON.stringify(createOrder({ orderID: 5 }), null, 2) + "\n";
    const dir = folder({ "w.json": text, "mw.json": "" });
    const mounted = spawnSync("mount", ["--bind", join(dir, "w.json"), join(dir, "mw.json")], { encoding: "utf8" });
    if (mounted.status !== 0) {
      // Not root, or no CAP_SYS_ADMIN here: the detection both commands ask, on a mount point that is always there.
      expect(isMountPoint("/proc")).toBe(true);
      return;
    }
    try {
      expect(isMountPoint(join(dir, "mw.json"))).toBe(true);
      const refusal = /^mw\.json:1:1: error cannot write the fixed file: it is a mount point \(a file bind-mounted over this name/m;
      const dryRun = await runCli(["--fix-dry-run", "--kind", "createOrder", "-f", "compact", "mw.json"], { cwd: dir });
      expect(dryRun.stdout).toBe("");
      expect(dryRun.stderr).toMatch(refusal);
      expect(dryRun.code).toBe(1);
      const fix = await runCli(["--fix", "--kind", "createOrder", "-f", "compact", "mw.json"], { cwd: dir });
      expect(fix.stdout).toMatch(refusal);
      expect(fix.code).toBe(1);
      expect(readFileSync(join(dir, "mw.json"), "utf8")).toBe(text);
    } finally {
      spawnSync("umount", [join(dir, "mw.json")]);
    }
  });
});
