import { relative } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { discoverFiles } from "../../src/cli/discoverFiles.js";
import { scratch } from "../hostile/support.js";

/**
 * Audit of 37569c1f: a glob target that starts with `../` lost the files inside the working
 * folder. From vis/proj, `oms-lint '../proj/sub/*.json'` said "no files match" and
 * `'../**\/*.json'` missed proj/sub/a.json: the walk asked whether a folder could hold a match
 * with the folder written from the working folder (sub), not as the pattern writes it (../proj/sub).
 */
describe("a glob target that climbs out of the working folder finds what is inside it too", () => {
  const folder = scratch("glob-targets-upward");
  afterAll(folder.remove);
  for (const name of ["proj/sub/a.json", "proj/b.json", "other/c.json", "other/x/d.json"]) folder.write(`vis/${name}`, "{}\n");
  const vis = folder.path("vis");
  const found = async (pattern: string): Promise<string[]> =>
    (await discoverFiles([pattern], { cwd: folder.path("vis/proj"), ignorePatterns: [], useIgnores: true })).map((path) => relative(vis, path).replaceAll("\\", "/")).sort();

  it.each([
    ["../proj/sub/*.json", ["proj/sub/a.json"]],
    ["../**/*.json", ["other/c.json", "other/x/d.json", "proj/b.json", "proj/sub/a.json"]],
    ["../proj/**/*.json", ["proj/b.json", "proj/sub/a.json"]],
    ["../*/sub/*.json", ["proj/sub/a.json"]],
    // Read as oms-lint reads it (a `!(` before the last segment), walked as <base>/**.
    ["../proj/!(x)/*.json", ["proj/sub/a.json"]],
    ["../../vis/proj/sub/*.json", ["proj/sub/a.json"]],
  ])("%s", async (pattern, files) => {
    expect(await found(pattern)).toEqual(files);
  });
});
