import { mkdirSync, realpathSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { configRelativePath } from "../../src/config/configPath.js";
import { realFolders } from "../../src/config/realFolders.js";
import { scratchFolders } from "../support/scratchFolders.js";

/**
 * A file that looks outside its config's folder is read again through real paths (782fb186):
 * that retry resolved the config's folder and the file's folder on every call, three calls per
 * file (kind, ignores, overrides), so 20,000 files outside the config's folder (a run with -c or
 * --no-config over files elsewhere) spent 0.6–1.1 s in realpath. Each folder is now resolved
 * once while it is among the latest asked for: counted here, not timed.
 */
const folder = scratchFolders("real-folders");

function countingRealpath(): { readonly realpath: (path: string) => string; readonly asked: string[] } {
  const asked: string[] = [];
  return { asked, realpath: (path) => (asked.push(path), realpathSync.native(path)) };
}

describe("realFolders", () => {
  it("resolves each folder once, however often it is asked for", () => {
    const dir = folder({ "project/fx/a/o.json": "{}", "project/fx/b/o.json": "{}" });
    symlinkSync(join(dir, "project"), join(dir, "link"));
    const { realpath, asked } = countingRealpath();
    const folders = realFolders(realpath);
    for (let call = 0; call < 300; call++) {
      expect(folders.of(join(dir, "link/fx/a"))).toBe(realpathSync(join(dir, "project/fx/a")));
      expect(folders.of(join(dir, "link/fx/b"))).toBe(realpathSync(join(dir, "project/fx/b")));
    }
    expect(asked).toEqual([join(dir, "link/fx/a"), join(dir, "link/fx/b")]);
  });

  it("a folder that is not there is resolved from the nearest that is, and that answer is kept too (for one run or one lint: forgetRealPaths)", () => {
    const dir = folder({});
    symlinkSync(dir, join(dir, "link"));
    const { realpath, asked } = countingRealpath();
    const folders = realFolders(realpath);
    for (let call = 0; call < 3; call++) expect(folders.of(join(dir, "link/new/deeper"))).toBe(join(realpathSync(dir), "new/deeper"));
    expect(asked).toEqual([join(dir, "link/new/deeper"), join(dir, "link/new"), join(dir, "link")]);
  });

  it("keeps only the latest folders: one pushed out is resolved again", () => {
    const dir = folder({ "a/o.json": "{}", "b/o.json": "{}", "c/o.json": "{}" });
    const { realpath, asked } = countingRealpath();
    const folders = realFolders(realpath, 2);
    for (const name of ["a", "b", "c", "a"]) folders.of(join(dir, name));
    expect(asked).toEqual(["a", "b", "c", "a"].map((name) => join(dir, name)));
  });
});

describe("configRelativePath through a link", () => {
  it("a file named by its real path is the config's, found through a link, on every call", () => {
    const dir = folder({});
    mkdirSync(join(dir, "project/fx"), { recursive: true });
    writeFileSync(join(dir, "project/fx/o.json"), "{}");
    symlinkSync(join(dir, "project"), join(dir, "link"));
    const config = { baseDir: join(dir, "link") };
    for (let call = 0; call < 3; call++) expect(configRelativePath(config, join(dir, "project/fx/o.json"))).toBe("fx/o.json");
    expect(configRelativePath({ baseDir: join(dir, "project/fx") }, join(dir, "elsewhere.json"))).toBeUndefined();
  });
});
