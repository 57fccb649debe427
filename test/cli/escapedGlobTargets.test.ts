import { relative } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { discoverFiles } from "../../src/cli/discoverFiles.js";
import { scratch } from "../hostile/support.js";

/**
 * The README says `br/\{a,b\}.json` names the file so named (true in a config), but as a glob
 * target it said "no files match": picomatch.scan took the whole pattern for its static folder,
 * and the walk of `<base>/**` found nothing there.
 */
describe("a glob target with escaped special characters walks from the folder before them", () => {
  const folder = scratch("escaped-glob-targets");
  afterAll(folder.remove);
  for (const name of ["br/{a,b}.json", "br/a.json", "br/b.json", "br/(x).json", "br/x.json", "br/sub/{a,b}.json", "op{en/a.json"]) folder.write(name, "{}\n");
  const found = async (pattern: string): Promise<string[]> =>
    (await discoverFiles([pattern], { cwd: folder.dir, ignorePatterns: [], useIgnores: true })).map((path) => relative(folder.dir, path).replaceAll("\\", "/")).sort();

  it.each([
    ["br/\\{a,b\\}.json", ["br/{a,b}.json"]],
    ["br/{x,y}.json", ["br/x.json"]],
    ["br/\\(x\\).json", ["br/(x).json"]],
    ["br/*/\\{a,b\\}.json", ["br/sub/{a,b}.json"]],
    // A `{` that opens no set is itself (minimatch): scan took the whole pattern for the folder here too.
    ["op{en/*.json", ["op{en/a.json"]],
  ])("%s", async (pattern, files) => {
    expect(await found(pattern)).toEqual(files);
  });

  it("an absolute one too", async () => {
    expect(await found(`${folder.path("br").replaceAll("\\", "/")}/\\{a,b\\}.json`)).toEqual(["br/{a,b}.json"]);
  });
});
