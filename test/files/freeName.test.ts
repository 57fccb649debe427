import fs, { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { syncBuiltinESMExports } from "node:module";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { stageFile, writeFilesAtomic } from "../../src/files/atomicWrite.js";
import { moveToFreeName } from "../../src/files/freeName.js";
import { removeStaleChildren } from "../../src/cli/staleChildren.js";
import { scratchFolders } from "../support/scratchFolders.js";

const scratch = scratchFolders("free-name");
const folder = () => scratch({});

/**
 * Another program writes `victim` at the last moment: as the write's own move (a link or a
 * rename onto `victim`) begins. node:fs's functions are wrapped, and syncBuiltinESMExports makes
 * the named imports of src/ see the wrappers, so the race is hit every time, not by timing.
 */
function withFileMadeAtTheMove<T>(victim: string, text: string, run: () => T): T {
  const original = { linkSync: fs.linkSync, renameSync: fs.renameSync };
  let made = false;
  const intrude = (to: fs.PathLike) => {
    if (!made && String(to) === victim) {
      made = true;
      writeFileSync(victim, text, { flag: "wx" });
    }
  };
  fs.linkSync = (from, to) => (intrude(to), original.linkSync(from, to));
  fs.renameSync = (from, to) => (intrude(to), original.renameSync(from, to));
  syncBuiltinESMExports();
  try {
    return run();
  } finally {
    Object.assign(fs, original);
    syncBuiltinESMExports();
  }
}

describe("a file moved only to a free name", () => {
  it("moves to a free name; refuses one taken (EXISTS), both files kept as they are", () => {
    const dir = folder();
    writeFileSync(join(dir, "a.tmp"), "new");
    moveToFreeName(join(dir, "a.tmp"), join(dir, "a.json"));
    expect(readdirSync(dir)).toEqual(["a.json"]);
    writeFileSync(join(dir, "b.tmp"), "new");
    writeFileSync(join(dir, "b.json"), "theirs");
    expect(() => moveToFreeName(join(dir, "b.tmp"), join(dir, "b.json"))).toThrow(expect.objectContaining({ code: "EXISTS" }));
    expect([readFileSync(join(dir, "b.json"), "utf8"), readFileSync(join(dir, "b.tmp"), "utf8")]).toEqual(["theirs", "new"]);
  });

  it.each([["EPERM"], ["ENOTSUP"], ["EXDEV"], ["EISDIR"]])("on a file system that makes no hard links (%s): a check and a rename, a taken name still refused", (code) => {
    const dir = folder();
    const original = fs.linkSync;
    fs.linkSync = () => {
      throw Object.assign(new Error(`link: ${code}`), { code });
    };
    syncBuiltinESMExports();
    try {
      writeFileSync(join(dir, "a.tmp"), "new");
      moveToFreeName(join(dir, "a.tmp"), join(dir, "a.json"));
      writeFileSync(join(dir, "b.tmp"), "new");
      writeFileSync(join(dir, "b.json"), "theirs");
      expect(() => moveToFreeName(join(dir, "b.tmp"), join(dir, "b.json"))).toThrow(expect.objectContaining({ code: "EXISTS" }));
    } finally {
      fs.linkSync = original;
      syncBuiltinESMExports();
    }
    expect(readdirSync(dir).sort()).toEqual(["a.json", "b.json", "b.tmp"]);
    expect(readFileSync(join(dir, "a.json"), "utf8")).toBe("new");
    expect(readFileSync(join(dir, "b.json"), "utf8")).toBe("theirs");
  });

  // Found by the last audit of split: the check and the rename were two steps, and a file made
  // between them was overwritten with exit 0 (a new child's name, or an earlier child's once set aside).
  it.each([
    ["a new name", false],
    ["an earlier file's name, once it is set aside", true],
  ])("writeFilesAtomic at %s: a file made there at the move is kept, the write refused and taken back whole", (_, earlier) => {
    const dir = folder();
    const first = join(dir, "cart-1.json");
    const second = join(dir, "cart-2.json");
    writeFileSync(first, "earlier 1");
    if (earlier) writeFileSync(second, "earlier 2");
    const options = (path: string) => (readdirSync(dir).includes(path.slice(dir.length + 1)) ? { expect: readFileSync(path) } : { overwrite: false });
    const files = [first, second].map((path, i) => ({ path, data: `ours ${i + 1}`, options: options(path) }));
    // An earlier file that cannot go back to its taken name is ASIDE, naming where it is (EXISTS's words, "kept as it is", would hide it).
    const refusal = earlier ? { code: "ASIDE", setAsideAt: expect.stringMatching(/\/\.cart-2\.json\..*\.old$/) } : { code: "EXISTS" };
    expect(() => withFileMadeAtTheMove(second, "USER NOTES", () => writeFilesAtomic(files, { throughLinks: false }))).toThrow(expect.objectContaining(refusal));
    expect(readFileSync(first, "utf8")).toBe("earlier 1");
    // The user's file stands; an earlier child set aside could not go back to its taken name, and stays beside it, hidden.
    expect(readFileSync(second, "utf8")).toBe("USER NOTES");
    expect(readdirSync(dir).filter((name) => !name.startsWith(".")).sort()).toEqual(["cart-1.json", "cart-2.json"]);
    const hidden = readdirSync(dir).filter((name) => name.startsWith("."));
    expect(hidden.map((name) => readFileSync(join(dir, name), "utf8"))).toEqual(earlier ? ["earlier 2"] : []);
  });

  it("one file told not to overwrite (a report's -o): one made at the move is kept, the write refused", () => {
    const dir = folder();
    const report = join(dir, "report.json");
    const staged = stageFile(report, { overwrite: false });
    staged.write("ours");
    expect(() => withFileMadeAtTheMove(report, "theirs", () => staged.commit())).toThrow(expect.objectContaining({ code: "EXISTS" }));
    expect(readFileSync(report, "utf8")).toBe("theirs");
    expect(readdirSync(dir)).toEqual(["report.json"]);
  });

  // Last audit of split: a stale child that changed, whose name was taken before it could go back, was reported "stale: remove it" (the other program's file).
  it("a stale child that changed, its name taken before it goes back: kept at its hidden name, which is said", () => {
    const dir = folder();
    const stale = join(dir, "cart-3.json");
    writeFileSync(stale, "edited since");
    const removal = withFileMadeAtTheMove(stale, "USER NOTES", () => removeStaleChildren([{ path: stale, bytes: Buffer.from("as read") }]));
    expect(removal).toEqual({ removed: [], kept: [], left: [], notRemoved: [], readOnly: [], aside: [{ path: stale, at: expect.stringMatching(/\/\.cart-3\.json\..*\.old$/) }] });
    expect(readFileSync(stale, "utf8")).toBe("USER NOTES");
    expect(readFileSync(removal.aside[0]!.at, "utf8")).toBe("edited since");
  });
});
