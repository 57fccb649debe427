import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { walkFs } from "../../src/cli/walkFs.js";

describe("walkFs: what a walk's listings said, for globby's folder checks", () => {
  const dir = mkdtempSync(join(tmpdir(), "oms-lint-walk-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  mkdirSync(join(dir, "folder"));
  writeFileSync(join(dir, "file.json"), "{}");
  symlinkSync("folder", join(dir, "link-to-folder"));

  it("knows listed files and folders, and leaves links and unlisted paths to a real stat", () => {
    const walk = walkFs();
    expect(walk.isFolder(join(dir, "file.json"))).toBeUndefined();
    walk.fs.readdirSync(dir, { withFileTypes: true });
    expect(walk.isFolder(join(dir, "file.json"))).toBe(false);
    expect(walk.isFolder(join(dir, "folder"))).toBe(true);
    // A link's listing says "link", not what it leads to.
    expect(walk.isFolder(join(dir, "link-to-folder"))).toBeUndefined();
    expect(walk.fs.statSync(join(dir, "link-to-folder")).isDirectory()).toBe(true);
    expect(walk.fs.statSync(join(dir, "folder")).isDirectory()).toBe(true);
    expect(walk.fs.statSync(join(dir, "file.json")).isDirectory()).toBe(false);
  });

  it("a listing by names alone teaches it nothing", () => {
    const walk = walkFs();
    expect(walk.fs.readdirSync(dir).sort()).toEqual(["file.json", "folder", "link-to-folder"]);
    expect(walk.isFolder(join(dir, "folder"))).toBeUndefined();
  });
});
