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
    expect(isMountPoint("/proc", none, none)).toBe(true);
    expect(isMountPoint(join(folder({ "plain.json": "{}" }), "plain.json"), none, none)).toBe(false);
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
 * point is the fifth field, its space, tab, newline and backslash written as octal escapes), where
 * the kernel cannot be asked of the file alone. Each case gives isMountPoint a list of its own,
 * naming folders that exist, and no fdinfo, so the answer is the list's.
 */
describe("isMountPoint reads the fifth field of each line of the mount list", () => {
  const root = folder({});
  // No fdinfo to ask: the answer is the list's.
  const isListed = (path: string, list: string) => isMountPoint(path, list, join(root, "no-fdinfo"));
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
      expect(isListed(path, list(line(1, "/", "/"), line(2, "/", escaped(path)), ""))).toBe(true);
      expect(isListed(path, list(line(1, "/", "/"), line(2, "/", path.replace(/ /g, "\\040") + "x"), ""))).toBe(false);
    }
  });

  it("a folder whose name is a prefix of a mount point's, or holds one, is none", () => {
    const path = made("data");
    made("data/inner");
    made("database");
    const mounts = list(line(1, "/", `${path}base`), line(2, "/", `${path}/inner`), line(3, "/", `${path}-old`), "");
    expect(isListed(path, mounts)).toBe(false);
    expect(isListed(join(path, "inner"), mounts)).toBe(true);
    expect(isListed(`${path}base`, mounts)).toBe(true);
  });

  it("a path that ends another's mount point is none: the field is matched from its start (review of ff3bafe5)", () => {
    // The byte search found the path inside `/srv` + path, four spaces before it on its line, and called it a mount point.
    const path = made("tail");
    const mounts = list(line(1, "/", "/"), line(2, "/", `/srv${escaped(path)}`), line(3, "/", `/a\\040b${escaped(path)}`), "");
    expect(isListed(path, mounts)).toBe(false);
    expect(isListed(path, list(line(1, "/", "/"), line(2, "/", `/srv${escaped(path)}`), line(3, "/", escaped(path)), ""))).toBe(true);
  });

  it("a path that is the root of a mount (fourth field), not its mount point, is none", () => {
    const path = made("bound");
    expect(isListed(path, list(line(1, path, "/mnt/elsewhere"), ""))).toBe(false);
    expect(isListed(path, list(line(1, path, path), ""))).toBe(true);
  });

  it("the first line, the last line with and without a line end, and a list of one line", () => {
    const path = made("edges");
    expect(isListed(path, list(line(1, "/", path), line(2, "/", "/other"), ""))).toBe(true);
    expect(isListed(path, list(line(1, "/", "/other"), line(2, "/", path)))).toBe(true);
    expect(isListed(path, list(line(1, "/", "/other"), line(2, "/", path), ""))).toBe(true);
    expect(isListed(path, list(line(2, "/", path)))).toBe(true);
    expect(isListed(path, list(""))).toBe(false);
    expect(isListed(path, list(line(1, "/", "/other"), "", ""))).toBe(false);
  });

  it("a line cut short before its fifth field names no mount point", () => {
    const path = made("short");
    expect(isListed(path, list(`1 1 0:1 ${path}`, ""))).toBe(false);
    expect(isListed(path, list(`1 1 0:1 /`, `${path} rw`, ""))).toBe(false);
  });

  it("reads the list again each time: a mount made or gone between two writes is told", () => {
    const path = made("changing");
    const file = list(line(1, "/", "/"), "");
    expect(isListed(path, file)).toBe(false);
    writeFileSync(file, [line(1, "/", "/"), line(2, "/", path), ""].join("\n"));
    expect(isListed(path, file)).toBe(true);
    writeFileSync(file, [line(1, "/", "/"), ""].join("\n"));
    expect(isListed(path, file)).toBe(false);
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
      expect(isListed(path, mounts)).toBe(false);
      expect(isListed(path, own)).toBe(true);
    } finally {
      for (const index of [0, 1, 2, 3, 4, 5, 6]) {
        delete array[index];
        delete string[index];
      }
    }
  });
});

/**
 * The kernel asked of the file and its folder alone (the mount each is on, by /proc/self/fdinfo's
 * mnt_id): the whole list, which the kernel makes anew at each read, is not read then (on 3,000
 * mounts that read was most of each file's write). The list given here says the opposite of the
 * truth, so an answer that came from it would be wrong.
 */
describe("isMountPoint asks the kernel of the file alone where it can", () => {
  it("a mount point and a plain file: the kernel's answer, not the list's", () => {
    const dir = folder({ "plain.json": "{}" });
    const plain = realpathSync(join(dir, "plain.json"));
    const wrongList = join(dir, "wrong-mountinfo");
    writeFileSync(wrongList, `1 1 0:1 / ${plain} rw - ext4 /dev/sda1 rw\n2 1 0:2 / /nothing rw - ext4 /dev/sda1 rw\n`);
    expect(isMountPoint(plain, wrongList)).toBe(false);
    expect(isMountPoint(dir, wrongList)).toBe(false);
    expect(isMountPoint("/proc", wrongList)).toBe(true);
  });

  it("a named pipe is not held open: told from the list, as one the kernel cannot be asked of", () => {
    const dir = folder({});
    const pipe = join(dir, "pipe.json");
    const made = spawnSync("mkfifo", [pipe]);
    if (made.status !== 0) return;
    expect(isMountPoint(pipe)).toBe(false);
    const listed = join(dir, "listing-the-pipe");
    writeFileSync(listed, `1 1 0:1 / ${realpathSync(pipe)} rw - ext4 /dev/sda1 rw\n`);
    expect(isMountPoint(pipe, listed)).toBe(true);
  });
});
