import { readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { writeChildFiles } from "../../src/cli/childFiles.js";
import { UsageError } from "../../src/cli/usageError.js";
import { scratchFolders } from "../support/scratchFolders.js";

/**
 * Two split runs into one --out-dir: the other run's child appears after this run looked for
 * children there, before it renames its own into place (found by the files audit: both runs
 * succeeded, and one's children silently replaced the other's, without --force).
 */
const folder = scratchFolders("split-child-files");

/** Children cart-1.json … cart-n.json of `dir`; `made` (1-based) is made by "another run" once this run has looked and staged its own. */
function childrenWhere(dir: string, n: number, made: number) {
  return Array.from({ length: n }, (_, c) => {
    const path = join(dir, `cart-${c + 1}.json`);
    return {
      path,
      // Read once this child is staged: after the look for children, before any rename.
      get data() {
        if (c + 1 === made) writeFileSync(path, "theirs");
        return `ours ${c + 1}`;
      },
    };
  });
}

describe("a child made by another run during this one", () => {
  it.each([1, 2, 3])("child %i of 3: it is kept, none of this run's is left, and the run is a usage error (exit 2)", (made) => {
    const dir = folder({ "cart.json": "{}" });
    const write = () => writeChildFiles({ outDir: dir, children: childrenWhere(dir, 3, made), force: false }, dir);
    // Once: a second call would find the child already there when it looks.
    expect(write).toThrow(new UsageError(`split: cannot write the child cart-${made}.json: a file was made there during this run (another split into the same folder?); it is kept as it is; no child was written`));
    expect(readdirSync(dir).sort()).toEqual(["cart.json", `cart-${made}.json`].sort());
    expect(readFileSync(join(dir, `cart-${made}.json`), "utf8")).toBe("theirs");
  });

  // --force replaces only an earlier child read before the write (`replaces`): one made after the look is no such child.
  it("with --force, it is kept too, and none of this run's is left", () => {
    const dir = folder({ "cart.json": "{}" });
    const write = () => writeChildFiles({ outDir: dir, children: childrenWhere(dir, 3, 2), force: true }, dir);
    expect(write).toThrow(new UsageError("split: cannot write the child cart-2.json: a file was made there during this run (another split into the same folder?); it is kept as it is; no child was written"));
    expect(readdirSync(dir).sort()).toEqual(["cart-2.json", "cart.json"]);
    expect(readFileSync(join(dir, "cart-2.json"), "utf8")).toBe("theirs");
  });

  it("with --force, an earlier child that changed after it was read is kept, and none of this run's is left", () => {
    const dir = folder({ "cart.json": "{}", "cart-2.json": "earlier" });
    // `replaces` defined on the child, not spread into a copy: a spread would read `data`, and make "theirs", before the look.
    const children = childrenWhere(dir, 3, 2).map((child, c) => (c === 1 ? Object.defineProperty(child, "replaces", { value: Buffer.from("earlier"), enumerable: true }) : child));
    const write = () => writeChildFiles({ outDir: dir, children, force: true }, dir);
    expect(write).toThrow(new UsageError("split: cannot write the child cart-2.json: it changed during this run, after it was read as an earlier child (another split into the same folder?); it is kept as it is; no child was written"));
    expect(readdirSync(dir).sort()).toEqual(["cart-2.json", "cart.json"]);
    expect(readFileSync(join(dir, "cart-2.json"), "utf8")).toBe("theirs");
  });

  // Found by the last audit of split: an earlier child removed during the run was said to be "kept as it is".
  it("with --force, an earlier child removed after it was read: said to be removed, nothing written in its place", () => {
    const dir = folder({ "cart.json": "{}", "cart-2.json": "earlier" });
    const children = Array.from({ length: 3 }, (_, c) => {
      const path = join(dir, `cart-${c + 1}.json`);
      const child = {
        path,
        get data() {
          if (c === 1) rmSync(path);
          return `ours ${c + 1}`;
        },
      };
      return c === 1 ? Object.defineProperty(child, "replaces", { value: Buffer.from("earlier"), enumerable: true }) : child;
    });
    const write = () => writeChildFiles({ outDir: dir, children, force: true }, dir);
    expect(write).toThrow(new UsageError("split: cannot write the child cart-2.json: it was removed during this run, after it was read as an earlier child (another split into the same folder?); nothing is written in its place; no child was written"));
    expect(readdirSync(dir)).toEqual(["cart.json"]);
  });

  // Found by the data-safety audit: cart-1.json was already its new self when cart-2.json's check failed, though the message said no child was written.
  it.each([1, 2, 3])("with --force, earlier child %i of 3 changed after it was read: every earlier child keeps its old text, and none of this run's is left", (changed) => {
    const dir = folder({ "cart.json": "{}", "cart-1.json": "earlier 1", "cart-2.json": "earlier 2", "cart-3.json": "earlier 3" });
    const children = childrenWhere(dir, 3, changed).map((child, c) => Object.defineProperty(child, "replaces", { value: Buffer.from(`earlier ${c + 1}`), enumerable: true }));
    const write = () => writeChildFiles({ outDir: dir, children, force: true }, dir);
    expect(write).toThrow(
      new UsageError(`split: cannot write the child cart-${changed}.json: it changed during this run, after it was read as an earlier child (another split into the same folder?); it is kept as it is; no child was written`),
    );
    expect(readdirSync(dir).sort()).toEqual(["cart-1.json", "cart-2.json", "cart-3.json", "cart.json"]);
    for (const n of [1, 2, 3]) expect(readFileSync(join(dir, `cart-${n}.json`), "utf8")).toBe(n === changed ? "theirs" : `earlier ${n}`);
  });
});
