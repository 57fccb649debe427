import { linkSync, lstatSync, readdirSync, readFileSync, readlinkSync, rmSync, statSync, symlinkSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "../support/cli.js";
import { scratchFolders } from "../support/scratchFolders.js";
import { orderItem, orderWithItems } from "../support/payloads.js";

/** A fresh folder holding the given files. */
const folder = scratchFolders("split-links");

/** Three classes (P, Y, D): cart-1.json … cart-3.json. */
const mixed = JSON.stringify(orderWithItems([orderItem({ availability: "P" }), orderItem({ availability: "Y" }), orderItem({ availability: "D" })]), null, 2) + "\n";
/** Two classes: a cart-3.json beside it is a stale child. */
const twoClasses = JSON.stringify(orderWithItems([orderItem({ availability: "P" }), orderItem({ availability: "Y" })]), null, 2) + "\n";
/** One class: no split, and every cart-N.json beside it is a stale child. */
const oneClass = JSON.stringify(orderWithItems([orderItem({ availability: "Y" })]), null, 2) + "\n";

const bytes = (path: string) => readFileSync(path);
const refusal = (what: string, nothing = "nothing written") => `oms-lint: split: ${what}: ${nothing} (remove it, or write the children elsewhere with --out-dir)\n`;

describe("split never writes or removes the file it splits, nor anything through a link", () => {
  it("a child path that is a symbolic link to the input: exit 2, with or without --force, and the input keeps every byte", async () => {
    const dir = folder({ "cart.json": mixed });
    symlinkSync("cart.json", join(dir, "cart-2.json"));
    const before = bytes(join(dir, "cart.json"));
    for (const args of [["split", "--force", "cart.json"], ["split", "cart.json"]]) {
      const run = await runCli(args, { cwd: dir });
      expect(run, args.join(" ")).toEqual({ code: 2, stdout: "", stderr: refusal("cart-2.json is a symbolic link to cart.json, the file being split") });
    }
    expect(bytes(join(dir, "cart.json"))).toEqual(before);
    expect(readdirSync(dir).sort()).toEqual(["cart-2.json", "cart.json"]);
    expect(readlinkSync(join(dir, "cart-2.json"))).toBe("cart.json");
  });

  it("a child path that is a hard link to the input: exit 2, and the input's inode and bytes are as they were", async () => {
    const dir = folder({ "cart.json": mixed });
    linkSync(join(dir, "cart.json"), join(dir, "cart-1.json"));
    const before = statSync(join(dir, "cart.json"), { bigint: true });
    const run = await runCli(["split", "--force", "cart.json"], { cwd: dir });
    expect(run).toEqual({ code: 2, stdout: "", stderr: refusal("cart-1.json is a hard link to cart.json, the file being split") });
    expect(bytes(join(dir, "cart.json")).toString("utf8")).toBe(mixed);
    const after = statSync(join(dir, "cart-1.json"), { bigint: true });
    expect([after.ino, after.nlink]).toEqual([before.ino, 2n]);
    expect(readdirSync(dir).sort()).toEqual(["cart-1.json", "cart.json"]);
  });

  it("an input that is a link to a child path (the same real file): exit 2, nothing written", async () => {
    const dir = folder({ "out/cart-1.json": mixed, "in/.keep": "" });
    symlinkSync("../out/cart-1.json", join(dir, "in/cart.json"));
    const run = await runCli(["split", "--force", "--out-dir", "out", "in/cart.json"], { cwd: dir });
    expect(run).toEqual({ code: 2, stdout: "", stderr: refusal("out/cart-1.json is in/cart.json, the file being split") });
    expect(bytes(join(dir, "out/cart-1.json")).toString("utf8")).toBe(mixed);
    expect(readdirSync(join(dir, "out"))).toEqual(["cart-1.json"]);
  });

  it("a child path that is a symbolic link to any other file, or a broken one, is not written through with --force", async () => {
    const dir = folder({ "cart.json": mixed, "elsewhere/keep.json": "mine" });
    symlinkSync("elsewhere/keep.json", join(dir, "cart-3.json"));
    const run = await runCli(["split", "--force", "cart.json"], { cwd: dir });
    expect(run).toEqual({
      code: 2,
      stdout: "",
      stderr: "oms-lint: split: cart-3.json is a symbolic link (to elsewhere/keep.json): nothing written (split never writes a child through a link, nor removes one; remove it, or write the children elsewhere with --out-dir)\n",
    });
    expect(readFileSync(join(dir, "elsewhere/keep.json"), "utf8")).toBe("mine");
    expect(bytes(join(dir, "cart.json")).toString("utf8")).toBe(mixed);
    expect(readdirSync(dir).sort()).toEqual(["cart-3.json", "cart.json", "elsewhere"]);

    rmSync(join(dir, "cart-3.json"));
    symlinkSync("nowhere.json", join(dir, "cart-1.json"));
    const broken = await runCli(["split", "--force", "cart.json"], { cwd: dir });
    expect(broken.code).toBe(2);
    expect(broken.stderr).toMatch(/^oms-lint: split: cart-1\.json is a symbolic link \(to nowhere\.json\): nothing written \(/);
    expect(readdirSync(dir).sort()).toEqual(["cart-1.json", "cart.json", "elsewhere"]);
    expect(lstatSync(join(dir, "cart-1.json")).isSymbolicLink()).toBe(true);
  });

  it("a file named like a stale child that is no child of this order (the input through a link or a hard link, another file) is left alone by --force", async () => {
    const cases: [string, (dir: string) => void, string][] = [
      [twoClasses, (dir) => symlinkSync("cart.json", join(dir, "cart-3.json")), "cart-3.json"],
      [twoClasses, (dir) => linkSync(join(dir, "cart.json"), join(dir, "cart-3.json")), "cart-3.json"],
      [oneClass, (dir) => symlinkSync("cart.json", join(dir, "cart-1.json")), "cart-1.json"],
      [twoClasses, (dir) => symlinkSync("other.json", join(dir, "cart-3.json")), "cart-3.json"],
    ];
    for (const [order, link, name] of cases) {
      const dir = folder({ "cart.json": order, "other.json": "mine" });
      link(dir);
      const run = await runCli(["split", "--force", "cart.json"], { cwd: dir });
      expect(run.stderr, name).toBe("");
      expect(run.stdout, name).not.toContain(name);
      // Still there (a link stays a link).
      expect(() => lstatSync(join(dir, name)), name).not.toThrow();
      expect(bytes(join(dir, "cart.json")).toString("utf8")).toBe(order);
      expect(readFileSync(join(dir, "other.json"), "utf8")).toBe("mine");
    }
  });

  // Found by the audit of split and --fix: a link to a copy of an earlier child was called "a child
  // of an earlier split" and "remove it (or run with --force)", which --force then refused (exit 2).
  it("a symbolic link to a copy of an earlier child is no earlier child: never listed as stale, and left alone, link and file, with or without --force", async () => {
    const earlier = folder({ "cart.json": mixed });
    expect((await runCli(["split", "cart.json"], { cwd: earlier })).code).toBe(0);
    const child = readFileSync(join(earlier, "cart-3.json"), "utf8");
    const dir = folder({ "cart.json": twoClasses, "kept/child-3.json": child });
    symlinkSync("kept/child-3.json", join(dir, "cart-3.json"));
    for (const args of [["split", "cart.json"], ["split", "--force", "cart.json"], ["split", "--force", "--format", "json", "cart.json"]]) {
      rmSync(join(dir, "cart-1.json"), { force: true });
      rmSync(join(dir, "cart-2.json"), { force: true });
      const run = await runCli(args, { cwd: dir });
      expect([run.code, run.stderr], args.join(" ")).toEqual([0, ""]);
      expect(run.stdout, args.join(" ")).not.toContain("cart-3.json");
      expect(readlinkSync(join(dir, "cart-3.json"))).toBe("kept/child-3.json");
      expect(readFileSync(join(dir, "kept/child-3.json"), "utf8")).toBe(child);
    }
    expect(readdirSync(dir).sort()).toEqual(["cart-1.json", "cart-2.json", "cart-3.json", "cart.json", "kept"]);
  });

  it("an earlier child with another name (a hard link, not the input) is replaced by --force at its own name, the other name keeping the old file", async () => {
    // --force replaces only this order's children from an earlier split (test/split/forcedChildren.test.ts).
    const earlier = JSON.stringify({ externalOrderID: "8885456-98658-12215-1" });
    const dir = folder({ "cart.json": mixed, "cart-1.json": earlier });
    linkSync(join(dir, "cart-1.json"), join(dir, "backup.json"));
    const run = await runCli(["split", "--force", "cart.json"], { cwd: dir });
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    const children = [1, 2, 3].map((n) => JSON.parse(readFileSync(join(dir, `cart-${n}.json`), "utf8")) as { externalOrderID: string });
    expect(children.map((child) => child.externalOrderID)).toEqual([1, 2, 3].map((n) => `8885456-98658-12215-${n}`));
    expect(statSync(join(dir, "cart-1.json")).ino).not.toBe(statSync(join(dir, "backup.json")).ino);
    expect(readFileSync(join(dir, "backup.json"), "utf8")).toBe(earlier);
    expect(bytes(join(dir, "cart.json")).toString("utf8")).toBe(mixed);
  });
});
