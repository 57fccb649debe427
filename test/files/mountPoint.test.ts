import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, realpathSync, writeFileSync } from "node:fs";
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

/**
 * The kernel's list read as the kernel writes it (fs/proc_namespace.c show_mountinfo: the mount
 * point is the fifth field, its space, tab, newline and backslash written as octal escapes). Each
 * case gives isMountPoint a list of its own, naming folders that exist, so the answer is the list's.
 */
describe("isMountPoint reads the fifth field of each line of the mount list", () => {
  const root = folder({});
  const made = (name: string) => {
    const path = join(root, name);
    mkdirSync(path, { recursive: true });
    return realpathSync(path);
  };
  const escaped = (path: string) => path.replace(/[ \t\n\\]/g, (sign) => "\\" + sign.charCodeAt(0).toString(8).padStart(3, "0"));
  const line = (id: number, root: string, point: string) => `${id} 1 0:${id} ${root} ${point} rw,relatime shared:${id} - ext4 /dev/sda1 rw`;
  let lists = 0;
  const list = (...lines: string[]) => {
    const file = join(root, `mountinfo-${lists++}`);
    writeFileSync(file, lines.join("\n"));
    return file;
  };

  it("a name with a space, tab, backslash or newline, escaped in octal", () => {
    for (const name of ["with space", "with\ttab", "back\\slash", "new\nline", "\\040 written"]) {
      const path = made(name);
      expect(isMountPoint(path, list(line(1, "/", "/"), line(2, "/", escaped(path)), ""))).toBe(true);
      expect(isMountPoint(path, list(line(1, "/", "/"), line(2, "/", path.replace(/ /g, "\\040") + "x"), ""))).toBe(false);
    }
  });

  it("a folder whose name is a prefix of a mount point's, or holds one, is none", () => {
    const path = made("data");
    made("data/inner");
    made("database");
    const mounts = list(line(1, "/", `${path}base`), line(2, "/", `${path}/inner`), line(3, "/", `${path}-old`), "");
    expect(isMountPoint(path, mounts)).toBe(false);
    expect(isMountPoint(join(path, "inner"), mounts)).toBe(true);
    expect(isMountPoint(`${path}base`, mounts)).toBe(true);
  });

  it("a path that is the root of a mount (fourth field), not its mount point, is none", () => {
    const path = made("bound");
    expect(isMountPoint(path, list(line(1, path, "/mnt/elsewhere"), ""))).toBe(false);
    expect(isMountPoint(path, list(line(1, path, path), ""))).toBe(true);
  });

  it("the first line, the last line with and without a line end, and a list of one line", () => {
    const path = made("edges");
    expect(isMountPoint(path, list(line(1, "/", path), line(2, "/", "/other"), ""))).toBe(true);
    expect(isMountPoint(path, list(line(1, "/", "/other"), line(2, "/", path)))).toBe(true);
    expect(isMountPoint(path, list(line(1, "/", "/other"), line(2, "/", path), ""))).toBe(true);
    expect(isMountPoint(path, list(line(2, "/", path)))).toBe(true);
    expect(isMountPoint(path, list(""))).toBe(false);
    expect(isMountPoint(path, list(line(1, "/", "/other"), "", ""))).toBe(false);
  });

  it("a line cut short before its fifth field names no mount point", () => {
    const path = made("short");
    expect(isMountPoint(path, list(`1 1 0:1 ${path}`, ""))).toBe(false);
    expect(isMountPoint(path, list(`1 1 0:1 /`, `${path} rw`, ""))).toBe(false);
  });

  it("reads the list again each time: a mount made or gone between two writes is told", () => {
    const path = made("changing");
    const file = list(line(1, "/", "/"), "");
    expect(isMountPoint(path, file)).toBe(false);
    writeFileSync(file, [line(1, "/", "/"), line(2, "/", path), ""].join("\n"));
    expect(isMountPoint(path, file)).toBe(true);
    writeFileSync(file, [line(1, "/", "/"), ""].join("\n"));
    expect(isMountPoint(path, file)).toBe(false);
  });

  it("Array.prototype and String.prototype polluted change no answer", () => {
    const path = made("polluted");
    const mounts = list(line(1, "/", "/"), line(2, "/", escaped(path) + "-not"), "");
    const own = list(line(1, "/", "/"), line(2, "/", escaped(path)), "");
    const array = Array.prototype as unknown as Record<number, unknown>;
    const string = String.prototype as unknown as Record<number, unknown>;
    for (const index of [0, 1, 2, 3, 4, 5, 6]) {
      array[index] = path;
      string[index] = " ";
    }
    try {
      expect(isMountPoint(path, mounts)).toBe(false);
      expect(isMountPoint(path, own)).toBe(true);
    } finally {
      for (const index of [0, 1, 2, 3, 4, 5, 6]) {
        delete array[index];
        delete string[index];
      }
    }
  });
});
